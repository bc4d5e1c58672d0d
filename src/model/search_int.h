/* What the two halves of the search engine share: search_index.c builds
 * struct hc_search, search.c reads it to answer queries.  Private to them. */
#ifndef HC_SEARCH_INT_H
#define HC_SEARCH_INT_H

#include "search.h"
#include "hangul.h"
#include "query.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

/* Bounds on the work one query can cause, whatever it holds (and
 * MAX_UNITS, MAX_VARIANTS in hangul.h). */
#define MAX_GROUPS 64 /* words read; HC_MAX_SPANS of them count */
#define MAX_TERMS (MAX_GROUPS * 3 / 2) /* the words, their joins */
#define MAX_RAW 96 /* whitespace-separated words read from a query */
#define MAX_SUB 8 /* parts of one word joined by punctuation */
#define MAX_RUN 8 /* words of a name looked up as one */

enum fkind { FK_PHRASE, FK_TITLE, FK_ALIAS, FK_KEYWORDS, FK_SUMMARY,
	     FK_DETAIL };

struct field {
	const char *base;
	uint32_t code; /* index in the table */
	uint8_t kind;
	uint8_t name; /* enum hc_field */
};

struct word { /* one word of the text; words are in field order */
	uint32_t field, start, len, voc;
};

struct voc { /* one distinct folded word; sorted by its bytes */
	uint32_t str, len, nch, occ, nocc; /* occ: first entry in occ[] */
	uint64_t mask;
};

#define K_START 1u
#define K_END 2u

struct kch { /* one letter of a field that holds Hangul */
	uint32_t c, field, start;
	uint8_t len, flags;
};

enum ttype { TT_NONE, TT_CODE, TT_WORD, TT_HANGUL };

struct sub {
	uint16_t off, len, nch; /* folded bytes in qbuf */
};

struct term {
	uint8_t type;
	uint8_t group, group2; /* the query word(s) it stands for */
	uint8_t qcap;          /* the best quality it may score */
	uint8_t status_line;   /* TT_CODE: the number after HTTP/x */
	uint8_t whole;         /* TT_WORD: only whole words (a join) */
	uint8_t loose;         /* TT_CODE: one or two digits, maybe a number */
	uint8_t variant;       /* another spelling: what it gives up */
	uint8_t typing;        /* the last word, maybe not finished */
	struct hc_query cq;
	uint16_t off, len; /* the whole word, folded */
	int nsub;
	struct sub sub[MAX_SUB];
	struct units un;
	int nvar;
	struct hangul_stem var[MAX_VARIANTS];
};

/* One word of the query that counts (filler aside). */
struct group {
	uint8_t weak; /* adds when it matches, never counts against a code */
	uint8_t code; /* a code or a mask */
	uint8_t dropped; /* past HC_MAX_SPANS, the least informative */
	uint16_t nch; /* letters: shorter words are dropped first */
	int raw;      /* which raw word */
};

/* One whitespace-separated word as typed, its letters folded (in rbuf):
 * runs of them are looked up among the codes' names. */
struct raw {
	uint16_t off, len;
	uint8_t func; /* a function word: the, is, 뭐, 했을 */
	uint8_t weak; /* a word like http, code, 에러 */
};

struct name { /* a code's phrase, alias, title or keyword, as letters */
	uint64_t hash;
	uint32_t code; /* NAME_KEYWORD set for a keyword */
};
#define NAME_KEYWORD 0x80000000u

/* The index of a table, built by tools/gentable for the built-in one. */
struct hc_search_prebuilt {
	size_t ncodes, nf, nw, nv, nk, nkall, nkshort, nnames;
	/* const: the data goes to a read-only segment, whose pages are
	 * mapped only once a search reads them (the browser's memory before
	 * the first search stays what it was without an index) */
	const struct word *w;
	const struct voc *v;
	const char *vbuf;
	const uint32_t *occ;
	uint32_t first[257];
	const struct kch *k;
	const uint32_t *kall, *kshort;
	const char *phr;
	const uint32_t *phr_off;
	const struct name *names;
};

