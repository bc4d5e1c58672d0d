/* The search engine's queries.  hc_search_run cuts the query into words,
 * matches each one against the index search_index.c built (a word prefix
 * is one binary search in the vocabulary, Korean a run of the syllable
 * index) and ranks the codes that match them all.  A query costs a few
 * lookups and touches no allocator. */
#include <config.h>

#include "search_int.h"
#include "text.h"
#include "variants.h"

#include <stdint.h>
#include <string.h>

#define MAX_WORD 48 /* letters of a text word the typo check reads */

/* A name is worth more than a keyword, but not by much: keywords are the
 * words people use.  A summary or a detail only tells codes apart when
 * the names do not. */
const int hc_search_level_weight[HC_LEVEL_CODE + 1] = {
	[HC_LEVEL_NONE] = 0,           [HC_LEVEL_DETAIL] = 8,
	[HC_LEVEL_SUMMARY] = 18,       [HC_LEVEL_KEYWORD] = 32,
	[HC_LEVEL_ALIAS] = 36,         [HC_LEVEL_PHRASE_PREFIX] = 36,
	[HC_LEVEL_PHRASE_WORD] = 42,   [HC_LEVEL_MASK] = 56,
	[HC_LEVEL_CODE] = 64,
};

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

/* ---- parsing the query --------------------------------------------------- */

static int is_separator(ucs4_t c)
{
	return c <= ' ' || (c >= 0x7F && c <= 0xA0) || c == 0x3000 ||
	       c == 0xFFFD || (c >= 0x2000 && c <= 0x200B) || uc_is_space(c);
}

static int in_list(const char *const *list, size_t n, const char *w,
		   size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (list[i][0] == w[0] && strlen(list[i]) == len &&
		    !memcmp(list[i], w, len))
			return 1;
	return 0;
}

#define IN_LIST(list, w, n) in_list(list, sizeof list / sizeof *list, w, n)

/* Words that carry no meaning of their own in a question about a status
 * code ("what is the code for a timeout", "로그인 안 했을 때 뭐 줘요"):
 * they are not searched for at all.  Korean endings standing alone are
 * caught by hangul_is_ending. */
static const char *const function_words[] = {
	"a", "an", "the", "of", "for", "to", "is", "are", "was", "were", "be",
	"been", "am", "in", "on", "at", "by", "with", "and", "or", "my", "it",
	"its", "this", "that", "these", "those", "when", "what", "whats",
	"which", "how", "why", "who", "where", "do", "does", "did", "i", "me",
	"we", "you", "your", "our", "they", "should", "would", "could", "can",
	"will", "shall", "must", "there", "here", "if", "so", "then", "than",
	"use", "used", "return", "returns", "returned", "send", "sends",
	"sent", "give", "gives", "mean", "means", "meaning", "about", "any",
	"some", "please", "just", "s", "ll", "ve", "d", "re", "one",
	"got", "happens", "happen", "should", "proper",
	"correct", "right", "appropriate", "best", "which", "tell", "say",
	"says", "saying", "while", "into", "from", "as", "but", "keep",
	"keeps", "seeing", "see", "shows", "show", "showing", "vs", "versus",
	"difference", "between", "differences", "compare", "explain",
	"뭐", "뭔가요", "뭐야", "뭐예요", "뭐에요", "뭔지", "무슨", "어떤",
	"어떻게", "몇", "번", "몇번", "몇번이야", "언제", "왜", "그", "저", "좀",
	"그냥", "것", "수", "및", "등", "경우", "거", "건가요", "건지", "해야", "해야돼", "해야해", "해야하나요", "줘야", "줘야돼",
	"줘야해", "줘야하나요", "줘요", "주나요", "써야", "써야해", "써야돼",
	"쓰나요", "써요", "보내야", "보내나요", "하나요", "나요", "뜨는",
	"떠요", "떴어요", "뜸", "뜹니다", "나와요", "나옴", "났어요",
	"났을때", "발생", "발생함", "발생했을때", "차이", "차이점", "비교",
	"알려줘", "알려주세요", "있나요", "있어요", "인가요", "맞나요",
	"이거", "이게", "그거", "어디", "이럴때", "이런", "그런", "같은",
	"어느", "무엇", "무엇인가요", "뭘", "뭐가", "가요", "돼요", "되요",
	"리턴", "반환", "응답코드", "상황", "상황에서", "의미", "뜻",
};

/* Words that often come with a query but rarely decide it: they add to a
 * code's score when they match, and never count against it.  A query
 * made only of them searches for them. */
static const char *const weak_words[] = {
	"code", "codes", "status", "http", "https", "error", "errors",
	"message", "코드", "상태", "상태코드", "에러",
	"오류", "메시지", "메세지", "에러코드", "오류코드", "api", "응답코드",
	"get", "gets", "안", "못", "not", "no",
	"났어", "문제",
};

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
		s->bspan[f->code] = (struct hc_span){ f->base, start, len,
						      (enum hc_field)f->name };
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

/* The best score any code got from the current term. */
static int row_best(const struct hc_search *s)
{
	int best = 0;

	for (size_t c = 0; c < s->t->n; c++)
		if (s->best[c] > best)
			best = s->best[c];
	return best;
}

