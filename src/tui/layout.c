#include <config.h>

#include "layout.h"

#include <string.h>

static struct rect rect(int y, int x, int h, int w)
{
	return (struct rect){ y, x, h > 0 ? h : 0, w > 0 ? w : 0 };
}

void layout_compute(struct layout *l, int lines, int cols, int show_detail)
{
	int body = lines - 2, tw;

	memset(l, 0, sizeof *l);
	l->lines = lines;
	l->cols = cols;
	if (lines < LAYOUT_MIN_LINES || cols < LAYOUT_MIN_COLS) {
		l->too_small = 1;
		return;
	}
	l->head = rect(0, 0, 1, cols);
	l->status = rect(lines - 1, 0, 1, cols);
	if (cols < LAYOUT_WIDE_COLS) {
		l->stacked = 1;
		if (show_detail)
			l->detail = rect(1, 0, body, cols);
		else
			l->tree = rect(1, 0, body, cols);
		return;
	}
	/* wide enough for "  404 Not Found" and most phrases, no wider */
	tw = cols * 2 / 5;
	if (tw < 32)
		tw = 32;
	if (tw > 44)
		tw = 44;
	l->tree = rect(1, 0, body, tw);
	l->sep = rect(1, tw, body, 1);
	l->detail = rect(1, tw + 1, body, cols - tw - 1);
}

int rect_has(const struct rect *r, int y, int x)
{
	return r->h > 0 && y >= r->y && y < r->y + r->h && x >= r->x &&
	       x < r->x + r->w;
}
