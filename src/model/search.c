/* The search engine.  hc_search_new indexes the table once: every field is
 * cut into words (Latin letters and digits), folded to lower case and
 * gathered into a sorted vocabulary, so a word prefix is one binary search
 * and a typo scan reads only the vocabulary; the fields that hold Hangul are
 * also laid out as one stream of letters without spaces or punctuation,
 * indexed by syllable, so Korean matches as a substring whether or not the
 * user typed the spaces.  A query then costs a few lookups and touches no
 * allocator. */
#include <config.h>

#include "search.h"
#include "mem.h"
#include "query.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

/* Bounds on the work one query can cause, whatever it holds. */
#define MAX_TERMS HC_MAX_SPANS
#define MAX_UNITS 32   /* letters of one query word that count */
#define MAX_SUB 8      /* parts of one word joined by punctuation */
#define MAX_VARIANTS 2 /* Korean stems tried besides the word itself */
#define MAX_WORD 48    /* letters of a text word the typo check reads */

#define SYL_FIRST 0xAC00u
#define SYL_LAST 0xD7A3u

enum fkind { FK_PHRASE, FK_TITLE, FK_ALIAS, FK_KEYWORDS, FK_SUMMARY,
	     FK_DETAIL };

struct field {
	const char *base;
	uint32_t code; /* index in the table */
	uint8_t kind;
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

enum ttype { TT_CODE, TT_WORD, TT_HANGUL };
enum ukind { U_EXACT, U_CHO, U_CJ };

struct units {
	uint32_t u[MAX_UNITS];
	uint8_t k[MAX_UNITS];
	int n;
};

struct sub {
	uint16_t off, len, nch; /* folded bytes in qbuf */
};

struct term {
	uint8_t type, optional;
	struct hc_query cq;
	uint16_t off, len; /* the whole word, folded, for the stop list */
	int nsub;
	struct sub sub[MAX_SUB];
	struct units un;
	int nvar;
	struct {
		int n;
		uint32_t last;
	} var[MAX_VARIANTS];
};

struct hc_search {
	const struct hc_table *t;
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
	char qclean[HC_SEARCH_MAX_QUERY];
	size_t qlen;
	/* per code, its names and keywords folded with only their letters
	 * kept, one after another, ending in PHR_END: a query whose words
	 * stand together there ("권한 없음") is what the user meant */
	char *phr;
	uint32_t *phr_off; /* code c's part: [phr_off[c], phr_off[c + 1]) */
	char qjoin[HC_SEARCH_MAX_QUERY * 2 + 8];
	char qbuf[HC_SEARCH_MAX_QUERY * 8 + 8];
	struct term term[MAX_TERMS];
	int nterm;
	int *best;
	struct hc_span *bspan;
	uint32_t *fmark, stamp; /* fields seen by the current word */
	unsigned char *nfield;  /* per code: how many */
	int *support;           /* per code: other fields, over all words */
	unsigned char *dead;
	uint64_t *order; /* rank keys, best first */
	struct hc_match *acc, *res;
};

/* ---- characters ---------------------------------------------------------- */

static size_t next_char(const char *s, size_t n, ucs4_t *c)
{
	int len;

	if ((unsigned char)*s < 0x80) { /* most of the text: no decoding */
		*c = (unsigned char)*s;
		return 1;
	}
	len = u8_mbtouc(c, (const uint8_t *)s, n);

	return len > 0 ? (size_t)len : 1;
}

static ucs4_t fold_char(ucs4_t c)
{
	/* full-width forms come from Korean input methods */
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xFF01 && c <= 0xFF5E)
		c -= 0xFEE0;
	return uc_tolower(c);
}

static int is_syllable(ucs4_t c)
{
	return c >= SYL_FIRST && c <= SYL_LAST;
}

static int is_hangul(ucs4_t c)
{
	return is_syllable(c) || (c >= 0x1100 && c <= 0x11FF) ||
	       (c >= 0x3131 && c <= 0x318E);
}

static int is_letter(ucs4_t c)
{
	if (c < 0x80)
		return (c | 32) - 'a' < 26 || c - '0' < 10;
	if (is_syllable(c))
		return 1;
	return uc_is_alnum(c);
}

/* A letter of an English-like word; Hangul goes to the other index. */
static int is_wordch(ucs4_t c)
{
	return is_letter(c) && !is_hangul(c);
}

static int is_separator(ucs4_t c)
{
	return c <= ' ' || (c >= 0x7F && c <= 0xA0) || c == 0x3000 ||
	       c == 0xFFFD || (c >= 0x2000 && c <= 0x200B) || uc_is_space(c);
}

/* One bit per letter: a word lacking k + 1 of the query's letters is more
 * than k edits away, which rules out most of the vocabulary cheaply. */
static uint64_t letter_bit(ucs4_t c)
{
	if (c >= 'a' && c <= 'z')
		return 1ull << (c - 'a');
	if (c >= '0' && c <= '9')
		return 1ull << (26 + c - '0');
	return 1ull << (36 + c % 28);
}

static size_t put_char(char *dst, size_t cap, size_t at, ucs4_t c)
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

/* ---- Hangul -------------------------------------------------------------- */

/* Compatibility jamo U+3131..U+314E as initial and final consonants. */
static const signed char compat_cho[30] = {
	0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1,
	-1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
};
static const signed char compat_jong[30] = {
	1, 2, 3, 4, 5, 6, 7, -1, 8, 9, 10, 11, 12, 13, 14,
	15, 16, 17, -1, 18, 19, 20, 21, 22, -1, 23, 24, 25, 26, 27,
};
static const uint16_t cho_compat[19] = {
	0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143,
	0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D,
	0x314E,
};
/* When a vowel follows a final consonant, the consonant (or the second
 * half of a double one) starts the next syllable: 읽 + ㅓ = 읽어 -> 일거. */
static const signed char jong_keep[28] = {
	0, 0, 0, 1, 0, 4, 4, 0, 0, 8, 8, 8, 8, 8, 8, 8, 0, 0, 17,
};
static const signed char jong_move[28] = {
	-1, 0, 1, 9, 2, 12, 18, 3, 5, 0, 6, 7, 9, 16, 17, 18, 6, 7, 9,
	9, 10, 11, 12, 14, 15, 16, 17, 18,
};

static int jamo_join(const signed char (*t)[3], size_t n, int a, int b)
{
	for (size_t i = 0; i < n; i++)
		if (t[i][0] == a && t[i][1] == b)
			return t[i][2];
	return -1;
}

static int jong_join(int a, int b)
{
	static const signed char t[][3] = {
		{ 1, 19, 3 }, { 4, 22, 5 }, { 4, 27, 6 }, { 8, 1, 9 },
		{ 8, 16, 10 }, { 8, 17, 11 }, { 8, 19, 12 }, { 8, 25, 13 },
		{ 8, 26, 14 }, { 8, 27, 15 }, { 17, 19, 18 },
	};

	return jamo_join(t, sizeof t / sizeof *t, a, b);
}