struct hc_search {
	const struct hc_table *t;
	int prebuilt; /* the arrays below (up to names) are not ours to free */
	struct field *f;
	size_t nf;
	struct word *w;
	size_t nw;
	struct voc *v;
	size_t nv;
	char *vbuf;
	uint32_t *occ;
	uint32_t first[257]; /* vocabulary entries by first byte */
	struct kch *k;
	size_t nk;
	uint32_t *kall, *kshort; /* Hangul positions sorted by letter */
	size_t nkall, nkshort;
	/* reused by every query */
	size_t qlen;
	/* per code, its names and keywords folded with only their letters
	 * kept, one after another, ending in PHR_END: a query whose words
	 * stand together there ("권한 없음") is what the user meant */
	char *phr;
	uint32_t *phr_off; /* code c's part: [phr_off[c], phr_off[c + 1]) */
	struct name *names; /* sorted by hash */
	size_t nnames;
	int nterm;
	int ngrp;
	int ngrp_words; /* groups that are words, not codes */
	int prev_n;
	uint64_t prev_key[MAX_TERMS]; /* what each row of tbest holds (0: nothing) */
	int nraw;
	int partial;
	/* per term and code: best score, its span, fields seen */
	int *tbest;
	struct hc_span *tspan;
	unsigned char *tsup;
	int *best;              /* the current term's row of tbest */
	struct hc_span *bspan;  /* ... of tspan */
	unsigned char *nfield;  /* ... of tsup */
	uint32_t *fmark, stamp; /* fields seen by the current word */
	int *support;           /* per code: other fields, over all words */
	int *bonus;             /* per code: its code terms */
	int *bonus_name, *bonus_phr; /* ... names, phrases spelled out */
	unsigned char *covered; /* per code: words matched that count */
	unsigned char *named;   /* per code: the query names it */
	int *gbest;             /* per word and code: its best score */
	uint8_t *gterm;         /* ... and the term that gave it */
	unsigned char *dead;
	uint64_t *order; /* rank keys, best first */
	struct hc_match *acc, *res;
	/* Scratch of every query, written before it is read: left out when
	 * the struct is cleared (it is most of it). */
	char scratch[1];
	char qclean[HC_SEARCH_MAX_QUERY];
	char qjoin[HC_SEARCH_MAX_QUERY * 2 + 8];
	char qbuf[HC_SEARCH_MAX_QUERY * 8 + 8];
	struct term term[MAX_TERMS];
	struct group grp[MAX_GROUPS];
	struct raw raw[MAX_RAW];
	char rbuf[HC_SEARCH_MAX_QUERY * 2 + 8];
};

#define PHR_END '\x1f' /* not a letter, so no query spans it */

/* ---- characters ---------------------------------------------------------- */

/* Inline: the index reads every byte of the table through these, and a
 * query every letter it tries. */

static inline size_t next_char(const char *s, size_t n, ucs4_t *c)
{
	int len;

	if ((unsigned char)*s < 0x80) { /* most of the text: no decoding */
		*c = (unsigned char)*s;
		return 1;
	}
	len = u8_mbtouc(c, (const uint8_t *)s, n);

	return len > 0 ? (size_t)len : 1;
}

static inline ucs4_t fold_char(ucs4_t c)
{
	/* full-width forms come from Korean input methods */
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xFF01 && c <= 0xFF5E)
		c -= 0xFEE0;
	return uc_tolower(c);
}

static inline int is_letter(ucs4_t c)
{
	if (c < 0x80)
		return (c | 32) - 'a' < 26 || c - '0' < 10;
	if (is_syllable(c))
		return 1;
	return uc_is_alnum(c);
}

/* A letter of an English-like word; Hangul goes to the other index. */
static inline int is_wordch(ucs4_t c)
{
	return is_letter(c) && !is_hangul(c);
}

/* One bit per letter: a word lacking k + 1 of the query's letters is more
 * than k edits away, which rules out most of the vocabulary cheaply. */
static inline uint64_t letter_bit(ucs4_t c)
{
	if (c >= 'a' && c <= 'z')
		return 1ull << (c - 'a');
	if (c >= '0' && c <= '9')
		return 1ull << (26 + c - '0');
	return 1ull << (36 + c % 28);
}

static inline size_t put_char(char *dst, size_t cap, size_t at, ucs4_t c)
{
	uint8_t buf[6];
	int n;

	if (c < 0x80 && at + 1 < cap) {
		dst[at] = (char)c;
		return at + 1;
	}
	n = u8_uctomb(buf, c, sizeof buf);

	if (n <= 0 || at + (size_t)n >= cap)
		return at;
	memcpy(dst + at, buf, (size_t)n);
	return at + (size_t)n;
}

/* FNV-1a over the folded letters of s, and of nothing else: "Gateway
 * Time-out", "gateway timeout" and "GATEWAYTIMEOUT" hash the same. */
static inline uint64_t search_name_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;

	for (size_t i = 0; i < n;) {
		ucs4_t c;
		uint8_t buf[6];
		int len;

		i += next_char(s + i, n - i, &c);
		if (!is_letter(c))
			continue;
		c = fold_char(c);
		len = c < 0x80 ? (buf[0] = (uint8_t)c, 1) :
				 u8_uctomb(buf, c, sizeof buf);
		for (int k = 0; k < len; k++)
			h = (h ^ buf[k]) * 1099511628211ull;
	}
	return h;
}

/* search_index.c: always build the index; or take a prebuilt one, which
 * must come from the same table (NULL otherwise). */
struct hc_search *hc_search_build(const struct hc_table *t);
struct hc_search *hc_search_from_prebuilt(const struct hc_table *t,
					  const struct hc_search_prebuilt *p);
/* search_emit.c, for tools/gentable: the index as C data. */
int hc_search_emit(const struct hc_search *s, FILE *f);
/* Generated with the table: the built-in table's index. */
const struct hc_search_prebuilt *hc_builtin_index(void);

#endif
