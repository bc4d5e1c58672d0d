/* The header reference: names in lists and queries, the nearest names to
 * a misspelt one. */
#ifndef HC_HEADER_H
#define HC_HEADER_H

#include <stddef.h>

#include "table.h"

/* The next name of a list "A, B, C" (a code's Headers): its length goes
 * to *len and *s moves past it; NULL at the end. */
const char *hc_header_list_next(const char **s, size_t *len);

/* The headers nearest to a name that is none (a prefix, a part, or a
 * few letters off), nearest first; returns how many (at most max). */
size_t hc_header_nearest(const struct hc_table *t, const char *name,
			 size_t len, const struct hc_header **out, size_t max);

/* The headers a search query names, in query order, each once: the
 * query as a whole ("ETag", "retry after"), a word of it that could be
 * nothing else ("Retry-After", "X-RateLimit-Limit:", "retry_after"), or
 * words that form a name when joined by '-' ("content type").  One word
 * inside a longer query ("if", "link", "range") names nothing: it is
 * more often an English word than a header.  Returns how many (at most
 * max). */
size_t hc_header_query(const struct hc_table *t, const char *q, size_t len,
		       const struct hc_header **out, size_t max);

#endif
