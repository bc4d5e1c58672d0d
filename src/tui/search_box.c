/* The search box (a line editor in the status line), the query's
 * results as the rows of the ranked list, and the status line. */
#include <config.h>

#include "search_box.h"
#include "hints.h"
#include "header_view.h"
#include "results.h"
#include "tree.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#define CH_RESULTS (CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD)

/* ---- the results ------------------------------------------------------- */

/* The rows: the hits but the unofficial codes the tree hides; the
 * selection on the code keep when it is still there, else the first. */
static void rank_rows(struct app *a, int keep)
{
	int n = 0, sel = 0;

	for (size_t i = 0; i < a->sr->n_hits; i++) {
		const struct hc_match *m = &a->sr->hits[i];

		if (a->tree.hide_unofficial && m->code->status == HC_UNOFFICIAL)
			continue;
		if (m->code->code == keep)
			sel = n;
		a->sr->rank[n++] = m;
	}
	a->sr->rs = (struct listsel){ n, sel, 0 };
}

/* The bytes the search reads, cut at a character. */
static size_t search_len(const struct lineedit *e)
{
	size_t n = e->len;

	if (n > HC_SEARCH_MAX_QUERY) {
		n = HC_SEARCH_MAX_QUERY;
		while (n > 0 && ((unsigned char)e->s[n] & 0xc0) == 0x80)
			n--;
	}
	return n;
}

int search_has_query(const struct app *a)
{
	const char *q = le_text(&a->sr->box);

	/* blanks are no query: nothing to match, nothing to warn about */
	return a->sr->box.len > strspn(q, " \t");
}

/* Run the query: the ranked list, best first and selected; the tree keeps
 * only the matches (and, when the query is emptied, comes back as it was
 * before the search). */
void search_rerun(struct app *a)
{
	const struct hc_table *t = a->t;

	a->sr->partial = 0;
	header_view_query(a, le_text(&a->sr->box), search_len(&a->sr->box));
	if (!search_has_query(a)) {
		a->sr->n_hits = 0;
		a->sr->rs = (struct listsel){ 0, 0, 0 };
		if (a->tree.filtering) {
			a->tree.key = a->sr->pre_key;
			tree_filter(&a->tree, NULL);
		}
		return;
	}
	a->sr->n_hits = a->sr->engine ? hc_search_run(a->sr->engine, le_text(&a->sr->box),
					      search_len(&a->sr->box), &a->sr->hits)
			      : 0;
	a->sr->partial = a->sr->n_hits && hc_search_partial(a->sr->engine);
	memset(a->sr->want, 0, t->n ? t->n : 1);
	for (size_t i = 0; i < a->sr->n_hits; i++)
		a->sr->want[a->sr->hits[i].code - t->codes] = 1;
	tree_filter(&a->tree, a->sr->want);
	rank_rows(a, -1);
	results_select(a, 0);
}

void search_rerank(struct app *a)
{
	if (!results_shown(a))
		return;
	rank_rows(a, a->sr->rs.n ? a->sr->rank[a->sr->rs.sel]->code->code : -1);
	if (a->sr->rs.n)
		results_select(a, a->sr->rs.sel);
	else if (a->sr->kept)
		search_clear(a);
}

int search_row_of(const struct app *a, int code)
{
	for (int i = 0; i < a->sr->rs.n; i++)
		if (a->sr->rank[i]->code->code == code)
			return i;
	return -1;
}

int search_jump_prefix(struct app *a, const char *digits, size_t n)
{
	char buf[8];

	for (int i = 0; i < a->sr->rs.n; i++) {
		snprintf(buf, sizeof buf, "%03d", a->sr->rank[i]->code->code);
		if (n <= 3 && !memcmp(buf, digits, n)) {
			results_select(a, i);
			return 1;
		}
	}
	return 0;
}

/* ---- recalling earlier queries ----------------------------------------- */

static void recall_push(struct app *a)
{
	struct recall *r = &a->sr->recall;
	const char *q = le_text(&a->sr->box);
	char *dup;

	free(r->draft);
	r->draft = NULL;
	r->at = r->n;
	if (!search_has_query(a) || (r->n && !strcmp(r->q[r->n - 1], q)))
		return;
	dup = strdup(q);
	if (!dup)
		return;
	if (r->n == RECALL_MAX) {
		free(r->q[0]);
		memmove(r->q, r->q + 1, (RECALL_MAX - 1) * sizeof *r->q);
		r->n--;
	}
	r->q[r->n++] = dup;
	r->at = r->n;
}

