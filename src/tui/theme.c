#include <config.h>

#include "theme.h"
#include "model/text.h"

#include <string.h>

#define DEF (-1) /* the terminal's own colour */

struct role_spec {
	short fg256, bg256, fg8, bg8;
	attr_t colour, mono; /* attributes with colour, and without */
};

static const struct role_spec specs[R_N] = {
	[R_NORMAL] = { DEF, DEF, DEF, DEF, A_NORMAL, A_NORMAL },
	[R_HEAD] = { 255, 24, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[R_HEAD_DIM] = { 153, 24, COLOR_CYAN, COLOR_BLUE, A_NORMAL, A_REVERSE },
	[R_KEY] = { 117, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD },
	[R_SEL] = { 231, 25, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[R_SEL_OFF] = { DEF, 238, COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_UNDERLINE },
	[R_MATCH] = { 214, DEF, COLOR_YELLOW, DEF, A_BOLD | A_UNDERLINE,
		      A_BOLD | A_UNDERLINE },
	[R_MATCH_SEL] = { 220, 25, COLOR_YELLOW, COLOR_BLUE, A_BOLD | A_UNDERLINE,
			  A_REVERSE | A_UNDERLINE },
	[R_DIM] = { 245, DEF, DEF, DEF, A_NORMAL, A_DIM },
	[R_WARN] = { 209, DEF, COLOR_YELLOW, DEF, A_NORMAL, A_BOLD },
	[R_LABEL] = { 110, DEF, COLOR_CYAN, DEF, A_NORMAL, A_BOLD },
	[R_LINK] = { 75, DEF, COLOR_CYAN, DEF, A_UNDERLINE, A_UNDERLINE },
	[R_LINK_SEL] = { 231, 25, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[R_SEP] = { 240, DEF, DEF, DEF, A_NORMAL, A_NORMAL },
	[R_TITLE] = { DEF, DEF, DEF, DEF, A_BOLD, A_BOLD },
	[R_BAR] = { 245, 245, COLOR_WHITE, COLOR_WHITE, A_NORMAL, A_REVERSE },
	[R_INPUT] = { DEF, DEF, DEF, DEF, A_BOLD, A_BOLD },
	[R_HEADING] = { 110, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD | A_UNDERLINE },
	[R_CLASS1] = { 75, DEF, COLOR_BLUE, DEF, A_BOLD, A_BOLD },
	[R_CLASS2] = { 78, DEF, COLOR_GREEN, DEF, A_BOLD, A_BOLD },
	[R_CLASS3] = { 80, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD },
	[R_CLASS4] = { 221, DEF, COLOR_YELLOW, DEF, A_BOLD, A_BOLD },
	[R_CLASS5] = { 203, DEF, COLOR_RED, DEF, A_BOLD, A_BOLD },
	[R_BADGE1] = { 16, 75, COLOR_BLACK, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[R_BADGE2] = { 16, 78, COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD },
	[R_BADGE3] = { 16, 80, COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD },
	[R_BADGE4] = { 16, 221, COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_REVERSE | A_BOLD },
	[R_BADGE5] = { 16, 203, COLOR_BLACK, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
};

static attr_t attrs[R_N];
static int ascii_only;

static const struct glyphs unicode = {
	"\xe2\x96\xbe", "\xe2\x96\xb8", "\xe2\x94\x82", "\xe2\x80\xa6",
	"\xe2\x80\xba", " ", "\xe2\x94\x82",
};
static const struct glyphs ascii = { "-", "+", "|", "~", ">", " ", "|" };

void theme_init(int color, int utf8)
{
	int ok = color && has_colors() && start_color() == OK;
	int wide = 0;

	ascii_only = !utf8;
	if (ok) {
		/* the terminal's own background, so light themes work too */
		if (use_default_colors() != OK)
			ok = 0;
		wide = COLORS >= 256;
		if (COLOR_PAIRS < R_N + 1)
			ok = 0;
	}
	for (int r = 0; r < R_N; r++) {
		const struct role_spec *s = &specs[r];

		if (!ok) {
			attrs[r] = s->mono;
			continue;
		}
		init_pair((short)(r + 1), wide ? s->fg256 : s->fg8,
			  wide ? s->bg256 : s->bg8);
		attrs[r] = s->colour | COLOR_PAIR(r + 1);
		/* A_DIM is all 8 colours have for grey */
		if (!wide && (r == R_DIM || r == R_SEP))
			attrs[r] |= A_DIM;
		if (!wide && r == R_BAR)
			attrs[r] = A_REVERSE;
	}
}

attr_t theme_attr(enum role r)
{
	return attrs[r];
}

const struct glyphs *theme_glyphs(void)
{
	return ascii_only ? &ascii : &unicode;
}

int paint_width(const char *s, size_t n)
{
	if (ascii_only) {
		int w = 0;

		for (size_t i = 0; i < n;) {
			unsigned uc;

			i += text_next_char(s + i, n - i, &uc);
			w++;
		}
		return w;
	}
	return text_width(s, n);
}

static int paint_ascii(WINDOW *w, const char *s, size_t n, int maxw)
{
	int used = 0;

	for (size_t i = 0; i < n && used < maxw; used++) {
		unsigned uc;

		i += text_next_char(s + i, n - i, &uc);
		waddch(w, uc >= 0x20 && uc < 0x7f ? (chtype)uc : '?');
	}
	return used;
}

int paint(WINDOW *w, enum role r, const char *s, size_t n, int maxw)
{
	size_t len;
	int used;

	if (maxw <= 0 || n == 0)
		return 0;
	wattrset(w, attrs[r]);
	if (ascii_only)
		return paint_ascii(w, s, n, maxw);
	len = text_fit(s, n, maxw, &used);
	waddnstr(w, s, (int)len);
	return used;
}

int paint_str(WINDOW *w, enum role r, const char *s, int maxw)
{
	return paint(w, r, s, strlen(s), maxw);
}

int paint_clip(WINDOW *w, enum role r, const char *s, size_t n, int maxw)
{
	const char *ell = theme_glyphs()->ellipsis;
	int used;

	if (paint_width(s, n) <= maxw)
		return paint(w, r, s, n, maxw);
	if (maxw <= 0)
		return 0;
	used = paint(w, r, s, n, maxw - 1);
	return used + paint_str(w, r, ell, 1);
}

void paint_fill(WINDOW *w, enum role r, int n)
{
	wattrset(w, attrs[r]);
	for (int i = 0; i < n; i++)
		waddch(w, ' ');
}
