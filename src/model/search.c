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
		if (strlen(list[i]) == len && !memcmp(list[i], w, len))
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
	"some", "please", "just", "s", "ll", "ve", "d", "re", "one", "get",
	"got", "gets", "getting", "happens", "happen", "should", "proper",
	"correct", "right", "appropriate", "best", "which", "tell", "say",
	"says", "saying", "while", "into", "from", "as", "but", "keep",
	"keeps", "seeing", "see", "shows", "show", "showing", "vs", "versus",
	"difference", "between", "differences", "compare", "explain",
	"뭐", "뭔가요", "뭐야", "뭐예요", "뭐에요", "뭔지", "무슨", "어떤",
	"어떻게", "몇", "번", "몇번", "몇번이야", "언제", "왜", "그", "저", "좀",
	"그냥", "것", "수", "및", "등", "경우", "거", "건가요", "건지", "안",
	"못", "해야", "해야돼", "해야해", "해야하나요", "줘야", "줘야돼",
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
	"response", "responses", "message", "코드", "상태", "상태코드", "에러",
	"오류", "응답", "메시지", "메세지", "에러코드", "오류코드", "api",
	"났어", "문제",
};

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
		if (w[i] >= '0' && w[i] <= '9')
			digit = 1;
		else if (w[i] != 'x')
			return 0;
	}
	return digit;
}

/* "http/1.1", "http/2", "h2": a protocol version before a status. */
static int is_version(const struct term *t, const char *q)
{
	const struct sub *w = &t->sub[0];

	if (t->nsub < 1 || w->len != 4 || memcmp(q + w->off, "http", 4))
		return 0;
	for (int i = 1; i < t->nsub; i++)
		if (!is_digit(q[t->sub[i].off]))
			return 0;
	return t->nsub > 1;
}

static struct term *term_new(struct hc_search *s)
{
	struct term *t;

	if (s->nterm >= MAX_TERMS)
		return NULL;
	t = &s->term[s->nterm++];
	memset(t, 0, sizeof *t);
	t->qcap = 5;
	return t;
}

/* The letters of a word, folded: into q (with 0 where punctuation cuts
 * it) and into qbuf; returns how many letters. */
static int word_chars(struct hc_search *s, const char *p, size_t n,
		      struct qchars *q, size_t *qb)
{
	int letters = 0;

	q->n = q->hangul = 0;
	for (size_t i = 0; i < n && q->n < MAX_UNITS * 2;) {
		ucs4_t c;

		i += next_char(p + i, n - i, &c);
		c = fold_char(c);
		if (is_letter(c)) {
			q->hangul |= is_hangul(c);
			q->c[q->n++] = c;
			*qb = put_char(s->qbuf, sizeof s->qbuf, *qb, c);
			letters++;
		} else if (q->n && q->c[q->n - 1]) {
			q->c[q->n++] = 0; /* keeps retry-after in two parts */
		}
	}
	return letters;
}

/* A Korean word: its syllables, its stems; 0 when it is only an ending. */
static int hangul_term(struct term *t, const struct qchars *q, int last)
{
	t->type = TT_HANGUL;
	hangul_compose(&t->un, q->c, q->n);
	if (hangul_is_ending(&t->un))
		return -1;
	t->nvar = hangul_stems(&t->un, t->var);
	/* the last syllable may still be being typed: 로그이 -> 로그인 */
	if (last)
		hangul_unfinished(&t->un);
	return t->un.n > 0;
}

static void group_add(struct hc_search *s, int raw, int weak, int code,
		      int nch)
{
	struct group *g = &s->grp[s->ngrp++];

	g->raw = raw;
	g->weak = (uint8_t)weak;
	g->code = (uint8_t)code;
	g->nch = (uint16_t)nch;
}

/* A code in a word ("status=502", "(404)", "404:"): each number becomes a
 * code term of its own; returns how many. */
static int code_parts(struct hc_search *s, const struct term *w, int raw,
		      int after_version)
{
	int found = 0;

	for (int i = 0; i < w->nsub && s->ngrp < MAX_GROUPS; i++) {
		const char *q = s->qbuf + w->sub[i].off;
		struct hc_query cq;
		struct term *t;

		if (!is_code_text(q, w->sub[i].len) ||
		    (w->nsub > 1 && w->sub[i].len != 3))
			continue;
		cq = hc_query_parse(q, w->sub[i].len);
		if (cq.kind == HC_QUERY_BAD)
			continue;
		t = term_new(s);
		if (!t)
			break;
		t->type = TT_CODE;
		t->cq = cq;
		t->status_line = (uint8_t)after_version;
		t->group = t->group2 = (uint8_t)s->ngrp;
		group_add(s, raw, 0, 1, 3);
		found++;
	}
	return found;
}