/* ^P (dir -1) and ^N (1): an older or newer query; past the newest, the
 * one that was being typed. */
static int recall_step(struct app *a, int dir)
{
	struct recall *r = &a->sr->recall;
	int at = r->at + dir;
	const char *q;

	if (at < 0 || at > r->n)
		return 0;
	if (r->at == r->n) {
		free(r->draft);
		r->draft = strdup(le_text(&a->sr->box));
	}
	r->at = at;
	q = at < r->n ? r->q[at] : r->draft ? r->draft : "";
	le_set(&a->sr->box, q, strlen(q));
	if (at == r->n) {
		free(r->draft);
		r->draft = NULL;
	}
	search_rerun(a);
	return CH_RESULTS;
}

struct search *search_new(const struct hc_table *t)
{
	struct search *sr = calloc(1, sizeof *sr);

	if (!sr)
		return NULL;
	sr->want = calloc(t->n ? t->n : 1, 1);
	sr->rank = calloc(t->n ? t->n : 1, sizeof *sr->rank);
	if (!sr->want || !sr->rank) {
		free(sr->want);
		free(sr->rank);
		free(sr);
		return NULL;
	}
	return sr;
}

int search_kept(const struct app *a)
{
	return a->sr->kept;
}

void search_free(struct app *a)
{
	struct search *sr = a->sr;

	if (!sr)
		return;
	for (int i = 0; i < sr->recall.n; i++)
		free(sr->recall.q[i]);
	free(sr->recall.draft);
	le_free(&sr->box);
	free(sr->rank);
	free(sr->want);
	hc_search_free(sr->engine);
	free(sr);
	a->sr = NULL;
}

/* ---- opening, keeping, leaving ----------------------------------------- */

int search_open(struct app *a)
{
	/* built on first use: start-up stays as quick as a bare ncurses
	 * program */
	if (!a->sr->engine)
		a->sr->engine = hc_search_new(a->t);
	ui_enter(a, MODE_SEARCH);
	a->sr->kept = 0;
	a->sr->pre_key = a->tree.key;
	le_clear(&a->sr->box);
	search_rerun(a); /* the tree back, if results were kept */
	free(a->sr->recall.draft);
	a->sr->recall.draft = NULL;
	a->sr->recall.at = a->sr->recall.n;
	return ui_focus(a, FOCUS_TREE) | CH_RESULTS;
}

int search_clear(struct app *a)
{
	int key = a->sr->rs.n ? a->sr->rank[a->sr->rs.sel]->code->code
		: search_has_query(a) ? a->sr->pre_key : a->tree.key;

	recall_push(a);
	if (a->mode == MODE_SEARCH)
		ui_leave(a); /* the box closes */
	a->sr->kept = 0;
	le_clear(&a->sr->box);
	a->sr->n_hits = 0;
	a->sr->rs = (struct listsel){ 0, 0, 0 };
	a->sr->partial = 0;
	/* the classes open before the search, and the code's */
	a->tree.key = key;
	tree_filter(&a->tree, NULL);
	return results_goto(a, key) | CH_RESULTS;
}

int search_keep(struct app *a)
{
	if (!search_has_query(a) || a->sr->rs.n == 0)
		return search_clear(a);
	recall_push(a);
	if (a->mode == MODE_SEARCH)
		ui_leave(a); /* the box closes */
	a->sr->kept = 1;
	return CH_RESULTS;
}

/* ---- typing ------------------------------------------------------------ */

static int edited(struct app *a, int changed)
{
	if (!changed)
		return 0;
	search_rerun(a);
	return CH_RESULTS;
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
	if (n <= 0)
		return 0;
	/* nor what the sanitiser drops (bidi controls): the query is shown */
	if (text_sanitize(safe, (const char *)buf, (size_t)n, 0) != (size_t)n)
		return 0;
	return edited(a, le_insert(&a->sr->box, (const char *)buf, (size_t)n) > 0);
}

int search_paste(struct app *a, const char *s, size_t n)
{
	int bits = 0;
	char *clean;
	size_t k;

	if (a->mode == MODE_NORMAL)
		bits = search_open(a);
	else if (a->mode != MODE_SEARCH)
		return 0; /* help and study screens: nothing happens */
	clean = malloc(n + 1);
	if (!clean)
		return bits;
	k = le_clean_paste(clean, s, n, a->utf8);
	bits |= edited(a, le_insert(&a->sr->box, clean, k) > 0);
	free(clean);
	return bits | CH_STATUS;
}

