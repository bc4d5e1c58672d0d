/* Colours as roles (htop's ColorScheme), with 256-colour, 8-colour and
 * monochrome mappings, and the few helpers that put text on a window. */
#ifndef HC_TUI_THEME_H
#define HC_TUI_THEME_H

#include <curses.h>
#include <stddef.h>

enum role {
	R_NORMAL, R_HEAD, R_HEAD_DIM, R_KEY, R_SEL, R_SEL_OFF, R_MATCH,
	R_MATCH_SEL, R_DIM, R_WARN, R_LABEL, R_LINK, R_LINK_SEL, R_SEP,
	R_TITLE, R_BAR, R_INPUT, R_HEADING,
	R_CLASS1, R_CLASS2, R_CLASS3, R_CLASS4, R_CLASS5,
	R_BADGE1, R_BADGE2, R_BADGE3, R_BADGE4, R_BADGE5,
	R_N
};

/* Line-drawing and marker glyphs: Unicode, or ASCII in other locales. */
struct glyphs {
	const char *open, *closed, *vline, *ellipsis, *link, *bar, *track;
};

/* color: 0 never; otherwise colours when the terminal has them. */
void theme_init(int color, int utf8);
attr_t theme_attr(enum role r);
const struct glyphs *theme_glyphs(void);

/* Put s[0..n) at the cursor in at most maxw columns, never splitting a
 * character (ASCII '?' replaces other characters in a non-UTF-8 locale).
 * Returns the columns used. */
int paint(WINDOW *w, enum role r, const char *s, size_t n, int maxw);
int paint_str(WINDOW *w, enum role r, const char *s, int maxw);
/* Like paint, ending in an ellipsis when it does not fit. */
int paint_clip(WINDOW *w, enum role r, const char *s, size_t n, int maxw);
/* Columns of s as paint would show them. */
int paint_width(const char *s, size_t n);
void paint_fill(WINDOW *w, enum role r, int n);
/* A scroll bar in column x, rows y0..y0+h-1, for a view of h lines of
 * total starting at line top; nothing when everything fits. */
void paint_scrollbar(WINDOW *w, int y0, int x, int h, int total, int top);

#endif
