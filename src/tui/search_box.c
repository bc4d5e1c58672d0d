#include <config.h>

#include "search_box.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

/* Apply the query: filter the tree to the matches and select the best. */
void search_rerun(struct app *a)
{
	const struct hc_table *t = a->t;

	a->hit = 0;
	if (a->qlen == 0) {
		a->n_hits = 0;
		tree_filter(&a->tree, NULL);
		return;
	}
	a->n_hits = a->search ? hc_search_run(a->search, a->query, a->qlen,
					      &a->hits) : 0;
	memset(a->want, 0, t->n ? t->n : 1);
	for (size_t i = 0; i < a->n_hits; i++)
		a->want[a->hits[i].code - t->codes] = 1;
	tree_filter(&a->tree, a->want);
	if (a->n_hits)
		tree_select_code(&a->tree, a->hits[0].code->code);
	a->tree.top = 0;
	a->ds.top = 0;
}

int search_open(struct app *a)
{
	/* built on first use: start-up stays as quick as a bare ncurses
	 * program */
	if (!a->search)
		a->search = hc_search_new(a->t);
	if (!a->kept)
		a->pre_key = a->tree.key;
	a->mode = MODE_SEARCH;
	a->kept = 0;
	a->qlen = 0;
	a->query[0] = '\0';
	search_rerun(a);
	a->focus = FOCUS_TREE;
	if (a->lay.stacked && a->show_detail) {
		a->show_detail = 0;
		return CH_ALL;
	}
	return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
}

/* Esc in the box, or Enter with nothing found: back where it started. */
static int search_cancel(struct app *a)
{
	int bits;

	a->tree.key = a->pre_key; /* so the classes open before come back */
	bits = search_clear(a);
	a->ds.top = 0;
	return bits | app_goto(a, a->pre_key);
}

int search_clear(struct app *a)
{
	a->mode = MODE_NORMAL;
	a->kept = 0;
	a->qlen = 0;
	a->query[0] = '\0';
	search_rerun(a);
	return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
}

static int type_char(struct app *a, wint_t ch)
{
	uint8_t buf[6];
	char safe[3 * sizeof buf + 1];
	int n;

	/* controls never reach the query; invalid code points neither */
	if (ch < 0x20 || (ch >= 0x7f && ch < 0xa0) || ch > 0x10ffff ||
	    (ch >= 0xd800 && ch <= 0xdfff))
		return 0;
	if (!a->utf8 && ch >= 0x80)
		return 0;
	n = u8_uctomb(buf, (ucs4_t)ch, (int)sizeof buf);
	if (n <= 0 || a->qlen + (size_t)n >= sizeof a->query)
		return 0;
	/* nor what the sanitiser drops (bidi controls): the query is shown */
	if (text_sanitize(safe, (const char *)buf, (size_t)n, 0) != (size_t)n)
		return 0;
	memcpy(a->query + a->qlen, buf, (size_t)n);
	a->qlen += (size_t)n;
	a->query[a->qlen] = '\0';
	search_rerun(a);
	return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
}

int search_key(struct app *a, enum tui_action act, int is_fn, wint_t ch)
{
	switch (act) {
	case ACT_ESC:
		return search_cancel(a);
	case ACT_KEEP:
		a->mode = MODE_NORMAL;
		a->kept = a->qlen > 0 && a->n_hits > 0;
		if (!a->kept)
			return search_cancel(a);
		return CH_TREE | CH_STATUS | CH_HEAD;
	case ACT_ERASE:
		if (!text_backspace(a->query, &a->qlen))
			return 0;
		search_rerun(a);
		return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
	case ACT_KILL:
		a->qlen = 0;
		a->query[0] = '\0';
		search_rerun(a);
		return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
	case ACT_UP:
	case ACT_DOWN:
		return tree_key(a, act);
	default:
		break;
	}
	if (is_fn)
		return 0;
	return type_char(a, ch);
}

int search_step(struct app *a, int dir)
{
	if (!a->kept || a->n_hits == 0) {
		app_set_msg(a, R_DIM, app_msg(a, MSG_T_NO_SEARCH));
		return CH_STATUS;
	}
	a->hit = (int)((a->hit + dir + (int)a->n_hits) % (int)a->n_hits);
	a->ds.top = 0;
	return app_goto(a, a->hits[a->hit].code->code);
}

/* ---- the status line --------------------------------------------------- */

struct hint {
	const char *key;
	enum hc_msg what;
	int prio; /* lower survives longer on narrow screens */
};

static int put_hint(struct app *a, WINDOW *w, const struct hint *h, int room)
{
	const char *what = app_msg(a, h->what);
	int x = 0;

	x += paint_str(w, R_KEY, h->key, room - x);
	x += paint_str(w, R_NORMAL, " ", room - x);
	x += paint_str(w, R_DIM, what, room - x);
	return x;
}

static int hint_width(struct app *a, const struct hint *h)
{
	const char *what = app_msg(a, h->what);

	return paint_width(h->key, strlen(h->key)) + 1 +
	       paint_width(what, strlen(what)) + 2;
}

/* Draw the hints that fit in room columns, right-aligned. */
static void put_hints(struct app *a, WINDOW *w, const struct hint *hs,
		      size_t n, int x0, int room)
{
	int keep[16] = { 0 }, total = 0, first = 1;

	for (int p = 0; p < 10; p++)
		for (size_t i = 0; i < n && i < 16; i++)
			if (hs[i].prio == p && !keep[i] &&
			    total + hint_width(a, &hs[i]) <= room + 2) {
				keep[i] = 1;
				total += hint_width(a, &hs[i]);
			}
	if (total == 0)
		return;
	wmove(w, 0, x0 + room - (total - 2));
	for (size_t i = 0; i < n && i < 16; i++) {
		if (!keep[i])
			continue;
		if (!first)
			paint_str(w, R_NORMAL, "  ", 2);
		put_hint(a, w, &hs[i], room);
		first = 0;
	}
}

