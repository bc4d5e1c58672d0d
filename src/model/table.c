#include <config.h>

#include "table.h"
#include "file.h"
#include "mem.h"
#include "text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The subset of recutils read here: comments (#), descriptors (%rec: NAME
 * switches the record type, others are ignored), "Field: value" lines,
 * "+ " continuation lines, blank lines between records. */

enum rec_kind { REC_CODE, REC_CLASS, REC_TOPIC, REC_HEADER, REC_CONCEPT,
		REC_SKIP };

/* What a kind of record makes of a field (fields.def's kind columns). */
enum presence { NO, MAY, MUST };
/* How a field's value is read (fields.def's last column). */
enum field_flag {
	ONE_LINE = 1,   /* no continuation lines */
	KEEP_LINES = 2, /* continuation lines stay lines (table rows) */
	REPEAT = 4,     /* may be given more than once */
};

enum field {
#define F(id, nm, co, cl, to, he, cn, fl) F_##id,
#include "fields.def"
#undef F
	F_N
};

static const struct field_info {
	const char *name;
	unsigned char in[REC_SKIP]; /* a presence, by kind of record */
	unsigned char flags;
} fields[F_N] = {
#define F(id, nm, co, cl, to, he, cn, fl) \
	[F_##id] = { nm, { [REC_CODE] = co, [REC_CLASS] = cl, \
			   [REC_TOPIC] = to, [REC_HEADER] = he, \
			   [REC_CONCEPT] = cn }, fl },
#include "fields.def"
#undef F
};

