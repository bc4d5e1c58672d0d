#include <config.h>

#include "query.h"

#include <stdlib.h>

static int is_x(char c)
{
	return c == 'x' || c == 'X';
}

struct hc_query hc_query_parse(const char *s, size_t n)
{
	struct hc_query q = { .kind = HC_QUERY_BAD, .why = NULL };
	size_t digits = 0, xs = 0;

	if (n == 0) {
		q.why = "empty query";
		return q;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (is_x(s[i]))
			xs++;
		else {
			q.why = "not a status code or a class mask";
			return q;
		}
	}
	if (n > 3) {
		q.why = "status codes have three digits";
		return q;
	}
	if (digits == 3) {
		q.kind = HC_QUERY_CODE;
		q.code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
		return q;
	}
	if (xs && n < 3) {
		q.why = "a class mask has three characters, like 4xx or 5x3";
		return q;
	}
	if (!is_x(s[0]) && (s[0] < '1' || s[0] > '5')) {
		q.why = "status codes run from 100 to 599";
		return q;
	}
	q.kind = HC_QUERY_MASK;
	for (size_t i = 0; i < 3; i++)
		q.pat[i] = i < n && !is_x(s[i]) ? s[i] : 'x';
	q.pat[3] = '\0';
	return q;
}

int hc_query_match(const struct hc_query *q, int code)
{
	char d[3] = {
		(char)('0' + code / 100 % 10),
		(char)('0' + code / 10 % 10),
		(char)('0' + code % 10),
	};

	if (q->kind == HC_QUERY_CODE)
		return code == q->code;
	if (q->kind != HC_QUERY_MASK || code < 100 || code > 999)
		return 0;
	for (int i = 0; i < 3; i++)
		if (q->pat[i] != 'x' && q->pat[i] != d[i])
			return 0;
	return 1;
}

size_t hc_query_nearest(const struct hc_table *t, int code, int *out,
			size_t max)
{
	size_t k = 0;
	size_t hi = hc_table_lower_bound(t, code), lo = hi;

	/* merge outwards from where code would stand */
	while (k < max && (lo > 0 || hi < t->n)) {
		int dl = lo > 0 ? code - t->codes[lo - 1].code : -1;
		int dh = hi < t->n ? t->codes[hi].code - code : -1;

		if (dh >= 0 && t->codes[hi].code == code) {
			hi++;
			continue;
		}
		if (dl >= 0 && (dh < 0 || dl <= dh))
			out[k++] = t->codes[--lo].code;
		else
			out[k++] = t->codes[hi++].code;
	}
	return k;
}
