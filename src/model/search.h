/* Ranked search over the table: codes, masks, words (Korean and English),
 * Hangul initial consonants, typos. */
#ifndef HC_SEARCH_H
#define HC_SEARCH_H

#include <stddef.h>

#include "table.h"

#define HC_MAX_SPANS 8

/* A matched byte range inside one of the code's strings; base is the very
 * pointer stored in struct hc_code, so a view can tell which field it is. */
struct hc_span {
	const char *base;
	unsigned start, len;
};

struct hc_match {
	const struct hc_code *code;
	int score; /* higher is better */
	int n_spans;
	struct hc_span spans[HC_MAX_SPANS];
};

struct hc_search;

struct hc_search *hc_search_new(const struct hc_table *t);
void hc_search_free(struct hc_search *s);

/* Run a query; matches are best first and stay valid until the next call.
 * Returns how many. */
size_t hc_search_run(struct hc_search *s, const char *query, size_t len,
		     const struct hc_match **out);

#endif