/* every name a string, none empty */
#define F(id, nm, co, cl, to, he, cn, fl) \
	_Static_assert(sizeof("" nm) > 1, "field " #id " has a name");
#include "fields.def"
#undef F

#define BIT(f) (1ULL << (f))
typedef unsigned long long fieldset;
_Static_assert(F_N <= 64, "a field set holds every field");

static int field_has(int f, unsigned flag)
{
	return (fields[f].flags & flag) != 0;
}

static const char *const status_names[HC_STATUS_N] = {
	"standard", "obsolete", "unused", "temporary", "unofficial",
};

const char *hc_status_name(enum hc_status s)
{
	return (unsigned)s < HC_STATUS_N ? status_names[s] : "?";
}

static const char *const direction_names[HC_DIR_N] = {
	"request", "response", "both",
};
static const char *const kind_names[HC_HK_N] = {
	"standard", "experimental", "obsolete", "draft", "convention",
};

const char *hc_direction_name(enum hc_direction d)
{
	return (unsigned)d < HC_DIR_N ? direction_names[d] : "?";
}

const char *hc_header_kind_name(enum hc_header_kind k)
{
	return (unsigned)k < HC_HK_N ? kind_names[k] : "?";
}

struct parser {
	const char *text, *name;
	size_t len, pos;
	/* counted over all the sources, so that a record's line says which
	 * source it is in: source k holds the lines after base[k] */
	unsigned line;
	const struct hc_source *src;
	unsigned *base;
	size_t n_src;
	char *arena;
	size_t used;
	char *err;
	size_t errlen;
	enum rec_kind kind;
	/* the record being read */
	unsigned rec_line;
	fieldset seen;
	const char *val[F_N];
	unsigned val_line[F_N];
	const char *alias[HC_MAX_ALIAS];
	int n_alias;
	char *situation[HC_MAX_SITUATIONS];
	unsigned situation_line[HC_MAX_SITUATIONS];
	int n_situation;
	size_t codes_cap, topics_cap, headers_cap, concepts_cap;
};

/* The source a line (counted over all of them) is in. */
static size_t source_of(const struct parser *p, unsigned line)
{
	size_t k = 0;

	while (k + 1 < p->n_src && p->base[k + 1] < line)
		k++;
	return k;
}

/* Lines were counted over all the sources; each record keeps the line
 * in its own. */
static unsigned local_line(const struct parser *p, unsigned line)
{
	return p->n_src && line > p->base[source_of(p, line)]
		? line - p->base[source_of(p, line)] : line;
}

static int fail(struct parser *p, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct parser *p, unsigned line, const char *fmt, ...)
{
	va_list ap;
	size_t k;

	size_t src;

	if (!p->err || p->errlen < 4)
		return -1;
	src = source_of(p, line);
	if (p->n_src && line > p->base[src])
		line -= p->base[src];
	/* a long name or value is cut at a character, never inside one */
	k = text_format(p->err, p->errlen, "%s:%u: ",
			p->n_src ? p->src[src].name : p->name, line);
	if (k + 4 <= p->errlen) {
		va_start(ap, fmt);
		text_vformat(p->err + k, p->errlen - k, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* Next physical line; returns 0 at the end. */
static int next_line(struct parser *p, const char **s, size_t *n)
{
	const char *nl;

	if (p->pos >= p->len)
		return 0;
	*s = p->text + p->pos;
	nl = memchr(*s, '\n', p->len - p->pos);
	*n = nl ? (size_t)(nl - *s) : p->len - p->pos;
	p->pos += *n + (nl != NULL);
	p->line++;
	if (*n && (*s)[*n - 1] == '\r')
		(*n)--;
	return 1;
}

static int blank(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	return n == 0;
}

static int field_lookup(const char *s, size_t n)
{
	for (int f = 0; f < F_N; f++)
		if (strlen(fields[f].name) == n && !memcmp(fields[f].name, s, n))
			return f;
	return -1;
}

/* The first field a record of kind k must have and lacks, or NULL. */
static const char *missing_field(const struct parser *p, enum rec_kind k)
{
	for (int f = 0; f < F_N; f++)
		if (fields[f].in[k] == MUST && !(p->seen & BIT(f)))
			return fields[f].name;
	return NULL;
}

/* Append sanitised text to the arena (not terminated). */
static void arena_put(struct parser *p, const char *s, size_t n)
{
	p->used += text_sanitize(p->arena + p->used, s, n, 0);
}

static void reset_record(struct parser *p)
{
	p->seen = 0;
	p->n_alias = 0;
	p->n_situation = 0;
	memset(p->val, 0, sizeof p->val);
}

/* Numbers as a person writes a status code: digits only, at most five,
 * no sign, no spaces, no leading zero ("0404" and "+410" are mistakes,
 * not 404 and 410).  0: *out is the number; -1: not digits; -2: a
 * leading zero. */
static int parse_number(const char *s, size_t n, long *out)
{
	long v = 0;

	if (n == 0 || n > 5)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (n > 1 && s[0] == '0')
		return -2;
	*out = v;
	return 0;
}

static int class_digit(const char *s)
{
	if (s[0] >= '1' && s[0] <= '5' && s[1] == 'x' && s[2] == 'x' && !s[3])
		return s[0] - '0';
	return 0;
}

static int finish_class(struct parser *p, struct hc_table *t)
{
	const char *miss;
	struct hc_class *c;
	int d;

	if (!(p->seen & BIT(F_CLASS)))
		return fail(p, p->rec_line, "class record without a Class field");
	d = class_digit(p->val[F_CLASS]);
	if (!d)
		return fail(p, p->val_line[F_CLASS],
			    "bad class '%s' (expected 1xx to 5xx)",
			    p->val[F_CLASS]);
	if ((miss = missing_field(p, REC_CLASS)))
		return fail(p, p->rec_line,
			    "class %s: missing mandatory field %s",
			    p->val[F_CLASS], miss);
	c = &t->classes[d - 1];
	if (c->digit)
		return fail(p, p->val_line[F_CLASS], "duplicate class %s",
			    p->val[F_CLASS]);
	c->digit = d;
	c->name[HC_KO] = p->val[F_KO_NAME];
	c->name[HC_EN] = p->val[F_EN_NAME];
	c->summary[HC_KO] = p->val[F_KO_SUMMARY];
	c->summary[HC_EN] = p->val[F_EN_SUMMARY];
	c->detail[HC_KO] = p->val[F_KO_DETAIL];
	c->detail[HC_EN] = p->val[F_EN_DETAIL];
	return 0;
}

/* A list of codes separated by spaces or commas, from field f. */
static int parse_codes(struct parser *p, int f, int *out, int max, int *n)
{
	const char *s = p->val[f];

	while (s && *s) {
		size_t len;
		long v;
		int r;

		while (*s == ' ' || *s == ',')
			s++;
		if (!*s)
			break;
		len = strcspn(s, " ,");
		r = parse_number(s, len, &v);
		if (r < 0 || v < 100 || v > 599)
			return fail(p, p->val_line[f],
				    "%s: '%s' is not a list of codes ('%.*s' %s)",
				    fields[f].name, p->val[f],
				    (int)text_cut(s, len, 40), s,
				    r == -2 ? "has a leading zero"
					    : "is not a code from 100 to 599");
		for (int i = 0; i < *n; i++)
			if (out[i] == v)
				return fail(p, p->val_line[f], "%s: %ld is "
					    "listed twice", fields[f].name, v);
		if (*n == max)
			return fail(p, p->val_line[f], "%s: more than %d codes",
				    fields[f].name, max);
		out[(*n)++] = (int)v;
		s += len;
	}
	return 0;
}

static int grow(struct parser *p, void **arr, size_t *cap, size_t n,
		size_t size)
{
	if (mem_grow(arr, cap, n + 1, size) < 0)
		return fail(p, p->rec_line, "out of memory");
	return 0;
}

/* "CODE | Korean | English", or with the reasons after them, "CODE |
 * Korean | English | Korean reason | English reason"; split in place. */
static int parse_situation(struct parser *p, int i, struct hc_situation *out)
{
	char *s = p->situation[i], *bar[4];
	int n = 0;
	long v;

	for (char *at = s; n < 4 && (at = strstr(at, " | ")); at += 3)
		bar[n++] = at;
	if (n != 2 && n != 4)
		return fail(p, p->situation_line[i], "Situation: expected "
			    "'CODE | Korean | English' or 'CODE | Korean | "
			    "English | Korean reason | English reason'");
	for (int k = 0; k < n; k++)
		*bar[k] = '\0';
	if (parse_number(s, strlen(s), &v) < 0 || v < 100 || v > 599)
		return fail(p, p->situation_line[i], "Situation: '%s' is not "
			    "a code (three digits, no sign or leading zero)", s);
	out->code = (int)v;
	out->text[HC_KO] = bar[0] + 3;
	out->text[HC_EN] = bar[1] + 3;
	out->why[HC_KO] = n == 4 ? bar[2] + 3 : NULL;
	out->why[HC_EN] = n == 4 ? bar[3] + 3 : NULL;
	for (int k = 0; k < n; k++)
		if (!bar[k][3])
			return fail(p, p->situation_line[i], "Situation: an "
				    "empty part");
	return 0;
}

static int finish_topic(struct parser *p, struct hc_table *t)
{
	const char *miss;
	struct hc_topic *tp;

	if ((miss = missing_field(p, REC_TOPIC)))
		return fail(p, p->rec_line,
			    "topic: missing mandatory field %s",
			    miss);
	/* its situations' progress keys hold it whole */
	if (strlen(p->val[F_ID]) > HC_TOPIC_ID_MAX)
		return fail(p, p->val_line[F_ID], "topic Id '%s' is longer "
			    "than %d bytes", p->val[F_ID], HC_TOPIC_ID_MAX);
	if (grow(p, (void **)&t->topics, &p->topics_cap, t->n_topics,
		 sizeof *t->topics) < 0)
		return -1;
	tp = &t->topics[t->n_topics];
	memset(tp, 0, sizeof *tp);
	tp->id = p->val[F_ID];
	tp->line = p->rec_line;
	tp->title[HC_KO] = p->val[F_KO_TITLE];
	tp->title[HC_EN] = p->val[F_EN_TITLE];
	tp->summary[HC_KO] = p->val[F_KO_SUMMARY];
	tp->summary[HC_EN] = p->val[F_EN_SUMMARY];
	tp->detail[HC_KO] = p->val[F_KO_DETAIL];
	tp->detail[HC_EN] = p->val[F_EN_DETAIL];
	tp->table[HC_KO] = p->val[F_KO_TABLE];
	tp->table[HC_EN] = p->val[F_EN_TABLE];
	if (parse_codes(p, F_CODES, tp->codes, HC_MAX_TOPIC_CODES,
			&tp->n_codes) < 0)
		return -1;
	for (int i = 0; i < p->n_situation; i++) {
		struct hc_situation *sit = &tp->situations[i];
		int in = 0;

		if (parse_situation(p, i, sit) < 0)
			return -1;
		for (int c = 0; c < tp->n_codes; c++)
			in |= tp->codes[c] == sit->code;
		if (!in)
			return fail(p, p->situation_line[i], "Situation: %d is "
				    "not one of the topic's Codes", sit->code);
	}
	tp->n_situations = p->n_situation;
	t->n_topics++;
	return 0;
}

/* A field name as RFC 9110 §5.1 has it: a token. */
static int field_name_ok(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || strchr("!#$%&'*+-.^_`|~", *s)))
			return 0;
	return 1;
}

/* Field names are compared in ASCII whatever the locale (RFC 9110 §5.1:
 * case-insensitive). */
static int name_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	for (size_t i = 0; i < an && i < bn; i++) {
		int x = a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i];
		int y = b[i] >= 'A' && b[i] <= 'Z' ? b[i] + 32 : b[i];

		if (x != y)
			return (unsigned char)x - (unsigned char)y;
	}
	return an < bn ? -1 : an > bn;
}

