#include <config.h>

#include "header.h"
#include "search.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NAME_MAX_LEN 64 /* longer than any field name worth a lookup */

const char *hc_header_list_next(const char **s, size_t *len)
{
	const char *p = *s, *start;
	size_t n;

	while (p && (*p == ',' || *p == ' '))
		p++;
	if (!p || !*p)
		return NULL;
	start = p;
	n = strcspn(p, ",");
	*s = p + n;
	while (n && p[n - 1] == ' ')
		n--;
	*len = n;
	return start;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The name folded for comparing: lower case, '_' as '-'. */
static size_t fold(const char *s, size_t n, char *dst, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k + 1 < cap; i++)
		dst[k++] = s[i] == '_' ? '-' : lower(s[i]);
	dst[k] = '\0';
	return k;
}

/* ---- the nearest names ------------------------------------------------- */

struct near {
	const struct hc_header *h;
	int score; /* lower is nearer */
};

static int cmp_near(const void *a, const void *b)
{
	const struct near *x = a, *y = b;

	if (x->score != y->score)
		return x->score - y->score;
	return strcmp(x->h->name, y->h->name);
}

/* How far name is from the query q (both folded), or -1 when too far:
 * a prefix either way first, then a part of the name, then typos. */
static int distance(const char *q, size_t qn, const char *name)
{
	size_t nn = strlen(name);
	int max = qn <= 4 ? 1 : qn <= 8 ? 2 : 3, d;

	if (qn >= 2 && (!strncmp(name, q, qn) || !strncmp(q, name, nn)))
		return (int)(qn > nn ? qn - nn : nn - qn) > 9 ? 9
		       : (int)(qn > nn ? qn - nn : nn - qn);
	if (qn >= 3 && strstr(name, q))
		return 10;
	d = hc_search_distance(q, name, max);
	return d <= max ? 20 + d : -1;
}

size_t hc_header_nearest(const struct hc_table *t, const char *name,
			 size_t len, const struct hc_header **out, size_t max)
{
	char q[NAME_MAX_LEN + 1], h[NAME_MAX_LEN + 1];
	struct near *all;
	size_t qn, k = 0;

	if (!t->n_headers || !max)
		return 0;
	all = malloc(t->n_headers * sizeof *all);
	if (!all)
		return 0;
	qn = fold(name, len, q, sizeof q);
	for (size_t i = 0; i < t->n_headers; i++) {
		const char *n = t->headers[i].name;
		int d;

		fold(n, strlen(n), h, sizeof h);
		d = distance(q, qn, h);
		if (d >= 0)
			all[k++] = (struct near){ &t->headers[i], d };
	}
	qsort(all, k, sizeof *all, cmp_near);
	if (k > max)
		k = max;
	for (size_t i = 0; i < k; i++)
		out[i] = all[i].h;
	free(all);
	return k;
}

/* ---- headers named in a query ------------------------------------------ */

#define MAX_TOKENS 64
#define MAX_JOIN 4 /* words joined into one name: X-RateLimit-Remaining */

struct token {
	const char *s; /* the name-like part: letters, digits, '-', '_' */
	size_t n;
	unsigned char dash;   /* it holds '-' or '_' */
	unsigned char colon;  /* "Name:", as in a header line */
	unsigned char header; /* the word "header" or "헤더" is next to it */
	unsigned char is_header_word;
};

static int name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static int space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char hangul_header[] = "\xed\x97\xa4\xeb\x8d\x94"; /* 헤더 */

/* One whitespace-separated word: quotes and brackets around it aside,
 * the name-like part, and what follows it (':', a particle, 헤더). */
static void read_token(const char *w, size_t n, struct token *tk)
{
	size_t i = 0, rest;

	memset(tk, 0, sizeof *tk);
	while (i < n && !name_char(w[i]) && (unsigned char)w[i] < 0x80)
		i++;
	tk->s = w + i;
	while (i < n && name_char(w[i])) {
		tk->dash |= w[i] == '-' || w[i] == '_';
		i++;
	}
	tk->n = (size_t)(w + i - tk->s);
	rest = n - i;
	tk->colon = rest && w[i] == ':';
	if (rest >= sizeof hangul_header - 1 &&
	    !memcmp(w + i, hangul_header, sizeof hangul_header - 1))
		tk->header = 1; /* "ETag헤더" */
	if (!tk->n && tk->header)
		tk->is_header_word = 1; /* "헤더", "헤더를" */
	if ((tk->n == 6 || tk->n == 7) && !strncasecmp(tk->s, "headers", tk->n))
		tk->is_header_word = 1;
}

static int add_found(const struct hc_header **out, size_t *k, size_t max,
		     const struct hc_header *h)
{
	for (size_t i = 0; i < *k; i++)
		if (out[i] == h)
			return 0;
	if (*k < max)
		out[(*k)++] = h;
	return 1;
}

size_t hc_header_query(const struct hc_table *t, const char *q, size_t len,
		       const struct hc_header **out, size_t max)
{
	struct token tk[MAX_TOKENS];
	int n = 0;
	size_t k = 0, longest = 0;

	if (!t->n_headers || !max)
		return 0;
	/* this costs a query less than the lookups it saves */
	for (size_t i = 0; i < t->n_headers; i++) {
		size_t hn = strlen(t->headers[i].name);

		if (hn > longest)
			longest = hn;
	}
	if (longest > NAME_MAX_LEN)
		longest = NAME_MAX_LEN;
	if (len > HC_SEARCH_MAX_QUERY)
		len = HC_SEARCH_MAX_QUERY;
	for (size_t i = 0; i < len && n < MAX_TOKENS;) {
		size_t j;

		while (i < len && space(q[i]))
			i++;
		for (j = i; j < len && !space(q[j]); j++)
			;
		if (j > i)
			read_token(q + i, j - i, &tk[n++]);
		i = j;
	}
	for (int i = 0; i < n; i++)
		if (tk[i].is_header_word) {
			if (i > 0)
				tk[i - 1].header = 1;
			if (i + 1 < n)
				tk[i + 1].header = 1;
		}
	for (int i = 0; i < n; i++) {
		char buf[NAME_MAX_LEN + 1];
		size_t end[MAX_JOIN + 1], run;
		int words = 1;

		if (!tk[i].n || tk[i].n > longest)
			continue;
		/* the words from here that could still make a name, joined
		 * by '-' once: fewer words are a prefix of it */
		run = fold(tk[i].s, tk[i].n, buf, sizeof buf);
		end[1] = run;
		while (words < MAX_JOIN && i + words < n &&
		       !tk[i + words - 1].colon && !tk[i + words].is_header_word &&
		       tk[i + words].n && run + 1 + tk[i + words].n <= longest) {
			buf[run++] = '-';
			run += fold(tk[i + words].s, tk[i + words].n, buf + run,
				    sizeof buf - run);
			end[++words] = run;
		}
		/* the longest run of words that makes a name first */
		for (int w = words; w >= 2; w--) {
			const struct hc_header *h = hc_table_header(t, buf, end[w]);

			if (h) {
				add_found(out, &k, max, h);
				break;
			}
		}
		if (n == 1 || tk[i].dash || tk[i].colon || tk[i].header) {
			const struct hc_header *h = hc_table_header(t, buf, end[1]);

			if (h)
				add_found(out, &k, max, h);
		}
	}
	return k;
}
