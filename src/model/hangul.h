/* Korean script as the search engine reads it: syllables and jamo, jamo
 * typed one key at a time assembled into syllables, initial consonants,
 * and the endings Korean attaches to words.  Knows nothing of the index. */
#ifndef HC_HANGUL_H
#define HC_HANGUL_H

#include <stdint.h>
#include <unitypes.h>

#define SYL_FIRST 0xAC00u
#define SYL_LAST 0xD7A3u

#define MAX_UNITS 32   /* letters of one query word that count */
#define MAX_VARIANTS 3 /* Korean stems tried besides the word itself */

static inline int is_syllable(ucs4_t c)
{
	return c >= SYL_FIRST && c <= SYL_LAST;
}

static inline int is_hangul(ucs4_t c)
{
	return is_syllable(c) || (c >= 0x1100 && c <= 0x11FF) ||
	       (c >= 0x3131 && c <= 0x318E);
}

/* What one letter of a query word accepts: that very character, any
 * syllable with this initial consonant (ㅇ for 인증 typed as initials), or
 * any syllable with these initial and medial jamo (the last syllable while
 * its final consonant may still be coming). */
enum ukind { U_EXACT, U_CHO, U_CJ };

struct units {
	uint32_t u[MAX_UNITS];
	uint8_t k[MAX_UNITS];
	int n;
};

/* A shorter form of a word: its first n units, the last one replaced. */
struct hangul_stem {
	int n;
	uint32_t last;
	uint8_t strong; /* a known ending came off a stem that stands alone */
};

/* Inline, as the search tries them on every candidate letter. */
static inline int unit_match(int kind, uint32_t u, uint32_t c)
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
static inline void unit_range(int kind, uint32_t u, uint32_t *lo,
			      uint32_t *hi)
{
	if (kind == U_EXACT)
		*lo = *hi = u;
	else if (kind == U_CHO)
		*lo = SYL_FIRST + u * 588, *hi = *lo + 587;
	else
		*lo = SYL_FIRST + u * 28, *hi = *lo + 27;
}

/* The units of c[0..n), letters folded to lower case with 0 where one part
 * of a word ends ("retry-after"): jamo are assembled the way a two-set
 * keyboard does, a lone initial consonant becomes U_CHO. */
void hangul_compose(struct units *u, const ucs4_t *c, int n);
/* The forms of u without a particle or ending ("로그인이" -> "로그인",
 * "서버에서도" -> "서버", "바뀜" -> "바뀌"), at most MAX_VARIANTS, shortest
 * last; returns how many. */
int hangul_stems(const struct units *u, struct hangul_stem *out);
/* 1 when the whole word is an ending or a verb of no content on its own
 * ("했을", "해요", "되나요", "때"): it says nothing to search for. */
int hangul_is_ending(const struct units *u);
/* 1 when the word is a particle, or an ending that can follow a code or
 * a name written in Latin letters ("502를", "nginx가", "404에러"). */
int hangul_is_particle(const struct units *u);
/* The jamo of a syllable (c itself when it is not one), leaving out the
 * silent initial ㅇ so that 리다렉트 is one insertion from 리다이렉트;
 * returns how many, 1 to 3. */
int hangul_jamo(uint32_t c, uint32_t out[3]);
/* A last syllable without a final consonant may still get one: 로그이 is
 * on its way to 로그인, so it becomes U_CJ. */
void hangul_unfinished(struct units *u);
/* Initial consonant cho (0..18) as a compatibility jamo (U+3131..). */
ucs4_t hangul_cho_jamo(uint32_t cho);

#endif