static int jung_join(int a, int b)
{
	static const signed char t[][3] = {
		{ 8, 0, 9 }, { 8, 1, 10 }, { 8, 20, 11 }, { 13, 4, 14 },
		{ 13, 5, 15 }, { 13, 20, 16 }, { 18, 20, 19 },
	};

	return jamo_join(t, sizeof t / sizeof *t, a, b);
}

static uint32_t syllable(int cho, int jung, int jong)
{
	return SYL_FIRST + (uint32_t)((cho * 21 + jung) * 28 + jong);
}

static void unit_push(struct units *u, int kind, uint32_t v)
{
	if (u->n < MAX_UNITS) {
		u->u[u->n] = v;
		u->k[u->n++] = (uint8_t)kind;
	}
}

/* Assembles jamo the way a two-set Korean keyboard does. */
struct composer {
	struct units *out;
	int cho, jung, jong;
};

static void comp_flush(struct composer *p)
{
	if (p->cho >= 0 && p->jung >= 0)
		unit_push(p->out, U_EXACT, syllable(p->cho, p->jung, p->jong));
	else if (p->cho >= 0)
		unit_push(p->out, U_CHO, (uint32_t)p->cho);
	else if (p->jung >= 0)
		unit_push(p->out, U_EXACT, 0x314Fu + (uint32_t)p->jung);
	p->cho = p->jung = -1;
	p->jong = 0;
}

static void comp_consonant(struct composer *p, int cho, int jong, ucs4_t c)
{
	if (p->cho >= 0 && p->jung >= 0 && jong > 0) {
		int j = p->jong ? jong_join(p->jong, jong) : jong;

		if (j > 0) {
			p->jong = j;
			return;
		}
	}
	comp_flush(p);
	if (cho >= 0)
		p->cho = cho;
	else
		unit_push(p->out, U_EXACT, c);
}

static void comp_vowel(struct composer *p, int jung)
{
	int j = p->jung >= 0 && !p->jong ? jung_join(p->jung, jung) : -1;

	if (p->cho >= 0 && p->jung < 0) {
		p->jung = jung;
	} else if (j >= 0) {
		p->jung = j;
	} else if (p->cho >= 0 && p->jong) {
		int move = jong_move[p->jong];

		p->jong = jong_keep[p->jong];
		comp_flush(p);
		p->cho = move;
		p->jung = jung;
	} else {
		comp_flush(p);
		p->jung = jung;
	}
}

static void comp_final(struct composer *p, ucs4_t c)
{
	struct units *u = p->out;

	if (p->cho >= 0 && p->jung >= 0 && !p->jong) {
		p->jong = (int)(c - 0x11A7);
		return;
	}
	comp_flush(p);
	/* a precomposed syllable followed by a conjoining final (NFD text) */
	if (u->n && u->k[u->n - 1] == U_EXACT && is_syllable(u->u[u->n - 1]) &&
	    (u->u[u->n - 1] - SYL_FIRST) % 28 == 0)
		u->u[u->n - 1] += c - 0x11A7;
	else
		unit_push(u, U_EXACT, c);
}

static void comp_char(struct composer *p, ucs4_t c)
{
	if (c >= 0x3131 && c <= 0x314E)
		comp_consonant(p, compat_cho[c - 0x3131], compat_jong[c - 0x3131],
			       c);
	else if (c >= 0x314F && c <= 0x3163)
		comp_vowel(p, (int)(c - 0x314F));
	else if (c >= 0x1100 && c <= 0x1112)
		comp_consonant(p, (int)(c - 0x1100), 0, c);
	else if (c >= 0x1161 && c <= 0x1175)
		comp_vowel(p, (int)(c - 0x1161));
	else if (c >= 0x11A8 && c <= 0x11C2)
		comp_final(p, c);
	else {
		comp_flush(p);
		if (is_letter(c))
			unit_push(p->out, U_EXACT, c);
	}
}

static void compose(struct units *u, const ucs4_t *c, int n)
{
	struct composer p = { .out = u, .cho = -1, .jung = -1 };

	u->n = 0;
	for (int i = 0; i < n; i++)
		comp_char(&p, c[i]);
	comp_flush(&p);
}

static int unit_match(int kind, uint32_t u, uint32_t c)
{
	if (kind == U_EXACT)
		return c == u;
	if (!is_syllable(c))
		return 0;
	if (kind == U_CHO)
		return (c - SYL_FIRST) / 588 == u;
	return (c - SYL_FIRST) / 28 == u;
}

/* The letters a unit accepts are one run of code points. */
static void unit_range(int kind, uint32_t u, uint32_t *lo, uint32_t *hi)
{
	if (kind == U_EXACT)
		*lo = *hi = u;
	else if (kind == U_CHO)
		*lo = SYL_FIRST + u * 588, *hi = *lo + 587;
	else
		*lo = SYL_FIRST + u * 28, *hi = *lo + 27;
}

/* Korean attaches particles and endings to words ("로그인이", "많음",
 * "바뀜"); a word that ends in one is also tried without it, ranked as a
 * near miss.  The longer and the nominal endings may leave a single
 * syllable (많아요 -> 많); the short ones are often part of a noun. */
static const char *const endings[] = {
	"습니다", "입니다", "합니다", "됩니다", "에서", "으로", "에게", "까지",
	"부터", "처럼", "하기", "하다", "했음", "됐음", "되다", "된다", "한다",
	"할때", "인데", "이다", "해요", "돼요", "아요", "어요", "았음", "었음",
	"아서", "어서", "네요", "지만", "는데", "이", "가", "을", "를", "은",
	"는", "에", "의", "도", "로", "와", "과", "요", "다", "할", "한", "된",
	"음", "임", "함", "됨", "기",
};
static const char strong_endings[] = "음임함됨";

static int ending_len(const struct units *u, const char *e, int *strong)
{
	ucs4_t c[4];
	int n = 0;
	size_t len = strlen(e);

	for (size_t i = 0; i < len && n < 4;)
		i += next_char(e + i, len - i, &c[n++]);
	if (n >= u->n)
		return 0;
	for (int i = 0; i < n; i++)
		if (u->k[u->n - n + i] != U_EXACT || u->u[u->n - n + i] != c[i])
			return 0;
	*strong = n > 1 || strstr(strong_endings, e) != NULL;
	return n;
}