static int lookup_name(const char *const *names, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(names[i], s))
			return i;
	return -1;
}

static int finish_header(struct parser *p, struct hc_table *t)
{
	const char *miss;
	struct hc_header *h;
	const char *name = p->val[F_NAME];
	int dir, kind;

	if (!(p->seen & BIT(F_NAME)))
		return fail(p, p->rec_line, "header record without a Name field");
	if (!field_name_ok(name))
		return fail(p, p->val_line[F_NAME], "header name '%s' is not a "
			    "field name (letters, digits and !#$%%&'*+-.^_`|~)",
			    name);
	if ((miss = missing_field(p, REC_HEADER)))
		return fail(p, p->rec_line,
			    "header %s: missing mandatory field %s",
			    name, miss);
	dir = lookup_name(direction_names, HC_DIR_N, p->val[F_DIRECTION]);
	if (dir < 0)
		return fail(p, p->val_line[F_DIRECTION], "header %s: bad "
			    "Direction '%s' (expected request, response or "
			    "both)", name, p->val[F_DIRECTION]);
	kind = lookup_name(kind_names, HC_HK_N, p->val[F_KIND]);
	if (kind < 0)
		return fail(p, p->val_line[F_KIND], "header %s: bad Kind '%s' "
			    "(expected standard, experimental, obsolete, "
			    "draft or convention)", name, p->val[F_KIND]);
	if (grow(p, (void **)&t->headers, &p->headers_cap, t->n_headers,
		 sizeof *t->headers) < 0)
		return -1;
	h = &t->headers[t->n_headers];
	memset(h, 0, sizeof *h);
	h->name = name;
	h->direction = (enum hc_direction)dir;
	h->kind = (enum hc_header_kind)kind;
	h->spec = p->val[F_SPEC];
	h->syntax = p->val[F_SYNTAX];
	h->example = p->val[F_EXAMPLE];
	h->successor = p->val[F_SUCCESSOR];
	h->summary[HC_KO] = p->val[F_KO_SUMMARY];
	h->summary[HC_EN] = p->val[F_EN_SUMMARY];
	h->detail[HC_KO] = p->val[F_KO_DETAIL];
	h->detail[HC_EN] = p->val[F_EN_DETAIL];
	h->line = p->rec_line;
	if (parse_codes(p, F_CODES, h->codes, HC_MAX_HEADER_CODES,
			&h->n_codes) < 0)
		return -1;
	if (!h->n_codes)
		return fail(p, p->val_line[F_CODES], "header %s: Codes names "
			    "no code", name);
	t->n_headers++;
	return 0;
}

