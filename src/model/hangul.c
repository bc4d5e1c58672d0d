/* Hangul for the search engine.  Queries arrive as a keyboard sends them:
 * compatibility jamo one key at a time, conjoining jamo from decomposed
 * text, or whole syllables, and often with a particle or an ending on the
 * word; this file turns them into units a syllable can be tested against. */
#include <config.h>

#include "hangul.h"
#include "text.h"

#include <stddef.h>
#include <string.h>

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
		if (c) /* 0 only ends a part of the word */
			unit_push(p->out, U_EXACT, c);
	}
}

void hangul_compose(struct units *u, const ucs4_t *c, int n)
{
	struct composer p = { .out = u, .cho = -1, .jung = -1 };

	u->n = 0;
	for (int i = 0; i < n; i++)
		comp_char(&p, c[i]);
	comp_flush(&p);
}

void hangul_unfinished(struct units *u)
{
	int i = u->n - 1;

	if (i >= 0 && u->k[i] == U_EXACT && is_syllable(u->u[i]) &&
	    (u->u[i] - SYL_FIRST) % 28 == 0) {
		u->k[i] = U_CJ;
		u->u[i] = (u->u[i] - SYL_FIRST) / 28;
	}
}

ucs4_t hangul_cho_jamo(uint32_t cho)
{
	return cho_compat[cho];
}

/* Korean attaches particles and endings to words ("로그인이", "만료되면",
 * "권한이 없을 때"); a word that ends in one is also tried without it.
 * Longest first, so that 에서 goes before 서 could.  An ending marked
 * strong may leave a single syllable (없음 -> 없, 됨 -> 삭제됨's 삭제); the
 * others must leave two, as they are often part of a noun (지연 is not
 * 지 + 연). */
static const char *const endings[] = {
	/* verbs and adjectives made into "when ...", "if ...", questions */
	"되었을때", "되어서", "되어요", "했을때", "됐을때", "없을때", "있을때", "했어요",
	"됐어요", "되나요", "하나요", "인가요", "없어요", "있어요", "안돼요",
	"습니다", "입니다", "합니다", "됩니다", "없는데", "했는데", "됐는데",
	"할때", "될때", "하면", "되면", "없으면", "하는", "되는", "해요",
	"돼요", "나요", "했음", "됐음", "했을", "됐을", "없을", "없음",
	"없는", "없어", "없다", "하기", "하다", "했다", "됐다", "되다",
	"된다", "한다", "해서", "돼서", "하고", "되고", "인데", "이다",
	"아요", "어요", "았음", "었음", "아서", "어서", "네요", "지만",
	"는데", "라서", "이라", "이라서", "하려면", "하려고", "으니까",
	"하는데", "으면", "으니", "니까", "해야", "해도", "되어", "려면",
	"려고", "을까", "할까", "면",
	/* particles */
	"에서는", "에서도", "으로는", "에서", "으로", "에게", "한테", "까지",
	"부터", "처럼", "보다", "이랑", "에는", "에도", "이나", "이",
	"가", "을", "를", "은", "는", "에", "의", "도", "만", "로",
	"와", "과", "랑", "요", "다", "할", "한", "된", "될", "음", "임",
	"함", "됨", "기",
};
/* May leave one syllable: they never end a noun by accident. */
static const char *const strong_endings[] = {
	"됨", "함", "음", "임", "없음", "없을", "없는", "없어", "없다",
	"했을때", "했을", "했음", "했다", "했어요", "할때", "하면", "해요",
	"하는", "하다", "하기", "하고", "해서", "되면", "되는", "돼요", "된다",
	"되다", "됐을때", "됐을", "됐음", "됐다", "됐어요", "되었을때", "될때",
	"되나요", "하나요", "합니다", "됩니다", "안돼요", "하려면", "하려고",
	"하는데", "해야", "해도", "할까",
};

/* Verbs and adjectives whose stem is one syllable: 없을 -> 없, 큰 -> 크
 * is what the user said (권한이 없을 때, 파일이 너무 큼). */
static const char *const roots[] = {
	"없", "있", "많", "적", "크", "작", "늦", "느", "막", "끊", "죽", "꺼",
	"틀", "맞", "길", "짧", "잘", "못", "안",
};

static int is_root(uint32_t c)
{
	char buf[4];

	buf[0] = (char)(0xE0 | (c >> 12));
	buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
	buf[2] = (char)(0x80 | (c & 0x3F));
	for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
		if (!memcmp(roots[i], buf, 3))
			return 1;
	return 0;
}

static int is_strong(const char *e)
{
	for (size_t i = 0; i < sizeof strong_endings / sizeof *strong_endings;
	     i++)
		if (!strcmp(strong_endings[i], e))
			return 1;
	return 0;
}