static void stem_variants(struct term *t)
{
	const struct units *u = &t->un;
	uint32_t last = u->n ? u->u[u->n - 1] : 0;

	t->nvar = 0;
	for (int i = 0; i < u->n; i++)
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return;
	for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
		int strong = 0, n = ending_len(u, endings[i], &strong);

		if (n && (u->n - n >= 2 || strong)) {
			t->var[t->nvar].n = u->n - n;
			t->var[t->nvar++].last = u->u[u->n - n - 1];
			break;
		}
	}
	/* the nominal -ㅁ: 바뀜 -> 바뀌, 느림 -> 느리 */
	if (u->n && (last - SYL_FIRST) % 28 == 16) {
		t->var[t->nvar].n = u->n;
		t->var[t->nvar++].last = last - 16;
	}
}

/* ---- edit distance ------------------------------------------------------- */

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

/* Optimal string alignment distance from a to b, and (in *pre) from a to
 * the closest prefix of b; both capped at max + 1.  n <= MAX_WORD. */
static int osa(const uint32_t *a, int m, const uint32_t *b, int n, int max,
	       int *pre)
{
	int rows[3][MAX_WORD + 1], prev_min = 0;
	const int *last = rows[0];

	for (int j = 0; j <= n; j++)
		rows[0][j] = j;
	for (int i = 1; i <= m; i++) {
		int *c = rows[i % 3];
		const int *p = rows[(i + 2) % 3], *pp = rows[(i + 1) % 3];
		int row_min;

		c[0] = row_min = i;
		for (int j = 1; j <= n; j++) {
			int v = min3(p[j] + 1, c[j - 1] + 1,
				     p[j - 1] + (a[i - 1] != b[j - 1]));

			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
			if (v < row_min)
				row_min = v;
		}
		last = c;
		/* a swap reaches back two rows, so stop after two bad ones */
		if (row_min > max && prev_min > max) {
			*pre = max + 1;
			return max + 1;
		}
		prev_min = row_min;
	}
	*pre = last[0];
	for (int j = 1; j <= n; j++)
		if (last[j] < *pre)
			*pre = last[j];
	if (*pre > max)
		*pre = max + 1;
	return last[n] > max ? max + 1 : last[n];
}

static int decode_word(const char *s, size_t n, uint32_t *out, int max)
{
	int k = 0;

	for (size_t i = 0; i < n && k < max;) {
		ucs4_t c;

		i += next_char(s + i, n - i, &c);
		out[k++] = c;
	}
	return k;
}

/* ---- building the index -------------------------------------------------- */

static void field_add(struct hc_search *s, const char *base, size_t code,
		      enum fkind kind)
{
	if (base && *base)
		s->f[s->nf++] = (struct field){ base, (uint32_t)code,
						(uint8_t)kind };
}

/* Fields in the order their matches are preferred when scores tie. */
static int build_fields(struct hc_search *s)
{
	const struct hc_table *t = s->t;

	s->f = calloc(t->n ? t->n : 1,
		      (12 + HC_MAX_ALIAS) * sizeof *s->f);
	if (!s->f)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *c = &t->codes[i];

		field_add(s, c->phrase, i, FK_PHRASE);
		field_add(s, c->title[HC_KO], i, FK_TITLE);
		for (int a = 0; a < c->n_alias && a < HC_MAX_ALIAS; a++)
			field_add(s, c->alias[a], i, FK_ALIAS);
		field_add(s, c->keywords[HC_KO], i, FK_KEYWORDS);
		field_add(s, c->keywords[HC_EN], i, FK_KEYWORDS);
		field_add(s, c->headers, i, FK_KEYWORDS);
		field_add(s, c->vendor, i, FK_KEYWORDS);
		field_add(s, c->summary[HC_KO], i, FK_SUMMARY);
		field_add(s, c->summary[HC_EN], i, FK_SUMMARY);
		field_add(s, c->detail[HC_KO], i, FK_DETAIL);
		field_add(s, c->detail[HC_EN], i, FK_DETAIL);
		field_add(s, c->spec, i, FK_DETAIL);
	}
	return 0;
}

struct tok {
	const char *s;
	uint32_t off, len, w;
};

static int tok_cmp(const void *a, const void *b)
{
	const struct tok *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int d = memcmp(x->s, y->s, n);

	if (d)
		return d;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->w < y->w ? -1 : x->w > y->w;
}

struct wbuild {
	struct tok *tok;
	size_t ntok, captok, capw, capbuf, nbuf;
};

/* Cut one field into words, folded copies going to vbuf. */
static int field_words(struct hc_search *s, struct wbuild *b, uint32_t fi)
{
	const char *p = s->f[fi].base;
	size_t n = strlen(p), i = 0;

	while (i < n) {
		size_t start = i, fstart = b->nbuf, len;
		ucs4_t c;

		len = next_char(p + i, n - i, &c);
		if (!is_wordch(c)) {
			i += len;
			continue;
		}
		while (i < n && (len = next_char(p + i, n - i, &c)) &&
		       is_wordch(c)) {
			if (mem_grow((void **)&s->vbuf, &b->capbuf, b->nbuf + 8, 1))
				return -1;
			b->nbuf = put_char(s->vbuf, b->capbuf, b->nbuf,
					   fold_char(c));
			i += len;
		}
		if (mem_grow((void **)&s->w, &b->capw, s->nw + 1, sizeof *s->w) ||
		    mem_grow((void **)&b->tok, &b->captok, b->ntok + 1,
			 sizeof *b->tok))
			return -1;
		s->w[s->nw] = (struct word){ fi, (uint32_t)start,
					     (uint32_t)(i - start), 0 };
		b->tok[b->ntok++] = (struct tok){ NULL, (uint32_t)fstart,
						  (uint32_t)(b->nbuf - fstart),
						  (uint32_t)s->nw++ };
	}
	return 0;
}

static void voc_fill(struct voc *v, const char *str)
{
	size_t i = 0;

	v->nch = 0;
	v->mask = 0;
	while (i < v->len) {
		ucs4_t c;

		i += next_char(str + i, v->len - i, &c);
		v->mask |= letter_bit(c);
		v->nch++;
	}
}

static uint32_t hash_bytes(const char *p, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */

	while (n--)
		h = (h ^ (unsigned char)*p++) * 16777619u;
	return h;
}

/* The distinct words, sorted, each with its occurrences in text order.
 * Most words repeat, so they are made distinct first (a hash table) and
 * only the distinct ones are sorted. */