static int finish_code(struct parser *p, struct hc_table *t)
{
	const char *miss;
	struct hc_code *c;
	long code;
	int st;

	if (!(p->seen & BIT(F_CODE)))
		return fail(p, p->rec_line, "record without a Code field");
	switch (parse_number(p->val[F_CODE], strlen(p->val[F_CODE]), &code)) {
	case -1:
		return fail(p, p->val_line[F_CODE], "Code '%s' is not a number",
			    p->val[F_CODE]);
	case -2:
		return fail(p, p->val_line[F_CODE], "Code '%s' has a leading "
			    "zero", p->val[F_CODE]);
	default:
		break;
	}
	if (code < 100 || code > 599)
		return fail(p, p->val_line[F_CODE],
			    "code %ld is outside 100..599", code);
	if ((miss = missing_field(p, REC_CODE)))
		return fail(p, p->rec_line,
			    "code %ld: missing mandatory field %s",
			    code, miss);
	for (st = 0; st < HC_STATUS_N; st++)
		if (!strcmp(p->val[F_STATUS], status_names[st]))
			break;
	if (st == HC_STATUS_N)
		return fail(p, p->val_line[F_STATUS],
			    "code %ld: bad Status '%s' (expected standard, "
			    "obsolete, unused, temporary or unofficial)",
			    code, p->val[F_STATUS]);
	if (class_digit(p->val[F_CLASS]) != code / 100)
		return fail(p, p->val_line[F_CLASS],
			    "code %ld: Class '%s' should be %ldxx", code,
			    p->val[F_CLASS], code / 100);
	if (!*p->val[F_PHRASE])
		return fail(p, p->val_line[F_PHRASE], "code %ld: empty Phrase",
			    code);
	if (grow(p, (void **)&t->codes, &p->codes_cap, t->n,
		 sizeof *t->codes) < 0)
		return -1;
	c = &t->codes[t->n];
	memset(c, 0, sizeof *c);
	c->code = (int)code;
	c->status = (enum hc_status)st;
	c->line = p->rec_line;
	c->phrase = p->val[F_PHRASE];
	c->spec = p->val[F_SPEC];
	c->vendor = p->val[F_VENDOR];
	memcpy(c->alias, p->alias, sizeof c->alias);
	c->n_alias = p->n_alias;
	c->headers = p->val[F_HEADERS];
	c->title[HC_KO] = p->val[F_KO_TITLE];
	c->title[HC_EN] = p->val[F_PHRASE];
	c->summary[HC_KO] = p->val[F_KO_SUMMARY];
	c->summary[HC_EN] = p->val[F_EN_SUMMARY];
	c->detail[HC_KO] = p->val[F_KO_DETAIL];
	c->detail[HC_EN] = p->val[F_EN_DETAIL];
	c->interview[HC_KO] = p->val[F_KO_INTERVIEW];
	c->interview[HC_EN] = p->val[F_EN_INTERVIEW];
	c->keywords[HC_KO] = p->val[F_KO_KEYWORDS];
	c->keywords[HC_EN] = p->val[F_EN_KEYWORDS];
	if (parse_codes(p, F_RELATED, c->related, HC_MAX_RELATED,
			&c->n_related) < 0 ||
	    parse_codes(p, F_EQUIVALENT, c->equivalent, HC_MAX_EQUIVALENT,
			&c->n_equivalent) < 0)
		return -1;
	for (int i = 0; i < c->n_equivalent; i++)
		if (c->equivalent[i] == c->code)
			return fail(p, p->val_line[F_EQUIVALENT], "Equivalent: "
				    "%d names itself", c->code);
	t->n++;
	return 0;
}

/* Ids become progress keys ("ID/concept"): lowercase words joined by
 * dashes, short enough for a key. */
static int concept_id_ok(const char *s)
{
	size_t n = strlen(s);

	if (!n || n > HC_CONCEPT_ID_MAX || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		      *s == '-'))
			return 0;
	return 1;
}

