/* Code queries: "404", class masks "4xx" and "5x3", prefixes "41", and
 * digit patterns: "." or "?" for any digit ("3..", "5?3"), "[...]" for a
 * set or range of digits ("30[12]", "5[0-2]3"). */
#ifndef HC_QUERY_H
#define HC_QUERY_H

#include "i18n.h"
#include "table.h"

enum hc_query_kind {
	HC_QUERY_CODE, /* three digits: one code (known or not) */
	HC_QUERY_MASK, /* a pattern or a prefix: a set of codes */
	HC_QUERY_BAD,  /* not a code or a pattern */
};

struct hc_query {
	enum hc_query_kind kind;
	int code;             /* HC_QUERY_CODE */
	unsigned short set[3]; /* HC_QUERY_MASK: bit d when digit d may stand
				* in that place */
	enum hc_msg why;      /* HC_QUERY_BAD: the reason (MSG_Q_*) */
};

/* Parse s (n bytes; need not be terminated). */
struct hc_query hc_query_parse(const char *s, size_t n);
int hc_query_match(const struct hc_query *q, int code);

/* Up to max known codes nearest to code, nearest first; returns how many. */
size_t hc_query_nearest(const struct hc_table *t, int code, int *out,
			size_t max);
/* The same, the codes of code's own class first (nearest first), then
 * the others; for a code that is not a status code, the nearest. */
size_t hc_query_suggest(const struct hc_table *t, int code,
			int hide_unofficial, int *out, size_t max);

#endif