static int build_vocab(struct hc_search *s, struct wbuild *b)
{
	size_t n = b->ntok, cap = 16, nu = 0;
	uint32_t *slot, *which, *rank, *at;
	struct tok *u;
	int rc = -1;

	while (cap < 2 * n)
		cap *= 2;
	s->occ = malloc((n ? n : 1) * sizeof *s->occ);
	s->v = malloc((n ? n : 1) * sizeof *s->v);
	slot = malloc(cap * sizeof *slot);
	which = malloc((n ? n : 1) * sizeof *which);
	u = malloc((n ? n : 1) * sizeof *u);
	rank = malloc((n ? n : 1) * sizeof *rank);
	at = calloc(n + 1, sizeof *at);
	if (!s->occ || !s->v || !slot || !which || !u || !rank || !at)
		goto out;
	memset(slot, 0xff, cap * sizeof *slot);
	for (size_t i = 0; i < n; i++) {
		const char *str = s->vbuf + b->tok[i].off;
		uint32_t len = b->tok[i].len;
		size_t h = hash_bytes(str, len) & (cap - 1);

		while (slot[h] != UINT32_MAX &&
		       (u[slot[h]].len != len || memcmp(u[slot[h]].s, str, len)))
			h = (h + 1) & (cap - 1);
		if (slot[h] == UINT32_MAX) {
			slot[h] = (uint32_t)nu;
			u[nu] = (struct tok){ str, b->tok[i].off, len,
					      (uint32_t)nu };
			nu++;
		}
		which[i] = slot[h];
	}
	if (nu) /* an empty table has no array at all */
		qsort(u, nu, sizeof *u, tok_cmp);
	for (size_t r = 0; r < nu; r++)
		rank[u[r].w] = (uint32_t)r;
	for (size_t i = 0; i < n; i++)
		at[rank[which[i]] + 1]++;
	for (size_t r = 0; r < nu; r++) {
		struct voc *v = &s->v[r];

		*v = (struct voc){ .str = u[r].off, .len = u[r].len,
				   .occ = at[r], .nocc = at[r + 1] };
		voc_fill(v, u[r].s);
		at[r + 1] += at[r];
	}
	s->nv = nu;
	/* tokens are in text order, so each word's occurrences are too */
	for (size_t i = 0; i < n; i++) {
		uint32_t r = rank[which[i]];

		s->occ[at[r]++] = b->tok[i].w;
		s->w[b->tok[i].w].voc = r;
	}
	for (size_t i = 0, b0 = 0; b0 <= 256; b0++) {
		while (i < s->nv && (unsigned char)s->vbuf[s->v[i].str] < b0)
			i++;
		s->first[b0] = (uint32_t)i;
	}
	rc = 0;
out:
	free(slot);
	free(which);
	free(u);
	free(rank);
	free(at);
	return rc;
}

static int build_words(struct hc_search *s)
{
	struct wbuild b = { 0 };
	int rc = 0;

	for (size_t i = 0; i < s->nf && !rc; i++)
		rc = field_words(s, &b, (uint32_t)i);
	if (!rc && mem_grow((void **)&s->vbuf, &b.capbuf, b.nbuf + 1, 1))
		rc = -1;
	if (!rc)
		rc = build_vocab(s, &b);
	free(b.tok);
	return rc;
}

static int has_syllable(const char *p)
{
	size_t n = strlen(p);

	for (size_t i = 0; i < n;) {
		ucs4_t c;

		i += next_char(p + i, n - i, &c);
		if (is_syllable(c))
			return 1;
	}
	return 0;
}

static int field_letters(struct hc_search *s, size_t *cap, uint32_t fi)
{
	const char *p = s->f[fi].base;
	size_t n = strlen(p), i = 0, first = s->nk;

	while (i < n) {
		ucs4_t c;
		size_t len = next_char(p + i, n - i, &c);

		if (!is_letter(c)) {
			if (s->nk > first)
				s->k[s->nk - 1].flags |= K_END;
		} else {
			uint8_t flags = s->nk == first ||
						(s->k[s->nk - 1].flags & K_END) ?
					K_START : 0;

			if (mem_grow((void **)&s->k, cap, s->nk + 1, sizeof *s->k))
				return -1;
			s->k[s->nk++] = (struct kch){ fold_char(c), fi,
						      (uint32_t)i, (uint8_t)len,
						      flags };
		}
		i += len;
	}
	if (s->nk > first)
		s->k[s->nk - 1].flags |= K_END;
	return 0;
}

/* Positions of the syllables (of the short fields only, when shortonly),
 * sorted by syllable then position: a counting sort over the 11,172
 * syllables, stable, so positions stay in order. */
static uint32_t *kindex(struct hc_search *s, int shortonly, size_t *n)
{
	enum { NSYL = SYL_LAST - SYL_FIRST + 1 };
	uint32_t *at = calloc(NSYL + 1, sizeof *at), *idx;

	*n = 0;
	idx = malloc((s->nk ? s->nk : 1) * sizeof *idx);
	if (!at || !idx) {
		free(at);
		free(idx);
		return NULL;
	}
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < s->nk; i++) {
			int kind = s->f[s->k[i].field].kind;
			uint32_t c = s->k[i].c;

			if (!is_syllable(c) || (shortonly && kind != FK_TITLE &&
						kind != FK_KEYWORDS))
				continue;
			if (pass == 0)
				at[c - SYL_FIRST + 1]++;
			else
				idx[at[c - SYL_FIRST]++] = (uint32_t)i;
		}
		if (pass == 0)
			for (size_t c = 1; c <= NSYL; c++)
				at[c] += at[c - 1];
	}
	*n = at[NSYL - 1];
	free(at);
	return idx;
}

static int build_hangul(struct hc_search *s)
{
	size_t cap = 0;

	for (size_t i = 0; i < s->nf; i++)
		if (has_syllable(s->f[i].base) &&
		    field_letters(s, &cap, (uint32_t)i))
			return -1;
	s->kall = kindex(s, 0, &s->nkall);
	s->kshort = kindex(s, 1, &s->nkshort);
	return s->kall && s->kshort ? 0 : -1;
}

static int alloc_query(struct hc_search *s)
{
	size_t n = s->t->n ? s->t->n : 1;

	s->best = calloc(n, sizeof *s->best);
	s->bspan = calloc(n, sizeof *s->bspan);
	s->dead = calloc(n, 1);
	s->order = calloc(n, sizeof *s->order);
	s->nfield = calloc(n, 1);
	s->support = calloc(n, sizeof *s->support);
	s->fmark = calloc(s->nf ? s->nf : 1, sizeof *s->fmark);
	s->acc = calloc(n, sizeof *s->acc);
	s->res = calloc(n, sizeof *s->res);
	for (size_t c = 0; s->acc && c < s->t->n; c++)
		s->acc[c].code = &s->t->codes[c];
	return s->best && s->bspan && s->dead && s->order && s->nfield && s->support &&
			       s->fmark && s->acc && s->res ?
		       0 :
		       -1;
}

#define PHR_END '\x1f'

/* Append text folded, letters only; a comma ends an entry of a list. */
static int phr_put(struct hc_search *s, size_t *n, size_t *cap,
		   const char *p)
{
	size_t len = p ? strlen(p) : 0;

	for (size_t i = 0; i < len;) {
		ucs4_t c;

		i += next_char(p + i, len - i, &c);
		if (mem_grow((void **)&s->phr, cap, *n + 8, 1))
			return -1;
		if (c == ',')
			s->phr[(*n)++] = PHR_END;
		else if (is_letter(c))
			*n = put_char(s->phr, *cap, *n, fold_char(c));
	}
	if (mem_grow((void **)&s->phr, cap, *n + 1, 1))
		return -1;
	s->phr[(*n)++] = PHR_END;
	return 0;
}