static int finish_concept(struct parser *p, struct hc_table *t)
{
	const char *miss;
	struct hc_concept *c;

	if (!(p->seen & BIT(F_ID)))
		return fail(p, p->rec_line, "concept record without an Id "
			    "field");
	if (!concept_id_ok(p->val[F_ID]))
		return fail(p, p->val_line[F_ID], "concept Id '%s' is not "
			    "lowercase letters, digits and '-' (at most %d)",
			    p->val[F_ID], HC_CONCEPT_ID_MAX);
	if ((miss = missing_field(p, REC_CONCEPT)))
		return fail(p, p->rec_line,
			    "concept %s: missing mandatory field %s",
			    p->val[F_ID], miss);
	if (grow(p, (void **)&t->concepts, &p->concepts_cap, t->n_concepts,
		 sizeof *t->concepts) < 0)
		return -1;
	c = &t->concepts[t->n_concepts];
	memset(c, 0, sizeof *c);
	c->id = p->val[F_ID];
	c->line = p->rec_line;
	c->title[HC_KO] = p->val[F_KO_TITLE];
	c->title[HC_EN] = p->val[F_EN_TITLE];
	c->question[HC_KO] = p->val[F_KO_QUESTION];
	c->question[HC_EN] = p->val[F_EN_QUESTION];
	c->answer[HC_KO] = p->val[F_KO_ANSWER];
	c->answer[HC_EN] = p->val[F_EN_ANSWER];
	if (parse_codes(p, F_CODES, c->codes, HC_MAX_CONCEPT_CODES,
			&c->n_codes) < 0)
		return -1;
	if (!c->n_codes)
		return fail(p, p->val_line[F_CODES], "concept %s: Codes names "
			    "no code", c->id);
	t->n_concepts++;
	return 0;
}

static int finish_record(struct parser *p, struct hc_table *t)
{
	int r = 0;

	if (p->seen && p->kind == REC_CODE)
		r = finish_code(p, t);
	else if (p->seen && p->kind == REC_CLASS)
		r = finish_class(p, t);
	else if (p->seen && p->kind == REC_TOPIC)
		r = finish_topic(p, t);
	else if (p->seen && p->kind == REC_HEADER)
		r = finish_header(p, t);
	else if (p->seen && p->kind == REC_CONCEPT)
		r = finish_concept(p, t);
	reset_record(p);
	return r;
}

static int descriptor(struct parser *p, struct hc_table *t, const char *s,
		      size_t n)
{
	if (n < 5 || memcmp(s, "%rec:", 5))
		return 0; /* %key, %type...: the checks are built in */
	if (finish_record(p, t) < 0)
		return -1;
	s += 5, n -= 5;
	while (n && *s == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	if (n == 4 && !memcmp(s, "Code", 4))
		p->kind = REC_CODE;
	else if (n == 5 && !memcmp(s, "Class", 5))
		p->kind = REC_CLASS;
	else if (n == 5 && !memcmp(s, "Topic", 5))
		p->kind = REC_TOPIC;
	else if (n == 6 && !memcmp(s, "Header", 6))
		p->kind = REC_HEADER;
	else if (n == 7 && !memcmp(s, "Concept", 7))
		p->kind = REC_CONCEPT;
	else
		p->kind = REC_SKIP; /* record types of later versions */
	return 0;
}

/* A "Field: value" line and its "+" continuation lines. */
static int field_line(struct parser *p, const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	size_t name_len = colon ? (size_t)(colon - s) : 0;
	unsigned line = p->line;
	char *start;
	int f;

	if (!colon || !name_len)
		return fail(p, line, "expected 'Field: value', got '%.*s'",
			    (int)text_cut(s, n, 40), s);
	for (size_t i = 0; i < name_len; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (i && s[i] >= '0' && s[i] <= '9')))
			return fail(p, line, "bad field name '%.*s'",
				    (int)text_cut(s, name_len, 40), s);
	f = field_lookup(s, name_len);
	if (p->kind == REC_SKIP)
		f = -2;
	else if (f < 0 || fields[f].in[p->kind] == NO)
		return fail(p, line, "unknown field '%.*s'", (int)name_len, s);
	if (f >= 0 && !field_has(f, REPEAT) && (p->seen & BIT(f)))
		return fail(p, line, "field %s given twice", fields[f].name);
	if (f == F_SITUATION && p->n_situation == HC_MAX_SITUATIONS)
		return fail(p, line, "more than %d Situation fields",
			    HC_MAX_SITUATIONS);
	if (!p->seen)
		p->rec_line = line;
	s = colon + 1, n -= name_len + 1;
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;

	if (f == F_ALIAS && p->n_alias == HC_MAX_ALIAS)
		return fail(p, line, "more than %d Alias fields", HC_MAX_ALIAS);
	start = p->arena + p->used;
	arena_put(p, s, n);
	/* continuation lines */
	while (p->pos < p->len && p->text[p->pos] == '+') {
		const char *c;
		size_t cn;

		next_line(p, &c, &cn);
		if (cn > 1 && c[1] != ' ')
			return fail(p, p->line, "continuation line must "
				    "start with '+ '");
		if (f >= 0 && field_has(f, ONE_LINE))
			return fail(p, p->line, "field %s must be one line",
				    fields[f].name);
		c += cn > 1 ? 2 : 1, cn -= cn > 1 ? 2 : 1;
		if (blank(c, cn)) {
			if (p->arena + p->used > start &&
			    p->arena[p->used - 1] != '\n')
				p->arena[p->used++] = '\n';
			continue;
		}
		if (p->used && p->arena[p->used - 1] != '\n' &&
		    p->arena + p->used != start)
			p->arena[p->used++] = f >= 0 &&
				field_has(f, KEEP_LINES) ? '\n' : ' ';
		arena_put(p, c, cn);
	}
	while (p->arena + p->used > start && (p->arena[p->used - 1] == ' ' ||
					      p->arena[p->used - 1] == '\n'))
		p->used--;
	p->arena[p->used++] = '\0';
	if (f < 0)
		return 0;
	if (f == F_ALIAS)
		p->alias[p->n_alias++] = start;
	if (f == F_SITUATION) {
		p->situation_line[p->n_situation] = line;
		p->situation[p->n_situation++] = start;
	}
	p->seen |= BIT(f);
	p->val[f] = start;
	p->val_line[f] = line;
	return 0;
}

