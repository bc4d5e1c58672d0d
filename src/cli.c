#include <config.h>

#include "cli.h"
#include "cli_header.h"
#include "model/i18n.h"
#include "model/mem.h"
#include "model/progress.h"
#include "model/query.h"
#include "model/quiz.h"
#include "model/search.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"

static const char *const class_sgr[6] = {
	"", "\033[1;34m", "\033[1;32m", "\033[1;36m", "\033[1;33m", "\033[1;31m",
};

/* The list column for phrases, in display columns. */
#define PHRASE_COLS 33

struct out {
	FILE *f;
	const struct cli_opts *o;
	const struct hc_table *t;
	int first; /* nothing printed yet (JSON arrays, blank lines) */
};

static void sgr(struct out *w, const char *seq)
{
	if (w->o->color)
		fputs(seq, w->f);
}

/* Print text wrapped to the width, each line indented; paragraphs ('\n')
 * are separated by a blank line when gap is set. */
static void put_wrapped(struct out *w, const char *s, int indent, int gap)
{
	size_t n = strlen(s), i = 0;
	int width = w->o->width ? w->o->width - indent : 0;

	if (w->o->width && width < 20)
		width = 20;
	while (i < n) {
		size_t next, len;

		if (!width) {
			const char *nl = memchr(s + i, '\n', n - i);

			len = nl ? (size_t)(nl - (s + i)) : n - i;
			next = i + len + (nl != NULL);
		} else {
			len = text_wrap(s + i, n - i, width, &next);
			next += i;
		}
		fprintf(w->f, "%*s%.*s\n", indent, "", (int)len, s + i);
		if (gap && next > 0 && next <= n && s[next - 1] == '\n')
			fputc('\n', w->f);
		i = next;
	}
}

/* "Label: value", wrapped, continuation lines indented. */
static void put_label(struct out *w, enum hc_msg m, const char *value)
{
	const char *label = hc_msg(w->o->lang, m);
	size_t lab = strlen(label) + 1, n, len, next;
	int width = w->o->width;
	char *line;

	if (!value || !*value)
		return;
	n = lab + 1 + strlen(value);
	line = malloc(n + 1);
	if (!line)
		return;
	snprintf(line, n + 1, "%s: %s", label, value);
	if (width && width < 20)
		width = 20;
	len = width ? text_wrap(line, n, width, &next) : (next = n, n);
	if (len < lab)
		lab = len;
	sgr(w, SGR_DIM);
	fprintf(w->f, "%.*s", (int)lab, line);
	sgr(w, SGR_RESET);
	fprintf(w->f, "%.*s\n", (int)(len - lab), line + lab);
	if (next < n)
		put_wrapped(w, line + next, 2, 0);
	free(line);
}

static void code_head(struct out *w, const struct hc_code *c)
{
	enum hc_lang L = w->o->lang;

	sgr(w, class_sgr[c->code / 100]);
	fprintf(w->f, "%d %s", c->code, c->phrase);
	sgr(w, SGR_RESET);
	if (L == HC_KO && c->title[HC_KO])
		fprintf(w->f, " (%s)", c->title[HC_KO]);
	fputc('\n', w->f);
}

static void join_related(const struct hc_table *t, const struct hc_code *c,
			 char *buf, size_t cap)
{
	size_t k = 0;

	buf[0] = '\0';
	for (int i = 0; i < c->n_related && k < cap; i++) {
		const struct hc_code *r = hc_table_find(t, c->related[i]);
		int n = snprintf(buf + k, cap - k, "%s%d %s", i ? ", " : "",
				 c->related[i], r ? r->phrase : "");

		if (n < 0)
			break;
		k += (size_t)n;
	}
}

static void print_full(struct out *w, const struct hc_code *c)
{
	enum hc_lang L = w->o->lang;
	const struct hc_class *cl = hc_table_class(w->t, c->code / 100);
	char buf[1024];

	if (!w->first)
		fputc('\n', w->f);
	w->first = 0;
	code_head(w, c);
	snprintf(buf, sizeof buf, "%dxx%s%s", c->code / 100, cl ? " " : "",
		 cl ? cl->name[L] : "");
	put_label(w, MSG_CLASS, buf);
	if (c->status != HC_STANDARD) {
		snprintf(buf, sizeof buf, "%s%s%s", hc_status_label(L, c->status),
			 c->vendor ? " · " : "", c->vendor ? c->vendor : "");
		put_label(w, MSG_STATUS, buf);
	}
	put_label(w, MSG_SPEC, c->spec);
	if (c->n_alias) {
		size_t k = 0;

		buf[0] = '\0';
		for (int i = 0; i < c->n_alias && k < sizeof buf; i++) {
			int n = snprintf(buf + k, sizeof buf - k, "%s%s",
					 i ? ", " : "", c->alias[i]);
			if (n < 0)
				break;
			k += (size_t)n;
		}
		put_label(w, MSG_ALIAS, buf);
	}
	put_label(w, MSG_HEADERS, c->headers);
	join_related(w->t, c, buf, sizeof buf);
	put_label(w, MSG_RELATED, buf);
	fputc('\n', w->f);
	sgr(w, SGR_BOLD);
	put_wrapped(w, c->summary[L], 0, 0);
	sgr(w, SGR_RESET);
	fputc('\n', w->f);
	put_wrapped(w, c->detail[L], 0, 1);
	if (c->interview[L]) {
		fputc('\n', w->f);
		sgr(w, SGR_BOLD);
		fprintf(w->f, "%s\n", hc_msg(L, MSG_INTERVIEW));
		sgr(w, SGR_RESET);
		put_wrapped(w, c->interview[L], 2, 0);
	}
}