static int build_phrases(struct hc_search *s)
{
	size_t n = 0, cap = 0;
	const struct hc_table *t = s->t;

	s->phr_off = malloc((t->n + 1) * sizeof *s->phr_off);
	if (!s->phr_off)
		return -1;
	for (size_t c = 0; c < t->n; c++) {
		const struct hc_code *code = &t->codes[c];
		int rc = 0;

		s->phr_off[c] = (uint32_t)n;
		rc |= phr_put(s, &n, &cap, code->phrase);
		rc |= phr_put(s, &n, &cap, code->title[HC_KO]);
		for (int a = 0; a < code->n_alias; a++)
			rc |= phr_put(s, &n, &cap, code->alias[a]);
		rc |= phr_put(s, &n, &cap, code->keywords[HC_KO]);
		rc |= phr_put(s, &n, &cap, code->keywords[HC_EN]);
		rc |= phr_put(s, &n, &cap, code->headers);
		if (rc)
			return -1;
	}
	s->phr_off[t->n] = (uint32_t)n;
	return 0;
}

/* Several words that stand together, in that order, in a name or keyword
 * of a code: a bonus of two levels per word after the first. */
static void apply_phrase(struct hc_search *s)
{
	size_t k = 0;
	int words = 0;

	for (int i = 0; i < s->nterm; i++)
		words += s->term[i].type != TT_CODE;
	if (words < 2)
		return;
	for (size_t i = 0; i < s->qlen && k + 8 < sizeof s->qjoin;) {
		ucs4_t c;

		i += next_char(s->qclean + i, s->qlen - i, &c);
		if (is_letter(c))
			k = put_char(s->qjoin, sizeof s->qjoin, k, fold_char(c));
	}
	if (k < 2)
		return;
	for (size_t c = 0; c < s->t->n; c++)
		if (!s->dead[c] && s->acc[c].score > 0 &&
		    memmem(s->phr + s->phr_off[c],
			   s->phr_off[c + 1] - s->phr_off[c], s->qjoin, k))
			s->acc[c].score += 16 * (words - 1);
}

struct hc_search *hc_search_new(const struct hc_table *t)
{
	struct hc_search *s = calloc(1, sizeof *s);

	if (!s)
		return NULL;
	s->t = t;
	if (build_fields(s) || build_words(s) || build_hangul(s) ||
	    build_phrases(s) || alloc_query(s)) {
		hc_search_free(s);
		return NULL;
	}
	return s;
}

void hc_search_free(struct hc_search *s)
{
	if (!s)
		return;
	free(s->f);
	free(s->w);
	free(s->v);
	free(s->vbuf);
	free(s->occ);
	free(s->k);
	free(s->kall);
	free(s->kshort);
	free(s->best);
	free(s->bspan);
	free(s->dead);
	free(s->order);
	free(s->nfield);
	free(s->support);
	free(s->fmark);
	free(s->acc);
	free(s->res);
	free(s->phr);
	free(s->phr_off);
	free(s);
}

/* ---- parsing the query --------------------------------------------------- */

/* Words that say little on their own: they add to the score when they
 * match but never rule a code out ("404 error", "로그인 필요할 때"). */
static const char *const stop_words[] = {
	"a", "an", "the", "of", "for", "to", "is", "are", "be", "in", "on",
	"at", "by", "with", "and", "or", "my", "it", "its", "this", "that",
	"when", "what", "which", "how", "why", "one", "code", "codes", "status",
	"http", "error", "errors", "response", "때", "것", "수", "및", "등",
	"할", "할때", "경우", "코드", "상태", "상태코드", "에러", "오류", "뜸",
	"떠요", "나옴", "나와요", "발생", "응답", "안", "못", "안됨", "안돼",
	"안돼요", "안되요", "됨",
};

static int is_stop_word(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof stop_words / sizeof *stop_words; i++)
		if (strlen(stop_words[i]) == n && !memcmp(stop_words[i], w, n))
			return 1;
	return 0;
}

struct qchars {
	ucs4_t c[MAX_UNITS * 2];
	int n, hangul;
};

static void term_subwords(struct hc_search *s, struct term *t,
			  const struct qchars *q, size_t *qb)
{
	const size_t cap = sizeof s->qbuf;

	t->nsub = 0;
	for (int i = 0; i < q->n && t->nsub < MAX_SUB;) {
		struct sub *w = &t->sub[t->nsub];

		if (!is_wordch(q->c[i])) {
			i++;
			continue;
		}
		w->off = (uint16_t)*qb;
		w->nch = 0;
		for (; i < q->n && is_wordch(q->c[i]); i++)
			if (w->nch < MAX_UNITS) {
				*qb = put_char(s->qbuf, cap, *qb, q->c[i]);
				w->nch++;
			}
		w->len = (uint16_t)(*qb - w->off);
		t->nsub++;
	}
}

static int is_code_like(const struct term *t, const char *w)
{
	int digit = 0;

	if (t->nsub != 1 || t->sub[0].len > 3)
		return 0;
	for (unsigned i = 0; i < t->sub[0].len; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			digit = 1;
		else if (w[i] != 'x')
			return 0;
	}
	return digit;
}

/* One whitespace-separated word of the query; 0 when it holds nothing to
 * search for (punctuation only). */
static int term_parse(struct hc_search *s, struct term *t, const char *p,
		      size_t n, size_t *qb, int last)
{
	struct qchars q = { .n = 0 };
	const size_t cap = sizeof s->qbuf;
	int letters = 0;

	memset(t, 0, sizeof *t);
	t->off = (uint16_t)*qb;
	for (size_t i = 0; i < n && q.n < MAX_UNITS * 2;) {
		ucs4_t c;

		i += next_char(p + i, n - i, &c);
		c = fold_char(c);
		q.hangul |= is_hangul(c);
		if (is_letter(c)) {
			q.c[q.n++] = c;
			*qb = put_char(s->qbuf, cap, *qb, c);
			letters++;
		} else if (q.n && q.c[q.n - 1]) {
			q.c[q.n++] = 0; /* keeps retry-after in two parts */
		}
	}
	t->len = (uint16_t)(*qb - t->off);
	if (!letters)
		return 0;
	if (q.hangul) {
		t->type = TT_HANGUL;
		compose(&t->un, q.c, q.n);
		stem_variants(t);
		/* the last syllable may still be being typed: 로그이 -> 로그인 */
		if (last && t->un.n && t->un.k[t->un.n - 1] == U_EXACT &&
		    is_syllable(t->un.u[t->un.n - 1]) &&
		    (t->un.u[t->un.n - 1] - SYL_FIRST) % 28 == 0) {
			t->un.k[t->un.n - 1] = U_CJ;
			t->un.u[t->un.n - 1] = (t->un.u[t->un.n - 1] - SYL_FIRST) / 28;
		}
		return t->un.n > 0;
	}
	t->type = TT_WORD;
	term_subwords(s, t, &q, qb);
	if (is_code_like(t, s->qbuf + t->sub[0].off)) {
		t->cq = hc_query_parse(s->qbuf + t->sub[0].off, t->sub[0].len);
		if (t->cq.kind != HC_QUERY_BAD)
			t->type = TT_CODE;
	}
	return t->nsub > 0;
}

