#include <config.h>

#include "hints.h"

#include <string.h>

#define HINTS_MAX 16

static const char *key_of(const struct app *a, enum key_mode km,
			  const struct hint *h, size_t *len)
{
	if (h->key) {
		*len = strlen(h->key);
		return h->key;
	}
	return keys_hint(km, (enum tui_action)h->act, a->utf8, len);
}

static int hint_width(const struct app *a, enum key_mode km,
		      const struct hint *h)
{
	const char *what = ui_msg(a, h->what);
	size_t n;
	const char *k = key_of(a, km, h, &n);

	return paint_width(k, n) + 1 + paint_width(what, strlen(what)) + 2;
}

/* Korean is no choice without UTF-8 */
static int shown(const struct app *a, const struct hint *h)
{
	return a->utf8 || h->act != ACT_LANG;
}

int hints_put(struct app *a, WINDOW *w, enum key_mode km,
	      const struct hint *h, size_t n, int x0, int room)
{
	int keep[HINTS_MAX] = { 0 }, total = 0, first = 1, x = 0;

	if (n > HINTS_MAX)
		n = HINTS_MAX;
	for (int p = 0; p < 16; p++)
		for (size_t i = 0; i < n; i++)
			if (h[i].prio == p && !keep[i] && shown(a, &h[i]) &&
			    total + hint_width(a, km, &h[i]) <= room + 2) {
				keep[i] = 1;
				total += hint_width(a, km, &h[i]);
			}
	if (total == 0)
		return 0;
	wmove(w, 0, x0 + room - (total - 2));
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *k;

		if (!keep[i])
			continue;
		if (!first)
			x += paint_str(w, R_NORMAL, "  ", 2);
		first = 0;
		k = key_of(a, km, &h[i], &len);
		x += paint(w, R_KEY, k, len, room - x);
		x += paint_str(w, R_NORMAL, " ", room - x);
		x += paint_str(w, R_DIM, ui_msg(a, h[i].what), room - x);
	}
	return total - 2;
}

void hints_line(struct app *a, enum key_mode km, const char *left, int r,
		const struct hint *h, size_t n)
{
	WINDOW *w = a->w_status;
	int width, lw, used;

	if (!w)
		return;
	width = getmaxx(w);
	werase(w);
	lw = left[0] ? paint_width(left, strlen(left)) + 2 : 0;
	used = lw < width ? hints_put(a, w, km, h, n, lw, width - lw) : 0;
	if (left[0]) {
		wmove(w, 0, 0);
		paint_clip(w, (enum role)r, left, strlen(left),
			   width - (used ? used + 2 : 0));
	}
	wnoutrefresh(w);
}
