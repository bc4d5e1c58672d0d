#include <config.h>

#include "help.h"

#include <string.h>

#define KEY_COLS 16

/* Lines of the help screen: a title, then each group and its keys. */
static int help_lines(struct app *a, WINDOW *w, int top, int h, int width)
{
	int line = 0, last = -1;
	size_t n = keys_count();

	for (int g = 0; g <= MSG_G_LAST - MSG_G_MOVE; g++) {
		for (size_t i = 0; i < n; i++) {
			const struct key_binding *b = keys_get(i);
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
						  app_msg(a, MSG_G_MOVE + g),
						  width - 4);
				}
				last = g;
			}
			y = line++ - top;
			if (!w || y < 0 || y >= h)
				continue;
			wmove(w, y, 4);
			paint_str(w, R_KEY, a->utf8 ? b->label : b->ascii,
				  KEY_COLS);
			wmove(w, y, 4 + KEY_COLS);
			paint_clip(w, R_NORMAL, app_msg(a, b->help),
				   strlen(app_msg(a, b->help)),
				   width - 5 - KEY_COLS);
		}
	}
	return line;
}

void help_draw(struct app *a, WINDOW *w)
{
	int h, width, total;

	getmaxyx(w, h, width);
	total = help_lines(a, NULL, 0, 0, 0);
	if (a->help_top > total - h)
		a->help_top = total - h;
	if (a->help_top < 0)
		a->help_top = 0;
	werase(w);
	help_lines(a, w, a->help_top, h, width);
	wnoutrefresh(w);
}

int help_key(struct app *a, enum tui_action act)
{
	switch (act) {
	case ACT_UP:
		a->help_top--;
		return CH_DETAIL;
	case ACT_DOWN:
		a->help_top++;
		return CH_DETAIL;
	case ACT_PGUP:
		a->help_top -= 10;
		return CH_DETAIL;
	case ACT_PGDN:
		a->help_top += 10;
		return CH_DETAIL;
	case ACT_HOME:
		a->help_top = 0;
		return CH_DETAIL;
	case ACT_END:
		a->help_top = 1000;
		return CH_DETAIL;
	case ACT_REDRAW:
		return CH_ALL;
	default:
		/* any other key closes it */
		a->mode = MODE_NORMAL;
		return CH_ALL;
	}
}
