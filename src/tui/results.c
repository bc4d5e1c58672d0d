/* The ranked list: while a search is shown, the left pane lists its
 * results best first, one row each (code, phrase, and what matched), like
 * fzf; the detail pane follows the selected row. */
#include <config.h>

#include "results.h"
#include "detail.h"
#include "header_view.h"
#include "search_box.h"
#include "model/text.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

int results_shown(const struct app *a)
{
	return (a->mode == MODE_SEARCH || a->sr->kept) && search_has_query(a);
}

/* ---- drawing ----------------------------------------------------------- */

/* Wrap text from row y on, one column in; returns the next row.  Without
 * a window only counts. */
static int put_wrapped(WINDOW *w, int y, enum role r, const char *text,
		       int width, int h)
{
	size_t n = strlen(text), i = 0;
	int cols = width > 3 ? width - 2 : 1;

	while (i < n && y < h) {
		size_t next, len = text_wrap(text + i, n - i, cols, &next);

		if (w) {
			wmove(w, y, 1);
			paint(w, r, text + i, len, cols);
		}
		y++;
		if (next == 0)
			break;
		i += next;
	}
	return y;
}

/* Rows above the list: the header the query names, and the note that
 * the results are only the closest. */
static int head_rows(const struct app *a, int width, int h)
{
	int y = header_view_named(a);

	if (!a->sr->partial || a->sr->rs.n == 0)
		return y;
	return put_wrapped(NULL, y, R_WARN, ui_msg(a, MSG_T_PARTIAL), width,
			   h);
}

static int pane_height(const struct app *a)
{
	return a->lay.tree.h > 0 ? a->lay.tree.h : a->lay.detail.h;
}

static int pane_width(const struct app *a)
{
	return a->lay.tree.w > 0 ? a->lay.tree.w : a->lay.detail.w;
}

static int list_height(const struct app *a)
{
	int h = pane_height(a);

	return h - head_rows(a, pane_width(a), h);
}

/* The span that says best why the code matched: the one in the most
 * telling field (enum hc_field goes from the code to the spec). */
static const struct hc_span *best_span(const struct hc_match *m)
{
	const struct hc_span *best = NULL;

	for (int i = 0; i < m->n_spans; i++)
		if (!best || m->spans[i].field < best->field)
			best = &m->spans[i];
	return best;
}

/* The label before an excerpt; none for the title and for prose. */
static const char *field_label(const struct app *a, enum hc_field f)
{
	switch (f) {
	case HC_FIELD_ALIAS:
		return ui_msg(a, MSG_F_ALIAS);
	case HC_FIELD_KEYWORDS:
		return ui_msg(a, MSG_F_KEYWORD);
	case HC_FIELD_HEADERS:
		return ui_msg(a, MSG_F_HEADER);
	case HC_FIELD_VENDOR:
		return ui_msg(a, MSG_F_VENDOR);
	case HC_FIELD_SPEC:
		return ui_msg(a, MSG_F_SPEC);
	default:
		return NULL;
	}
}

/* The phrase in at most room columns, an ellipsis when cut. */
static int put_phrase(WINDOW *w, const struct hc_match *m, int room,
		      enum role r, enum role hl)
{
	const char *p = m->code->phrase;
	size_t n = strlen(p);

	if (room <= 0)
		return 0;
	if (paint_width(p, n) <= room)
		return paint_spans(w, m, p, 0, p, n, room, r, hl);
	n = text_fit(p, n, room - 1, NULL);
	return paint_spans(w, m, p, 0, p, n, room - 1, r, hl) +
	       paint_str(w, r, theme_glyphs()->ellipsis, 1);
}

/* What matched, when it is not in the phrase: "keyword: 토큰 만료", or
 * the summary around the match.  Returns the columns used. */