/* By Id, then in file order. */
static int cmp_topic_id(const void *a, const void *b)
{
	const struct hc_topic *x = *(const struct hc_topic *const *)a;
	const struct hc_topic *y = *(const struct hc_topic *const *)b;
	int c = strcmp(x->id, y->id);

	return c ? c : (x > y) - (x < y);
}

/* Each topic Id once.  Sorted, so n log n: comparing each Id with every
 * earlier one took 20 s for 80,000 topics.  Of several duplicates, the
 * one the file reaches first is reported, as a reader would find it. */
static int check_topic_ids(struct parser *p, const struct hc_table *t)
{
	const struct hc_topic **by_id, *dup = NULL, *first = NULL;
	size_t n = t->n_topics, g = 0;

	if (n < 2)
		return 0;
	by_id = malloc(n * sizeof *by_id);
	if (!by_id)
		return fail(p, p->line, "out of memory");
	for (size_t i = 0; i < n; i++)
		by_id[i] = &t->topics[i];
	qsort(by_id, n, sizeof *by_id, cmp_topic_id);
	for (size_t i = 1; i < n; i++) {
		if (strcmp(by_id[i]->id, by_id[g]->id)) {
			g = i; /* a new Id starts */
			continue;
		}
		/* by_id[g] is the Id's first record, by_id[g + 1] its first
		 * repetition */
		if (i == g + 1 && (!dup || by_id[i]->line < dup->line)) {
			dup = by_id[i];
			first = by_id[g];
		}
	}
	free(by_id);
	if (dup)
		return fail(p, dup->line, "duplicate topic '%s' (first at "
			    "line %u)", dup->id, local_line(p, first->line));
	return 0;
}

/* By code, then in file order: the duplicate found first is the first
 * repetition, as for topics. */
static int cmp_code_line(const void *a, const void *b)
{
	const struct hc_code *x = a, *y = b;

	if (x->code != y->code)
		return (x->code > y->code) - (x->code < y->code);
	return (x->line > y->line) - (x->line < y->line);
}

/* Sorted by code, each code once. */
static int check_codes(struct parser *p, struct hc_table *t)
{
	const struct hc_code *dup = NULL, *first = NULL;
	size_t g = 0;

	qsort(t->codes, t->n, sizeof *t->codes, cmp_code_line);
	for (size_t i = 1; i < t->n; i++) {
		if (t->codes[i].code != t->codes[g].code) {
			g = i;
			continue;
		}
		if (i == g + 1 && (!dup || t->codes[i].line < dup->line)) {
			dup = &t->codes[i];
			first = &t->codes[g];
		}
	}
	if (dup)
		return fail(p, dup->line, "duplicate code %d (first at line %u)",
			    dup->code, local_line(p, first->line));
	return 0;
}