static int all_digits(const char *q, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_digit(q[i]))
			return 0;
	return 1;
}

/* Does a word hold anything besides codes, numbers and filler? */
static int has_content(const struct hc_search *s, const struct term *w)
{
	for (int i = 0; i < w->nsub; i++) {
		const char *q = s->qbuf + w->sub[i].off;
		size_t n = w->sub[i].len;

		if (!all_digits(q, n) && !is_code_text(q, n) &&
		    !IN_LIST(function_words, q, n) && !IN_LIST(weak_words, q, n))
			return 1;
	}
	return 0;
}

/* The parts of t (time-out) written together as one word (timeout),
 * standing for the same query word(s). */
static void joined_form(struct hc_search *s, const struct term *t,
			int first, int nsub, int group2, size_t *qb)
{
	struct term *j;
	size_t off = *qb;
	unsigned nch = 0;

	for (int i = first; i < first + nsub; i++) {
		if (*qb + t->sub[i].len + 1 >= sizeof s->qbuf)
			return;
		memcpy(s->qbuf + *qb, s->qbuf + t->sub[i].off, t->sub[i].len);
		*qb += t->sub[i].len;
		nch += t->sub[i].nch;
	}
	if (nch < 5 || nch > MAX_UNITS || !(j = term_new(s)))
		return;
	j->type = TT_WORD;
	j->whole = 1;
	j->group = t->group;
	j->group2 = (uint8_t)group2;
	j->off = (uint16_t)off;
	j->len = (uint16_t)(*qb - off);
	j->nsub = 1;
	j->sub[0] = (struct sub){ (uint16_t)off, j->len, (uint16_t)nch };
}

/* One whitespace-separated word of the query. */
static void word_parse(struct hc_search *s, const char *p, size_t n,
		       int raw, int last, int *after_version, size_t *qb)
{
	struct qchars q;
	struct term *t, word;
	int nterm = s->nterm, letters, weak, ver;
	const char *w;

	if (s->ngrp >= MAX_GROUPS || !(t = term_new(s)))
		return;
	t->off = (uint16_t)*qb;
	letters = word_chars(s, p, n, &q, qb);
	t->len = (uint16_t)(*qb - t->off);
	w = s->qbuf + t->off;
	s->raw[raw].func = !letters || IN_LIST(function_words, w, t->len);
	if (s->raw[raw].func) {
		s->nterm = nterm;
		return;
	}
	weak = IN_LIST(weak_words, w, t->len);
	t->group = t->group2 = (uint8_t)s->ngrp;
	if (q.hangul) {
		if (hangul_term(t, &q, last) <= 0) {
			s->raw[raw].func = 1;
			s->nterm = nterm;
			return;
		}
		group_add(s, raw, weak, 0, t->un.n);
		return;
	}
	t->type = TT_WORD;
	term_subwords(s, t, &q, qb);
	if (!t->nsub || is_version(t, s->qbuf)) {
		*after_version = t->nsub > 0;
		s->raw[raw].func = 1;
		s->nterm = nterm;
		return;
	}
	ver = *after_version;
	*after_version = 0;
	word = *t;
	s->nterm = nterm; /* codes first: the word may be only a code */
	if (code_parts(s, &word, raw, ver) && !has_content(s, &word))
		return;
	if (!has_content(s, &word) || s->ngrp >= MAX_GROUPS ||
	    !(t = term_new(s))) {
		s->raw[raw].func = !s->ngrp || s->grp[s->ngrp - 1].raw != raw;
		return;
	}
	*t = word;
	t->group = t->group2 = (uint8_t)s->ngrp;
	group_add(s, raw, weak, 0, letters);
	if (t->nsub > 1)
		joined_form(s, t, 0, t->nsub, t->group, qb);
}

/* "time out" is "timeout", "e mail" is "email": two plain words next to
 * each other are also tried as one. */
static void compounds(struct hc_search *s, size_t *qb)
{
	int n = s->nterm;

	for (int i = 0; i + 1 < n; i++) {
		const struct term *a = &s->term[i], *b = &s->term[i + 1];
		struct term pair;

		if (a->type != TT_WORD || b->type != TT_WORD || a->nsub != 1 ||
		    b->nsub != 1 || a->whole || b->whole ||
		    b->group != a->group + 1 ||
		    s->grp[b->group].raw != s->grp[a->group].raw + 1)
			continue;
		pair = *a;
		pair.sub[1] = b->sub[0];
		pair.nsub = 2;
		joined_form(s, &pair, 0, 2, b->group, qb);
	}
}

/* Past HC_MAX_SPANS words the least informative go: filler first, then
 * the shortest words. */
