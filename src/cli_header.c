/* --header NAME, --list-headers and the header entries of -s: the same
 * shapes as a code's (labels, wrapping, colour, JSON) for a header. */
#include <config.h>

#include "cli_header.h"
#include "cli_put.h"
#include "model/header.h"
#include "model/i18n.h"
#include "model/specurl.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

#define SGR_RESET CLI_SGR_RESET
#define SGR_BOLD CLI_SGR_BOLD
#define SGR_DIM CLI_SGR_DIM

/* Columns of the list: names past this push the rest of their line. */
#define NAME_COLS_MAX 24
/* Headers a search shows at most. */
#define SEARCH_MAX 4

struct hout {
	FILE *f;
	const struct cli_opts *o;
	const struct hc_table *t;
	int first; /* nothing printed yet */
};

static void sgr(const struct hout *w, const char *seq)
{
	cli_sgr(w->f, w->o, seq);
}

static void put_label(const struct hout *w, enum hc_msg m, const char *value)
{
	cli_put_label(w->f, w->o, m, value);
}



/* "429 Too Many Requests, 503 Service Unavailable" */
static char *join_codes(const struct hout *w, const struct hc_header *h)
{
	size_t cap = 1, k = 0;
	char *buf;

	for (int i = 0; i < h->n_codes; i++) {
		const struct hc_code *c = hc_table_find(w->t, h->codes[i]);

		cap += 8 + (c ? strlen(c->phrase) : 0);
	}
	buf = malloc(cap);
	if (!buf)
		return NULL;
	buf[0] = '\0';
	for (int i = 0; i < h->n_codes; i++) {
		const struct hc_code *c = hc_table_find(w->t, h->codes[i]);
		int r;

		if (!c)
			continue;
		r = snprintf(buf + k, cap - k, "%s%d %s", k ? ", " : "",
			     c->code, c->phrase);
		if (r < 0 || (size_t)r >= cap - k)
			break;
		k += (size_t)r;
	}
	return buf;
}

static void print_full(struct hout *w, const struct hc_header *h)
{
	enum hc_lang L = w->o->lang;
	char *codes;

	if (!w->first)
		fputc('\n', w->f);
	w->first = 0;
	sgr(w, SGR_BOLD);
	fputs(h->name, w->f);
	sgr(w, SGR_RESET);
	fputc('\n', w->f);
	put_label(w, MSG_HDR_DIRECTION, hc_direction_label(L, h->direction));
	put_label(w, MSG_HDR_KIND, hc_header_kind_label(L, h->kind));
	cli_put_spec(w->f, w->o, h->spec);
	put_label(w, MSG_HDR_SYNTAX, h->syntax);
	put_label(w, MSG_HDR_EXAMPLE, h->example);
	put_label(w, MSG_HDR_SUCCESSOR, h->successor);
	codes = join_codes(w, h);
	put_label(w, MSG_HDR_CODES, codes);
	free(codes);
	cli_put_texts(w->f, w->o, h->summary[L], h->detail[L]);
}

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

/* The columns of a list of headers: the widest name (up to a bound) and
 * the widest direction. */
static void columns(const struct hout *w, const struct hc_header *const *hs,
		    size_t n, int *name_cols, int *dir_cols)
{
	*name_cols = *dir_cols = 0;
	for (size_t i = 0; i < n; i++) {
		int nw = width_of(hs[i]->name);
		int dw = width_of(hc_direction_short(w->o->lang,
						     hs[i]->direction));

		if (nw > *name_cols)
			*name_cols = nw > NAME_COLS_MAX ? NAME_COLS_MAX : nw;
		if (dw > *dir_cols)
			*dir_cols = dw;
	}
}

/* "Retry-After     response  How long to wait before trying again" */
static void print_line(const struct hout *w, const struct hc_header *h,
		       int name_cols, int dir_cols)
{
	const char *dir = hc_direction_short(w->o->lang, h->direction);
	const char *sum = h->summary[w->o->lang];
	int nw = width_of(h->name), dw = width_of(dir), room;
	size_t n = strlen(sum);

	if (!w->o->width) {
		/* piped: whole fields, one TAB apart, as a code's line */
		sgr(w, SGR_BOLD);
		fputs(h->name, w->f);
		sgr(w, SGR_RESET);
		fprintf(w->f, "\t%s\t%s\n", dir, sum);
		return;
	}
	sgr(w, SGR_BOLD);
	fputs(h->name, w->f);
	sgr(w, SGR_RESET);
	fprintf(w->f, "%*s  ", nw < name_cols ? name_cols - nw : 0, "");
	sgr(w, SGR_DIM);
	fputs(dir, w->f);
	sgr(w, SGR_RESET);
	fprintf(w->f, "%*s  ", dw < dir_cols ? dir_cols - dw : 0, "");
	room = w->o->width - (nw > name_cols ? nw : name_cols) - 2 - dir_cols -
	       2;
	if (room < 1)
		room = 1;
	if (text_width(sum, n) > room) {
		n = text_fit(sum, n, room - 1, NULL);
		fprintf(w->f, "%.*s…\n", (int)n, sum);
		return;
	}
	fprintf(w->f, "%.*s\n", (int)n, sum);
}

/* ---- JSON ------------------------------------------------------------- */


