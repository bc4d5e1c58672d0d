#include <config.h>

#include "help.h"
#include "hints.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

#define KEY_COLS 16

struct help {
	struct doc doc; /* built for a width and a language */
	struct scroll sc;
};

/* The help screen's lines: a title, then each group and its keys, each
 * description wrapped beside its key (never cut). */
static void build(struct help *hp, struct app *a, int width)
{
	struct doc *d = &hp->doc;
	int last = -1, dw = width - 5 - KEY_COLS;
	size_t n = keys_count();

	if (dw < 8)
		dw = 8;
	doc_reset(d);
	d->width = width;
	d->lang = (int)a->lang;
	d->valid = 1;
	for (int g = 0; g <= MSG_G_LAST - MSG_G_MOVE; g++) {
		for (size_t i = 0; i < n; i++) {
			const struct key_binding *b = keys_get(i);
			const char *desc = ui_msg(a, b->help);
			const char *label = a->utf8 ? b->label : b->ascii;
			size_t len = strlen(desc), at = 0;

			if (b->group != g || b->hidden)
				continue;
			if (last != g) {
				const char *head = ui_msg(a, MSG_G_MOVE + g);

				if (last >= 0)
					doc_line(d, 0);
				doc_line(d, 2);
				doc_seg(d, R_HEADING, head, strlen(head), NULL,
					-1);
				last = g;
			}
			doc_line(d, 4);
			doc_seg(d, R_KEY, label, strlen(label), NULL, -1);
			doc_pad(d, KEY_COLS - paint_width(label, strlen(label)));
			do {
				size_t next, cut = text_wrap(desc + at,
							     len - at, dw,
							     &next);

				if (at)
					doc_line(d, 4 + KEY_COLS);
				doc_seg(d, R_NORMAL, desc + at, cut, NULL, -1);
				at += next ? next : len - at;
			} while (at < len);
		}
	}
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
	struct help *hp = a->help;
	struct scroll *s;
	int h, width;

	(void)ch;
	if (!hp)
		return;
	s = &hp->sc;
	getmaxyx(w, h, width);
	if (!hp->doc.valid || hp->doc.width != width - 1 ||
	    hp->doc.lang != (int)a->lang)
		build(hp, a, width - 1);
	s->total = (int)hp->doc.nline;
	/* a row for the marker when it does not all fit */
	s->height = s->total > h && h > 1 ? h - 1 : h;
	scroll_clamp(s);
	werase(w);
	{
		struct doc_view v = { s->top, 0, width - 1, -1, NULL };

		doc_draw(w, 0, s->height, &hp->doc, &v);
	}
	if (s->height < h)
		help_more(a, w, h - 1, s->top + s->height < s->total);
	paint_scrollbar(w, 0, width - 1, s->height, s->total, s->top);
	wnoutrefresh(w);
}

int help_open(struct app *a)
{
	if (!a->help)
		a->help = calloc(1, sizeof *a->help);
	if (!a->help) {
		ui_set_msg(a, R_WARN, "out of memory");
		return CH_STATUS;
	}
	a->help->sc.top = 0;
	return ui_enter(a, MODE_HELP);
}

void help_free(struct app *a)
{
	if (!a->help)
		return;
	doc_free(&a->help->doc);
	free(a->help);
	a->help = NULL;
}

int help_key(struct app *a, enum tui_action act, struct ui_key k)
{
	int r = ui_scroll(&a->help->sc, act);

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
		{ ACT_UP, 1, MSG_H_SCROLL, NULL },
		{ ACT_ESC, 0, MSG_H_CLOSE, NULL },
	};

	hints_line(a, KM_HELP, "", 0, h, sizeof h / sizeof *h);
}