static int cmp_header(const void *a, const void *b)
{
	const struct hc_header *x = a, *y = b;
	int c = name_cmp(x->name, strlen(x->name), y->name, strlen(y->name));

	/* the same name: file order, so that the later one is reported */
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Every header a code names has a record, once the table describes
 * headers at all (a table of codes alone stays valid). */
static int check_code_headers(struct parser *p, const struct hc_table *t,
			      const struct hc_code *c)
{
	const char *s = c->headers;

	while (s && *s) {
		size_t n = strcspn(s, ",");
		size_t k = n;

		while (k && s[k - 1] == ' ')
			k--;
		if (k && !hc_table_header(t, s, k))
			return fail(p, c->line, "code %d: header '%.*s' has no "
				    "Header record", c->code, (int)k, s);
		s += n;
		while (*s == ',' || *s == ' ')
			s++;
	}
	return 0;
}

static int check_headers(struct parser *p, struct hc_table *t)
{
	if (!t->n_headers)
		return 0;
	qsort(t->headers, t->n_headers, sizeof *t->headers, cmp_header);
	for (size_t i = 1; i < t->n_headers; i++) {
		const struct hc_header *a = &t->headers[i - 1],
				       *b = &t->headers[i];

		if (!name_cmp(a->name, strlen(a->name), b->name,
			      strlen(b->name)))
			return fail(p, b->line, "duplicate header '%s' (first "
				    "at line %u as '%s')", b->name,
				    local_line(p, a->line), a->name);
	}
	for (size_t i = 0; i < t->n_headers; i++)
		for (int c = 0; c < t->headers[i].n_codes; c++)
			if (!hc_table_find(t, t->headers[i].codes[c]))
				return fail(p, t->headers[i].line,
					    "header %s: code %d is not in the "
					    "table", t->headers[i].name,
					    t->headers[i].codes[c]);
	for (size_t i = 0; i < t->n; i++)
		if (check_code_headers(p, t, &t->codes[i]) < 0)
			return -1;
	return 0;
}

static int cmp_concept_id(const void *a, const void *b)
{
	const struct hc_concept *x = *(const struct hc_concept *const *)a;
	const struct hc_concept *y = *(const struct hc_concept *const *)b;
	int c = strcmp(x->id, y->id);

	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Each concept Id once (sorted, as for topics: the first repetition in
 * the file is reported), each code of a card in the table. */
static int check_concepts(struct parser *p, const struct hc_table *t)
{
	const struct hc_concept **by_id, *dup = NULL, *first = NULL;
	size_t n = t->n_concepts;

	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < t->concepts[i].n_codes; c++)
			if (!hc_table_find(t, t->concepts[i].codes[c]))
				return fail(p, t->concepts[i].line,
					    "concept %s: code %d is not in the "
					    "table", t->concepts[i].id,
					    t->concepts[i].codes[c]);
	if (n < 2)
		return 0;
	by_id = malloc(n * sizeof *by_id);
	if (!by_id)
		return fail(p, p->line, "out of memory");
	for (size_t i = 0; i < n; i++)
		by_id[i] = &t->concepts[i];
	qsort(by_id, n, sizeof *by_id, cmp_concept_id);
	for (size_t i = 1; i < n; i++)
		if (!strcmp(by_id[i]->id, by_id[i - 1]->id) &&
		    strcmp(by_id[i - 1]->id, i > 1 ? by_id[i - 2]->id : "") &&
		    (!dup || by_id[i]->line < dup->line)) {
			dup = by_id[i];
			first = by_id[i - 1];
		}
	free(by_id);
	if (dup)
		return fail(p, dup->line, "duplicate concept '%s' (first at "
			    "line %u)", dup->id, local_line(p, first->line));
	return 0;
}

static int check_table(struct parser *p, struct hc_table *t)
{
	if (!t->n)
		return fail(p, p->line ? p->line : 1, "no status codes found");
	if (check_codes(p, t) < 0)
		return -1;
	if (check_topic_ids(p, t) < 0)
		return -1;
	for (size_t i = 0; i < t->n_topics; i++)
		for (int c = 0; c < t->topics[i].n_codes; c++)
			if (!hc_table_find(t, t->topics[i].codes[c]))
				return fail(p, t->topics[i].line,
					    "topic %s: code %d is not in the "
					    "table", t->topics[i].id,
					    t->topics[i].codes[c]);
	for (size_t i = 0; i < t->n; i++)
		for (int r = 0; r < t->codes[i].n_related; r++)
			if (!hc_table_find(t, t->codes[i].related[r]))
				return fail(p, t->codes[i].line,
					    "code %d: related code %d is not "
					    "in the table", t->codes[i].code,
					    t->codes[i].related[r]);
	for (size_t i = 0; i < t->n; i++)
		for (int r = 0; r < t->codes[i].n_equivalent; r++)
			if (!hc_table_find(t, t->codes[i].equivalent[r]))
				return fail(p, t->codes[i].line,
					    "code %d: equivalent code %d is "
					    "not in the table", t->codes[i].code,
					    t->codes[i].equivalent[r]);
	if (check_concepts(p, t) < 0)
		return -1;
	return check_headers(p, t);
}


static void localise_lines(const struct parser *p, struct hc_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		t->codes[i].line = local_line(p, t->codes[i].line);
	for (size_t i = 0; i < t->n_topics; i++)
		t->topics[i].line = local_line(p, t->topics[i].line);
	for (size_t i = 0; i < t->n_headers; i++)
		t->headers[i].line = local_line(p, t->headers[i].line);
	for (size_t i = 0; i < t->n_concepts; i++)
		t->concepts[i].line = local_line(p, t->concepts[i].line);
}

static int parse_one(struct parser *p, struct hc_table *t, size_t k)
{
	const char *s;
	size_t n, bad;

	p->text = p->src[k].text;
	p->len = p->src[k].len;
	p->name = p->src[k].name;
	p->pos = 0;
	p->base[k] = p->line;
	p->kind = REC_CODE;
	if (!text_utf8_valid(p->text, p->len, &bad)) {
		unsigned line = p->line + 1;

		for (size_t i = 0; i < bad; i++)
			line += p->text[i] == '\n';
		return fail(p, line, "invalid UTF-8 (byte %zu)", bad + 1);
	}
	while (next_line(p, &s, &n)) {
		int r = 0;

		if (blank(s, n))
			r = finish_record(p, t);
		else if (s[0] == '#')
			continue;
		else if (s[0] == '%')
			r = descriptor(p, t, s, n);
		else if (s[0] == '+')
			r = fail(p, p->line, "continuation line outside a field");
		else
			r = field_line(p, s, n);
		if (r < 0)
			return -1;
	}
	return finish_record(p, t);
}

int hc_table_parse_sources(struct hc_table *t, const struct hc_source *src,
			   size_t n, char *err, size_t errlen)
{
	struct parser p = {
		.name = n ? src[0].name : "<data>", .src = src, .n_src = n,
		.err = err, .errlen = errlen, .kind = REC_CODE,
	};
	size_t total = 16;

	memset(t, 0, sizeof *t);
	if (err && errlen)
		err[0] = '\0';
	for (size_t k = 0; k < n; k++) {
		if (!src[k].name)
			return -1;
		total += src[k].len + 16;
	}
	p.base = calloc(n ? n : 1, sizeof *p.base);
	/* Sanitising never makes text longer for valid UTF-8; each value
	 * loses at least "F:" which pays for its NUL and separators. */
	p.arena = malloc(total);
	if (!p.base || !p.arena) {
		free(p.base);
		free(p.arena);
		p.n_src = 0;
		return fail(&p, 0, "out of memory");
	}
	t->arena = p.arena;
	for (size_t k = 0; k < n; k++)
		if (parse_one(&p, t, k) < 0)
			goto bad;
	if (check_table(&p, t) < 0)
		goto bad;
	localise_lines(&p, t);
	free(p.base);
	return 0;
bad:
	free(p.base);
	hc_table_free(t);
	return -1;
}

int hc_table_parse(struct hc_table *t, const char *text, size_t len,
		   const char *name, char *err, size_t errlen)
{
	struct hc_source src = { text, len, name ? name : "<data>" };

	return hc_table_parse_sources(t, &src, 1, err, errlen);
}

/* The built-in table is about 330 KiB; a data file fifty times that is
 * no table, and reading it would only cost memory. */
#define HC_DATA_MAX ((size_t)16 << 20)

/* One file's text, checked as the parser needs it. */
static int read_data(const char *path, struct file_text *f, char *err,
		     size_t errlen)
{
	/* a FIFO, a device or a directory is refused before it is read (a
	 * FIFO with no writer would wait for ever); a big file from its size */
	switch (file_read(path, HC_DATA_MAX, f)) {
	case FILE_OK:
		break;
	case FILE_MISSING:
	case FILE_ERROR:
		snprintf(err, errlen, "%s: %s", path, strerror(f->err));
		return -1;
	case FILE_SPECIAL:
		snprintf(err, errlen, "%s: not a regular file (%s)", path,
			 file_kind(f->mode, HC_EN));
		return -1;
	case FILE_TOO_BIG:
		snprintf(err, errlen, "%s: file too large (more than %zu MiB)",
			 path, HC_DATA_MAX >> 20);
		return -1;
	}
	if (memchr(f->text, '\0', f->len)) {
		snprintf(err, errlen, "%s: binary file (contains NUL bytes)",
			 path);
		file_text_free(f);
		return -1;
	}
	return 0;
}

int hc_table_load_files(struct hc_table *t, const char *const *paths,
			size_t n, char *err, size_t errlen)
{
	struct file_text *f = calloc(n ? n : 1, sizeof *f);
	struct hc_source *src = calloc(n ? n : 1, sizeof *src);
	size_t got = 0;
	int r = -1;

	memset(t, 0, sizeof *t);
	if (!f || !src) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	for (; got < n; got++) {
		if (read_data(paths[got], &f[got], err, errlen) < 0)
			goto out;
		src[got].text = f[got].text;
		src[got].len = f[got].len;
		src[got].name = paths[got];
	}
	r = hc_table_parse_sources(t, src, n, err, errlen);
out:
	for (size_t k = 0; f && k < got; k++)
		file_text_free(&f[k]);
	free(f);
	free(src);
	return r;
}

int hc_table_load_file(struct hc_table *t, const char *path, char *err,
		       size_t errlen)
{
	return hc_table_load_files(t, &path, 1, err, errlen);
}

void hc_table_free(struct hc_table *t)
{
	if (t->is_static) {
		memset(t, 0, sizeof *t);
		return;
	}
	free(t->codes);
	free(t->topics);
	free(t->headers);
	free(t->concepts);
	free(t->arena);
	memset(t, 0, sizeof *t);
}

size_t hc_table_lower_bound(const struct hc_table *t, int code)
{
	size_t lo = 0, hi = t->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->codes[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct hc_code *hc_table_find(const struct hc_table *t, int code)
{
	size_t i = hc_table_lower_bound(t, code);

	return i < t->n && t->codes[i].code == code ? &t->codes[i] : NULL;
}

const struct hc_class *hc_table_class(const struct hc_table *t, int digit)
{
	if (digit < 1 || digit > HC_CLASS_N || !t->classes[digit - 1].digit)
		return NULL;
	return &t->classes[digit - 1];
}

size_t hc_table_topics_for(const struct hc_table *t, int code,
			   const struct hc_topic **out, size_t max)
{
	size_t k = 0;

	for (size_t i = 0; i < t->n_topics; i++)
		for (int c = 0; c < t->topics[i].n_codes; c++)
			if (t->topics[i].codes[c] == code) {
				if (k < max)
					out[k] = &t->topics[i];
				k++;
				break;
			}
	return k;
}

const struct hc_header *hc_table_header(const struct hc_table *t,
					const char *name, size_t len)
{
	size_t lo = 0, hi = t->n_headers;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *m = t->headers[mid].name;
		int c = name_cmp(m, strlen(m), name, len);

		if (!c)
			return &t->headers[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct hc_concept *hc_table_concept(const struct hc_table *t,
					  const char *id)
{
	for (size_t i = 0; i < t->n_concepts; i++)
		if (!strcmp(t->concepts[i].id, id))
			return &t->concepts[i];
	return NULL;
}