static void hints_for(struct app *a, const struct hint **hs, size_t *n)
{
	const int utf8 = a->utf8;
	static struct hint tree[8], detail[8], box[3], kept[4], help[2];
	static int ready = -1;

	if (ready != utf8) {
		const char *ud = utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "j/k";
		const char *lr = utf8 ? "\xe2\x86\x90\xe2\x86\x92" : "h/l";
		struct hint t[8] = {
			{ ud, MSG_H_MOVE, 3 }, { "Enter", MSG_H_OPEN, 2 },
			{ "/", MSG_H_SEARCH, 1 }, { "Tab", MSG_H_PANE, 6 },
			{ "L", MSG_T_OTHER_LANG, 4 }, { "y", MSG_H_COPY, 7 },
			{ "?", MSG_H_HELP, 0 }, { "q", MSG_H_QUIT, 0 },
		};
		struct hint d[8] = {
			{ ud, MSG_H_SCROLL, 3 }, { lr, MSG_H_LINK, 2 },
			{ "Enter", MSG_H_FOLLOW, 2 }, { "b", MSG_H_BACK, 4 },
			{ "Esc", MSG_H_TREE, 1 }, { "L", MSG_T_OTHER_LANG, 5 },
			{ "?", MSG_H_HELP, 0 }, { "q", MSG_H_QUIT, 0 },
		};
		struct hint b[3] = {
			{ ud, MSG_H_MOVE, 2 }, { "Enter", MSG_H_KEEP, 0 },
			{ "Esc", MSG_H_CLEAR, 0 },
		};
		struct hint k[4] = {
			{ "n/N", MSG_H_NEXT, 0 }, { "Esc", MSG_H_CLEAR, 0 },
			{ "?", MSG_H_HELP, 1 }, { "q", MSG_H_QUIT, 1 },
		};
		struct hint h[2] = {
			{ ud, MSG_H_SCROLL, 1 }, { "Esc", MSG_H_CLOSE, 0 },
		};

		memcpy(tree, t, sizeof t);
		memcpy(detail, d, sizeof d);
		memcpy(box, b, sizeof b);
		memcpy(kept, k, sizeof k);
		memcpy(help, h, sizeof h);
		ready = utf8;
	}
	if (a->mode == MODE_HELP) {
		*hs = help;
		*n = 2;
	} else if (a->mode == MODE_SEARCH) {
		*hs = box;
		*n = 3;
	} else if (a->kept) {
		*hs = kept;
		*n = 4;
	} else if (a->focus == FOCUS_DETAIL) {
		*hs = detail;
		*n = 8;
	} else {
		const struct tree *tr = &a->tree;

		/* Enter on a class opens or closes it; say which */
		tree[1].what = MSG_H_OPEN;
		if (tr->n && tr->rows[tr->sel].kind == ROW_CLASS)
			tree[1].what = tr->open & 1u << tr->rows[tr->sel].digit
					       ? MSG_H_COLLAPSE : MSG_H_EXPAND;
		*hs = tree;
		*n = 8;
	}
}

static int put_count(struct app *a, WINDOW *w, int room)
{
	char buf[64];

	if (a->n_hits == 0)
		return paint_str(w, R_WARN, app_msg(a, MSG_T_NO_MATCH), room);
	if (a->kept)
		snprintf(buf, sizeof buf, "%d/%zu", a->hit + 1, a->n_hits);
	else if (a->lang == HC_EN && a->n_hits == 1)
		snprintf(buf, sizeof buf, "1 match");
	else
		snprintf(buf, sizeof buf, "%zu%s", a->n_hits,
			 app_msg(a, MSG_T_MATCHES));
	return paint_str(w, R_DIM, buf, room);
}

void search_draw_status(struct app *a)
{
	WINDOW *w = a->w_status;
	const struct hint *hs;
	size_t n;
	int width, x = 0;

	if (!w)
		return;
	width = getmaxx(w);
	werase(w);
	wmove(w, 0, 0);
	hints_for(a, &hs, &n);
	if (a->mode == MODE_SEARCH || a->kept) {
		const char *q = a->query;
		int qw = paint_width(q, a->qlen);
		int room = width - 2 - 16;

		x += paint_str(w, R_KEY, "/", width);
		/* a long query shows its end, where the typing is */
		while (qw > room && *q) {
			unsigned uc;
			size_t k = text_next_char(q, strlen(q), &uc);

			qw -= paint_width(q, k);
			q += k;
		}
		x += paint(w, R_INPUT, q, strlen(q), width - x);
		getyx(w, a->cursor_y, a->cursor_x);
		x += paint_str(w, R_NORMAL, "  ", width - x);
		x += put_count(a, w, width - x);
	} else if (a->msg[0]) {
		x += paint_str(w, (enum role)a->msg_role, a->msg, width);
	} else if (a->n_digits) {
		x += paint_str(w, R_DIM, app_msg(a, MSG_T_GOTO), width);
		x += paint_str(w, R_DIM, ": ", width - x);
		x += paint(w, R_INPUT, a->digits, a->n_digits, width - x);
	}
	put_hints(a, w, hs, n, x + 2, width - x - 2);
	wnoutrefresh(w);
}
