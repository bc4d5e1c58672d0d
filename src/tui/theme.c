#include <config.h>

#include "theme.h"
#include "model/text.h"

#include <string.h>

#define DEF (-1) /* the terminal's own colour */

/* Colours 0-15 follow the user's terminal palette and cost the fewest
 * bytes to select (ESC [ 9 1 m); greys come from the 256-colour cube,
 * which palettes such as Solarized leave readable. */
struct role_spec {
	short fg, bg;       /* 256- or 16-colour terminals */
	short fg8, bg8;     /* 8-colour terminals */
	attr_t colour, mono; /* attributes with colour, and without */
	attr_t extra8;      /* what 8 colours add (bold for bright) */
};

#define BRIGHT A_BOLD
static const struct role_spec specs[R_N] = {
	[R_NORMAL] = { DEF, DEF, DEF, DEF, A_NORMAL, A_NORMAL, 0 },
	[R_HEAD] = { 15, 4, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD, 0 },
	[R_HEAD_DIM] = { 7, 4, COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE, 0 },
	[R_KEY] = { 14, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD, 0 },
	[R_SEL] = { 15, 4, COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE, BRIGHT },
	[R_SEL_OFF] = { DEF, 238, COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_UNDERLINE, 0 },
	[R_MATCH] = { 11, DEF, COLOR_YELLOW, DEF, A_UNDERLINE,
		      A_BOLD | A_UNDERLINE, 0 },
	[R_MATCH_SEL] = { 11, 4, COLOR_YELLOW, COLOR_BLUE, A_UNDERLINE,
			  A_REVERSE | A_UNDERLINE, 0 },
	[R_DIM] = { 245, DEF, DEF, DEF, A_NORMAL, A_DIM, A_DIM },
	[R_WARN] = { 3, DEF, COLOR_YELLOW, DEF, A_NORMAL, A_BOLD, 0 },
	[R_LABEL] = { 6, DEF, COLOR_CYAN, DEF, A_NORMAL, A_BOLD, 0 },
	[R_LINK] = { 12, DEF, COLOR_BLUE, DEF, A_NORMAL, A_UNDERLINE, BRIGHT },
	[R_LINK_SEL] = { 15, 4, COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE, BRIGHT },
	[R_SEP] = { DEF, DEF, DEF, DEF, A_NORMAL, A_NORMAL, 0 },
	[R_TITLE] = { DEF, DEF, DEF, DEF, A_BOLD, A_BOLD, 0 },
	[R_BAR] = { 245, 245, COLOR_WHITE, COLOR_WHITE, A_NORMAL, A_REVERSE, 0 },
	[R_INPUT] = { DEF, DEF, DEF, DEF, A_BOLD, A_BOLD, 0 },
	[R_HEADING] = { 6, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD | A_UNDERLINE, 0 },
	[R_CLASS1] = { 12, DEF, COLOR_BLUE, DEF, A_BOLD, A_BOLD, BRIGHT },
	[R_CLASS2] = { 10, DEF, COLOR_GREEN, DEF, A_BOLD, A_BOLD, BRIGHT },
	[R_CLASS3] = { 14, DEF, COLOR_CYAN, DEF, A_BOLD, A_BOLD, BRIGHT },
	[R_CLASS4] = { 11, DEF, COLOR_YELLOW, DEF, A_BOLD, A_BOLD, BRIGHT },
	[R_CLASS5] = { 9, DEF, COLOR_RED, DEF, A_BOLD, A_BOLD, BRIGHT },
	[R_BADGE1] = { 0, 12, COLOR_BLACK, COLOR_BLUE, A_NORMAL, A_REVERSE | A_BOLD, 0 },
	[R_BADGE2] = { 0, 10, COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_REVERSE | A_BOLD, 0 },
	[R_BADGE3] = { 0, 14, COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE | A_BOLD, 0 },
	[R_BADGE4] = { 0, 11, COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE | A_BOLD, 0 },
	[R_BADGE5] = { 0, 9, COLOR_BLACK, COLOR_RED, A_NORMAL, A_REVERSE | A_BOLD, 0 },
};

static attr_t attrs[R_N];
static int ascii_only;

static const struct glyphs unicode = {
	"\xe2\x96\xbe", "\xe2\x96\xb8", "\xe2\x94\x82", "\xe2\x80\xa6",
	"\xe2\x80\xba", " ", "\xe2\x94\x82",
};
static const struct glyphs ascii = { "-", "+", "|", "~", ">", " ", "|" };

/* A 256-colour grey on a 16-colour terminal, or a 16-colour one on 8. */
static short fit(short c, short c8, int colours)
{
	if (c == DEF || c < colours)
		return c;
	return colours >= 16 && c >= 232 ? 8 : c8;
}

void theme_init(int color, int utf8)
{
	int ok = color && has_colors() && start_color() == OK;

	ascii_only = !utf8;
	text_set_ascii(ascii_only);
	/* the terminal's own background, so light themes work too */
	if (ok && (use_default_colors() != OK || COLOR_PAIRS < R_N + 1))
		ok = 0;
	for (int r = 0; r < R_N; r++) {
		const struct role_spec *s = &specs[r];
		int eight = COLORS < 16;

		if (!ok) {
			attrs[r] = s->mono;
			continue;
		}
		/* default colours share one pair: no colour change between
		 * them and plain text, so fewer bytes per line */
		if (r != R_NORMAL && s->fg == DEF && s->bg == DEF && (!eight ||
		    (s->fg8 == DEF && s->bg8 == DEF))) {
			attrs[r] = s->colour | COLOR_PAIR(R_NORMAL + 1) |
				   (eight ? s->extra8 : 0);
			continue;
		}
		init_pair((short)(r + 1), eight ? s->fg8 : fit(s->fg, s->fg8, COLORS),
			  eight ? s->bg8 : fit(s->bg, s->bg8, COLORS));
		attrs[r] = s->colour | COLOR_PAIR(r + 1) | (eight ? s->extra8 : 0);
		if (eight && r == R_BAR)
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
	/* text.c measures as paint_ascii draws (theme_init told it) */
	return text_width(s, n);
}

/* Each character as ASCII: itself, its stand-in, or '?'; a stand-in
 * that does not fit whole is left out, as a wide character would be. */
static int paint_ascii(WINDOW *w, const char *s, size_t n, int maxw)
{
	int used = 0;

	for (size_t i = 0; i < n;) {
		unsigned uc;
		char one[2] = { '?', '\0' };
		const char *out = one;
		int cw;

		i += text_next_char(s + i, n - i, &uc);
		if (uc >= 0x20 && uc < 0x7f)
			one[0] = (char)uc;
		else if (uc >= 0x80)
			out = text_ascii_stand_in(uc);
		cw = (int)strlen(out);
		if (used + cw > maxw)
			break;
		waddstr(w, out);
		used += cw;
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

void paint_scrollbar(WINDOW *w, int y0, int x, int h, int total, int top)
{
	int len, pos;

	if (total <= h || h < 2)
		return;
	len = h * h / total;
	if (len < 1)
		len = 1;
	pos = (int)((long)(h - len) * top / (total - h));
	for (int y = 0; y < h; y++) {
		wmove(w, y0 + y, x);
		if (y >= pos && y < pos + len)
			paint_str(w, R_BAR, theme_glyphs()->bar, 1);
		else
			paint_str(w, R_SEP, theme_glyphs()->track, 1);
	}
}