static void match_word(struct hc_search *s, const struct term *t)
{
	const struct sub *q = &t->sub[0];
	size_t lo, hi;

	hi = voc_prefix(s, s->qbuf + q->off, q->len, &lo);
	for (size_t v = lo; v < hi; v++)
		if (s->v[v].len == q->len || !t->whole)
			voc_hits(s, v, s->v[v].len == q->len, q->nch,
				 s->v[v].len == q->len ? 5 : 4);
	/* typos where the word is not a name or keyword as typed; in a
	 * long question, only where it is nowhere */
	if (q->nch >= 4 && !t->whole && !t->variant &&
	    (lo == hi ||
	     (s->ngrp <= 3 && row_best(s) < HC_SEARCH_SCORE(HC_LEVEL_KEYWORD, 4))))
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

/* Jamo of the letters [st, st + n) of the stream, all in one field. */
static int stream_jamo(const struct hc_search *s, size_t st, int n,
		       uint32_t *out, int cap)
{
	int k = 0;

	if (st + (size_t)n > s->nk || s->k[st + (size_t)n - 1].field !=
					      s->k[st].field)
		return -1;
	for (int i = 0; i < n; i++) {
		uint32_t j[3];
		int m = hangul_jamo(s->k[st + (size_t)i].c, j);

		if (k + m > cap)
			return -1;
		memcpy(out + k, j, (size_t)m * sizeof *j);
		k += m;
	}
	return k;
}

/* A Korean word with one jamo wrong, missing or extra (인즌 for 인증,
 * 리다렉트 for 리다이렉트), in the titles and keywords.  One edit changes
 * at most one syllable, so a word of two or more has its first or its
 * last syllable right: those anchor the windows tried. */
static void match_hangul_typos(struct hc_search *s, const struct units *u)
{
	uint32_t qj[MAX_UNITS * 3], wj[(MAX_UNITS + 1) * 3];
	int m = 0;

	if (u->n < 2)
		return;
	uint32_t syl[MAX_UNITS];

	for (int i = 0; i < u->n; i++) {
		/* a syllable still being typed counts as it stands */
		syl[i] = u->k[i] == U_CJ ? SYL_FIRST + u->u[i] * 28 : u->u[i];
		if ((u->k[i] != U_EXACT && u->k[i] != U_CJ) ||
		    !is_syllable(syl[i]))
			return;
		m += hangul_jamo(syl[i], qj + m);
	}
	/* a word this long is not mistyped by one jamo (and osa reads at
	 * most MAX_WORD letters) */
	if (m >= MAX_WORD)
		return;
	for (int end = 0; end < 2; end++) {
		uint32_t c = end ? syl[u->n - 1] : syl[0];
		size_t a, b;

		idx_range(s, s->kshort, s->nkshort, c, c, &a, &b);
		/* a syllable that common says little: the other end will */
		if (b - a > 256)
			continue;
		for (size_t x = a; x < b; x++) {
			size_t p = s->kshort[x];

			for (int len = u->n - 1; len <= u->n + 1; len++) {
				size_t st;
				int n, pre, d;
				const struct field *f;

				if (len < 2 || (end && p + 1 < (size_t)len))
					continue;
				st = end ? p + 1 - (size_t)len : p;
				n = stream_jamo(s, st, len, wj,
						(int)(sizeof wj / sizeof *wj));
				if (n < 0 || n > m + 1 || n < m - 1)
					continue;
				d = osa(qj, m, wj, n, 1, &pre);
				if (d > 1)
					continue;
				f = &s->f[s->k[st].field];
				best_put(s, f,
					 HC_SEARCH_SCORE(korean_level(f->kind, 0,
								      s->k[st].flags &
									      K_START),
							 1),
					 s->k[st].start,
					 s->k[st + (size_t)len - 1].start +
						 s->k[st + (size_t)len - 1].len -
						 s->k[st].start);
			}
		}
	}
}

/* Stem i of a Korean term, as units. */
static void stem_units(const struct term *t, int i, struct units *v)
{
	*v = t->un;
	v->n = t->var[i].n;
	v->u[v->n - 1] = t->var[i].last;
	v->k[v->n - 1] = U_EXACT;
}

static void match_hangul(struct hc_search *s, const struct term *t)
{
	struct units v;

	match_units(s, &t->un, t->qcap);
	for (int i = 0; i < t->nvar; i++) {
		stem_units(t, i, &v);
		match_units(s, &v, t->var[i].strong ? 4 : 2);
	}
	/* typos only where the word is found nowhere as typed, and not in
	 * the word of a long question still being typed */
	if (row_best(s) || (t->typing && s->ngrp > 3))
		return;
	match_hangul_typos(s, &t->un);
	for (int i = 0; i < t->nvar; i++)
		if (t->var[i].strong) {
			stem_units(t, i, &v);
			match_hangul_typos(s, &v);
		}
}

/* ---- cutting the query into pieces --------------------------------------- */

/* A piece is a run of letters of one script: the query's words, cut also
 * where punctuation joins them (status=502, time-out), where a Korean
 * particle follows a code or a name (502를, nginx가), and where camel
 * case joins words (TooManyRequests). */
enum glue { G_SPACE, G_PUNCT, G_TIGHT };

struct piece {
	uint16_t off, len, nch; /* folded, in qbuf */
	uint8_t hangul, digits, glue; /* glue: with the piece before */
	char punct;                    /* G_PUNCT: the first character */
	uint8_t last;                  /* the query ends with it */
};

static int upper_ascii(ucs4_t c)
{
	return c >= 'A' && c <= 'Z';
}

static int lower_ascii(ucs4_t c)
{
	return c >= 'a' && c <= 'z';
}

static int pieces_cut(struct hc_search *s, const char *q, size_t len,
		      struct piece *pc, int max, size_t *qb)
{
	int n = 0, glue = G_SPACE;
	char punct = 0;
	size_t i = 0;

	while (i < len && n < max) {
		ucs4_t c, prev = 0;
		size_t cl = next_char(q + i, len - i, &c);
		struct piece *p;
		int hangul;

		if (is_separator(c) || !is_letter(c)) {
			if (is_separator(c))
				glue = G_SPACE;
			else if (glue != G_SPACE || !n) {
				if (glue != G_PUNCT)
					punct = c < 0x80 ? (char)c : '?';
				glue = n ? G_PUNCT : G_SPACE;
			}
			i += cl;
			continue;
		}
		p = &pc[n++];
		hangul = is_hangul(c);
		p->off = (uint16_t)*qb;
		p->nch = 0;
		p->hangul = (uint8_t)hangul;
		p->digits = 1;
		p->glue = (uint8_t)glue;
		p->punct = glue == G_PUNCT ? punct : 0;
		while (i < len) {
			cl = next_char(q + i, len - i, &c);
			if (!is_letter(c) || is_hangul(c) != hangul)
				break;
			/* camel case: aB, or ABc after a run of capitals */
			if (p->nch && upper_ascii(c) &&
			    (lower_ascii(prev) ||
			     (upper_ascii(prev) && i + 1 < len &&
			      lower_ascii((unsigned char)q[i + 1]))))
				break;
			if (p->nch < MAX_UNITS * 2) {
				*qb = put_char(s->qbuf, sizeof s->qbuf, *qb,
					       fold_char(c));
				p->nch++;
			}
			p->digits &= c >= '0' && c <= '9';
			prev = c;
			i += cl;
		}
		p->len = (uint16_t)(*qb - p->off);
		p->last = i >= len;
		glue = G_TIGHT;
		punct = 0;
	}
	return n;
}

/* ---- reading the pieces -------------------------------------------------- */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_code_text(const char *w, size_t n)
{
	int digit = 0;

	if (n == 0 || n > 3)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (is_digit(w[i]))
			digit = 1;
		else if (w[i] != 'x')
			return 0;
	}
	return digit;
}

