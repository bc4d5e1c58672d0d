/* UTF-8 text: validation, sanitising, display width, wrapping. */
#ifndef HC_TEXT_H
#define HC_TEXT_H

#include <stdarg.h>
#include <stddef.h>

/* 1 when s[0..n) is valid UTF-8; otherwise 0 and *bad is the offset of
 * the first bad byte. */
int text_utf8_valid(const char *s, size_t n, size_t *bad);

/* Copy src to dst without control characters (C0 but '\n' when keep_nl,
 * DEL, C1), terminal escape sequences (CSI, OSC, DCS... removed whole),
 * and bidirectional formatting characters.  Tabs become spaces; invalid
 * UTF-8 becomes U+FFFD.  dst needs room for 3 * n + 1 bytes; it is
 * NUL-terminated.  Returns the bytes written. */
size_t text_sanitize(char *dst, const char *src, size_t n, int keep_nl);
/* The same into a new string (NULL when out of memory). */
char *text_sanitize_dup(const char *src, size_t n, int keep_nl);

/* Bytes of the terminal escape sequence that starts with the ESC at s[0]
 * (n > 0): CSI, string sequences (OSC, DCS...) up to BEL or ST, others. */
size_t text_escape_len(const char *s, size_t n);

/* Decode one character at s (n > 0 bytes left); invalid bytes decode to
 * U+FFFD one byte at a time.  Returns the bytes used. */
size_t text_next_char(const char *s, size_t n, unsigned *uc);

/* Display columns of one character (0 for combining marks); in ASCII
 * measure, the columns of its ASCII stand-in. */
int text_char_width(unsigned uc);
/* Measure text as a terminal without UTF-8 shows it (on: 1), each
 * character beyond ASCII as its stand-in: the browser's choice for its
 * terminal, so that wrapping and cutting agree with what is drawn. */
void text_set_ascii(int on);
/* What shows a character beyond ASCII there: "Sec. " for the section
 * sign, "e" for e acute, "?" for what has no stand-in (Hangul). */
const char *text_ascii_stand_in(unsigned uc);
/* Display columns of s[0..n). */
int text_width(const char *s, size_t n);

/* Bytes of the longest prefix of s[0..n) that fits in cols columns,
 * never splitting a character; its width goes to *used if not NULL. */
size_t text_fit(const char *s, size_t n, int cols, int *used);

/* One line of s[0..n) wrapped to width columns: breaks at spaces, or inside
 * a word only when the word alone is wider than the line, and always at
 * '\n'.  Returns the line's length in bytes (trailing spaces excluded);
 * *next is where the next line starts (n at the end). */
size_t text_wrap(const char *s, size_t n, int width, size_t *next);

/* The longest prefix of s[0..n) of at most max bytes that does not end
 * inside a character (a UTF-8 continuation byte starts what is left). */
size_t text_cut(const char *s, size_t n, size_t max);

/* snprintf into dst[cap] (cap >= 4) that never cuts a character: text
 * that does not fit ends at a character with "\u2026" (an ellipsis).
 * Returns the bytes written. */
size_t text_format(char *dst, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
size_t text_vformat(char *dst, size_t cap, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

/* s[0..n) for a message, with what the sanitiser would drop made
 * visible: C0 controls as \r, \n, \t, \e... or \x01, DEL and invalid
 * bytes as \x7f, \xff, C1, bidi and zero-width characters as \u200b;
 * a backslash is doubled.  NULL when out of memory. */
char *text_escape_dup(const char *s, size_t n);

#endif
