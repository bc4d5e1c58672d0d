#include <config.h>

#include "query.h"

#include <stdlib.h>
#include <string.h>

#define ANY_DIGIT 0x3ffu
/* first digits of status codes: 1 to 5 */
#define CLASS_DIGITS 0x3eu

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_wild(char c)
{
	return c == 'x' || c == 'X' || c == '.' || c == '?';
}

/* "[0-2]", "[12]", "[1-35]" at s (s[0] == '['): the set of digits, or 0
 * with *why set.  *len is the bytes used. */
static unsigned parse_set(const char *s, size_t n, size_t *len,
			  enum hc_msg *why)
{
	unsigned set = 0;
	size_t i = 1;

	while (i < n && s[i] != ']') {
		if (!is_digit(s[i])) {
			*why = s[i] == '[' ? MSG_Q_UNCLOSED : MSG_Q_SET_CHAR;
			return 0;
		}
		if (i + 1 < n && s[i + 1] == '-') {
			if (i + 2 >= n || !is_digit(s[i + 2])) {
				*why = i + 2 >= n ? MSG_Q_UNCLOSED
						  : MSG_Q_SET_CHAR;
				return 0;
			}
			if (s[i + 2] < s[i]) {
				*why = MSG_Q_BACKWARDS;
				return 0;
			}
			for (char d = s[i]; d <= s[i + 2]; d++)
				set |= 1u << (d - '0');
			i += 3;
		} else {
			set |= 1u << (s[i] - '0');
			i++;
		}
	}
	if (i >= n) {
		*why = MSG_Q_UNCLOSED;
		return 0;
	}
	if (!set)
		*why = MSG_Q_EMPTY_SET;
	*len = i + 1;
	return set;
}

struct hc_query hc_query_parse(const char *s, size_t n)
{
	struct hc_query q = { .kind = HC_QUERY_BAD, .why = MSG_Q_NOT_CODE };
	size_t places = 0, i = 0, len;
	int wild = 0;

	if (n == 0) {
		q.why = MSG_Q_EMPTY;
		return q;
	}
	/* a character that no pattern has says more than a misplaced one;
	 * inside [ ] the set's own message is clearer */
	for (size_t k = 0, inside = 0; k < n; k++) {
		if (s[k] == '[' || s[k] == ']')
			inside = s[k] == '[';
		else if (!inside && !is_digit(s[k]) && !is_wild(s[k]))
			return q;
	}
	while (i < n) {
		unsigned set;

		if (s[i] == ']' || s[i] == '-')
			return q; /* outside a set */
		if (places == 3) {
			q.why = MSG_Q_THREE;
			return q;
		}
		if (is_digit(s[i])) {
			set = 1u << (s[i] - '0');
			len = 1;
		} else if (is_wild(s[i])) {
			set = ANY_DIGIT;
			len = 1;
			wild = 1;
		} else {
			if (!(set = parse_set(s + i, n - i, &len, &q.why)))
				return q;
			wild = 1;
		}
		q.set[places++] = (unsigned short)set;
		i += len;
	}
	if (places == 3 && !wild) {
		q.kind = HC_QUERY_CODE;
		q.code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
		return q;
	}
	if (wild && places < 3) {
		q.why = MSG_Q_SHORT;
		return q;
	}
	if (!(q.set[0] & CLASS_DIGITS)) {
		q.why = MSG_Q_RANGE;
		return q;
	}
	while (places < 3)
		q.set[places++] = ANY_DIGIT; /* a prefix: "41" is 41x */
	q.kind = HC_QUERY_MASK;
	return q;
}

int hc_query_match(const struct hc_query *q, int code)
{
	if (q->kind == HC_QUERY_CODE)
		return code == q->code;
	if (q->kind != HC_QUERY_MASK || code < 100 || code > 999)
		return 0;
	return (q->set[0] >> (code / 100) & 1) &&
	       (q->set[1] >> (code / 10 % 10) & 1) &&
	       (q->set[2] >> (code % 10) & 1);
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

/* How far c is from code, for suggestions: another class counts as
 * farther than any code of code's own class; at equal distance the
 * lower code comes first. */
static long suggest_rank(int code, int c)
{
	int in_range = code >= 100 && code <= 599;
	long d = labs((long)c - code) * 2 + (c > code);

	return in_range && c / 100 != code / 100 ? d + 100000 : d;
}

size_t hc_query_suggest(const struct hc_table *t, int code,
			int hide_unofficial, int *out, size_t max)
{
	size_t k = 0;

	/* a few picks from a table of a few hundred: choose the best left */
	while (k < max) {
		long best = -1;
		int pick = 0;

		for (size_t i = 0; i < t->n; i++) {
			const struct hc_code *c = &t->codes[i];
			long r = suggest_rank(code, c->code);
			int taken = 0;

			if (c->code == code ||
			    (hide_unofficial && c->status == HC_UNOFFICIAL))
				continue;
			for (size_t j = 0; j < k && !taken; j++)
				taken = out[j] == c->code;
			if (!taken && (best < 0 || r < best)) {
				best = r;
				pick = c->code;
			}
		}
		if (best < 0)
			break;
		out[k++] = pick;
	}
	return k;
}
