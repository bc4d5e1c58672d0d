#include <config.h>

#include "tree.h"
#include "detail.h"
#include "search_box.h"
#include "model/text.h"

#include <stdio.h>
#include <string.h>

static void draw_class(struct app *a, WINDOW *w, const struct tree_row *r,
		       int width, int sel)
{
	const struct hc_class *k = hc_table_class(a->t, r->digit);
	const struct glyphs *g = theme_glyphs();
	int open = a->tree.open & 1u << r->digit;
	enum role base = sel ? (a->focus == FOCUS_TREE ? R_SEL : R_SEL_OFF)
			     : R_NORMAL;
	char code[8], count[16];
	int x = 0, cw;

	snprintf(code, sizeof code, "%dxx", r->digit);
	snprintf(count, sizeof count, "%d", r->count);
	cw = (int)strlen(count);
	x += paint_str(w, base, open ? g->open : g->closed, width - x);
	x += paint_str(w, base, " ", width - x);
	x += paint_str(w, sel ? base : role_class(r->digit), code, width - x);
	x += paint_str(w, base, " ", width - x);
	if (k && k->name[a->lang])
		x += paint_clip(w, base, k->name[a->lang],
				strlen(k->name[a->lang]), width - x - cw - 2);
	/* the gap and the count in one colour: fewer colour changes */
	paint_fill(w, sel ? base : R_DIM, width - x - cw - 1);
	x = width - cw - 1;
	if (x > 0) {
		wmove(w, getcury(w), x);
		x += paint_str(w, sel ? base : R_DIM, count, cw);
		paint_fill(w, sel ? base : R_DIM, width - x);
	}
}

/* The Korean title shown beside a phrase, as the detail shows it: in
 * Korean, where the screen is wide enough (a narrower tree keeps the
 * room for the phrase and its tag); NULL when there is none to show. */
#define TREE_TITLE_COLS 100
static const char *beside_title(const struct app *a, const struct hc_code *c)
{
	const char *ko = c->title[HC_KO];

	if (a->lang != HC_KO || !a->utf8 || a->lay.cols < TREE_TITLE_COLS ||
	    !ko || !strcmp(ko, c->phrase))
		return NULL;
	return ko;
}

static void draw_code(struct app *a, WINDOW *w, const struct tree_row *r,
		      int width, int sel)
{
	const struct hc_code *c = r->code;
	const char *tag = ui_status_tag(a, c->status);
	enum role base = sel ? (a->focus == FOCUS_TREE ? R_SEL : R_SEL_OFF)
			     : R_NORMAL;
	enum role text = !sel && tag ? R_DIM : base;
	enum role hl = sel ? R_MATCH_SEL : R_MATCH;
	const struct hc_match *m = search_match_for(a, c);
	/* the tag, a space before it and a margin after it */
	int tw = tag ? paint_width(tag, strlen(tag)) + 2 : 0;
	char num[8];
	int x = 0, room;

	snprintf(num, sizeof num, "%03d", c->code);
	x += paint_str(w, base, "  ", width);
	x += paint_str(w, base, num, width - x);
	x += paint_str(w, base, " ", width - x);
	room = width - x - tw;
	if (room < 8) { /* too narrow for the tag: the phrase matters more */
		tw = 0;
		room = width - x;
	}
	if (paint_width(c->phrase, strlen(c->phrase)) > room) {
		size_t len = text_fit(c->phrase, strlen(c->phrase), room - 1, NULL);

		x += paint_spans(w, m, c->phrase, 0, c->phrase, len, room - 1,
				 text, hl);
		x += paint_str(w, text, theme_glyphs()->ellipsis, 1);
	} else {
		const char *ko = beside_title(a, c);
		int used = paint_spans(w, m, c->phrase, 0, c->phrase,
				       strlen(c->phrase), room, text, hl);

		x += used;
		/* a few columns of it at least, or none */
		if (ko && room - used - 2 >= 6) {
			x += paint_str(w, text, "  ", 2);
			x += paint_clip(w, sel ? base : R_DIM, ko, strlen(ko),
					room - used - 2);
		}
	}
	if (tw) {
		/* the gap in the phrase's colour: no colour change to send */
		paint_fill(w, text, width - x - tw + 1);
		x = width - tw + 1;
		wmove(w, getcury(w), x);
		x += paint_str(w, text, tag, tw - 2);
	}
	paint_fill(w, base, width - x);
}

void tree_draw(struct app *a)
{
	WINDOW *w = a->w_tree;
	struct tree *tr = &a->tree;
	int h, width;

	if (!w)
		return;
	getmaxyx(w, h, width);
	tree_scroll_fit(tr, h);
	werase(w);
	if (tr->n == 0) {
		wmove(w, 0, 1);
		paint_str(w, R_DIM, ui_msg(a, MSG_T_NO_MATCH), width - 2);
	}
	for (int y = 0; y < h && tr->top + y < tr->n; y++) {
		const struct tree_row *r = &tr->rows[tr->top + y];
		int sel = tr->top + y == tr->sel;

		wmove(w, y, 0);
		if (r->kind == ROW_CLASS)
			draw_class(a, w, r, width, sel);
		else
			draw_code(a, w, r, width, sel);
	}
	wnoutrefresh(w);
}

static int tree_height(const struct app *a)
{
	return a->lay.tree.h > 0 ? a->lay.tree.h : a->lay.detail.h;
}

static int open_selected(struct app *a)
{
	if (tree_toggle(&a->tree))
		return CH_TREE | CH_STATUS;
	if (!tree_sel_code(&a->tree))
		return 0;
	/* a code: go read it */
	return detail_enter(a);
}

int tree_key(struct app *a, enum tui_action act)
{
	struct tree *tr = &a->tree;
	int h = tree_height(a), moved = 0;

	switch (act) {
	case ACT_UP:
		moved = tree_move(tr, -1);
		break;
	case ACT_DOWN:
		moved = tree_move(tr, 1);
		break;
	case ACT_PGUP:
		moved = tree_move(tr, -(h > 2 ? h - 1 : 1));
		break;
	case ACT_PGDN:
		moved = tree_move(tr, h > 2 ? h - 1 : 1);
		break;
	case ACT_HOME:
		moved = tree_set_sel(tr, 0);
		break;
	case ACT_END:
		moved = tree_set_sel(tr, tr->n - 1);
		break;
	case ACT_LEFT:
		moved = tree_left(tr);
		break;
	case ACT_RIGHT:
		moved = tree_right(tr);
		break;
	case ACT_OPEN:
		return open_selected(a);
	default:
		return CH_IGNORED;
	}
	return moved ? CH_TREE | CH_DETAIL | CH_HEAD : 0;
}

void tree_click(struct app *a, int row, int col, int wheel)
{
	struct tree *tr = &a->tree;
	int i = tr->top + row;

	(void)col;
	if (wheel) {
		tree_scroll(tr, wheel * 3, tree_height(a));
		return;
	}
	ui_focus(a, FOCUS_TREE);
	if (i < 0 || i >= tr->n)
		return;
	/* a second click on a class opens or closes it, as Enter does */
	if (i == tr->sel && tr->rows[i].kind == ROW_CLASS) {
		tree_key(a, ACT_OPEN);
		return;
	}
	tree_set_sel(tr, i);
}
