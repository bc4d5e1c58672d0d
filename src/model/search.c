#include <config.h>

#include "search.h"
#include "query.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct hc_search {
	const struct hc_table *t;
	struct hc_match *res;
};

struct hc_search *hc_search_new(const struct hc_table *t)
{
	struct hc_search *s = calloc(1, sizeof *s);

	if (!s)
		return NULL;
	s->t = t;
	s->res = calloc(t->n ? t->n : 1, sizeof *s->res);
	if (!s->res) {
		free(s);
		return NULL;
	}
	return s;
}

void hc_search_free(struct hc_search *s)
{
	if (s)
		free(s->res);
	free(s);
}

static const char *find_ci(const char *hay, const char *w, size_t wn)
{
	for (; hay && *hay; hay++)
		if (!strncasecmp(hay, w, wn))
			return hay;
	return NULL;
}

static int word_match(const struct hc_code *c, const char *w, size_t wn,
		      struct hc_match *m)
{
	const char *fields[] = {
		c->phrase, c->title[HC_KO], c->keywords[HC_KO],
		c->keywords[HC_EN], c->headers, c->summary[HC_KO],
		c->summary[HC_EN], c->alias[0], c->alias[1],
	};

	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		const char *hit = find_ci(fields[i], w, wn);

		if (hit) {
			if (m->n_spans < HC_MAX_SPANS)
				m->spans[m->n_spans++] = (struct hc_span){
					fields[i], (unsigned)(hit - fields[i]),
					(unsigned)wn };
			return (int)(sizeof fields / sizeof *fields - i);
		}
	}
	return 0;
}

static int by_score(const void *a, const void *b)
{
	const struct hc_match *x = a, *y = b;

	if (x->score != y->score)
		return y->score - x->score;
	return x->code->code - y->code->code;
}

size_t hc_search_run(struct hc_search *s, const char *q, size_t len,
		     const struct hc_match **out)
{
	size_t k = 0;
	struct hc_query cq;

	while (len && (*q == ' ' || *q == '\t'))
		q++, len--;
	while (len && (q[len - 1] == ' ' || q[len - 1] == '\t'))
		len--;
	*out = s->res;
	if (!len)
		return 0;
	cq = hc_query_parse(q, len);
	for (size_t i = 0; i < s->t->n; i++) {
		const struct hc_code *c = &s->t->codes[i];
		struct hc_match m = { .code = c };

		if (cq.kind != HC_QUERY_BAD) {
			if (!hc_query_match(&cq, c->code))
				continue;
			m.score = 1000;
		} else {
			const char *w = q, *end = q + len;

			while (w < end) {
				const char *e = memchr(w, ' ', (size_t)(end - w));
				int sc;

				if (!e)
					e = end;
				if (e > w) {
					sc = word_match(c, w, (size_t)(e - w), &m);
					if (!sc)
						break;
					m.score += sc;
				}
				w = e + 1;
			}
			if (w < end || !m.score)
				continue;
		}
		s->res[k++] = m;
	}
	qsort(s->res, k, sizeof *s->res, by_score);
	return k;
}
