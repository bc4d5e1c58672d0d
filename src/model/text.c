#include <config.h>

#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

int text_utf8_valid(const char *s, size_t n, size_t *bad)
{
	const uint8_t *p = u8_check((const uint8_t *)s, n);

	if (!p)
		return 1;
	if (bad)
		*bad = (size_t)(p - (const uint8_t *)s);
	return 0;
}

size_t text_next_char(const char *s, size_t n, unsigned *uc)
{
	ucs4_t c;
	int len = u8_mbtouc(&c, (const uint8_t *)s, n);

	*uc = c;
	return len > 0 ? (size_t)len : 1;
}

static int ascii_measure;

void text_set_ascii(int on)
{
	ascii_measure = on;
}

/* The few characters beyond ASCII in English text (the data's and the
 * program's own), sorted. */
static const struct {
	unsigned uc;
	const char *s;
} stand_ins[] = {
	{ 0x00a0, " " }, { 0x00a7, "Sec. " }, { 0x00b7, "." },
	{ 0x00d7, "x" }, { 0x00e9, "e" }, { 0x2013, "-" }, { 0x2014, "--" },
	{ 0x2018, "'" }, { 0x2019, "'" }, { 0x201c, "\"" },
	{ 0x201d, "\"" }, { 0x2026, "..." }, { 0x2190, "<-" },
	{ 0x2192, "->" }, { 0x2264, "<=" }, { 0x2265, ">=" },
};

const char *text_ascii_stand_in(unsigned uc)
{
	size_t lo = 0, hi = sizeof stand_ins / sizeof *stand_ins;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (stand_ins[mid].uc == uc)
			return stand_ins[mid].s;
		if (stand_ins[mid].uc < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "?";
}

int text_char_width(unsigned uc)
{
	int w;

	if (ascii_measure && uc >= 0x80)
		return (int)strlen(text_ascii_stand_in(uc));
	w = uc_width(uc, "UTF-8");

	return w < 0 ? 0 : w;
}

int text_width(const char *s, size_t n)
{
	int w = 0;
	size_t i = 0;

	while (i < n) {
		unsigned uc;

		i += text_next_char(s + i, n - i, &uc);
		w += text_char_width(uc);
	}
	return w;
}

static int is_bidi_control(unsigned uc)
{
	return uc == 0x061C || uc == 0x200E || uc == 0x200F ||
	       (uc >= 0x202A && uc <= 0x202E) ||
	       (uc >= 0x2066 && uc <= 0x2069);
}

/* Length of the escape sequence that starts with ESC at s[0], so that the
 * whole sequence, not just the ESC, is dropped. */
size_t text_escape_len(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 1;

	if (n < 2)
		return 1;
	switch (s[1]) {
	case '[': /* CSI: parameters, intermediates, one final byte */
		for (i = 2; i < n; i++)
			if (s[i] >= 0x40 && s[i] <= 0x7e)
				return i + 1;
			else if (s[i] < 0x20 || s[i] > 0x3f)
				return i; /* malformed: stop here */
		return n;
	case ']': case 'P': case '^': case '_': case 'X':
		/* string sequences end at BEL or ST (ESC \) */
		for (i = 2; i < n; i++) {
			if (s[i] == 0x07)
				return i + 1;
			if (s[i] == 0x1b)
				return (i + 1 < n && s[i + 1] == '\\') ? i + 2 : i;
		}
		return n;
	default:
		/* ESC, intermediates 0x20-0x2f, a final byte */
		for (i = 1; i < n && s[i] >= 0x20 && s[i] <= 0x2f; i++)
			;
		return (i < n && s[i] >= 0x30 && s[i] <= 0x7e) ? i + 1 : i;
	}
}

size_t text_sanitize(char *dst, const char *src, size_t n, int keep_nl)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0;

	while (i < n) {
		unsigned uc;
		size_t len;

		if (s[i] == 0x1b) {
			i += text_escape_len(src + i, n - i);
			continue;
		}
		if (s[i] < 0x80) {
			if (s[i] == '\t')
				dst[o++] = ' ';
			else if (s[i] == '\n' && keep_nl)
				dst[o++] = '\n';
			else if (s[i] >= 0x20 && s[i] != 0x7f)
				dst[o++] = (char)s[i];
			i++;
			continue;
		}
		len = text_next_char(src + i, n - i, &uc);
		if (uc == 0xfffd && !(len == 3 && s[i] == 0xef)) {
			memcpy(dst + o, "\xef\xbf\xbd", 3); /* invalid byte */
			o += 3;
		} else if (uc >= 0x80 && uc < 0xa0) {
			/* C1 controls, CSI (U+009B) among them: drop, and drop
			 * the sequence a CSI starts */
			if (uc == 0x9b) {
				size_t j = i + len;

				while (j < n && s[j] >= 0x20 && s[j] <= 0x3f)
					j++;
				if (j < n && s[j] >= 0x40 && s[j] <= 0x7e)
					j++;
				len = j - i;
			}
		} else if (!is_bidi_control(uc)) {
			memcpy(dst + o, src + i, len);
			o += len;
		}
		i += len;
	}
	dst[o] = '\0';
	return o;
}

