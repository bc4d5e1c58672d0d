/* Ranked search over the table: codes, masks, words (Korean and English),
 * Hangul initial consonants, typos. */
#ifndef HC_SEARCH_H
#define HC_SEARCH_H

#include <stddef.h>

#include "table.h"

/* At most HC_MAX_SPANS words of a query count (one span each): a longer
 * query keeps its most informative words, dropping filler first, then the
 * words that match most codes.  Bytes past HC_SEARCH_MAX_QUERY are not
 * read. */
#define HC_MAX_SPANS 24
#define HC_SEARCH_MAX_QUERY 1024

/* Which field of a code a span lies in. */
enum hc_field {
	HC_FIELD_CODE, /* the number itself; base is NULL */
	HC_FIELD_PHRASE,
	HC_FIELD_ALIAS,
	HC_FIELD_TITLE, /* the Korean title */
	HC_FIELD_KEYWORDS,
	HC_FIELD_HEADERS,
	HC_FIELD_VENDOR,
	HC_FIELD_SUMMARY,
	HC_FIELD_DETAIL,
	HC_FIELD_SPEC,
	HC_FIELD_N
};

/* A matched byte range inside one of the code's strings; base is the very
 * pointer stored in struct hc_code (phrase, alias[i], headers, title[HC_KO],
 * keywords[], summary[], detail[], vendor, spec), so a view can tell which
 * field it is. */
struct hc_span {
	const char *base;
	unsigned start, len;
	enum hc_field field;
};

/* How good one word's best match was, best last.  A match's score is the
 * sum over the query's words of HC_SEARCH_SCORE(level, quality). */
enum hc_search_level {
	HC_LEVEL_NONE,
	HC_LEVEL_DETAIL,
	HC_LEVEL_SUMMARY,
	HC_LEVEL_KEYWORD, /* keywords, headers, vendor */
	HC_LEVEL_ALIAS,
	HC_LEVEL_PHRASE_PREFIX,
	HC_LEVEL_PHRASE_WORD, /* also the Korean title */
	HC_LEVEL_MASK,        /* code prefix or mask */
	HC_LEVEL_CODE,
};
/* What a hit in each field is worth (indexed by level), before quality:
 * 5 whole word, 4 prefix, 3 whole word with one typo or inside a Korean
 * word, 2 prefix with one typo (or a Korean stem, or initials), 1 a Korean
 * word one jamo off, 1 and 0 with two typos. */
extern const int hc_search_level_weight[HC_LEVEL_CODE + 1];
#define HC_SEARCH_SCORE(level, quality) \
	(hc_search_level_weight[(level)] + (quality))

struct hc_match {
	const struct hc_code *code;
	int score; /* higher is better */
	unsigned matched; /* 1u << enum hc_field, for each field that matched */
	int n_spans;
	struct hc_span spans[HC_MAX_SPANS];
};

struct hc_search;

/* Index the table (which must outlive the search); NULL when out of
 * memory.  All the work is done here, so that running a query allocates
 * nothing. */
struct hc_search *hc_search_new(const struct hc_table *t);
void hc_search_free(struct hc_search *s);

/* Run a query; matches are best first and stay valid until the next call.
 * Returns how many.  Equal scores go to standard codes first, then to the
 * code whose other fields also hold the words (a code about ETag before
 * one that only lists the header), then to the lower code. */
size_t hc_search_run(struct hc_search *s, const char *query, size_t len,
		     const struct hc_match **out);

/* After hc_search_run: 1 when no code matched every informative word of
 * the query, so that the matches are only the closest codes. */
int hc_search_partial(const struct hc_search *s);

/* "phrase", "alias", "title", ... as --json names them. */
const char *hc_search_field_name(enum hc_field f);

/* The pieces of the engine, for tests and for views that want to show
 * what was understood.  Each writes NUL-terminated UTF-8 into dst (cap
 * bytes, cap > 0), truncating at a character boundary, and returns the
 * bytes written. */

/* Lower case, full-width ASCII made plain. */
size_t hc_search_fold(const char *s, size_t n, char *dst, size_t cap);
/* Each Hangul syllable replaced by its initial consonant (compatibility
 * jamo); "인증 필요" -> "ㅇㅈ ㅍㅇ". */
size_t hc_search_initials(const char *s, size_t n, char *dst, size_t cap);
/* Jamo as a keyboard sends them, compatibility (U+3131..) or conjoining
 * (U+1100..), assembled into syllables: "ㅇㅣㄴㅈㅡㅇ" -> "인증".  Lone
 * consonants stay as compatibility jamo; other characters are folded as
 * above, and punctuation and spaces are dropped. */
size_t hc_search_compose(const char *s, size_t n, char *dst, size_t cap);
/* Optimal string alignment distance between a and b in characters
 * (insert, delete, substitute, swap two neighbours); max + 1 when it is
 * over max. */
int hc_search_distance(const char *a, const char *b, int max);

#endif