/* "404  Not Found                      The server ..." */
static void print_line(struct out *w, const struct hc_code *c)
{
	enum hc_lang L = w->o->lang;
	char head[512];
	int hw, room;
	size_t n;

	snprintf(head, sizeof head, "%s%s%s%s", c->phrase,
		 c->status != HC_STANDARD ? " [" : "",
		 c->status != HC_STANDARD ? hc_status_label(L, c->status) : "",
		 c->status != HC_STANDARD ? "]" : "");
	hw = text_width(head, strlen(head));
	sgr(w, class_sgr[c->code / 100]);
	fprintf(w->f, "%d", c->code);
	sgr(w, SGR_RESET);
	fprintf(w->f, "  %s%*s  ", head, hw < PHRASE_COLS ? PHRASE_COLS - hw : 0,
		"");
	n = strlen(c->summary[L]);
	if (w->o->width) {
		room = w->o->width - 5 - (hw > PHRASE_COLS ? hw : PHRASE_COLS) - 2;
		if (room < 1)
			room = 1;
		if (text_width(c->summary[L], n) > room) {
			n = text_fit(c->summary[L], n, room - 1, NULL);
			fprintf(w->f, "%.*s…\n", (int)n, c->summary[L]);
			return;
		}
	}
	fprintf(w->f, "%.*s\n", (int)n, c->summary[L]);
}

/* ---- JSON ------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", f);
		else if (ch < 0x20 || ch == 0x7f)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

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
				json_str(f, item);
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
	json_str(f, c->title[L]);
	fputs(", \"summary\": ", f);
	json_str(f, c->summary[L]);
	fputs(", \"detail\": ", f);
	json_str(f, c->detail[L]);
	fputs(", \"interview\": ", f);
	json_str(f, c->interview[L]);
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

	fprintf(f, "{\"code\": %d, \"phrase\": ", c->code);
	json_str(f, c->phrase);
	fprintf(f, ", \"status\": \"%s\", \"class\": \"%dxx\", \"spec\": ",
		hc_status_name(c->status), c->code / 100);
	json_str(f, c->spec);
	fputs(", \"vendor\": ", f);
	json_str(f, c->vendor);
	fputs(", \"aliases\": [", f);
	for (int i = 0; i < c->n_alias; i++) {
		fputs(i ? ", " : "", f);
		json_str(f, c->alias[i]);
	}
	fputs("], \"headers\": ", f);
	json_list(f, c->headers);
	fputs(", \"related\": [", f);
	for (int i = 0; i < c->n_related; i++)
		fprintf(f, "%s%d", i ? ", " : "", c->related[i]);
	fputs("], \"ko\": ", f);
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
	for (size_t i = 0; i < r->n; i++)
		if (shape == SHAPE_FULL)
			print_full(w, r->codes[i]);
		else
			print_line(w, r->codes[i]);
}

/* A message on stderr about a query, with the query made safe to print. */
static void complain(const char *q, size_t n, const char *what,
		     const char *hint)
{
	char *safe;

	if (n > 60)
		n = 60; /* the message stays one line */
	safe = text_sanitize_dup(q, n, 0);
	fprintf(stderr, "httpcodes: '%s'%s: %s\n", safe ? safe : "?",
		n == 60 ? "..." : "", what);
	if (hint)
		fprintf(stderr, "%s\n", hint);
	free(safe);
}

static int not_found(const struct out *w, int code)
{
	int near[3];
	size_t k = hc_query_nearest(w->t, code, near, 3);
	int ko = w->o->lang == HC_KO;

	if (ko)
		fprintf(stderr, "httpcodes: 알려진 상태 코드가 아닙니다: %03d", code);
	else
		fprintf(stderr, "httpcodes: %03d is not a known status code", code);
	if (code < 100 || code > 599)
		fputs(ko ? " (상태 코드는 100부터 599까지입니다)"
			 : " (status codes run from 100 to 599)", stderr);
	for (size_t i = 0; i < k; i++)
		fprintf(stderr, "%s%d", i ? ", " : ko ? "; 가까운 코드: "
						      : "; nearest: ", near[i]);
	fputc('\n', stderr);
	return 1;
}

