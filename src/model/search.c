/* The search engine's queries.  hc_search_run cuts the query into words,
 * matches each one against the index search_index.c built (a word prefix
 * is one binary search in the vocabulary, Korean a run of the syllable
 * index) and ranks the codes that match them all.  A query costs a few
 * lookups and touches no allocator. */
#include <config.h>

#include "search_int.h"
#include "text.h"

#include <stdint.h>
#include <string.h>

#define MAX_WORD 48 /* letters of a text word the typo check reads */

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
		hangul_compose(&t->un, q.c, q.n);
		t->nvar = hangul_stems(&t->un, t->var);
		/* the last syllable may still be being typed: 로그이 -> 로그인 */
		if (last)
			hangul_unfinished(&t->un);
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
/* The query, at most HC_SEARCH_MAX_QUERY bytes, with escape sequences
 * replaced by spaces. */
static size_t clean_query(struct hc_search *s, const char *q, size_t len)
{
	size_t k = 0;

	for (size_t i = 0; i < len && k < HC_SEARCH_MAX_QUERY;) {
		if (q[i] == 0x1B) {
			i += text_escape_len(q + i, len - i);
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