static void drop_words(struct hc_search *s)
{
	int over = s->ngrp - HC_MAX_SPANS;

	while (over-- > 0) {
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

/* The letters of raw word r, folded, into rbuf right after the last one,
 * so that a run of words is one run of bytes. */
static void raw_letters(struct hc_search *s, int r, const char *p, size_t n,
			size_t *rb)
{
	s->raw[r].off = (uint16_t)*rb;
	for (size_t i = 0; i < n;) {
		ucs4_t c;

		i += next_char(p + i, n - i, &c);
		if (is_letter(c))
			*rb = put_char(s->rbuf, sizeof s->rbuf, *rb, fold_char(c));
	}
	s->raw[r].len = (uint16_t)(*rb - s->raw[r].off);
}

static void parse_query(struct hc_search *s, const char *q, size_t len)
{
	size_t i = 0, qb = 0, rb = 0;
	int after_version = 0;

	s->nterm = s->ngrp = s->nraw = 0;
	len = clean_query(s, q, len);
	s->qlen = len;
	q = s->qclean;
	while (i < len && s->nraw < MAX_RAW) {
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
		if (end == start)
			continue;
		raw_letters(s, s->nraw, q + start, end - start, &rb);
		word_parse(s, q + start, end - start, s->nraw, end >= len,
			   &after_version, &qb);
		s->nraw++;
	}
	compounds(s, &qb);
	drop_words(s);
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
		if (s->v[v].len == q->len || !t->whole)
			voc_hits(s, v, s->v[v].len == q->len, q->nch,
				 s->v[v].len == q->len ? 5 : 4);
	if (q->nch >= 4 && !t->whole)
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
	for (int i = 0; i < u->n; i++) {
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return;
		m += hangul_jamo(u->u[i], qj + m);
	}
	for (int end = 0; end < 2; end++) {
		uint32_t c = end ? u->u[u->n - 1] : u->u[0];
		size_t a, b;

		idx_range(s, s->kshort, s->nkshort, c, c, &a, &b);
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
				if (n < 0)
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

/* The best score any code got from the current term. */
static int row_best(const struct hc_search *s)
{
	int best = 0;

	for (size_t c = 0; c < s->t->n; c++)
		if (s->best[c] > best)
			best = s->best[c];
	return best;
}

static void match_hangul(struct hc_search *s, const struct term *t)
{
	match_units(s, &t->un, t->qcap);
	for (int i = 0; i < t->nvar; i++) {
		struct units v = t->un;

		v.n = t->var[i].n;
		v.u[v.n - 1] = t->var[i].last;
		v.k[v.n - 1] = U_EXACT;
		match_units(s, &v, t->var[i].strong ? 4 : 2);
	}
	/* typos only where the word was not found in a name or keyword */
	if (row_best(s) < HC_SEARCH_SCORE(HC_LEVEL_KEYWORD, 3)) {
		match_hangul_typos(s, &t->un);
		for (int i = 0; i < t->nvar; i++) {
			struct units v = t->un;

			if (!t->var[i].strong)
				continue;
			v.n = t->var[i].n;
			v.u[v.n - 1] = t->var[i].last;
			v.k[v.n - 1] = U_EXACT;
			match_hangul_typos(s, &v);
		}
	}
}

/* ---- ranking ------------------------------------------------------------- */

/* Each word that counts adds COVER to a code it matches, besides how well
 * it matched (at most HC_SEARCH_SCORE(HC_LEVEL_CODE, 5)), so that codes
 * matching more of the words come first, and a name spelled out whole
 * beats everything else. */
#define COVER 64
#define NAME_WORD 24 /* per word of a code's name found whole in the query */
#define NAME_EXACT 400 /* the query is the name */
#define STATUS_LINE 100 /* the code after "HTTP/1.1" */

static int code_score(const struct term *t, int code)
{
	int lv = t->cq.kind == HC_QUERY_CODE ? HC_LEVEL_CODE : HC_LEVEL_MASK;

	if (!hc_query_match(&t->cq, code))
		return 0;
	return HC_SEARCH_SCORE(lv, 5) + (t->status_line ? STATUS_LINE : 0);
}

/* Codes are alternatives ("401 403"): when one of them names a code of
 * the table, only the codes they name stay.  A number that names none
 * ("110" in an nginx log line) is left out. */
static void apply_codes(struct hc_search *s)
{
	int any = 0;

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
		}
		any |= hit;
	}
	if (!any)
		return;
	for (size_t c = 0; c < s->t->n; c++) {
		int best = 0;

		for (int i = 0; i < s->nterm; i++)
			if (s->term[i].type == TT_CODE) {
				int sc = code_score(&s->term[i], s->t->codes[c].code);

				best = sc > best ? sc : best;
			}
		s->bonus[c] += best;
		if (best)
			s->acc[c].matched |= 1u << HC_FIELD_CODE;
		s->dead[c] |= !best;
	}
}

static void match_term(struct hc_search *s, int i)
{
	const struct term *t = &s->term[i];
	size_t n = s->t->n;

	s->best = s->tbest + (size_t)i * n;
	s->bspan = s->tspan + (size_t)i * n;
	s->nfield = s->tsup + (size_t)i * n;
	memset(s->best, 0, n * sizeof *s->best);
	memset(s->nfield, 0, n);
	if (++s->stamp == 0) {
		memset(s->fmark, 0, s->nf * sizeof *s->fmark);
		s->stamp = 1;
	}
	if (t->type == TT_WORD)
		match_word(s, t);
	else if (t->type == TT_HANGUL)
		match_hangul(s, t);
}

/* Word g's best match in code c: the best of the terms standing for it. */
static int group_best(const struct hc_search *s, int g, size_t c, int *term)
{
	size_t n = s->t->n;
	int best = 0;

	*term = -1;
	for (int i = 0; i < s->nterm; i++) {
		const struct term *t = &s->term[i];
		int v;

		if (t->type == TT_NONE || t->type == TT_CODE ||
		    (t->group != g && t->group2 != g))
			continue;
		v = s->tbest[(size_t)i * n + c];
		if (v > best) {
			best = v;
			*term = i;
		}
	}
	return best;
}

static int span_seen(const struct hc_match *m, const struct hc_span *sp)
{
	for (int k = 0; k < m->n_spans; k++)
		if (m->spans[k].base == sp->base &&
		    m->spans[k].start == sp->start && m->spans[k].len == sp->len)
			return 1;
	return 0;
}

/* Sum the words' scores; *covered counts the words that count. */
static void combine(struct hc_search *s, int all_weak, int *max_covered)
{
	size_t n = s->t->n;

	for (size_t c = 0; c < n; c++) {
		struct hc_match *m = &s->acc[c];
		int covered = 0, any = 0;

		for (int g = 0; g < s->ngrp; g++) {
			const struct group *gr = &s->grp[g];
			int ti, v;

			if (gr->code || gr->dropped)
				continue;
			v = group_best(s, g, c, &ti);
			if (!v)
				continue;
			any = 1;
			if (!gr->weak || all_weak) {
				covered++;
				m->score += COVER;
			}
			m->score += v;
			s->support[c] += s->tsup[(size_t)ti * n + c] - 1;
			{
				const struct hc_span *sp =
					&s->tspan[(size_t)ti * n + c];

				m->matched |= 1u << sp->field;
				if (m->n_spans < HC_MAX_SPANS && !span_seen(m, sp))
					m->spans[m->n_spans++] = *sp;
			}
		}
		if (!covered && (any || !(m->matched & (1u << HC_FIELD_CODE))))
			s->dead[c] |= 1; /* filler alone never shows a code */
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
		if (s->raw[i].func)
			continue;
		for (int j = i; j < s->nraw && j < i + MAX_RUN; j++) {
			size_t off = s->raw[i].off;
			size_t len = s->raw[j].off + s->raw[j].len - off;
			uint64_t h = 14695981039346656037ull;
			size_t lo = 0, hi = s->nnames;
			int words = 0, whole = 1;

			if (s->raw[j].func || !len)
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
			for (int k = 0; k < s->nraw; k++)
				if ((k < i || k > j) && !s->raw[k].func)
					whole = 0;
			for (; lo < s->nnames && s->names[lo].hash == h; lo++) {
				uint32_t c = s->names[lo].code;
				int b = whole ? NAME_EXACT : NAME_WORD * words;

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
		    t->type == TT_NONE || t->whole)
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
	if (words < 2)
		return;
	for (int stems = 0; stems < 2; stems++) {
		size_t k = join_words(s, stems);

		if (k < 2)
			continue;
		for (size_t c = 0; c < s->t->n; c++)
			if (!s->dead[c] && s->acc[c].score > 0 &&
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
		s->bonus_name[c] = s->bonus_phr[c] = 0;
	}
	apply_codes(s);
	for (int g = 0; g < s->ngrp; g++)
		if (!s->grp[g].code && !s->grp[g].dropped) {
			informative += !s->grp[g].weak;
			weak += s->grp[g].weak;
		}
	if (!informative && !weak) {
		int any = 0;

		for (size_t c = 0; c < s->t->n; c++)
			any |= s->bonus[c] > 0;
		if (!any)
			return 0;
	}
	for (int i = 0; i < s->nterm; i++)
		match_term(s, i);
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