int search_key(struct app *a, enum tui_action act, struct ui_key k)
{
	struct lineedit *e = &a->sr->box;

	switch (act) {
	case ACT_ESC:
		return search_clear(a);
	case ACT_KEEP:
		return search_keep(a);
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PGUP:
	case ACT_PGDN:
		if (results_shown(a))
			return results_key(a, act);
		/* an empty box: the tree, where Esc will leave it */
		{
			int bits = tree_key(a, act);

			a->sr->pre_key = a->tree.key;
			return bits;
		}
	case ACT_LEFT:
		return le_left(e) ? CH_STATUS : 0;
	case ACT_RIGHT:
		return le_right(e) ? CH_STATUS : 0;
	case ACT_HOME:
		return le_home(e) ? CH_STATUS : 0;
	case ACT_END:
		return le_end(e) ? CH_STATUS : 0;
	case ACT_WORD_LEFT:
		return le_word_left(e) ? CH_STATUS : 0;
	case ACT_WORD_RIGHT:
		return le_word_right(e) ? CH_STATUS : 0;
	case ACT_ERASE:
		return edited(a, le_backspace(e));
	case ACT_DELETE:
		return edited(a, le_delete(e));
	case ACT_KILL_WORD:
		return edited(a, le_kill_word(e));
	case ACT_KILL:
		return edited(a, le_kill_start(e));
	case ACT_KILL_END:
		return edited(a, le_kill_end(e));
	case ACT_RECALL_PREV:
		return recall_step(a, -1);
	case ACT_RECALL_NEXT:
		return recall_step(a, 1);
	case ACT_REDRAW:
	case ACT_QUIT:
		return CH_IGNORED;
	default:
		break;
	}
	if (k.is_fn)
		return 0;
	return type_char(a, k.ch);
}

int search_step(struct app *a, int dir)
{
	if (!a->sr->kept || a->sr->rs.n == 0) {
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_NO_SEARCH));
		return CH_STATUS;
	}
	list_step(&a->sr->rs, dir);
	return results_select(a, a->sr->rs.sel) | CH_STATUS;
}

/* ---- the status line --------------------------------------------------- */

/* The hints of the panes and the box, by what has the keys. */
static const struct hint *hints_for(struct app *a, enum key_mode *km,
				    size_t *n)
{
	/* the study keys where there is room, t first */
	static struct hint tree[] = {
		{ ACT_UP, 3, MSG_H_MOVE, NULL }, { ACT_OPEN, 2, MSG_H_OPEN, NULL },
		{ ACT_SEARCH, 1, MSG_H_SEARCH, NULL },
		{ ACT_TAB, 6, MSG_H_PANE, NULL },
		{ ACT_QUIZ, 5, MSG_H_STUDY, NULL },
		{ ACT_COMPARE, 8, MSG_H_COMPARE, NULL },
		{ ACT_STATS, 8, MSG_H_STATS, NULL },
		{ ACT_LANG, 4, MSG_T_OTHER_LANG, NULL },
		{ ACT_COPY, 7, MSG_H_COPY, NULL },
		{ ACT_HELP, 0, MSG_H_HELP, NULL }, { ACT_QUIT, 0, MSG_H_QUIT, NULL },
	};
	static const struct hint detail[] = {
		{ ACT_UP, 3, MSG_H_SCROLL, NULL },
		{ ACT_LINK_PREV, 2, MSG_H_LINK, NULL },
		{ ACT_OPEN, 2, MSG_H_FOLLOW, NULL },
		{ ACT_BACK, 4, MSG_H_BACK, NULL }, { ACT_ESC, 1, MSG_H_TREE, NULL },
		{ ACT_QUIZ, 6, MSG_H_STUDY, NULL },
		{ ACT_COMPARE, 8, MSG_H_COMPARE, NULL },
		{ ACT_STATS, 8, MSG_H_STATS, NULL },
		{ ACT_LANG, 5, MSG_T_OTHER_LANG, NULL },
		{ ACT_HELP, 0, MSG_H_HELP, NULL }, { ACT_QUIT, 0, MSG_H_QUIT, NULL },
	};
	static const struct hint box[] = {
		{ ACT_UP, 2, MSG_H_MOVE, NULL }, { ACT_KEEP, 0, MSG_H_KEEP, NULL },
		{ ACT_ESC, 0, MSG_H_CLEAR, NULL },
	};
	static const struct hint kept[] = {
		{ ACT_NEXT, 0, MSG_H_NEXT, NULL }, { ACT_ESC, 0, MSG_H_CLEAR, NULL },
		{ ACT_HELP, 1, MSG_H_HELP, NULL }, { ACT_QUIT, 1, MSG_H_QUIT, NULL },
	};
	const struct tree *tr = &a->tree;

	if (a->mode == MODE_SEARCH) {
		*km = KM_BOX;
		*n = sizeof box / sizeof *box;
		return box;
	}
	*km = a->focus == FOCUS_DETAIL ? KM_DETAIL : KM_TREE;
	if (a->sr->kept && a->focus == FOCUS_TREE) {
		*n = sizeof kept / sizeof *kept;
		return kept;
	}
	if (a->focus == FOCUS_DETAIL) {
		/* stacked, q leaves the detail for the tree: Esc says so */
		*n = sizeof detail / sizeof *detail - (a->lay.stacked ? 1 : 0);
		return detail;
	}
	/* Enter on a class opens or closes it; say which */
	tree[1].what = MSG_H_OPEN;
	if (tr->n && tr->rows[tr->sel].kind == ROW_CLASS)
		tree[1].what = tr->open & 1u << tr->rows[tr->sel].digit
				       ? MSG_H_COLLAPSE : MSG_H_EXPAND;
	*n = sizeof tree / sizeof *tree;
	return tree;
}