/* Bytes of the terminal escape sequence at q[0] (ESC), so that a pasted
 * "\033[1mzebra" searches for zebra, not for "1mzebra". */
static size_t escape_len(const char *q, size_t n)
{
	size_t i = 2;

	if (n < 2)
		return n;
	if (q[1] == '[') { /* CSI: parameters, then a final byte */
		while (i < n && !(q[i] >= 0x40 && q[i] <= 0x7E))
			i++;
		return i < n ? i + 1 : n;
	}
	if (q[1] == ']' || q[1] == 'P' || q[1] == '_' || q[1] == '^') {
		for (; i < n; i++) /* strings end at BEL or ESC \ */
			if (q[i] == '\a' || (q[i] == 0x1B && i + 1 < n &&
					     q[i + 1] == '\\'))
				return q[i] == '\a' ? i + 1 : i + 2;
		return n;
	}
	return 2;
}

/* The query, at most HC_SEARCH_MAX_QUERY bytes, with escape sequences
 * replaced by spaces. */
static size_t clean_query(struct hc_search *s, const char *q, size_t len)
{
	size_t k = 0;

	for (size_t i = 0; i < len && k < HC_SEARCH_MAX_QUERY;) {
		if (q[i] == 0x1B) {
			i += escape_len(q + i, len - i);
			s->qclean[k++] = ' ';
		} else {
			s->qclean[k++] = q[i++];
		}
	}
	return k;
}

static void parse_query(struct hc_search *s, const char *q, size_t len)
{
	size_t i = 0, qb = 0;
	int required = 0;

	s->nterm = 0;
	len = clean_query(s, q, len);
	s->qlen = len;
	q = s->qclean;
	while (i < len && s->nterm < MAX_TERMS) {
		size_t start, end, clen = 0;
		ucs4_t c = 0;

		while (i < len && (clen = next_char(q + i, len - i, &c)) &&
		       is_separator(c))
			i += clen;
		start = end = i;
		while (end < len && (clen = next_char(q + end, len - end, &c)) &&
		       !is_separator(c))
			end += clen;
		i = end;
		if (end > start &&
		    term_parse(s, &s->term[s->nterm], q + start, end - start,
			       &qb, end >= len))
			s->nterm++;
	}
	for (int k = 0; k < s->nterm; k++) {
		struct term *t = &s->term[k];

		t->optional = t->type != TT_CODE &&
			      is_stop_word(s->qbuf + t->off, t->len);
		required += !t->optional;
	}
	if (!required)
		for (int k = 0; k < s->nterm; k++)
			s->term[k].optional = 0;
}

/* ---- matching ------------------------------------------------------------ */

static int level_of(int kind, int whole)
{
	switch (kind) {
	case FK_PHRASE:
	case FK_TITLE:
		return whole ? HC_LEVEL_PHRASE_WORD : HC_LEVEL_PHRASE_PREFIX;
	case FK_ALIAS:
		return HC_LEVEL_ALIAS;
	case FK_KEYWORDS:
		return HC_LEVEL_KEYWORD;
	case FK_SUMMARY:
		return HC_LEVEL_SUMMARY;
	default:
		return HC_LEVEL_DETAIL;
	}
}

static void field_seen(struct hc_search *s, const struct field *f)
{
	size_t fi = (size_t)(f - s->f);

	if (s->fmark[fi] != s->stamp) {
		s->fmark[fi] = s->stamp;
		if (s->nfield[f->code] < 255)
			s->nfield[f->code]++;
	}
}

static void best_put(struct hc_search *s, const struct field *f, int score,
		     uint32_t start, uint32_t len)
{
	field_seen(s, f);
	if (score > s->best[f->code]) {
		s->best[f->code] = score;
		s->bspan[f->code] = (struct hc_span){ f->base, start, len };
	}
}

/* Bytes of the first nch characters of the word at w. */
static uint32_t word_prefix_len(const struct hc_search *s,
				const struct word *w, unsigned nch)
{
	const char *p = s->f[w->field].base + w->start;
	size_t i = 0;

	while (nch-- && i < w->len) {
		ucs4_t c;

		i += next_char(p + i, w->len - i, &c);
	}
	return (uint32_t)i;
}

static int voc_cmp(const struct hc_search *s, size_t v, const char *q,
		   size_t n, int prefix)
{
	const struct voc *e = &s->v[v];
	size_t m = e->len < n ? e->len : n;
	int d = memcmp(s->vbuf + e->str, q, m);

	if (d || (prefix && e->len >= n))
		return d;
	return e->len < n ? -1 : e->len > n;
}