static int put_excerpt(WINDOW *w, const struct hc_match *m,
		       const struct hc_span *sp, const char *label, int room,
		       enum role r, enum role hl)
{
	int items = sp->field == HC_FIELD_KEYWORDS ||
		    sp->field == HC_FIELD_HEADERS;
	const char *ell = theme_glyphs()->ellipsis;
	struct excerpt ex;
	int x = 0;

	if (label) {
		x += paint_str(w, r, label, room);
		x += paint_str(w, r, ": ", room - x);
	}
	excerpt_find(sp->base, sp->start, sp->len, room - x, items, &ex);
	if (ex.lead)
		x += paint_str(w, r, ell, 1);
	x += paint_spans(w, m, sp->base, (unsigned)ex.off, sp->base + ex.off,
			 ex.n, room - x - ex.tail, r, hl);
	if (ex.tail)
		x += paint_str(w, r, ell, 1);
	return x;
}

/* Columns of the excerpt's whole paragraph or item, label aside. */
static int excerpt_width(const struct hc_span *sp)
{
	struct excerpt ex;

	excerpt_find(sp->base, sp->start, sp->len, INT_MAX / 2,
		     sp->field == HC_FIELD_KEYWORDS ||
		     sp->field == HC_FIELD_HEADERS, &ex);
	return paint_width(sp->base + ex.off, ex.n);
}

static void draw_row(struct app *a, WINDOW *w, const struct hc_match *m,
		     int width, int sel)
{
	const struct hc_code *c = m->code;
	const char *tag = ui_status_tag(a, c->status);
	enum role base = sel ? (a->focus == FOCUS_TREE ? R_SEL : R_SEL_OFF)
			     : R_NORMAL;
	enum role text = !sel && tag ? R_DIM : base;
	enum role dim = sel ? base : R_DIM;
	enum role hl = sel ? R_MATCH_SEL : R_MATCH;
	const struct hc_span *sp = best_span(m);
	const char *label = NULL;
	int pw = paint_width(c->phrase, strlen(c->phrase));
	int x = 0, room, ex_room = 0, lw = 0, tw;
	char num[8];

	snprintf(num, sizeof num, "%03d", c->code);
	x += paint_str(w, base, " ", width);
	/* the class by its colour */
	x += paint_str(w, sel ? base : role_class(c->code / 100), num, width - x);
	x += paint_str(w, base, " ", width - x);
	room = width - x - 1; /* and a margin */
	if (sp && sp->base && sp->field > HC_FIELD_PHRASE) {
		int want, p_room;

		label = field_label(a, sp->field);
		lw = label ? paint_width(label, strlen(label)) + 2 : 0;
		want = excerpt_width(sp);
		/* the phrase gives way to the excerpt, down to half the row */
		p_room = room - 2 - lw - want;
		if (p_room < room / 2)
			p_room = room / 2;
		if (p_room > pw)
			p_room = pw;
		ex_room = room - p_room - 2;
		/* the label only when it leaves room for what matched */
		if (ex_room - lw < (want < 12 ? want : 12)) {
			label = NULL;
			lw = 0;
		}
		if (ex_room < 6)
			ex_room = 0;
		x += put_phrase(w, m, ex_room ? p_room : room, text, hl);
	}
	if (ex_room) {
		paint_fill(w, text, 2);
		x += 2;
		x += put_excerpt(w, m, sp, label, ex_room, dim, hl);
		paint_fill(w, base, width - x);
		return;
	}
	if (!sp || !sp->base || sp->field <= HC_FIELD_PHRASE) {
		/* the tag, a space before it and the margin after it */
		tw = tag ? paint_width(tag, strlen(tag)) + 1 : 0;
		if (room - tw < 8)
			tw = 0;
		x += put_phrase(w, m, room - tw, text, hl);
		if (tw) {
			paint_fill(w, text, width - x - tw);
			x = width - tw;
			wmove(w, getcury(w), x);
			x += paint_str(w, text, tag, tw - 1);
		}
	}
	paint_fill(w, base, width - x);
}

