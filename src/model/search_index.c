/* The search index, built once by hc_search_new: every field is cut into
 * words (Latin letters and digits), folded to lower case and gathered into
 * a sorted vocabulary, so a word prefix is one binary search and a typo
 * scan reads only the vocabulary; the fields that hold Hangul are also laid
 * out as one stream of letters without spaces or punctuation, indexed by
 * syllable, so Korean matches as a substring whether or not the user typed
 * the spaces.  Whatever a query needs is allocated here too, so that
 * search.c touches no allocator. */
#include <config.h>

#include "search_int.h"
#include "mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void field_add(struct hc_search *s, const char *base, size_t code,
		      enum fkind kind, enum hc_field name)
{
	if (base && *base)
		s->f[s->nf++] = (struct field){ base, (uint32_t)code,
						(uint8_t)kind, (uint8_t)name };
}

/* Fields in the order their matches are preferred when scores tie. */
static int build_fields(struct hc_search *s)
{
	const struct hc_table *t = s->t;

	s->f = malloc((t->n ? t->n : 1) *
		      (12 + HC_MAX_ALIAS) * sizeof *s->f);
	if (!s->f)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *c = &t->codes[i];

		field_add(s, c->phrase, i, FK_PHRASE, HC_FIELD_PHRASE);
		field_add(s, c->title[HC_KO], i, FK_TITLE, HC_FIELD_TITLE);
		for (int a = 0; a < c->n_alias && a < HC_MAX_ALIAS; a++)
			field_add(s, c->alias[a], i, FK_ALIAS, HC_FIELD_ALIAS);
		field_add(s, c->keywords[HC_KO], i, FK_KEYWORDS, HC_FIELD_KEYWORDS);
		field_add(s, c->keywords[HC_EN], i, FK_KEYWORDS, HC_FIELD_KEYWORDS);
		field_add(s, c->headers, i, FK_KEYWORDS, HC_FIELD_HEADERS);
		field_add(s, c->vendor, i, FK_KEYWORDS, HC_FIELD_VENDOR);
		field_add(s, c->summary[HC_KO], i, FK_SUMMARY, HC_FIELD_SUMMARY);
		field_add(s, c->summary[HC_EN], i, FK_SUMMARY, HC_FIELD_SUMMARY);
		field_add(s, c->detail[HC_KO], i, FK_DETAIL, HC_FIELD_DETAIL);
		field_add(s, c->detail[HC_EN], i, FK_DETAIL, HC_FIELD_DETAIL);
		field_add(s, c->spec, i, FK_DETAIL, HC_FIELD_SPEC);
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

	/* rows are cleared as terms use them: a query of three words
	 * touches three */
	s->tbest = malloc(n * MAX_TERMS * sizeof *s->tbest);
	s->tspan = malloc(n * MAX_TERMS * sizeof *s->tspan);
	s->tsup = malloc(n * MAX_TERMS);
	s->dead = calloc(n, 1);
	s->order = calloc(n, sizeof *s->order);
	s->support = calloc(n, sizeof *s->support);
	s->bonus = calloc(n, sizeof *s->bonus);
	s->bonus_name = calloc(n, sizeof *s->bonus_name);
	s->bonus_phr = calloc(n, sizeof *s->bonus_phr);
	s->covered = calloc(n, 1);
	s->named = calloc(n, 1);
	s->gbest = malloc(n * MAX_GROUPS * sizeof *s->gbest);
	s->gterm = malloc(n * MAX_GROUPS);
	s->fmark = calloc(s->nf ? s->nf : 1, sizeof *s->fmark);
	/* a match is mostly spans, filled as they are found */
	s->acc = malloc(n * sizeof *s->acc);
	s->res = malloc(n * sizeof *s->res);
	for (size_t c = 0; s->acc && c < s->t->n; c++)
		s->acc[c].code = &s->t->codes[c];
	return s->tbest && s->tspan && s->tsup && s->dead && s->order &&
			       s->support && s->bonus && s->bonus_name && s->bonus_phr && s->covered && s->named && s->gbest && s->gterm && s->fmark && s->acc &&
			       s->res ?
		       0 :
		       -1;
}

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

static int name_cmp(const void *a, const void *b)
{
	const struct name *x = a, *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->code < y->code ? -1 : x->code > y->code;
}

/* Each entry of a comma-separated list, as a keyword name of code c. */
static int names_list(struct hc_search *s, size_t *cap, const char *p,
		      size_t c)
{
	while (p && *p) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (mem_grow((void **)&s->names, cap, s->nnames + 1,
			     sizeof *s->names))
			return -1;
		s->names[s->nnames++] = (struct name){
			search_name_hash(p, n), (uint32_t)c | NAME_KEYWORD };
		p = e ? e + 1 : NULL;
	}
	return 0;
}