char *text_sanitize_dup(const char *src, size_t n, int keep_nl)
{
	char *d;

	if (n > ((size_t)-1 - 1) / 3)
		return NULL;
	d = malloc(3 * n + 1);
	if (d)
		text_sanitize(d, src, n, keep_nl);
	return d;
}

size_t text_fit(const char *s, size_t n, int cols, int *used)
{
	size_t i = 0;
	int w = 0;

	while (i < n) {
		unsigned uc;
		size_t len = text_next_char(s + i, n - i, &uc);
		int cw = text_char_width(uc);

		if (w + cw > cols)
			break;
		w += cw;
		i += len;
	}
	if (used)
		*used = w;
	return i;
}

size_t text_wrap(const char *s, size_t n, int width, size_t *next)
{
	size_t i = 0, brk = 0, end;
	int w = 0, seen_space = 0;

	if (width < 1)
		width = 1;
	while (i < n && s[i] != '\n') {
		unsigned uc;
		size_t len = text_next_char(s + i, n - i, &uc);
		int cw = text_char_width(uc);

		if (s[i] == ' ') {
			brk = i;
			seen_space = 1;
		} else if (w + cw > width) {
			break;
		}
		w += cw;
		i += len;
	}
	if (i >= n || s[i] == '\n') {
		end = i;
		*next = i < n ? i + 1 : n;
	} else if (seen_space && brk > 0) {
		end = brk;
		*next = brk;
	} else {
		end = i ? i : text_next_char(s, n, &(unsigned){0});
		*next = end;
	}
	while (*next < n && s[*next] == ' ')
		(*next)++;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return end;
}

size_t text_cut(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	/* back over continuation bytes: at most three in valid UTF-8 */
	for (size_t k = 0; k < 4 && max > 0 &&
	     ((unsigned char)s[max] & 0xc0) == 0x80; k++)
		max--;
	return max;
}

size_t text_vformat(char *dst, size_t cap, const char *fmt, va_list ap)
{
	static const char ell[] = "\xe2\x80\xa6";
	int k = vsnprintf(dst, cap, fmt, ap);
	size_t n;

	if (k < 0) {
		dst[0] = '\0';
		return 0;
	}
	if ((size_t)k < cap)
		return (size_t)k;
	/* cut: room for the ellipsis and the NUL, at a character */
	n = text_cut(dst, cap - 1, cap - sizeof ell);
	memcpy(dst + n, ell, sizeof ell);
	return n + sizeof ell - 1;
}

size_t text_format(char *dst, size_t cap, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = text_vformat(dst, cap, fmt, ap);
	va_end(ap);
	return n;
}

/* Characters that show as nothing: zero-width spaces and joiners, the
 * line and paragraph separators, word joiners, the BOM. */
static int is_invisible(unsigned uc)
{
	return (uc >= 0x200B && uc <= 0x200D) || uc == 0x2028 ||
	       uc == 0x2029 || (uc >= 0x2060 && uc <= 0x2064) ||
	       uc == 0xFEFF || uc == 0x00AD;
}

static char *put_control(char *o, unsigned char c)
{
	switch (c) {
	case '\a': return o + sprintf(o, "\\a");
	case '\b': return o + sprintf(o, "\\b");
	case '\t': return o + sprintf(o, "\\t");
	case '\n': return o + sprintf(o, "\\n");
	case '\v': return o + sprintf(o, "\\v");
	case '\f': return o + sprintf(o, "\\f");
	case '\r': return o + sprintf(o, "\\r");
	case 0x1b: return o + sprintf(o, "\\e");
	default: return o + sprintf(o, "\\x%02x", c);
	}
}

char *text_escape_dup(const char *src, size_t n)
{
	const unsigned char *s = (const unsigned char *)src;
	char *d, *o;

	/* the longest escapes: \x01 is four bytes for one, \u2066 six
	 * for three */
	if (n > ((size_t)-1 - 1) / 4)
		return NULL;
	d = o = malloc(4 * n + 1);
	if (!d)
		return NULL;
	for (size_t i = 0; i < n;) {
		unsigned uc;
		size_t len;

		if (s[i] < 0x20 || s[i] == 0x7f) {
			o = put_control(o, s[i++]);
			continue;
		}
		if (s[i] == '\\') {
			*o++ = '\\';
			*o++ = '\\';
			i++;
			continue;
		}
		if (s[i] < 0x80) {
			*o++ = (char)s[i++];
			continue;
		}
		len = text_next_char(src + i, n - i, &uc);
		if (uc == 0xfffd && !(len == 3 && s[i] == 0xef))
			o += sprintf(o, "\\x%02x", s[i]);
		else if ((uc >= 0x80 && uc < 0xa0) || is_bidi_control(uc) ||
			 is_invisible(uc))
			o += sprintf(o, "\\u%04x", uc);
		else {
			memcpy(o, src + i, len);
			o += len;
		}
		i += len;
	}
	*o = '\0';
	return d;
}