static struct term *term_new(struct hc_search *s)
{
	struct term *t;

	if (s->nterm >= MAX_TERMS - 1) /* the last row is scratch */
		return NULL;
	t = &s->term[s->nterm++];
	memset(t, 0, sizeof *t);
	t->qcap = 5;
	return t;
}

static int group_new(struct hc_search *s, int raw, int weak, int code,
		     int nch)
{
	struct group *g;

	if (s->ngrp >= MAX_GROUPS)
		return -1;
	g = &s->grp[s->ngrp];
	memset(g, 0, sizeof *g);
	g->raw = raw;
	g->weak = (uint8_t)weak;
	g->code = (uint8_t)code;
	g->nch = (uint16_t)nch;
	return s->ngrp++;
}

static struct term *word_term(struct hc_search *s, int g, uint16_t off,
			      uint16_t len, uint16_t nch)
{
	struct term *t = term_new(s);

	if (!t)
		return NULL;
	t->type = TT_WORD;
	t->group = t->group2 = (uint8_t)g;
	t->off = off;
	t->len = len;
	t->nsub = 1;
	t->sub[0] = (struct sub){ off, len, nch };
	return t;
}

/* Is the word at q (n bytes) a whole word of the vocabulary? */
static int voc_has(const struct hc_search *s, const char *q, size_t n,
		   int prefix)
{
	size_t lo, hi = voc_prefix(s, q, n, &lo);

	return lo < hi && (prefix || s->v[lo].len == n);
}

/* A long word that is no word of the table may be several written
 * together (toomanyrequests): cut it into the longest words the table
 * has, left to right.  Returns how many groups it became, 0 if it could
 * not be cut. */
static int split_latin(struct hc_search *s, const struct piece *p, int raw,
		       int weak)
{
	const char *w = s->qbuf + p->off;
	size_t at = 0, cuts[MAX_SUB + 1];
	int n = 0;

	if (p->hangul || p->digits || p->len != p->nch || p->len < 8 ||
	    voc_has(s, w, p->len, 1))
		return 0;
	cuts[0] = 0;
	while (at < p->len && n < MAX_SUB) {
		size_t k = p->len - at;

		while (k >= 2 && !voc_has(s, w + at, k, 0))
			k--;
		if (k < 2)
			return 0;
		at += k;
		cuts[++n] = at;
	}
	if (at < p->len || n < 2)
		return 0;
	for (int i = 0; i < n; i++) {
		int g = group_new(s, raw, weak, 0, (int)(cuts[i + 1] - cuts[i]));

		if (g < 0)
			break;
		word_term(s, g, (uint16_t)(p->off + cuts[i]),
			  (uint16_t)(cuts[i + 1] - cuts[i]),
			  (uint16_t)(cuts[i + 1] - cuts[i]));
	}
	return n;
}

static int units_found(struct hc_search *s, const struct units *u)
{
	int *best = s->best;
	struct hc_span *bspan = s->bspan;
	unsigned char *nfield = s->nfield;
	int found;

	/* a scratch row past the terms' rows */
	s->best = s->tbest + (size_t)(MAX_TERMS - 1) * s->t->n;
	s->bspan = s->tspan + (size_t)(MAX_TERMS - 1) * s->t->n;
	s->nfield = s->tsup + (size_t)(MAX_TERMS - 1) * s->t->n;
	memset(s->best, 0, s->t->n * sizeof *s->best);
	memset(s->nfield, 0, s->t->n);
	match_units(s, u, 5);
	found = row_best(s) > 0;
	s->best = best;
	s->bspan = bspan;
	s->nfield = nfield;
	return found;
}

/* Korean written without spaces (파일용량초과, 이미가입된이메일): when
 * the word is nowhere in the table, cut it into the longest runs of two
 * or more syllables that are, dropping what is left between them
 * (particles, mostly). */
static int split_hangul(struct hc_search *s, const struct term *t, int raw,
			int weak)
{
	struct units part[MAX_SUB];
	const struct units *u = &t->un;
	int n = 0, at = 0, covered = 0;

	if (u->n < 4)
		return 0;
	for (int i = 0; i < u->n; i++)
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return 0;
	if (units_found(s, u))
		return 0;
	while (at < u->n - 1 && n < MAX_SUB) {
		int k = u->n - at;

		for (; k >= 2; k--) {
			part[n].n = k;
			memcpy(part[n].u, u->u + at, (size_t)k * sizeof *u->u);
			memset(part[n].k, U_EXACT, (size_t)k);
			if (!hangul_is_ending(&part[n]) &&
			    !hangul_is_particle(&part[n]) &&
			    units_found(s, &part[n]))
				break;
		}
		if (k >= 2) {
			covered += k;
			n++;
			at += k;
		} else {
			at++;
		}
	}
	/* what was found must be most of the word, not a stray ending */
	if (!n || covered * 2 < u->n)
		return 0;
	for (int i = 0; i < n; i++) {
		int g = group_new(s, raw, weak, 0, part[i].n);
		struct term *x;

		if (g < 0 || !(x = term_new(s)))
			break;
		x->type = TT_HANGUL;
		x->group = x->group2 = (uint8_t)g;
		x->un = part[i];
		x->nvar = hangul_stems(&x->un, x->var);
	}
	return n;
}

/* The other spellings of word w (리디렉션 -> 리다이렉트, redirect), as
 * terms of group g. */