static void print_json(const struct hout *w, const struct hc_header *h)
{
	FILE *f = w->f;
	char url[HC_SPEC_URL_MAX];

	fputs("{\"name\": ", f);
	cli_json_str(f, h->name);
	fprintf(f, ", \"direction\": \"%s\", \"kind\": \"%s\", \"spec\": ",
		hc_direction_name(h->direction), hc_header_kind_name(h->kind));
	cli_json_str(f, h->spec);
	fputs(", \"spec_url\": ", f);
	cli_json_str(f, hc_spec_url(h->spec, url, sizeof url) ? url : NULL);
	fputs(", \"syntax\": ", f);
	cli_json_str(f, h->syntax);
	fputs(", \"example\": ", f);
	cli_json_str(f, h->example);
	fputs(", \"successor\": ", f);
	cli_json_str(f, h->successor);
	fputs(", \"codes\": [", f);
	for (int i = 0; i < h->n_codes; i++)
		fprintf(f, "%s%d", i ? ", " : "", h->codes[i]);
	fputs("]", f);
	for (int L = 0; L < HC_LANG_N; L++) {
		fputs(L == HC_KO ? ", \"ko\": {\"summary\": "
				 : ", \"en\": {\"summary\": ", f);
		cli_json_str(f, h->summary[L]);
		fputs(", \"detail\": ", f);
		cli_json_str(f, h->detail[L]);
		fputc('}', f);
	}
	fputc('}', f);
}

/* ---- --header, --list-headers ------------------------------------------ */

/* A message on stderr about a name, with the nearest names, or the hint
 * when there are none. */
static void complain(const struct hout *w, const char *q, const char *what,
		     const struct hc_header *const *near, size_t k)
{
	char msg[512];
	size_t len;

	text_format(msg, sizeof msg, "%s", what);
	for (size_t i = 0; i < k; i++) {
		len = strlen(msg);
		text_format(msg + len, sizeof msg - len, "%s%s",
			    i ? ", " : ": ", near[i]->name);
	}
	cli_complain(q, strlen(q), msg,
		     k ? NULL : hc_msg(w->o->lang, w->t->n_headers
					   ? MSG_HDR_LIST_HINT
					   : MSG_HDR_NONE));
}

/* The header a name means: itself in any case, or what a search would
 * take it for ("retry after", "Retry-After:"), if that is one header. */
static const struct hc_header *find(const struct hc_table *t, const char *s)
{
	const struct hc_header *h = hc_table_header(t, s, strlen(s)), *q[2];

	if (h)
		return h;
	return hc_header_query(t, s, strlen(s), q, 2) == 1 ? q[0] : NULL;
}

static int not_found(const struct hout *w, const char *name)
{
	const struct hc_header *near[3];
	size_t k = hc_header_nearest(w->t, name, strlen(name), near, 3);
	char what[160];

	snprintf(what, sizeof what, "%s%s%s", hc_msg(w->o->lang,
						     MSG_HDR_UNKNOWN),
		 k ? "; " : "", k ? hc_msg(w->o->lang, MSG_HDR_NEAREST) : "");
	complain(w, name, what, near, k);
	return 1;
}

static void emit(struct hout *w, const struct hc_header *const *hs, size_t n,
		 int list)
{
	int name_cols, dir_cols;

	if (w->o->json) {
		int arr = list || n != 1;

		fputs(arr ? "[" : "", w->f);
		for (size_t i = 0; i < n; i++) {
			fputs(i ? ",\n " : "", w->f);
			print_json(w, hs[i]);
		}
		fputs(arr ? "]\n" : "\n", w->f);
		return;
	}
	if (!list) {
		for (size_t i = 0; i < n; i++)
			print_full(w, hs[i]);
		return;
	}
	columns(w, hs, n, &name_cols, &dir_cols);
	for (size_t i = 0; i < n; i++)
		print_line(w, hs[i], name_cols, dir_cols);
}

int cli_header_run(const struct hc_table *t, const struct cli_opts *o,
		   int argc, char **argv)
{
	struct hout w = { .f = stdout, .o = o, .t = t, .first = 1 };
	const struct hc_header **hs;
	size_t n = 0;
	int st = 0;

	hs = malloc((argc ? (size_t)argc : t->n_headers + 1) * sizeof *hs);
	if (!hs) {
		fputs("httpcodes: out of memory\n", stderr);
		return 2;
	}
	if (argc == 0) {
		for (size_t i = 0; i < t->n_headers; i++)
			hs[n++] = &t->headers[i];
		if (!n) {
			fprintf(stderr, "httpcodes: %s\n",
				hc_msg(o->lang, MSG_HDR_NONE));
			st = 1;
		}
	}
	for (int i = 0; i < argc; i++) {
		const struct hc_header *h = find(t, argv[i]);

		if (h)
			hs[n++] = h;
		else
			st = not_found(&w, argv[i]);
	}
	/* what was found is printed, even when a name was not */
	if (n || o->json)
		emit(&w, hs, n, argc == 0);
	free(hs);
	return st;
}

size_t cli_header_search(const struct hc_table *t, const struct cli_opts *o,
			 const char *q, size_t n, int more)
{
	struct hout w = { .f = stdout, .o = o, .t = t, .first = 1 };
	const struct hc_header *hs[SEARCH_MAX];
	size_t k;

	if (o->json)
		return 0;
	k = hc_header_query(t, q, n, hs, SEARCH_MAX);
	if (k) {
		emit(&w, hs, k, 1);
		/* apart from the codes on a terminal; piped, every line is
		 * one of TAB-separated fields */
		if (more && o->width)
			fputc('\n', stdout);
	}
	return k;
}