/* The names a query may spell out whole: phrase, aliases, Korean title,
 * and each keyword. */
static int build_names(struct hc_search *s)
{
	const struct hc_table *t = s->t;
	size_t cap = 0;

	for (size_t c = 0; c < t->n; c++) {
		const struct hc_code *code = &t->codes[c];
		const char *v[2 + HC_MAX_ALIAS];
		int nv = 0;

		v[nv++] = code->phrase;
		v[nv++] = code->title[HC_KO];
		for (int a = 0; a < code->n_alias && a < HC_MAX_ALIAS; a++)
			v[nv++] = code->alias[a];
		if (mem_grow((void **)&s->names, &cap, s->nnames + (size_t)nv,
			     sizeof *s->names))
			return -1;
		for (int i = 0; i < nv; i++)
			if (v[i] && *v[i])
				s->names[s->nnames++] = (struct name){
					search_name_hash(v[i], strlen(v[i])),
					(uint32_t)c };
		for (int l = 0; l < HC_LANG_N; l++)
			if (names_list(s, &cap, code->keywords[l], c) < 0)
				return -1;
		if (names_list(s, &cap, code->headers, c) < 0)
			return -1;
	}
	if (s->nnames)
		qsort(s->names, s->nnames, sizeof *s->names, name_cmp);
	return 0;
}

static struct hc_search *search_alloc(void)
{
	struct hc_search *s = malloc(sizeof *s);

	if (s)
		memset(s, 0, offsetof(struct hc_search, scratch));
	return s;
}

struct hc_search *hc_search_build(const struct hc_table *t)
{
	struct hc_search *s = search_alloc();

	if (!s)
		return NULL;
	s->t = t;
	if (build_fields(s) || build_words(s) || build_hangul(s) ||
	    build_phrases(s) || build_names(s) || alloc_query(s)) {
		hc_search_free(s);
		return NULL;
	}
	return s;
}

struct hc_search *hc_search_from_prebuilt(const struct hc_table *t,
					  const struct hc_search_prebuilt *p)
{
	struct hc_search *s;

	if (!p || p->ncodes != t->n)
		return NULL;
	s = search_alloc();
	if (!s)
		return NULL;
	s->t = t;
	s->prebuilt = 1;
	if (build_fields(s) || s->nf != p->nf || alloc_query(s)) {
		hc_search_free(s);
		return NULL;
	}
	/* never written after the build: the casts only share the type of
	 * an index built at run time */
	s->w = (struct word *)(uintptr_t)p->w;
	s->nw = p->nw;
	s->v = (struct voc *)(uintptr_t)p->v;
	s->nv = p->nv;
	s->vbuf = (char *)(uintptr_t)p->vbuf;
	s->occ = (uint32_t *)(uintptr_t)p->occ;
	memcpy(s->first, p->first, sizeof s->first);
	s->k = (struct kch *)(uintptr_t)p->k;
	s->nk = p->nk;
	s->kall = (uint32_t *)(uintptr_t)p->kall;
	s->nkall = p->nkall;
	s->kshort = (uint32_t *)(uintptr_t)p->kshort;
	s->nkshort = p->nkshort;
	s->phr = (char *)(uintptr_t)p->phr;
	s->phr_off = (uint32_t *)(uintptr_t)p->phr_off;
	s->names = (struct name *)(uintptr_t)p->names;
	s->nnames = p->nnames;
	return s;
}

void hc_search_free(struct hc_search *s)
{
	if (!s)
		return;
	if (s->prebuilt)
		s->w = NULL, s->v = NULL, s->vbuf = NULL, s->occ = NULL,
		s->k = NULL, s->kall = s->kshort = NULL, s->phr = NULL,
		s->phr_off = NULL, s->names = NULL;
	free(s->f);
	free(s->w);
	free(s->v);
	free(s->vbuf);
	free(s->occ);
	free(s->k);
	free(s->kall);
	free(s->kshort);
	free(s->tbest);
	free(s->tspan);
	free(s->tsup);
	free(s->dead);
	free(s->order);
	free(s->support);
	free(s->bonus);
	free(s->bonus_name);
	free(s->bonus_phr);
	free(s->covered);
	free(s->named);
	free(s->gbest);
	free(s->gterm);
	free(s->names);
	free(s->fmark);
	free(s->acc);
	free(s->res);
	free(s->phr);
	free(s->phr_off);
	free(s);
}