static void add_variants(struct hc_search *s, int g, const char *w,
			 size_t n, size_t *qb)
{
	const char *const *v = variants_of(w, n);
	int hangul = (unsigned char)w[0] >= 0x80;

	for (int i = 0; v && v[i]; i++) {
		size_t len = strlen(v[i]), off = *qb;
		ucs4_t c[MAX_UNITS * 2];
		int k = 0;
		struct term *t;

		if ((len == n && !memcmp(v[i], w, n)) ||
		    *qb + len + 1 >= sizeof s->qbuf)
			continue;
		if ((unsigned char)v[i][0] < 0x80) {
			memcpy(s->qbuf + off, v[i], len);
			*qb += len;
			t = word_term(s, g, (uint16_t)off, (uint16_t)len,
				      (uint16_t)len);
		} else {
			for (size_t j = 0; j < len && k < MAX_UNITS * 2;)
				j += next_char(v[i] + j, len - j, &c[k++]);
			if ((t = term_new(s))) {
				t->type = TT_HANGUL;
				t->group = t->group2 = (uint8_t)g;
				hangul_compose(&t->un, c, k);
			}
		}
		if (!t)
			return;
		/* the word as typed first, then its spellings in the same
		 * script, then in the other */
		t->variant = hangul == ((unsigned char)v[i][0] >= 0x80) ? 1 : 4;
	}
}

/* Units that are all syllables as UTF-8, or 0 if they are not. */
static size_t syllables_utf8(const struct units *u, int n, char *buf,
			     size_t cap)
{
	size_t k = 0;

	for (int i = 0; i < n; i++) {
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return 0;
		k = put_char(buf, cap, k, u->u[i]);
	}
	return k;
}

/* The word as typed (-1) or its stem i, as UTF-8 syllables; 0 if it is
 * not all syllables. */
static size_t form_utf8(const struct term *t, int i, char *buf, size_t cap)
{
	struct units v;

	if (i < 0)
		return syllables_utf8(&t->un, t->un.n, buf, cap);
	stem_units(t, i, &v);
	return syllables_utf8(&v, v.n, buf, cap);
}

static void hangul_variants(struct hc_search *s, int g, const struct term *t,
			    size_t *qb)
{
	char buf[MAX_UNITS * 3 + 1];

	for (int i = -1; i < t->nvar; i++) {
		size_t n = form_utf8(t, i, buf, sizeof buf);

		if (n && variants_of(buf, n)) {
			add_variants(s, g, buf, n, qb);
			return;
		}
	}
}

/* A function word, as typed or without its ending (뭐가, 어떻게요). */
static int hangul_filler(const struct term *t)
{
	char buf[MAX_UNITS * 3 + 1];

	for (int i = -1; i < t->nvar; i++) {
		size_t n;

		if (i >= 0 && !t->var[i].strong)
			continue;
		n = form_utf8(t, i, buf, sizeof buf);
		if (n && IN_LIST(function_words, buf, n))
			return 1;
	}
	return 0;
}

static void hangul_piece(struct hc_search *s, const struct piece *p, int raw,
			 int weak, size_t *qb)
{
	ucs4_t c[MAX_UNITS * 2];
	int n = 0, g;
	struct term t;

	for (size_t i = 0; i < p->len && n < MAX_UNITS * 2;)
		i += next_char(s->qbuf + p->off + i, p->len - i, &c[n++]);
	memset(&t, 0, sizeof t);
	t.type = TT_HANGUL;
	t.qcap = 5;
	hangul_compose(&t.un, c, n);
	if (!t.un.n || hangul_is_ending(&t.un) ||
	    (p->glue == G_TIGHT && hangul_is_particle(&t.un))) {
		s->raw[raw].func = 1;
		return;
	}
	t.nvar = hangul_stems(&t.un, t.var);
	if (hangul_filler(&t)) {
		s->raw[raw].func = 1;
		return;
	}
	if (split_hangul(s, &t, raw, weak))
		return;
	g = group_new(s, raw, weak, 0, t.un.n);
	if (g < 0 || s->nterm >= MAX_TERMS - 1)
		return;
	t.group = t.group2 = (uint8_t)g;
	hangul_variants(s, g, &t, qb);
	/* the last syllable may still be being typed: 로그이 -> 로그인 */
	if (p->last)
		hangul_unfinished(&t.un);
	t.typing = p->last;
	if (s->nterm < MAX_TERMS - 1)
		s->term[s->nterm++] = t;
}

/* A number that is a code: three characters, not part of a name
 * (100-continue), or a mask or prefix standing alone. */
static int code_piece(struct hc_search *s, const struct piece *pc, int np,
		      int i, int after_version)
{
	const struct piece *p = &pc[i];
	const char *w = s->qbuf + p->off;
	struct hc_query cq;
	struct term *t;
	int g, alone;

	if (!is_code_text(w, p->len))
		return 0;
	alone = p->glue == G_SPACE &&
		(i + 1 >= np || pc[i + 1].glue == G_SPACE);
	if (p->len < 3 && !alone)
		return 0;
	if ((p->glue == G_PUNCT && i > 0 && !pc[i - 1].digits &&
	     strchr("-_.", p->punct)) ||
	    (i + 1 < np && pc[i + 1].glue == G_PUNCT && !pc[i + 1].digits &&
	     !pc[i + 1].hangul && strchr("-_.", pc[i + 1].punct)))
		return 0;
	cq = hc_query_parse(w, p->len);
	if (cq.kind == HC_QUERY_BAD)
		return 0;
	g = group_new(s, i, 0, 1, 3);
	if (g < 0 || !(t = term_new(s)))
		return 1;
	t->type = TT_CODE;
	t->cq = cq;
	t->status_line = (uint8_t)after_version;
	t->loose = p->len < 3 && p->digits; /* "10" in a sentence is ten */
	t->group = t->group2 = (uint8_t)g;
	return 1;
}

