#include <config.h>

#include "cli.h"
#include "cli_header.h"
#include "cli_format.h"
#include "cli_put.h"
#include "cli_unassigned.h"
#include "model/codeflags.h"
#include "model/i18n.h"
#include "model/mem.h"
#include "model/progress.h"
#include "model/query.h"
#include "model/quiz.h"
#include "model/search.h"
#include "model/specurl.h"
#include "model/text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SGR_RESET CLI_SGR_RESET
#define SGR_BOLD CLI_SGR_BOLD
#define SGR_DIM CLI_SGR_DIM

struct out {
	FILE *f;
	const struct cli_opts *o;
	const struct hc_table *t;
	int first; /* nothing printed yet (JSON arrays, blank lines) */
	int hinted; /* the hint under a bad query was given */
	int cols;   /* a stream's phrase column, wide enough for any code */
};

static void sgr(struct out *w, const char *seq)
{
	cli_sgr(w->f, w->o, seq);
}

static void put_wrapped(struct out *w, const char *s, int indent, int gap)
{
	cli_put_wrapped(w->f, w->o, s, indent, gap);
}

static void put_label(struct out *w, enum hc_msg m, const char *value)
{
	cli_put_label(w->f, w->o, m, value);
}




static void code_head(struct out *w, const struct hc_code *c)
{
	enum hc_lang L = w->o->lang;

	sgr(w, cli_class_sgr(c->code / 100));
	fprintf(w->f, "%d %s", c->code, c->phrase);
	sgr(w, SGR_RESET);
	if (L == HC_KO && c->title[HC_KO])
		fprintf(w->f, " (%s)", c->title[HC_KO]);
	fputc('\n', w->f);
}