/* One query word: a code or a mask.  Adds to r; returns the status. */
static int lookup(struct out *w, const char *q, size_t n, struct result *r)
{
	struct hc_query cq = hc_query_parse(q, n);
	size_t before = r->n;

	if (cq.kind == HC_QUERY_BAD) {
		complain(q, n, cq.why, "Try 'httpcodes --search WORDS' to search "
			 "by words, or 'httpcodes --help'.");
		return 2;
	}
	if (cq.kind == HC_QUERY_CODE) {
		const struct hc_code *c = hc_table_find(w->t, cq.code);

		if (!c)
			return not_found(w, cq.code);
		return result_add(r, c) < 0 ? 2 : 0;
	}
	r->array = 1;
	for (size_t i = 0; i < w->t->n; i++)
		if (hc_query_match(&cq, w->t->codes[i].code) &&
		    result_add(r, &w->t->codes[i]) < 0)
			return 2;
	if (r->n == before) {
		fprintf(stderr, "httpcodes: %s: %s\n",
			hc_msg(w->o->lang, MSG_NO_MATCH), cq.pat);
		return 1;
	}
	return 0;
}

static int worse(int a, int b)
{
	return a > b ? a : b;
}

static int read_stdin(struct out *w, struct result *r)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int st = 0, any = 0;

	while ((len = getline(&line, &cap, stdin)) >= 0) {
		char *s = line;

		while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' ||
			       s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		while (len && (*s == ' ' || *s == '\t'))
			s++, len--;
		if (!len || *s == '#')
			continue;
		any = 1;
		st = worse(st, lookup(w, s, (size_t)len, r));
	}
	free(line);
	if (!any) {
		fputs("httpcodes: no queries on standard input\n", stderr);
		return 2;
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
		if (result_add_match(r, &m[i]) < 0)
			st = 2;
	if (!k && !hdrs) {
		complain(q, strlen(q), w->o->lang == HC_KO ?
			 "검색 결과가 없습니다" : "nothing matches",
			 hc_msg(w->o->lang, MSG_T_TRY));
		st = 1;
	} else if (hc_search_partial(s)) {
		/* on stderr: what is printed stays the list of codes */
		complain(q, strlen(q), hc_msg(w->o->lang, MSG_T_PARTIAL), NULL);
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
			if (result_add(&r, &t->codes[i]) < 0)
				st = 2;
		break;
	case CLI_SEARCH:
		st = run_search(&w, argc, argv, &r);
		break;
	case CLI_HEADER:
		return cli_header_run(t, o, argc, argv);
	case CLI_LOOKUP:
		for (int i = 0; i < argc; i++) {
			if (!strcmp(argv[i], "-"))
				st = worse(st, read_stdin(&w, &r));
			else
				st = worse(st, lookup(&w, argv[i],
						      strlen(argv[i]), &r));
		}
		/* codes asked for one by one are explained in full */
		if (!r.array)
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
	struct quiz_scope scope = { QS_STANDARD, 0 };
	char msg[1024];
	int ko = o->lang == HC_KO;
	unsigned right = 0, wrong = 0;
	size_t asked = 0;

	if (!path) {
		fputs(ko ? "httpcodes: 진도 파일 위치를 알 수 없습니다 "
			   "(HOME과 XDG_STATE_HOME이 없음)\n"
			 : "httpcodes: no place for the progress file "
			   "(neither HOME nor XDG_STATE_HOME is set)\n", stderr);
		return 2;
	}
	if (progress_load(&p, path, msg, sizeof msg) != PROGRESS_OK)
		fprintf(stderr, "httpcodes: %s\n", msg);
	for (size_t i = 0; i < p.n; i++) {
		right += p.items[i].right;
		wrong += p.items[i].wrong;
		asked += p.items[i].right + p.items[i].wrong > 0;
	}
	if (o->json) {
		printf("{\"file\": ");
		json_str(stdout, path);
		printf(", \"sessions\": %u, \"answers\": {\"right\": %u, "
		       "\"wrong\": %u}, \"classes\": [", p.session, right, wrong);
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
	printf(ko ? "학습 진도 (표준 코드): %s\n" : "Study progress (standard codes): %s\n",
	       path);
	printf(ko ? "세션 %u번, 답 %u개 중 %u개 정답, 문항 %zu개 풀어 봄\n\n"
		  : "%u sessions, %u of %u answers right, %zu items tried\n\n",
	       p.session, ko ? right + wrong : right, ko ? right : right + wrong,
	       asked);
	for (int d = 1; d <= HC_CLASS_N; d++) {
		const struct hc_class *cl = hc_table_class(t, d);
		const char *name = cl ? cl->name[o->lang] : "";
		size_t items;
		int pct = quiz_mastery(t, &p, scope, d, &items);
		int pad = 20 - text_width(name, strlen(name));

		printf("%dxx %s%*s ", d, name, pad > 0 ? pad : 0, "");
		bar(stdout, pct, 20, o->utf8);
		printf(" %3d%%  ", pct);
		printf(ko ? "(문항 %zu개)\n" : "(%zu items)\n", items);
	}
	if (!p.session)
		fputs(ko ? "\n아직 학습 기록이 없습니다. httpcodes --quiz로 "
			   "시작하세요.\n"
			 : "\nNo study yet: start with httpcodes --quiz.\n",
		      stdout);
	progress_free(&p);
	return 0;
}