/* "HTTP/1.1", "HTTP/2": a version, before a status. */
static int version_at(const struct hc_search *s, const struct piece *pc,
		      int np, int i)
{
	const struct piece *p = &pc[i];
	int k = i + 1;

	if (p->len != 4 || memcmp(s->qbuf + p->off, "http", 4) || k >= np ||
	    pc[k].glue != G_PUNCT || pc[k].punct != '/' || !pc[k].digits)
		return 0;
	while (k + 1 < np && pc[k + 1].glue == G_PUNCT &&
	       pc[k + 1].punct == '.' && pc[k + 1].digits)
		k++;
	return k - i;
}

/* English endings, lightly: "deleted", "blocking", "users", "retries"
 * are also tried as the start of a word ("delet", "block", "user",
 * "retr"), a little below the word as typed. */
static void english_stem(struct hc_search *s, int g, const struct piece *p)
{
	static const char *const ends[] = { "ing", "ied", "ies", "ed", "es",
					     "s" };
	const char *w = s->qbuf + p->off;
	struct term *t;

	if (p->len != p->nch || p->digits)
		return;
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);

		if (p->len >= n + 4 && !memcmp(w + p->len - n, ends[i], n) &&
		    w[p->len - n - 1] != 's') {
			t = word_term(s, g, p->off, (uint16_t)(p->len - n),
				      (uint16_t)(p->nch - n));
			if (t)
				t->variant = 2;
			return;
		}
	}
}

static int seen_before(const struct hc_search *s, const struct piece *pc,
		       int i)
{
	for (int k = 0; k < i; k++)
		if (pc[k].len == pc[i].len &&
		    !memcmp(s->qbuf + pc[k].off, s->qbuf + pc[i].off, pc[i].len))
			return 1;
	return 0;
}

/* Two plain words next to each other ("time out", "time-out") are also
 * tried as one ("timeout"), standing for both. */
static void compounds(struct hc_search *s, size_t *qb)
{
	int n = s->nterm;

	for (int i = 0; i + 1 < n; i++) {
		const struct term *a = &s->term[i], *b = &s->term[i + 1];
		size_t off = *qb;
		struct term *j;

		if (a->type != TT_WORD || b->type != TT_WORD || a->whole ||
		    b->whole || b->group != a->group + 1 ||
		    s->grp[b->group].raw != s->grp[a->group].raw + 1 ||
		    a->sub[0].nch + b->sub[0].nch < 5 ||
		    a->sub[0].nch + b->sub[0].nch > MAX_UNITS ||
		    *qb + a->len + b->len + 1 >= sizeof s->qbuf)
			continue;
		memcpy(s->qbuf + *qb, s->qbuf + a->off, a->len);
		memcpy(s->qbuf + *qb + a->len, s->qbuf + b->off, b->len);
		*qb += a->len + b->len;
		j = word_term(s, a->group, (uint16_t)off,
			      (uint16_t)(a->len + b->len),
			      (uint16_t)(a->sub[0].nch + b->sub[0].nch));
		if (!j)
			return;
		j->whole = 1;
		j->group2 = b->group;
	}
}

/* Past HC_MAX_SPANS words the least informative go: filler first, then
 * the shortest words. */
static void drop_words(struct hc_search *s)
{
	int live = 0;

	for (int g = 0; g < s->ngrp; g++)
		live += !s->grp[g].code;
	while (live-- > HC_MAX_SPANS) {
		int worst = -1;

		for (int g = 0; g < s->ngrp; g++) {
			const struct group *x = &s->grp[g];

			if (x->dropped || x->code)
				continue;
			if (worst < 0 || x->weak > s->grp[worst].weak ||
			    (x->weak == s->grp[worst].weak &&
			     x->nch < s->grp[worst].nch))
				worst = g;
		}
		if (worst < 0)
			return;
		for (int t = 0; t < s->nterm; t++)
			if (s->term[t].group == worst ||
			    s->term[t].group2 == worst)
				s->term[t].type = TT_NONE;
		s->grp[worst].dropped = 1;
	}
}

/* The query, at most HC_SEARCH_MAX_QUERY bytes, with escape sequences
 * (a pasted "\033[1mzebra") replaced by spaces. */
static size_t clean_query(struct hc_search *s, const char *q, size_t len)
{
	size_t k = 0, i = 0;

	while (i < len && k < HC_SEARCH_MAX_QUERY) {
		if (q[i] == 0x1B) {
			i += text_escape_len(q + i, len - i);
			s->qclean[k++] = ' ';
		} else {
			s->qclean[k++] = q[i++];
		}
	}
	/* at the limit, a character cut in two is left out whole */
	if (i < len && ((unsigned char)q[i] & 0xc0) == 0x80) {
		while (k > 0 && ((unsigned char)s->qclean[k - 1] & 0xc0) == 0x80)
			k--;
		if (k > 0 && (unsigned char)s->qclean[k - 1] >= 0xc0)
			k--;
	}
	return k;
}

static void parse_query(struct hc_search *s, const char *q, size_t len)
{
	struct piece pc[MAX_RAW];
	size_t qb = 0, rb = 0;
	int np, after_version = 0, words = 0;

	s->nterm = s->ngrp = 0;
	len = clean_query(s, q, len);
	s->qlen = len;
	np = pieces_cut(s, s->qclean, len, pc, MAX_RAW, &qb);
	s->nraw = np;
	for (int i = 0; i < np; i++) {
		const struct piece *p = &pc[i];
		const char *w = s->qbuf + p->off;
		int v, weak;

		/* the pieces' letters, one after another, for the names */
		s->raw[i].off = (uint16_t)rb;
		if (rb + p->len < sizeof s->rbuf) {
			memcpy(s->rbuf + rb, w, p->len);
			rb += p->len;
		}
		s->raw[i].len = (uint16_t)(rb - s->raw[i].off);
		s->raw[i].func = 0;
		/* a lone letter is part of a name (X-Forwarded-For), not
		 * what the query is about */
		s->raw[i].weak = (uint8_t)(IN_LIST(weak_words, w, p->len) ||
					   p->nch < 2);
		if ((v = version_at(s, pc, np, i)) > 0) {
			for (int k = i; k <= i + v; k++)
				s->raw[k].func = 1, s->raw[k].weak = 0;
			for (int k = i + 1; k <= i + v; k++) {
				s->raw[k].off = (uint16_t)rb;
				s->raw[k].len = 0;
			}
			i += v;
			after_version = 1;
			continue;
		}
		if (code_piece(s, pc, np, i, after_version)) {
			after_version = 0;
			continue;
		}
		after_version = 0;
		if (seen_before(s, pc, i)) {
			/* a word said twice counts once */
			s->raw[i].func = 0;
			continue;
		}
		if (p->hangul) {
			weak = IN_LIST(weak_words, w, p->len);
			hangul_piece(s, p, i, weak, &qb);
			words++;
			continue;
		}
		if (p->digits || p->nch < 2 || IN_LIST(function_words, w, p->len)) {
			/* a lone letter counts in a name (X-Forwarded-For) */
			s->raw[i].func = p->digits || p->nch >= 2;
			continue;
		}
		weak = IN_LIST(weak_words, w, p->len);
		words++;
		if (!split_latin(s, p, i, weak)) {
			int g = group_new(s, i, weak, 0, p->nch);

			if (g >= 0 && word_term(s, g, p->off, p->len, p->nch)) {
				add_variants(s, g, w, p->len, &qb);
				english_stem(s, g, p);
			}
		}
	}
	/* a number of one or two digits among words is a number */
	for (int t = 0; t < s->nterm; t++)
		if (s->term[t].type == TT_CODE && s->term[t].loose && words) {
			s->term[t].type = TT_NONE;
			s->grp[s->term[t].group].dropped = 1;
		}
	compounds(s, &qb);
	drop_words(s);
}

