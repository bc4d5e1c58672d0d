/* A one-line editor for the search box: UTF-8 text, a cursor, word
 * motions and kills, and the window of it that fits a number of columns.
 * Plain data and pure functions (no curses), unit-tested. */
#ifndef HC_TUI_LINEEDIT_H
#define HC_TUI_LINEEDIT_H

#include <stddef.h>

/* The text grows as needed, up to this many bytes: far more than the
 * search reads (HC_SEARCH_MAX_QUERY), only a bound against a runaway
 * paste. */
#define LE_MAX (64 * 1024)

struct lineedit {
	char *s;          /* NUL-terminated once anything was put in */
	size_t len, cap;
	size_t cur;       /* the cursor, a byte offset on a character */
	size_t scroll;    /* the first byte shown (see le_view) */
};

void le_free(struct lineedit *e);
/* The text, "" when empty. */
const char *le_text(const struct lineedit *e);
/* Replace the text; the cursor goes to its end.  -1 when out of memory. */
int le_set(struct lineedit *e, const char *s, size_t n);
void le_clear(struct lineedit *e);
/* Insert s[0..n) at the cursor, which moves past it; only what fits
 * under LE_MAX, cut at a character.  Returns the bytes inserted. */
size_t le_insert(struct lineedit *e, const char *s, size_t n);

/* Moves: 1 when the cursor moved.  A character and the combining marks
 * after it move as one. */
int le_left(struct lineedit *e);
int le_right(struct lineedit *e);
int le_home(struct lineedit *e);
int le_end(struct lineedit *e);
/* Words are runs of non-spaces: back to the start of this or the previous
 * word; forward to the end of this or the next one. */
int le_word_left(struct lineedit *e);
int le_word_right(struct lineedit *e);

/* Deletions: 1 when the text changed. */
int le_backspace(struct lineedit *e);  /* the character before the cursor */
int le_delete(struct lineedit *e);     /* the character at the cursor */
int le_kill_word(struct lineedit *e);  /* ^W: the word before the cursor */
int le_kill_start(struct lineedit *e); /* ^U */
int le_kill_end(struct lineedit *e);   /* ^K */

/* What to show in cols columns: text bytes [first, first + len), the
 * cursor's column (counted from the first shown column, after the marker
 * for hidden text on the left if any), and whether text is hidden on
 * either side (each takes one column for a marker).  The cursor always
 * fits, with a column for itself; e->scroll is kept between calls so
 * that the text does not jump while typing. */
struct le_view {
	size_t first, len;
	int cursor_col;
	int more_left, more_right;
};
void le_view(struct lineedit *e, int cols, struct le_view *v);

/* Clean pasted UTF-8 for the query, into dst (room for n + 1 bytes):
 * line breaks, tabs and other control characters become a space, a run
 * of them together with the spaces around it becomes one space; escape
 * sequences, bidirectional controls, invalid UTF-8 and (unless utf8) any
 * non-ASCII character are dropped.  Returns the bytes written. */
size_t le_clean_paste(char *dst, const char *src, size_t n, int utf8);

#endif
