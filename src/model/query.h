/* Code queries: "404", class masks "4xx" and "5x3", prefixes "41". */
#ifndef HC_QUERY_H
#define HC_QUERY_H

#include "table.h"

enum hc_query_kind {
	HC_QUERY_CODE, /* three digits: one code (known or not) */
	HC_QUERY_MASK, /* digits and x, or a prefix: a set of codes */
	HC_QUERY_BAD,  /* not a code or a mask */
};

struct hc_query {
	enum hc_query_kind kind;
	int code;       /* HC_QUERY_CODE */
	char pat[4];    /* HC_QUERY_MASK: three of '0'-'9' or 'x' */
	const char *why; /* HC_QUERY_BAD: a reason, in English */
};

/* Parse s (n bytes; need not be terminated). */
struct hc_query hc_query_parse(const char *s, size_t n);
int hc_query_match(const struct hc_query *q, int code);

/* Up to max known codes nearest to code, nearest first; returns how many. */
size_t hc_query_nearest(const struct hc_table *t, int code, int *out,
			size_t max);

#endif