/* ---- ranking ------------------------------------------------------------- */

/* Each word that counts adds COVER to a code it matches, besides how well
 * it matched (at most HC_SEARCH_SCORE(HC_LEVEL_CODE, 5)), so that codes
 * matching more of the words come first, and a name spelled out whole
 * beats everything else. */
#define COVER 64
#define NAME_WORD 24 /* per word of a code's name found whole in the query */
#define KEYWORD_WORD 12 /* ... of one of its keywords, past the first */
#define NAME_EXACT 400 /* the query is the name */
#define KEYWORD_EXACT 16 /* the query is a keyword, besides the words */
#define KEYWORD_ONE 3 /* ... of one word: less than an alias is worth more */
#define CODE_BONUS 160  /* a code the query names */
#define STATUS_LINE 100 /* the code after "HTTP/1.1" */

static int code_score(const struct term *t, int code)
{
	int lv = t->cq.kind == HC_QUERY_CODE ? HC_LEVEL_CODE : HC_LEVEL_MASK;

	if (!hc_query_match(&t->cq, code))
		return 0;
	return CODE_BONUS + HC_SEARCH_SCORE(lv, 5) +
	       (t->status_line ? STATUS_LINE : 0);
}

/* Codes are alternatives ("401 403"), the first named first.  A code the
 * query names always shows; one it does not may still come after the
 * named ones when the words fit it ("400 Bad Request ... Cookie Too
 * Large" is nginx's 494).  A mask is a filter: "5xx timeout" is about 5xx
 * only.  A number that names no code of the table ("110" in an nginx log
 * line) is left out. */
static void apply_codes(struct hc_search *s, int words)
{
	int any = 0, masks = 0;

	for (int i = 0; i < s->nterm; i++) {
		struct term *t = &s->term[i];
		int hit = 0;

		if (t->type != TT_CODE)
			continue;
		for (size_t c = 0; c < s->t->n && !hit; c++)
			hit = hc_query_match(&t->cq, s->t->codes[c].code);
		if (!hit) {
			t->type = TT_NONE;
			s->grp[t->group].dropped = 1;
			continue;
		}
		any = 1;
		masks |= t->cq.kind == HC_QUERY_MASK;
	}
	if (!any)
		return;
	for (size_t c = 0; c < s->t->n; c++) {
		int best = 0, order = 0, named = 0;

		for (int i = 0; i < s->nterm; i++) {
			const struct term *t = &s->term[i];
			int sc;

			if (t->type != TT_CODE)
				continue;
			sc = code_score(t, s->t->codes[c].code);
			if (sc && t->cq.kind == HC_QUERY_CODE)
				named = 1;
			sc = sc ? sc - 2 * order : 0;
			best = sc > best ? sc : best;
			order++;
		}
		s->bonus[c] += best;
		s->named[c] = (unsigned char)named;
		if (best)
			s->acc[c].matched |= 1u << HC_FIELD_CODE;
		s->dead[c] |= !best && (!words || masks);
	}
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n--)
		h = (h ^ *b++) * 1099511628211ull;
	return h;
}

/* What a term's matches depend on: equal keys, equal rows.  While a
 * question is typed only its last word changes, so the rows of the others
 * are kept from the keystroke before. */
static uint64_t term_key(const struct hc_search *s, const struct term *t)
{
	uint8_t flags[6] = { t->type, t->whole, t->variant, t->typing,
			     t->qcap, (uint8_t)(s->ngrp <= 3) };
	uint64_t h = fnv(14695981039346656037ull, flags, sizeof flags);

	if (t->type == TT_WORD)
		return fnv(h, s->qbuf + t->sub[0].off, t->sub[0].len);
	h = fnv(h, &t->un.n, sizeof t->un.n);
	h = fnv(h, t->un.u, (size_t)t->un.n * sizeof *t->un.u);
	h = fnv(h, t->un.k, (size_t)t->un.n);
	h = fnv(h, &t->nvar, sizeof t->nvar);
	return fnv(h, t->var, (size_t)t->nvar * sizeof *t->var);
}

static void match_term(struct hc_search *s, int i)
{
	const struct term *t = &s->term[i];
	size_t n = s->t->n;
	uint64_t key;

	s->best = s->tbest + (size_t)i * n;
	s->bspan = s->tspan + (size_t)i * n;
	s->nfield = s->tsup + (size_t)i * n;
	if (t->type != TT_WORD && t->type != TT_HANGUL)
		return;
	key = term_key(s, t);
	if (i < s->prev_n && s->prev_key[i] == key)
		return; /* the row is still this term's */
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
	for (size_t c = 0; t->variant && c < n; c++)
		if (s->best[c] > t->variant)
			s->best[c] -= t->variant;
	s->prev_key[i] = key;
}