/* The first n units, syllables all, as UTF-8 (three bytes each): endings
 * are compared as bytes. */
static size_t units_utf8(const struct units *u, int n, char *buf)
{
	size_t k = 0;

	for (int i = 0; i < n; i++) {
		uint32_t c = u->u[i];

		buf[k++] = (char)(0xE0 | (c >> 12));
		buf[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
		buf[k++] = (char)(0x80 | (c & 0x3F));
	}
	return k;
}

/* The longest ending of u's first n units that leaves a stem, in
 * syllables; 0 if none. */
static int strip_one(const struct units *u, int n, int *strong)
{
	char buf[MAX_UNITS * 3];
	size_t len = units_utf8(u, n, buf);

	for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
		size_t el = strlen(endings[i]);
		int k = (int)(el / 3);

		if (el >= len || memcmp(buf + len - el, endings[i], el))
			continue;
		if (n - k >= 2 || is_strong(endings[i]) ||
		    (n - k == 1 && is_root(u->u[0]))) {
			*strong = n - k >= 2 || is_root(u->u[0]);
			return k;
		}
	}
	return 0;
}

/* Is u, syllables all, one of the n words of list? */
static int units_in(const struct units *u, const char *const *list, size_t n)
{
	char buf[MAX_UNITS * 3];
	size_t len;

	for (int i = 0; i < u->n; i++)
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return 0;
	len = units_utf8(u, u->n, buf);
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && !memcmp(buf, list[i], len))
			return 1;
	return 0;
}

int hangul_is_ending(const struct units *u)
{
	static const char *const whole[] = {
		"했을", "했을때", "할때", "할", "하면", "해요", "했어요", "해",
		"나요", "하나요", "되나요", "되면", "돼요", "됐어요", "했음",
		"하는", "되는", "해서", "하고", "합니다", "됩니다", "인가요",
		"있나요", "되요", "돼", "됨", "함", "했다", "됐다", "하다",
		"되다", "될때", "됐을때", "되었을때", "때", "했는데", "하는데",
		"입니다", "습니다", "있습니다", "없습니다", "됩니까", "합니까",
	};
	return units_in(u, whole, sizeof whole / sizeof *whole);
}

int hangul_is_particle(const struct units *u)
{
	static const char *const particles[] = {
		"이", "가", "을", "를", "은", "는", "에", "의", "도", "만", "로",
		"으로", "에서", "까지", "부터", "와", "과", "랑", "이랑", "이나",
		"나", "하고", "에게", "한테", "처럼", "보다", "에는", "에도",
		"으로는", "에서는", "에서도", "이라", "라", "이라고", "라고", "요",
		"이요", "인데", "인가요", "이에요", "예요", "에요", "이야", "야",
		"같은", "처럼요", "일때", "일", "이면", "면", "뜸", "떠요", "뜨면",
		"나와요", "나옴", "남", "났어요", "에러", "오류", "코드", "번",
	};
	return units_in(u, particles, sizeof particles / sizeof *particles);
}

int hangul_stems(const struct units *u, struct hangul_stem *out)
{
	uint32_t last = u->n ? u->u[u->n - 1] : 0;
	int k = 0, n = u->n, strong = 0;

	for (int i = 0; i < u->n; i++)
		if (u->k[i] != U_EXACT || !is_syllable(u->u[i]))
			return 0;
	/* up to two endings: 서버에서도 -> 서버에서 -> 서버 */
	for (int round = 0; round < 2 && k < MAX_VARIANTS - 1; round++) {
		int e = strip_one(u, n, &strong);

		if (!e)
			break;
		n -= e;
		out[k].n = n;
		out[k].last = u->u[n - 1];
		out[k++].strong = (uint8_t)strong;
	}
	/* the nominal -ㅁ: 바뀜 -> 바뀌, 느림 -> 느리 */
	if (u->n && (last - SYL_FIRST) % 28 == 16 && k < MAX_VARIANTS) {
		out[k].n = u->n;
		out[k].last = last - 16;
		out[k++].strong = 0;
	}
	return k;
}

int hangul_jamo(uint32_t c, uint32_t out[3])
{
	uint32_t l, v, t;
	int n = 0;

	if (!is_syllable(c)) {
		out[0] = c;
		return 1;
	}
	c -= SYL_FIRST;
	l = c / 588;
	v = (c % 588) / 28;
	t = c % 28;
	if (l != 11) /* the silent initial ㅇ: 이 is just its vowel */
		out[n++] = 0x1100 + l;
	out[n++] = 0x1161 + v;
	if (t)
		out[n++] = 0x11A7 + t;
	return n;
}