void results_draw(struct app *a)
{
	WINDOW *w = a->w_tree;
	struct listsel *l = &a->sr->rs;
	int h, width, top;

	if (!w)
		return;
	getmaxyx(w, h, width);
	werase(w);
	header_view_draw_row(a, w, width);
	if (l->n == 0) {
		int y = put_wrapped(w, header_view_named(a), R_WARN,
				    ui_msg(a, MSG_T_NO_MATCH), width, h);

		put_wrapped(w, y, R_DIM, ui_msg(a, MSG_T_TRY), width, h);
		wnoutrefresh(w);
		return;
	}
	top = head_rows(a, width, h);
	put_wrapped(w, header_view_named(a), R_WARN, ui_msg(a, MSG_T_PARTIAL),
		    width, top);
	list_fit(l, h - top);
	for (int y = 0; y + top < h && l->top + y < l->n; y++) {
		wmove(w, y + top, 0);
		draw_row(a, w, a->sr->rank[l->top + y], width,
			 l->top + y == l->sel);
	}
	wnoutrefresh(w);
}

/* ---- keys and mouse ---------------------------------------------------- */

int results_select(struct app *a, int row)
{
	if (a->sr->rs.n == 0)
		return 0;
	if (!list_set(&a->sr->rs, row) &&
	    a->tree.key == a->sr->rank[a->sr->rs.sel]->code->code)
		return 0;
	tree_select_code(&a->tree, a->sr->rank[a->sr->rs.sel]->code->code);
	return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
}

static int open_selected(struct app *a)
{
	if (a->sr->rs.n == 0)
		return 0;
	/* the first link, or the header the query names */
	return detail_enter(a);
}

int results_key(struct app *a, enum tui_action act)
{
	const struct listsel *l = &a->sr->rs;
	int h = list_height(a), page = h > 2 ? h - 1 : 1;

	if (l->n == 0)
		return 0;
	switch (act) {
	case ACT_UP:
		return results_select(a, l->sel - 1);
	case ACT_DOWN:
		return results_select(a, l->sel + 1);
	case ACT_PGUP:
		return results_select(a, l->sel - page);
	case ACT_PGDN:
		return results_select(a, l->sel + page);
	case ACT_HOME:
		return results_select(a, 0);
	case ACT_END:
		return results_select(a, l->n - 1);
	case ACT_OPEN:
	case ACT_RIGHT:
		return open_selected(a);
	default:
		return CH_IGNORED;
	}
}

void results_click(struct app *a, int row, int col, int wheel)
{
	int h = pane_height(a), i;

	(void)col;
	if (a->sr->rs.n == 0)
		return;
	if (wheel) {
		if (list_scroll(&a->sr->rs, wheel * 3, list_height(a)))
			results_select(a, a->sr->rs.sel);
		return;
	}
	ui_focus(a, FOCUS_TREE);
	i = a->sr->rs.top + row - head_rows(a, pane_width(a), h);
	if (i >= a->sr->rs.top && i < a->sr->rs.n)
		results_select(a, i);
}
/* A code that u hides, shown because it was asked for (a jump, a link,
 * Back): say so, the setting as it was. */
static void note_revealed(struct app *a)
{
	char msg[sizeof a->msg];

	if (!tree_revealed(&a->tree))
		return;
	snprintf(msg, sizeof msg, "%03d: %s", a->tree.key,
		 ui_msg(a, MSG_T_HIDDEN_CODE));
	ui_set_msg(a, R_DIM, msg);
}

int results_goto(struct app *a, int key)
{
	if (results_shown(a)) {
		int row = search_row_of(a, key);

		if (row >= 0)
			return results_select(a, row) | CH_TREE | CH_DETAIL |
			       CH_HEAD | CH_STATUS;
		/* not among the results: back to the tree for it */
		search_clear(a);
	}
	if (key >= 100) {
		tree_select_code(&a->tree, key);
		note_revealed(a);
	} else
		tree_select_class(&a->tree, key);
	return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
}