/* Each word's best match in each code, over the terms standing for it:
 * gbest[g * n + c], and the term in gterm. */
static void group_rows(struct hc_search *s)
{
	size_t n = s->t->n;

	memset(s->gbest, 0, (size_t)s->ngrp * n * sizeof *s->gbest);
	for (int i = 0; i < s->nterm; i++) {
		const struct term *t = &s->term[i];
		const int *row = s->tbest + (size_t)i * n;

		if (t->type == TT_NONE || t->type == TT_CODE)
			continue;
		for (int k = 0; k < 2; k++) {
			int g = k ? t->group2 : t->group;
			int *gb = s->gbest + (size_t)g * n;
			uint8_t *gt = s->gterm + (size_t)g * n;

			if (k && t->group2 == t->group)
				break;
			for (size_t c = 0; c < n; c++)
				if (row[c] > gb[c]) {
					gb[c] = row[c];
					gt[c] = (uint8_t)i;
				}
		}
	}
}

static int span_seen(const struct hc_match *m, const struct hc_span *sp)
{
	for (int k = 0; k < m->n_spans; k++)
		if (m->spans[k].base == sp->base &&
		    m->spans[k].start == sp->start && m->spans[k].len == sp->len)
			return 1;
	return 0;
}

/* How much word g tells codes apart: COVER for a word that only a few
 * codes have, down to a quarter of it for one that most codes have
 * ("server", "not"). */
static int group_cover(const struct hc_search *s, int g)
{
	size_t n = s->t->n, df = 0;
	const int *gb = s->gbest + (size_t)g * n;

	for (size_t c = 0; c < n; c++)
		df += gb[c] > 0;
	if (!df || n < 8)
		return COVER;
	/* df of n/16 or less gives all of it, n gives a quarter */
	if (df * 16 <= n)
		return COVER;
	return COVER / 4 +
	       (int)((COVER * 3 / 4) * (n - df) / (n - n / 16 ? n - n / 16 : 1));
}

/* Sum the words' scores; *covered counts the words that count. */
static void combine(struct hc_search *s, int all_weak, int *max_covered)
{
	size_t n = s->t->n;
	int cover[MAX_GROUPS];

	group_rows(s);
	for (int g = 0; g < s->ngrp; g++)
		cover[g] = s->grp[g].code || s->grp[g].dropped ? 0 :
							      group_cover(s, g);
	for (size_t c = 0; c < n; c++) {
		struct hc_match *m = &s->acc[c];
		int covered = 0;

		for (int g = 0; g < s->ngrp; g++) {
			const struct group *gr = &s->grp[g];
			const struct hc_span *sp;
			int ti, v;

			if (gr->code || gr->dropped)
				continue;
			v = s->gbest[(size_t)g * n + c];
			if (!v)
				continue;
			ti = s->gterm[(size_t)g * n + c];
			if (!gr->weak || all_weak) {
				covered++;
				m->score += cover[g] + v;
			} else {
				m->score += v / 8; /* "http", "code": a hint */
			}
			s->support[c] += s->tsup[(size_t)ti * n + c] - 1;
			sp = &s->tspan[(size_t)ti * n + c];
			m->matched |= 1u << sp->field;
			if (m->n_spans < HC_MAX_SPANS && !span_seen(m, sp))
				m->spans[m->n_spans++] = *sp;
		}
		/* beside words, a code must match one of them, or be named:
		 * filler alone never shows a code */
		if (s->ngrp_words && !covered && !s->named[c])
			s->dead[c] |= 1;
		s->covered[c] = (unsigned char)covered;
		if (!s->dead[c] && covered > *max_covered)
			*max_covered = covered;
	}
}

/* Runs of the query's words that spell a code's name: the whole query
 * ("Found", "Not Found", "gateway time-out") or a part of it ("HTTP/1.1
 * 404 Not Found"). */
static void apply_names(struct hc_search *s)
{
	for (int i = 0; i < s->nraw; i++) {
		for (int j = i; j < s->nraw && j < i + MAX_RUN; j++) {
			size_t off = s->raw[i].off;
			size_t len = s->raw[j].off + s->raw[j].len - off;
			uint64_t h = 14695981039346656037ull;
			size_t lo = 0, hi = s->nnames;
			int words = 0, whole = 1;

			if (!len)
				continue;
			for (size_t k = 0; k < len; k++)
				h = (h ^ (unsigned char)s->rbuf[off + k]) *
				    1099511628211ull;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;

				if (s->names[mid].hash < h)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo >= s->nnames || s->names[lo].hash != h)
				continue;
			for (int k = i; k <= j; k++)
				words += !s->raw[k].func;
			if (!words)
				continue;
			/* the whole query but for filler and words like
			 * "http status code" */
			for (int k = 0; k < s->nraw; k++)
				if ((k < i || k > j) && !s->raw[k].func &&
				    !s->raw[k].weak)
					whole = 0;
			for (; lo < s->nnames && s->names[lo].hash == h; lo++) {
				uint32_t c = s->names[lo].code & ~NAME_KEYWORD;
				int kw = (s->names[lo].code & NAME_KEYWORD) != 0;
				int b = kw ? KEYWORD_WORD * (words - 1) +
						     (whole ? (words > 1 ?
								KEYWORD_EXACT :
								KEYWORD_ONE) :
							      0) :
					     whole ? NAME_EXACT : NAME_WORD * words;

				if (s->acc[c].score > 0 && b > s->bonus_name[c])
					s->bonus_name[c] = b;
			}
		}
	}
}

/* Several words that stand together, in that order, in a name or keyword
 * of a code ("권한 없음", "too many"): two levels per word after the
 * first.  Korean words are joined as typed and as their stems. */