/* A new string as printf makes it; NULL when out of memory. */
static char *fmt_dup(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *fmt_dup(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int k;

	va_start(ap, fmt);
	k = vasprintf(&s, fmt, ap);
	va_end(ap);
	return k < 0 ? NULL : s;
}

/* "410 Gone, 404 Not Found": as long as the names are, none left out. */
static char *join_related(const struct hc_table *t, const struct hc_code *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (!m)
		return NULL;
	for (int i = 0; i < c->n_related; i++) {
		const struct hc_code *r = hc_table_find(t, c->related[i]);

		fprintf(m, "%s%d%s%s", i ? ", " : "", c->related[i],
			r ? " " : "", r ? r->phrase : "");
	}
	if (fclose(m) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static char *join_aliases(const struct hc_code *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (!m)
		return NULL;
	for (int i = 0; i < c->n_alias; i++)
		fprintf(m, "%s%s", i ? ", " : "", c->alias[i]);
	if (fclose(m) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* put_label of a string made for it, then freed. */
static void put_label_own(struct out *w, enum hc_msg m, char *value)
{
	put_label(w, m, value);
	free(value);
}

static void print_full(struct out *w, const struct hc_code *c)
{
	enum hc_lang L = w->o->lang;
	const struct hc_class *cl = hc_table_class(w->t, c->code / 100);

	if (!w->first)
		fputc('\n', w->f);
	w->first = 0;
	code_head(w, c);
	put_label_own(w, MSG_CLASS, fmt_dup("%dxx%s%s", c->code / 100,
					    cl ? " " : "",
					    cl ? cl->name[L] : ""));
	if (c->status != HC_STANDARD)
		put_label_own(w, MSG_STATUS,
			      fmt_dup("%s%s%s", hc_status_label(L, c->status),
				      c->vendor ? " · " : "",
				      c->vendor ? c->vendor : ""));
	cli_put_spec(w->f, w->o, c->spec);
	if (c->n_alias)
		put_label_own(w, MSG_ALIAS, join_aliases(c));
	put_label(w, MSG_HEADERS, c->headers);
	put_label_own(w, MSG_RELATED, join_related(w->t, c));
	cli_put_texts(w->f, w->o, c->summary[L], c->detail[L]);
	if (c->interview[L]) {
		fputc('\n', w->f);
		sgr(w, SGR_BOLD);
		fprintf(w->f, "%s\n", hc_msg(L, MSG_INTERVIEW));
		sgr(w, SGR_RESET);
		put_wrapped(w, c->interview[L], 2, 0);
	}
}

/* ---- JSON ------------------------------------------------------------- */


/* "a, b, c" as a JSON array */
static void json_list(FILE *f, const char *s)
{
	int first = 1;

	fputc('[', f);
	while (s && *s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *item;

		while (n && s[n - 1] == ' ')
			n--;
		item = malloc(n + 1);
		if (item) {
			memcpy(item, s, n);
			item[n] = '\0';
			if (n) {
				fputs(first ? "" : ", ", f);
				cli_json_str(f, item);
				first = 0;
			}
			free(item);
		}
		if (!e)
			break;
		s = e + 1;
		while (*s == ' ')
			s++;
	}
	fputc(']', f);
}

static void json_lang(FILE *f, const struct hc_code *c, enum hc_lang L)
{
	fputs("{\"title\": ", f);
	cli_json_str(f, c->title[L]);
	fputs(", \"summary\": ", f);
	cli_json_str(f, c->summary[L]);
	fputs(", \"detail\": ", f);
	cli_json_str(f, c->detail[L]);
	fputs(", \"interview\": ", f);
	cli_json_str(f, c->interview[L]);
	fputs(", \"keywords\": ", f);
	json_list(f, c->keywords[L]);
	fputc('}', f);
}

/* How a code matched a search: --json's "score" and "matched". */
struct hit {
	int score;
	unsigned matched;
};

static void print_json(struct out *w, const struct hc_code *c,
		       const struct hit *h)
{
	FILE *f = w->f;
	char url[HC_SPEC_URL_MAX];
	unsigned fl = hc_code_flags(c->code);

	fprintf(f, "{\"code\": %d, \"phrase\": ", c->code);
	cli_json_str(f, c->phrase);
	fprintf(f, ", \"status\": \"%s\", \"class\": \"%dxx\", \"spec\": ",
		hc_status_name(c->status), c->code / 100);
	cli_json_str(f, c->spec);
	fputs(", \"spec_url\": ", f);
	cli_json_str(f, hc_spec_url(c->spec, url, sizeof url) ? url : NULL);
	fputs(", \"vendor\": ", f);
	cli_json_str(f, c->vendor);
	fputs(", \"aliases\": [", f);
	for (int i = 0; i < c->n_alias; i++) {
		fputs(i ? ", " : "", f);
		cli_json_str(f, c->alias[i]);
	}
	fputs("], \"headers\": ", f);
	json_list(f, c->headers);
	fputs(", \"related\": [", f);
	for (int i = 0; i < c->n_related; i++)
		fprintf(f, "%s%d", i ? ", " : "", c->related[i]);
	fprintf(f, "], \"empty_body\": %s, \"redirect\": %s, \"retry\": %s",
		fl & HC_FLAG_EMPTY_BODY ? "true" : "false",
		fl & HC_FLAG_REDIRECT ? "true" : "false",
		fl & HC_FLAG_RETRY ? "true" : "false");
	fputs(", \"ko\": ", f);
	json_lang(f, c, HC_KO);
	fputs(", \"en\": ", f);
	json_lang(f, c, HC_EN);
	if (h) {
		int first = 1;

		fprintf(f, ", \"score\": %d, \"matched\": [", h->score);
		for (int i = 0; i < HC_FIELD_N; i++)
			if (h->matched & (1u << i)) {
				fprintf(f, "%s\"%s\"", first ? "" : ", ",
					hc_search_field_name((enum hc_field)i));
				first = 0;
			}
		fputc(']', f);
	}
	fputc('}', f);
}

/* ---- output of a set of codes ----------------------------------------- */

enum shape { SHAPE_FULL, SHAPE_LINE };

/* Collects what is printed so that --json can wrap a list in an array
 * while single lookups stay single objects. */
struct result {
	const struct hc_code **codes;
	size_t n, cap;
	int array; /* a list was asked for */
	struct hit *hits; /* search: how each code matched, for --json */
	size_t hcap;
};

static int result_add(struct result *r, const struct hc_code *c)
{
	if (mem_grow((void **)&r->codes, &r->cap, r->n + 1, sizeof *r->codes))
		return -1;
	r->codes[r->n++] = c;
	return 0;
}

static int result_add_match(struct result *r, const struct hc_match *m)
{
	if (mem_grow((void **)&r->hits, &r->hcap, r->n + 1, sizeof *r->hits))
		return -1;
	r->hits[r->n] = (struct hit){ m->score, m->matched };
	return result_add(r, m->code);
}

static void emit(struct out *w, const struct result *r, enum shape shape)
{
	int cols;

	if (w->o->json) {
		int arr = r->array || r->n != 1;

		if (arr)
			fputs("[", w->f);
		for (size_t i = 0; i < r->n; i++) {
			fputs(i ? ",\n " : "", w->f);
			print_json(w, r->codes[i], r->hits ? &r->hits[i] : NULL);
		}
		fputs(arr ? "]\n" : "\n", w->f);
		return;
	}
	if (shape == SHAPE_FULL) {
		for (size_t i = 0; i < r->n; i++)
			print_full(w, r->codes[i]);
		return;
	}
	/* the lines of one answer line up */
	cols = cli_line_cols(r->codes, r->n, w->o);
	for (size_t i = 0; i < r->n; i++)
		cli_line_put(w->f, w->o, r->codes[i], cols);
}


static int not_found(const struct out *w, int code)
{
	cli_unassigned(stderr, w->t, w->o, code);
	return 1;
}

/* Hidden by the settings (unofficial = hide): left out as if unknown. */
static int shown(const struct out *w, const struct hc_code *c)
{
	return !(w->o->hide_unofficial && c->status == HC_UNOFFICIAL);
}

/* A query that is not a code or a pattern; a number out of range gets
 * the nearest codes too ("99", "1000"). */
static void bad_query(struct out *w, const char *q, size_t n,
		      enum hc_msg why)
{
	/* the hint once: a stream of bad lines repeats only the line that
	 * says which */
	const char *hint = w->hinted ? NULL :
			   "Try 'httpcodes --search WORDS' to search by "
			   "words, or 'httpcodes --help'.";
	size_t digits = 0;
	char msg[256];
	int k;

	while (digits < n && q[digits] >= '0' && q[digits] <= '9')
		digits++;
	k = snprintf(msg, sizeof msg, "%s", hc_msg(w->o->lang, why));
	if (n && digits == n && k > 0 && (size_t)k < sizeof msg) {
		FILE *m = fmemopen(msg + k, sizeof msg - (size_t)k, "w");

		if (m) {
			/* past three digits every number is past 599 */
			cli_put_nearest(m, w->t, w->o,
					n > 3 ? 1000 : (int)strtol(q, NULL, 10));
			fclose(m);
		}
	}
	cli_complain(q, n, msg, hint);
	w->hinted = 1;
}

/* One query word: a code or a mask.  Adds to r; returns the status. */
static int lookup(struct out *w, const char *q, size_t n, struct result *r)
{
	struct hc_query cq = hc_query_parse(q, n);
	size_t before = r->n;

	if (cq.kind == HC_QUERY_BAD) {
		bad_query(w, q, n, cq.why);
		return 2;
	}
	if (cq.kind == HC_QUERY_CODE) {
		const struct hc_code *c = hc_table_find(w->t, cq.code);

		if (!c || !shown(w, c))
			return not_found(w, cq.code);
		return result_add(r, c) < 0 ? 2 : 0;
	}
	r->array = 1;
	for (size_t i = 0; i < w->t->n; i++)
		if (hc_query_match(&cq, w->t->codes[i].code) &&
		    shown(w, &w->t->codes[i]) &&
		    result_add(r, &w->t->codes[i]) < 0)
			return 2;
	if (r->n == before) {
		cli_complain(q, n, hc_msg(w->o->lang, MSG_NO_MATCH), NULL);
		return 1;
	}
	return 0;
}

static int worse(int a, int b)
{
	return a > b ? a : b;
}

/* ---- standard input: a stream ------------------------------------------ */

/* A query is a code or a mask, a few bytes; longer lines are skipped,
 * with a message, so that memory stays bounded whatever comes. */
#define STDIN_LINE_MAX 4096

/* The codes found so far, printed and flushed at once, one a line (or a
 * JSON object a line), so that `tail -f log | httpcodes -` answers each
 * line as it comes.  -1 when stdout failed: reading on is for nobody. */
static int emit_now(struct out *w, struct result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		if (w->o->json) {
			print_json(w, r->codes[i], NULL);
			fputc('\n', w->f);
		} else {
			cli_line_put(w->f, w->o, r->codes[i], w->cols);
		}
	}
	r->n = 0;
	return fflush(w->f) != 0 || ferror(w->f) ? -1 : 0;
}

/* One line into buf (at most STDIN_LINE_MAX bytes kept, the rest read
 * and dropped); *len is its whole length, the newline aside.  Returns
 * the character that ended it: '\n', or EOF at the end or on an error. */
static int read_line(char *buf, size_t *kept, size_t *len, enum hc_lang L,
		     unsigned long lineno)
{
	char msg[256];
	int c;

	*kept = *len = 0;
	while ((c = getc(stdin)) != EOF && c != '\n') {
		if (*len < STDIN_LINE_MAX)
			buf[(*kept)++] = (char)c;
		else if (*len == STDIN_LINE_MAX) {
			/* said at once: an endless line says it too */
			hc_msg_format(msg, sizeof msg, L, MSG_CLI_STDIN_LONG,
				      lineno, STDIN_LINE_MAX);
			fprintf(stderr, "httpcodes: %s\n", msg);
		}
		(*len)++;
	}
	return c;
}

/* Each line a query, answered before the next is read.  *gone: stdout
 * failed. */
static int read_stdin(struct out *w, struct result *r, int *gone)
{
	char buf[STDIN_LINE_MAX], msg[512];
	int st = 0, any = 0;
	enum hc_lang L = w->o->lang;
	unsigned long lineno = 0;

	for (;;) {
		size_t n, len;
		int end = read_line(buf, &n, &len, L, lineno + 1);
		char *s = buf;

		if (end == EOF && ferror(stdin)) {
			hc_msg_format(msg, sizeof msg, L, MSG_CLI_STDIN_ERROR,
				      strerror(errno));
			fprintf(stderr, "httpcodes: %s\n", msg);
			return 2;
		}
		if (end == EOF && len == 0)
			break;
		lineno++;
		if (len > n) {
			st = 2;
		} else {
			while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' ||
				     s[n - 1] == '\t'))
				n--;
			while (n && (*s == ' ' || *s == '\t'))
				s++, n--;
			if (n && *s != '#') {
				any = 1;
				st = worse(st, lookup(w, s, n, r));
				if (emit_now(w, r) < 0) {
					*gone = 1;
					return st;
				}
			}
		}
		if (end == EOF)
			break;
	}
	if (!any && st < 2) {
		fprintf(stderr, "httpcodes: %s\n",
			hc_msg(L, MSG_CLI_STDIN_EMPTY));
		return 2;
	}
	return st;
}

/* Arguments with "-" among them: each answered as it comes, in the order
 * given, one line per code. */
static int run_stream(struct out *w, int argc, char **argv,
		      struct result *r)
{
	int st = 0, gone = 0;
	const struct hc_code *some[64];

	/* lines that come one by one line up with each other: the column is
	 * as wide as for the whole table (the widest of each 64, capped) */
	w->cols = 0;
	for (size_t i = 0; i < w->t->n; i += 64) {
		size_t k = 0;
		int c;

		while (k < 64 && i + k < w->t->n) {
			some[k] = &w->t->codes[i + k];
			k++;
		}
		c = cli_line_cols(some, k, w->o);
		if (c > w->cols)
			w->cols = c;
	}
	for (int i = 0; i < argc && !gone; i++) {
		if (!strcmp(argv[i], "-")) {
			st = worse(st, read_stdin(w, r, &gone));
		} else {
			st = worse(st, lookup(w, argv[i], strlen(argv[i]), r));
			gone = emit_now(w, r) < 0;
		}
	}
	return st;
}

static int run_search(struct out *w, int argc, char **argv,
		      struct result *r)
{
	struct hc_search *s = hc_search_new(w->t);
	const struct hc_match *m;
	size_t len = 0, k, hdrs;
	char *q;
	int st = 0;

	if (!s)
		return 2;
	for (int i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	q = malloc(len + 1);
	if (!q) {
		hc_search_free(s);
		return 2;
	}
	q[0] = '\0';
	for (int i = 0, k2 = 0; i < argc; i++)
		k2 += sprintf(q + k2, "%s%s", i ? " " : "", argv[i]);
	k = hc_search_run(s, q, strlen(q), &m);
	/* a header the query names comes first, then its codes */
	hdrs = cli_header_search(w->t, w->o, q, strlen(q), k > 0);
	r->array = 1;
	for (size_t i = 0; i < k; i++)
		if (shown(w, m[i].code) && result_add_match(r, &m[i]) < 0)
			st = 2;
	if (!r->n && !hdrs) {
		cli_complain(q, strlen(q), hc_msg(w->o->lang, MSG_CLI_NO_RESULT),
			     hc_msg(w->o->lang, MSG_T_TRY));
		st = 1;
	} else if (hc_search_partial(s)) {
		/* on stderr: what is printed stays the list of codes */
		cli_complain(q, strlen(q), hc_msg(w->o->lang, MSG_T_PARTIAL), NULL);
	}
	free(q);
	hc_search_free(s);
	return st;
}

int cli_run(const struct hc_table *t, const struct cli_opts *o, int argc,
	    char **argv)
{
	struct out w = { .f = stdout, .o = o, .t = t, .first = 1 };
	struct result r = { 0 };
	int st = 0;
	enum shape shape = SHAPE_LINE;

	switch (o->mode) {
	case CLI_LIST:
		r.array = 1;
		for (size_t i = 0; i < t->n; i++)
			if (shown(&w, &t->codes[i]) &&
			    result_add(&r, &t->codes[i]) < 0)
				st = 2;
		break;
	case CLI_SEARCH:
		st = run_search(&w, argc, argv, &r);
		break;
	case CLI_HEADER:
		return cli_header_run(t, o, argc, argv);
	case CLI_LOOKUP:
		for (int i = 0; i < argc; i++)
			if (!strcmp(argv[i], "-")) {
				st = run_stream(&w, argc, argv, &r);
				free(r.codes);
				return st;
			}
		for (int i = 0; i < argc; i++)
			st = worse(st, lookup(&w, argv[i], strlen(argv[i]),
					      &r));
		/* codes asked for one by one are explained in full */
		if (!r.array && !o->brief)
			shape = SHAPE_FULL;
		break;
	}
	if (st < 2 || r.n)
		emit(&w, &r, shape);
	free(r.codes);
	free(r.hits);
	return st;
}

/* ---- study statistics ------------------------------------------------- */

static void bar(FILE *f, int pct, int width, int utf8)
{
	int full = pct * width / 100;

	for (int i = 0; i < width; i++)
		fputs(i < full ? (utf8 ? "\xe2\x96\x88" : "#")
			       : (utf8 ? "\xe2\x96\x91" : "."), f);
}

int cli_stats(const struct hc_table *t, const struct cli_opts *o,
	      const char *path)
{
	struct progress p;
	struct progress_note note;
	struct quiz_scope scope = { QS_STANDARD, 0, 0 };
	char msg[1024], *safe;
	enum hc_lang L = o->lang;
	/* a file may hold many items of up to 2^32 - 1 answers each */
	unsigned long long right = 0, wrong = 0;
	size_t asked = 0;
	struct quiz_due due;
	long long now;
	char next[64];

	if (!path) {
		fprintf(stderr, "httpcodes: %s\n",
			hc_msg(L, MSG_CLI_NO_PROGRESS_PLACE));
		return 2;
	}
	/* a report: it never writes, moves or locks anything */
	if (progress_load(&p, path, &note) != PROGRESS_OK) {
		progress_note_text(&note, o->lang, 0, msg, sizeof msg);
		fprintf(stderr, "httpcodes: %s\n", msg);
		return 2;
	}
	for (size_t i = 0; i < p.n; i++) {
		right += p.items[i].right;
		wrong += p.items[i].wrong;
		asked += p.items[i].right + p.items[i].wrong > 0;
	}
	now = (long long)time(NULL);
	quiz_due(t, &p, now, progress_day_end(now), &due);
	if (due.next)
		progress_time_text(due.next, o->json, next, sizeof next);
	else
		snprintf(next, sizeof next, "%s", hc_msg(o->lang, MSG_T_NONE));
	if (o->json) {
		printf("{\"file\": ");
		cli_json_str(stdout, path);
		printf(", \"sessions\": %u, \"answers\": {\"right\": %llu, "
		       "\"wrong\": %llu}, \"due_now\": %zu, \"next_due\": ",
		       p.session, right, wrong, due.now);
		if (due.next)
			printf("\"%s\"", next);
		else
			printf("null");
		printf(", \"classes\": [");
		for (int d = 1; d <= HC_CLASS_N; d++) {
			size_t items;
			int pct = quiz_mastery(t, &p, scope, d, &items);

			printf("%s{\"class\": \"%dxx\", \"items\": %zu, "
			       "\"mastery\": %d}", d > 1 ? ", " : "", d, items, pct);
		}
		printf("]}\n");
		progress_free(&p);
		return 0;
	}
	/* the name comes from the environment: no escapes reach the terminal */
	safe = text_sanitize_dup(path, strlen(path), 0);
	hc_msg_print(stdout, L, MSG_CLI_STATS_TITLE, safe ? safe : "?");
	free(safe);
	putchar('\n');
	hc_msg_print(stdout, L, MSG_CLI_STATS_ANSWERS, p.session, right,
		     right + wrong, asked);
	putchar('\n');
	hc_msg_print(stdout, L, MSG_CLI_STATS_DUE, due.now, due.until, next);
	fputs("\n\n", stdout);
	for (int d = 1; d <= HC_CLASS_N; d++) {
		const struct hc_class *cl = hc_table_class(t, d);
		const char *name = cl ? cl->name[o->lang] : "";
		size_t items;
		int pct = quiz_mastery(t, &p, scope, d, &items);
		int pad = 20 - text_width(name, strlen(name));

		printf("%dxx %s%*s ", d, name, pad > 0 ? pad : 0, "");
		bar(stdout, pct, 20, o->utf8);
		printf(" %3d%%  ", pct);
		hc_msg_print(stdout, L, MSG_CLI_STATS_ITEMS, items);
		/* retention: the share of answers right, over every item of
		 * the class (any scope) */
		if (due.answers[d - 1]) {
			fputs("  ", stdout);
			hc_msg_print(stdout, L, MSG_CLI_STATS_RETENTION,
				     quiz_percent(due.right[d - 1],
						  due.answers[d - 1]));
		}
		putchar('\n');
	}
	if (!p.session)
		printf("\n%s\n", hc_msg(L, MSG_CLI_STATS_NONE_YET));
	progress_free(&p);
	return 0;
}