/* "3/10": the selected row of how many, and a note when the query is
 * longer than the search reads; nothing for an empty box.  Without a
 * window, only measures. */
static int put_count(struct app *a, WINDOW *w, int room)
{
	const char *what = a->sr->rs.n ? NULL : ui_msg(a, MSG_T_NO_MATCH);
	const char *note = a->sr->box.len > HC_SEARCH_MAX_QUERY
			   ? ui_msg(a, MSG_T_TOO_LONG) : NULL;
	char buf[64];
	int x;

	if (!search_has_query(a))
		return 0;
	snprintf(buf, sizeof buf, "%d/%d", a->sr->rs.sel + 1, a->sr->rs.n);
	if (!what)
		what = buf;
	if (!w)
		return paint_width(what, strlen(what)) +
		       (note ? 2 + paint_width(note, strlen(note)) : 0);
	x = paint_str(w, a->sr->rs.n ? R_DIM : R_WARN, what, room);
	if (note) {
		x += paint_str(w, R_NORMAL, "  ", room - x);
		x += paint_str(w, R_DIM, note, room - x);
	}
	return x;
}

/* "/query": the part of it around the cursor that fits in room columns,
 * an ellipsis where some is out of sight. */
static int put_query(struct app *a, WINDOW *w, int room)
{
	const char *ell = theme_glyphs()->ellipsis;
	struct le_view v;
	int x;

	le_view(&a->sr->box, room - 1, &v);
	x = paint_str(w, R_KEY, "/", room);
	if (v.more_left)
		x += paint_str(w, R_DIM, ell, 1);
	x += paint(w, R_INPUT, le_text(&a->sr->box) + v.first, v.len, room - x);
	a->cursor_y = 0;
	a->cursor_x = 1 + v.more_left + v.cursor_col;
	if (v.more_right)
		x += paint_str(w, R_DIM, ell, 1);
	return x;
}

void search_draw_status(struct app *a)
{
	WINDOW *w = a->w_status;
	const struct hint *hs;
	enum key_mode km;
	size_t n;
	int width, x = 0;

	if (!w)
		return;
	width = getmaxx(w);
	werase(w);
	wmove(w, 0, 0);
	hs = hints_for(a, &km, &n);
	if (a->mode == MODE_SEARCH || a->sr->kept) {
		/* the query's room; what it leaves goes to the count and the
		 * hints */
		int room = width - 4 - put_count(a, NULL, width);

		if (room > width - 16)
			room = width - 16;
		x += put_query(a, w, room > 10 ? room : 10);
		x += paint_str(w, R_NORMAL, "  ", width - x);
		x += put_count(a, w, width - x);
	} else if (a->msg[0]) {
		x += paint_str(w, (enum role)a->msg_role, a->msg, width);
	} else if (a->n_digits) {
		x += paint_str(w, R_DIM, ui_msg(a, MSG_T_GOTO), width);
		x += paint_str(w, R_DIM, ": ", width - x);
		x += paint(w, R_INPUT, a->digits, a->n_digits, width - x);
	}
	hints_put(a, w, km, hs, n, x + 2, width - x - 2);
	wnoutrefresh(w);
}
const struct hc_match *search_match_for(const struct app *a,
					const struct hc_code *c)
{
	if (!c || !results_shown(a))
		return NULL;
	for (size_t i = 0; i < a->sr->n_hits; i++)
		if (a->sr->hits[i].code == c)
			return &a->sr->hits[i];
	return NULL;
}