static size_t join_words(struct hc_search *s, int stems)
{
	size_t k = 0;

	for (int i = 0; i < s->nterm; i++) {
		const struct term *t = &s->term[i];

		if (t->group != t->group2 || t->type == TT_CODE ||
		    t->type == TT_NONE || t->whole || t->variant)
			continue;
		if (t->type == TT_HANGUL) {
			int n = t->un.n, v = -1;

			/* the shortest stem that stands alone */
			for (int j = 0; stems && j < t->nvar; j++)
				if (t->var[j].strong)
					v = j;
			if (v >= 0)
				n = t->var[v].n;
			for (int j = 0; j < n; j++) {
				uint32_t c = t->un.u[j];

				if (v >= 0 && j == n - 1)
					c = t->var[v].last;
				else if (t->un.k[j] == U_CJ)
					c = SYL_FIRST + c * 28;
				else if (t->un.k[j] != U_EXACT)
					return 0;
				k = put_char(s->qjoin, sizeof s->qjoin, k, c);
			}
		} else {
			for (int j = 0; j < t->nsub; j++) {
				if (k + t->sub[j].len + 1 >= sizeof s->qjoin)
					return 0;
				memcpy(s->qjoin + k, s->qbuf + t->sub[j].off,
				       t->sub[j].len);
				k += t->sub[j].len;
			}
		}
	}
	return k;
}

static void apply_phrase(struct hc_search *s)
{
	int words = 0;

	for (int g = 0; g < s->ngrp; g++)
		words += !s->grp[g].code && !s->grp[g].dropped;
	/* a question of many words is not a name (apply_names finds the
	 * names inside it) */
	if (words < 2 || words > 6)
		return;
	for (int stems = 0; stems < 2; stems++) {
		size_t k = join_words(s, stems);

		if (k < 2)
			continue;
		for (size_t c = 0; c < s->t->n; c++)
			if (!s->dead[c] && s->covered[c] >= 2 &&
			    s->bonus_phr[c] == 0 &&
			    memmem(s->phr + s->phr_off[c],
				   s->phr_off[c + 1] - s->phr_off[c], s->qjoin,
				   k))
				s->bonus_phr[c] = 16 * (words - 1);
	}
}

/* Standard before unofficial at a comparable score: an unofficial code
 * gives up about the worth of a name over a keyword for each word it
 * matched, an obsolete or unused code a third of that. */
static int status_penalty(const struct hc_code *c, int covered)
{
	int words = covered > 1 ? covered : 1;

	switch (c->status) {
	case HC_STANDARD:
	case HC_TEMPORARY:
		return 0;
	case HC_UNOFFICIAL:
		return 12 * words;
	default:
		return 4 * words;
	}
}

static int status_rank(const struct hc_code *c)
{
	return c->status == HC_STANDARD || c->status == HC_TEMPORARY ? 0 : 1;
}

/* Higher is better: score (under 2^16), standard codes, support, lower
 * codes (the table is sorted, so the index stands for the code). */
static uint64_t rank_key(const struct hc_search *s, size_t c)
{
	const struct hc_match *m = &s->acc[c];
	int sup = s->support[c] < 0x7FFF ? s->support[c] : 0x7FFF;
	int sc = m->score < 0xFFFF ? m->score : 0xFFFF;

	return (uint64_t)sc << 48 | (uint64_t)(1 - status_rank(m->code)) << 47 |
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

/* Matches far below the best (a word of a long question found in some
 * detail) say nothing the user wants to see. */
static size_t cut_tail(const struct hc_search *s, size_t k)
{
	size_t n = 1;

	if (!k)
		return 0;
	while (n < k && s->res[n].score * 3 >= s->res[0].score)
		n++;
	return n;
}

size_t hc_search_run(struct hc_search *s, const char *q, size_t len,
		     const struct hc_match **out)
{
	int informative = 0, weak = 0, max_covered = 0;

	*out = s->res;
	s->partial = 0;
	if (!q)
		return 0;
	parse_query(s, q, len);
	for (size_t c = 0; c < s->t->n; c++) {
		s->acc[c].score = s->acc[c].n_spans = 0;
		s->acc[c].matched = 0;
		s->dead[c] = 0;
		s->support[c] = s->bonus[c] = 0;
		s->named[c] = 0;
		s->bonus_name[c] = s->bonus_phr[c] = 0;
	}
	for (int g = 0; g < s->ngrp; g++)
		if (!s->grp[g].code && !s->grp[g].dropped) {
			informative += !s->grp[g].weak;
			weak += s->grp[g].weak;
		}
	s->ngrp_words = informative + weak;
	apply_codes(s, informative);
	if (!informative && !weak) {
		int any = 0;

		for (size_t c = 0; c < s->t->n; c++)
			any |= s->bonus[c] > 0;
		if (!any)
			return 0;
	}
	for (int i = 0; i < s->nterm; i++)
		match_term(s, i);
	s->prev_n = s->nterm;
	combine(s, !informative, &max_covered);
	for (size_t c = 0; c < s->t->n; c++)
		s->acc[c].score += s->bonus[c];
	apply_names(s);
	apply_phrase(s);
	for (size_t c = 0; c < s->t->n; c++) {
		struct hc_match *m = &s->acc[c];

		m->score += s->bonus_name[c] + s->bonus_phr[c];
		m->score -= status_penalty(m->code, s->covered[c]);
	}
	s->partial = max_covered < (informative ? informative : weak) &&
		     max_covered > 0;
	return cut_tail(s, collect(s));
}

int hc_search_partial(const struct hc_search *s)
{
	return s->partial;
}

const char *hc_search_field_name(enum hc_field f)
{
	static const char *const names[HC_FIELD_N] = {
		[HC_FIELD_CODE] = "code",         [HC_FIELD_PHRASE] = "phrase",
		[HC_FIELD_ALIAS] = "alias",       [HC_FIELD_TITLE] = "title",
		[HC_FIELD_KEYWORDS] = "keywords", [HC_FIELD_HEADERS] = "headers",
		[HC_FIELD_VENDOR] = "vendor",     [HC_FIELD_SUMMARY] = "summary",
		[HC_FIELD_DETAIL] = "detail",     [HC_FIELD_SPEC] = "spec",
	};

	return (unsigned)f < HC_FIELD_N ? names[f] : "?";
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
			c = hangul_cho_jamo((c - SYL_FIRST) / 588);
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
	hangul_compose(&u, c, m);
	for (int i = 0; i < u.n; i++)
		k = put_char(dst, cap, k,
			     u.k[i] == U_CHO ? hangul_cho_jamo(u.u[i]) : u.u[i]);
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