/* The vocabulary entries that start with q: [*lo, return). */
static size_t voc_prefix(const struct hc_search *s, const char *q, size_t n,
			 size_t *lo)
{
	size_t a = 0, b = s->nv;

	while (a < b) {
		size_t m = (a + b) / 2;

		if (voc_cmp(s, m, q, n, 0) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	for (b = s->nv; a < b;) {
		size_t m = (a + b) / 2;

		if (voc_cmp(s, m, q, n, 1) <= 0)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

/* Every occurrence of vocabulary entry v; nch characters of it matched
 * (all of it when whole).  A typo in a phrase word ranks as a phrase word
 * prefix, below the exact prefixes: typing "zebr" should not prefer
 * "zebar" to "zebra". */
static void voc_hits(struct hc_search *s, size_t v, int whole, unsigned nch,
		     int q)
{
	const struct voc *e = &s->v[v];
	int level_whole = whole && q == 5;

	for (uint32_t i = 0; i < e->nocc; i++) {
		const struct word *w = &s->w[s->occ[e->occ + i]];
		const struct field *f = &s->f[w->field];
		int score = HC_SEARCH_SCORE(level_of(f->kind, level_whole), q);

		field_seen(s, f);
		if (score > s->best[f->code])
			best_put(s, f, score, w->start,
				 whole ? w->len : word_prefix_len(s, w, nch));
	}
}

/* Words within a few edits of the query word.  The first letter must be
 * right (people rarely get it wrong, and it keeps the scan short). */
static void match_typos(struct hc_search *s, const struct sub *q, size_t lo,
			size_t hi)
{
	uint32_t qc[MAX_UNITS], wc[MAX_WORD];
	int m = decode_word(s->qbuf + q->off, q->len, qc, MAX_UNITS);
	int max = m >= 8 ? 2 : 1;
	uint64_t qmask = 0;
	unsigned char b0 = (unsigned char)s->qbuf[q->off];

	for (int i = 0; i < m; i++)
		qmask |= letter_bit(qc[i]);
	for (size_t v = s->first[b0]; v < s->first[b0 + 1]; v++) {
		const struct voc *e = &s->v[v];
		int d, pre, n;

		if ((v >= lo && v < hi) || e->nch + (uint32_t)max < (uint32_t)m ||
		    (m < 5 && e->nch > (uint32_t)(m + max)) ||
		    __builtin_popcountll(qmask & ~e->mask) > max)
			continue;
		/* past m + max letters only prefixes can match */
		n = decode_word(s->vbuf + e->str, e->len, wc, m + max + 1);
		d = osa(qc, m, wc, n > m + max ? m + max : n, max, &pre);
		if (n > m + max)
			d = max + 1;
		if (d <= max)
			voc_hits(s, v, 1, e->nch, 5 - 2 * d);
		else if (pre <= max && m >= 5)
			voc_hits(s, v, 0, (unsigned)m, 4 - 2 * pre);
	}
}

/* Does the word at index w (and the ones after it) spell sub[1..]? */
static int words_follow(const struct hc_search *s, const struct term *t,
			uint32_t w, const uint32_t *id, size_t lo, size_t hi)
{
	for (int i = 1; i < t->nsub; i++) {
		const struct word *x;

		if (w + (uint32_t)i >= s->nw)
			return 0;
		x = &s->w[w + (uint32_t)i];
		if (x->field != s->w[w].field)
			return 0;
		if (i < t->nsub - 1 ? x->voc != id[i] :
				      x->voc < lo || x->voc >= hi)
			return 0;
	}
	return 1;
}

/* retry-after, www-authenticate, i'm: the parts as consecutive words,
 * all whole but the last, which may be a prefix. */
static void match_joined(struct hc_search *s, const struct term *t)
{
	uint32_t id[MAX_SUB];
	const struct sub *last = &t->sub[t->nsub - 1];
	size_t lo, hi, exact_last;

	for (int i = 0; i < t->nsub - 1; i++) {
		const struct sub *q = &t->sub[i];
		size_t a, b = voc_prefix(s, s->qbuf + q->off, q->len, &a);

		if (a == b || s->v[a].len != q->len)
			return;
		id[i] = (uint32_t)a;
	}
	hi = voc_prefix(s, s->qbuf + last->off, last->len, &lo);
	exact_last = lo < hi && s->v[lo].len == last->len ? lo : (size_t)-1;
	for (uint32_t i = 0; i < s->v[id[0]].nocc; i++) {
		uint32_t w = s->occ[s->v[id[0]].occ + i];
		const struct word *a, *z;
		int whole;

		if (!words_follow(s, t, w, id, lo, hi))
			continue;
		a = &s->w[w];
		z = &s->w[w + (uint32_t)t->nsub - 1];
		whole = z->voc == exact_last;
		best_put(s, &s->f[a->field],
			 HC_SEARCH_SCORE(level_of(s->f[a->field].kind, whole),
					 whole ? 5 : 4),
			 a->start,
			 z->start + (whole ? z->len :
					     word_prefix_len(s, z, last->nch)) -
				 a->start);
	}
}

static void match_word(struct hc_search *s, const struct term *t)
{
	const struct sub *q = &t->sub[0];
	size_t lo, hi;

	if (t->nsub > 1) {
		match_joined(s, t);
		return;
	}
	hi = voc_prefix(s, s->qbuf + q->off, q->len, &lo);
	for (size_t v = lo; v < hi; v++)
		voc_hits(s, v, s->v[v].len == q->len, q->nch,
			 s->v[v].len == q->len ? 5 : 4);
	if (q->nch >= 4)
		match_typos(s, q, lo, hi);
}

static void idx_range(const struct hc_search *s, const uint32_t *idx,
		      size_t n, uint32_t lo, uint32_t hi, size_t *a, size_t *b)
{
	size_t x = 0, y = n;

	while (x < y) {
		size_t m = (x + y) / 2;

		if (s->k[idx[m]].c < lo)
			x = m + 1;
		else
			y = m;
	}
	*a = x;
	for (y = n; x < y;) {
		size_t m = (x + y) / 2;

		if (s->k[idx[m]].c <= hi)
			x = m + 1;
		else
			y = m;
	}
	*b = x;
}

/* Quality of a Korean match starting at letter st, or -1 for none. */
static int units_at(const struct hc_search *s, const struct units *u,
		    size_t st, int *whole)
{
	const struct kch *k = &s->k[st];
	int exact = 1, cho = 0, q;

	if (st + (size_t)u->n > s->nk || k[u->n - 1].field != k->field)
		return -1;
	for (int j = 0; j < u->n; j++) {
		if (!unit_match(u->k[j], u->u[j], k[j].c))
			return -1;
		cho |= u->k[j] == U_CHO;
		exact &= u->k[j] == U_EXACT ||
			 (u->k[j] == U_CJ && (k[j].c - SYL_FIRST) % 28 == 0);
	}
	*whole = (k->flags & K_START) && (k[u->n - 1].flags & K_END);
	q = *whole ? 5 : (k->flags & K_START) ? 4 : 3;
	if (!exact && q > 3)
		q = 3;
	if (cho && q > 2)
		q = 2;
	return q;
}

/* Inside a word of the title is not a phrase word prefix: 권한 in
 * 비권한 ranks with keywords. */
static int korean_level(int kind, int whole, int start)
{
	if ((kind == FK_TITLE || kind == FK_PHRASE) && !start)
		return HC_LEVEL_KEYWORD;
	return level_of(kind, whole);
}

/* Korean as a substring of the letters (spaces and punctuation left out);
 * initials only in titles and keywords, where they are meant to be found. */
static void match_units(struct hc_search *s, const struct units *u, int qcap)
{
	int cho = 0, pick = -1;
	size_t a = 0, b = 0;
	const uint32_t *idx;
	size_t nidx;

	for (int i = 0; i < u->n; i++)
		cho |= u->k[i] == U_CHO;
	idx = cho ? s->kshort : s->kall;
	nidx = cho ? s->nkshort : s->nkall;
	for (int i = 0; i < u->n; i++) {
		uint32_t lo, hi;
		size_t x, y;

		if (u->k[i] == U_EXACT && !is_syllable(u->u[i]))
			continue;
		unit_range(u->k[i], u->u[i], &lo, &hi);
		idx_range(s, idx, nidx, lo, hi, &x, &y);
		if (pick < 0 || y - x < b - a)
			pick = i, a = x, b = y;
	}
	for (size_t x = a; pick >= 0 && x < b; x++) {
		size_t st;
		int whole, q;
		const struct field *f;

		if (idx[x] < (uint32_t)pick)
			continue;
		st = idx[x] - (uint32_t)pick;
		q = units_at(s, u, st, &whole);
		if (q < 0)
			continue;
		f = &s->f[s->k[st].field];
		best_put(s, f,
			 HC_SEARCH_SCORE(korean_level(f->kind, whole,
						      s->k[st].flags & K_START),
					 q < qcap ? q : qcap),
			 s->k[st].start,
			 s->k[st + (size_t)u->n - 1].start +
				 s->k[st + (size_t)u->n - 1].len -
				 s->k[st].start);
	}
}

static void match_hangul(struct hc_search *s, const struct term *t)
{
	match_units(s, &t->un, 5);
	for (int i = 0; i < t->nvar; i++) {
		struct units v = t->un;

		v.n = t->var[i].n;
		v.u[v.n - 1] = t->var[i].last;
		v.k[v.n - 1] = U_EXACT;
		match_units(s, &v, 2);
	}
}

/* ---- ranking ------------------------------------------------------------- */

static int code_score(const struct hc_search *s, int code)
{
	int best = 0;

	for (int i = 0; i < s->nterm; i++) {
		const struct term *t = &s->term[i];
		int lv = t->cq.kind == HC_QUERY_CODE ? HC_LEVEL_CODE :
						       HC_LEVEL_MASK;

		if (t->type == TT_CODE && hc_query_match(&t->cq, code) &&
		    HC_SEARCH_SCORE(lv, 5) > best)
			best = HC_SEARCH_SCORE(lv, 5);
	}
	return best;
}

/* Codes are alternatives ("401 403"): a code matching any of them passes. */
static void apply_codes(struct hc_search *s)
{
	int any = 0;

	for (int i = 0; i < s->nterm; i++)
		any |= s->term[i].type == TT_CODE;
	if (!any)
		return;
	for (size_t c = 0; c < s->t->n; c++) {
		int sc = code_score(s, s->t->codes[c].code);

		s->acc[c].score += sc;
		s->dead[c] |= !sc;
	}
}

static void apply_term(struct hc_search *s, const struct term *t)
{
	size_t n = s->t->n;

	memset(s->best, 0, n * sizeof *s->best);
	memset(s->nfield, 0, n);
	if (++s->stamp == 0) {
		memset(s->fmark, 0, s->nf * sizeof *s->fmark);
		s->stamp = 1;
	}
	if (t->type == TT_WORD)
		match_word(s, t);
	else
		match_hangul(s, t);
	for (size_t c = 0; c < n; c++) {
		struct hc_match *m = &s->acc[c];

		if (s->dead[c])
			continue;
		if (!s->best[c]) {
			s->dead[c] = !t->optional;
			continue;
		}
		m->score += s->best[c];
		s->support[c] += s->nfield[c] - 1;
		if (m->n_spans < HC_MAX_SPANS)
			m->spans[m->n_spans++] = s->bspan[c];
	}
}

static int status_rank(const struct hc_code *c)
{
	return c->status == HC_STANDARD || c->status == HC_TEMPORARY ? 0 : 1;
}

/* Higher is better: score (under 2^16: eight words of at most 69),
 * standard codes, support, lower codes (the table is sorted, so the index
 * stands for the code). */
static uint64_t rank_key(const struct hc_search *s, size_t c)
{
	const struct hc_match *m = &s->acc[c];
	int sup = s->support[c] < 0x7FFF ? s->support[c] : 0x7FFF;

	return (uint64_t)(m->score & 0xFFFF) << 48 |
	       (uint64_t)(1 - status_rank(m->code)) << 47 |
	       (uint64_t)sup << 32 | (uint64_t)(s->t->n - 1 - c);
}

/* Insertion sort: a few hundred codes at most, and qsort may allocate. */
static size_t collect(struct hc_search *s)
{
	size_t k = 0;

	for (size_t c = 0; c < s->t->n; c++) {
		uint64_t key;
		size_t j;

		if (s->dead[c] || s->acc[c].score <= 0)
			continue;
		key = rank_key(s, c);
		for (j = k; j > 0 && s->order[j - 1] < key; j--)
			s->order[j] = s->order[j - 1];
		s->order[j] = key;
		k++;
	}
	for (size_t i = 0; i < k; i++)
		s->res[i] = s->acc[s->t->n - 1 - (s->order[i] & 0xFFFFFFFF)];
	return k;
}

size_t hc_search_run(struct hc_search *s, const char *q, size_t len,
		     const struct hc_match **out)
{
	*out = s->res;
	if (!q)
		return 0;
	parse_query(s, q, len);
	if (!s->nterm)
		return 0;
	for (size_t c = 0; c < s->t->n; c++) {
		s->acc[c].score = s->acc[c].n_spans = 0;
		s->dead[c] = 0;
		s->support[c] = 0;
	}
	apply_codes(s);
	for (int i = 0; i < s->nterm; i++)
		if (s->term[i].type != TT_CODE)
			apply_term(s, &s->term[i]);
	apply_phrase(s);
	return collect(s);
}

/* ---- the pieces, for tests ----------------------------------------------- */

size_t hc_search_fold(const char *s, size_t n, char *dst, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t c;

		i += next_char(s + i, n - i, &c);
		k = put_char(dst, cap, k, fold_char(c));
	}
	dst[k] = '\0';
	return k;
}

size_t hc_search_initials(const char *s, size_t n, char *dst, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t c;

		i += next_char(s + i, n - i, &c);
		if (is_syllable(c))
			c = cho_compat[(c - SYL_FIRST) / 588];
		k = put_char(dst, cap, k, c);
	}
	dst[k] = '\0';
	return k;
}

size_t hc_search_compose(const char *s, size_t n, char *dst, size_t cap)
{
	ucs4_t c[MAX_UNITS * 2];
	struct units u;
	int m = 0;
	size_t k = 0;

	for (size_t i = 0; i < n && m < MAX_UNITS * 2;) {
		i += next_char(s + i, n - i, &c[m]);
		c[m] = fold_char(c[m]);
		m += is_letter(c[m]);
	}
	compose(&u, c, m);
	for (int i = 0; i < u.n; i++)
		k = put_char(dst, cap, k,
			     u.k[i] == U_CHO ? cho_compat[u.u[i]] : u.u[i]);
	dst[k] = '\0';
	return k;
}

int hc_search_distance(const char *a, const char *b, int max)
{
	uint32_t x[MAX_WORD], y[MAX_WORD];
	int m = decode_word(a, strlen(a), x, MAX_WORD);
	int n = decode_word(b, strlen(b), y, MAX_WORD);
	int pre;

	if (max < 0)
		max = 0;
	return osa(x, m, y, n, max, &pre);
}
