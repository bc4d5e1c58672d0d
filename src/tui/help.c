#include <config.h>

#include "help.h"
#include "hints.h"
#include "model/text.h"

#include <string.h>

#define KEY_COLS 16

/* Lines of the help screen: a title, then each group and its keys, each
 * description wrapped beside its key (never cut).  Draws the lines
 * [top, top + h) into w when w is set; returns how many there are. */
static int help_lines(struct app *a, WINDOW *w, int top, int h, int width)
{
	int line = 0, last = -1, dw = width - 5 - KEY_COLS;
	size_t n = keys_count();

	if (dw < 8)
		dw = 8;
	for (int g = 0; g <= MSG_G_LAST - MSG_G_MOVE; g++) {
		for (size_t i = 0; i < n; i++) {
			const struct key_binding *b = keys_get(i);
			const char *desc = ui_msg(a, b->help);
			size_t len = strlen(desc), at = 0;
			int y;

			if (b->group != g || b->hidden)
				continue;
			if (last != g) {
				if (last >= 0)
					line++;
				y = line++ - top;
				if (w && y >= 0 && y < h) {
					wmove(w, y, 2);
					paint_str(w, R_HEADING,
						  ui_msg(a, MSG_G_MOVE + g),
						  width - 4);
				}
				last = g;
			}
			y = line - top;
			if (w && y >= 0 && y < h) {
				wmove(w, y, 4);
				paint_str(w, R_KEY,
					  a->utf8 ? b->label : b->ascii,
					  KEY_COLS);
			}
			do {
				size_t next, cut = text_wrap(desc + at,
							     len - at, dw,
							     &next);

				y = line++ - top;
				if (w && y >= 0 && y < h) {
					wmove(w, y, 4 + KEY_COLS);
					paint(w, R_NORMAL, desc + at, cut, dw);
				}
				at += next ? next : len - at;
			} while (at < len);
		}
	}
	return line;
}

/* The last row says that there is more, below or above, when the keys
 * do not fit. */
static void help_more(struct app *a, WINDOW *w, int y, int below)
{
	const char *arrow = a->utf8 ? (below ? "\xe2\x86\x93" : "\xe2\x86\x91")
				    : (below ? "v" : "^");
	int width = getmaxx(w), x = 2;

	wmove(w, y, x);
	x += paint_str(w, R_DIM, arrow, width - x);
	x += paint_str(w, R_DIM, " ", width - x);
	x += paint_str(w, R_DIM, ui_msg(a, MSG_T_HELP_MORE), width - x);
	if (below)
		paint_str(w, R_DIM, " (PgDn)", width - x);
}

void help_draw(struct app *a, WINDOW *w, int ch)
{
	struct scroll *s = &a->help;
	int h, width;

	(void)ch;
	getmaxyx(w, h, width);
	s->total = help_lines(a, NULL, 0, 0, width - 1);
	/* a row for the marker when it does not all fit */
	s->height = s->total > h && h > 1 ? h - 1 : h;
	scroll_clamp(s);
	werase(w);
	help_lines(a, w, s->top, s->height, width - 1);
	if (s->height < h)
		help_more(a, w, h - 1, s->top + s->height < s->total);
	paint_scrollbar(w, 0, width - 1, s->height, s->total, s->top);
	wnoutrefresh(w);
}

int help_open(struct app *a)
{
	a->help.top = 0;
	return ui_enter(a, MODE_HELP);
}

int help_key(struct app *a, enum tui_action act, struct ui_key k)
{
	int r = ui_scroll(&a->help, act);

	(void)k;
	if (r != CH_IGNORED)
		return r;
	if (act == ACT_REDRAW)
		return CH_IGNORED;
	/* any other key closes it, back to the screen it came from */
	return ui_leave(a);
}

void help_status(struct app *a)
{
	static const struct hint h[] = {
		{ ACT_DOWN, 1, MSG_H_SCROLL, NULL },
		{ ACT_ESC, 0, MSG_H_CLOSE, NULL },
	};

	hints_line(a, KM_HELP, "", 0, h, sizeof h / sizeof *h);
}
