/* The loop: it owns the screen.  Read a key, hand it to the screen
 * shown (through the screen table), redraw what the returned change bits
 * name, one doupdate. */
#include <config.h>

#include "screen.h"
#include "browse.h"
#include "compare_view.h"
#include "detail.h"
#include "help.h"
#include "interview_view.h"
#include "quiz_view.h"
#include "search_box.h"
#include "stats_view.h"
#include "study.h"
#include "term.h"
#include "tree.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- the screens ------------------------------------------------------- */

/* One row per screen: a new screen is a file and a row here. */
static const struct screen rows[] = {
	{ .mode = MODE_NORMAL, .title = MSG_T_TITLE, .keymap = browse_keymap,
	  .draw = browse_draw, .key = browse_key,
	  .status = search_draw_status, .mouse = browse_mouse,
	  .wait = browse_wait, .tick = browse_tick, .free = search_free },
	{ .mode = MODE_SEARCH, .title = MSG_T_TITLE, .keys = KM_BOX,
	  .keep_msg = 1, .takes_text = 1, .opens = ACT_SEARCH,
	  .open = search_open, .draw = browse_draw, .key = search_key,
	  .status = search_draw_status, .mouse = browse_mouse },
	{ .mode = MODE_HELP, .title = MSG_T_HELP_TITLE, .keys = KM_HELP,
	  .full = 1, .keep_msg = 1, .wheel = 1, .opens = ACT_HELP,
	  .open = help_open, .draw = help_draw, .key = help_key,
	  .status = help_status, .free = help_free },
	{ .mode = MODE_QUIZ, .title = MSG_T_STUDY, .keys = KM_QUIZ, .full = 1,
	  .opens = ACT_QUIZ, .open = quiz_view_open, .draw = quiz_view_draw,
	  .key = quiz_view_key, .status = quiz_view_status,
	  .free = study_free },
	{ .mode = MODE_STATS, .title = MSG_T_STATS_TITLE, .keys = KM_VIEW,
	  .full = 1, .wheel = 1, .opens = ACT_STATS, .open = stats_open,
	  .draw = stats_draw, .key = stats_key, .status = stats_status },
	{ .mode = MODE_COMPARE, .title = MSG_T_COMPARE_TITLE, .keys = KM_VIEW,
	  .full = 1, .wheel = 1, .opens = ACT_COMPARE, .open = compare_open,
	  .draw = compare_draw, .key = compare_key, .status = compare_status,
	  .free = compare_free },
	{ .mode = MODE_INTERVIEW, .title = MSG_T_INTERVIEW,
	  .keys = KM_INTERVIEW, .full = 1, .wheel = 1,
	  .opens = ACT_INTERVIEW, .open = interview_view_open_all,
	  .draw = interview_view_draw, .key = interview_view_key,
	  .status = interview_view_status, .free = interview_view_free },
};

static const struct screens screens = { rows, sizeof rows / sizeof *rows };

const struct screens *tui_screens(void)
{
	return &screens;
}

static const struct screen *shown(const struct app *a)
{
	return screen_of(&screens, a->mode);
}

/* ---- drawing ----------------------------------------------------------- */

static void head_draw(struct app *a)
{
	WINDOW *w = a->w_head;
	const char *title = ui_msg(a, shown(a)->title);
	const char *lang = ui_msg(a, MSG_T_LANG_NAME);
	int width = getmaxx(w), x = 0, lw = paint_width(lang, strlen(lang));

	werase(w);
	wmove(w, 0, 0);
	paint_fill(w, R_HEAD, width);
	wmove(w, 0, 1);
	x = 1 + paint_str(w, R_HEAD, "httpcodes", width - 1);
	x += paint_str(w, R_HEAD_DIM, "  ", width - x);
	paint_str(w, R_HEAD_DIM, title, width - x - lw - 3);
	if (width > lw + 20) {
		wmove(w, 0, width - lw - 1);
		paint_str(w, R_HEAD_DIM, lang, lw);
	}
	wnoutrefresh(w);
}

static void drop_windows(struct app *a)
{
	WINDOW **ws[] = { &a->w_head, &a->w_tree, &a->w_sep, &a->w_detail,
			  &a->w_status, &a->w_help };

	for (size_t i = 0; i < sizeof ws / sizeof *ws; i++) {
		if (*ws[i])
			delwin(*ws[i]);
		*ws[i] = NULL;
	}
}

static WINDOW *make(const struct rect *r)
{
	WINDOW *w;

	if (r->h <= 0 || r->w <= 0)
		return NULL;
	w = newwin(r->h, r->w, r->y, r->x);
	if (!w)
		term_die("out of memory");
	leaveok(w, TRUE);
	/* blanks in the same colour pair as text: no attribute change
	 * (and its bytes) between text and the space after it */
	wbkgdset(w, theme_attr(R_NORMAL));
	return w;
}


/* "Please enlarge the terminal (40x10)", shorter where that does not
 * fit: "Too small (40x10)", then the size alone, then as much of it as
 * fits; centred. */
static void enlarge_draw(struct app *a)
{
	const char *forms[] = { ui_msg(a, MSG_T_ENLARGE),
				ui_msg(a, MSG_T_ENLARGE_SHORT), "" };
	char need[32];
	int nw, x;

	snprintf(need, sizeof need, "%dx%d", LAYOUT_MIN_COLS,
		 LAYOUT_MIN_LINES);
	nw = (int)strlen(need);
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		const char *m = forms[i];
		int mw = paint_width(m, strlen(m)), w = *m ? mw + 3 + nw : nw;

		if (w > COLS && i + 1 < sizeof forms / sizeof *forms)
			continue;
		x = COLS > w ? (COLS - w) / 2 : 0;
		wmove(stdscr, LINES / 2, x);
		if (*m) {
			x += paint_str(stdscr, R_WARN, m, COLS - x);
			x += paint_str(stdscr, R_DIM, " (", COLS - x);
			x += paint_str(stdscr, R_DIM, need, COLS - x);
			paint_str(stdscr, R_DIM, ")", COLS - x);
		} else {
			paint_str(stdscr, R_DIM, need, COLS - x);
		}
		break;
	}
	wnoutrefresh(stdscr);
}

static void relayout(struct app *a)
{
	struct rect body;

	drop_windows(a);
	/* stacked, the pane with the focus is the one shown */
	layout_compute(&a->lay, LINES, COLS, a->focus == FOCUS_DETAIL);
	werase(stdscr);
	if (a->lay.too_small) {
		enlarge_draw(a);
		return;
	}
	wnoutrefresh(stdscr);
	a->w_head = make(&a->lay.head);
	a->w_tree = make(&a->lay.tree);
	a->w_sep = make(&a->lay.sep);
	a->w_detail = make(&a->lay.detail);
	a->w_status = make(&a->lay.status);
	body = (struct rect){ 1, 0, LINES - 2, COLS };
	a->w_help = make(&body);
	if (a->w_status)
		leaveok(a->w_status, FALSE);
}

static int cursor_shown = -1;

static void show_cursor(int on)
{
	if (cursor_shown != on)
		curs_set(on ? 1 : 0);
	cursor_shown = on;
}

static void place_cursor(struct app *a)
{
	if (shown(a)->takes_text && a->w_status && !a->lay.too_small) {
		wmove(a->w_status, a->cursor_y, a->cursor_x);
		wnoutrefresh(a->w_status);
		show_cursor(1);
	} else {
		show_cursor(0);
	}
}

static void draw(struct app *a, int ch)
{
	const struct screen *s;

	if (ch & CH_LAYOUT) {
		relayout(a);
		ch |= CH_ALL;
	}
	if (a->lay.too_small) {
		show_cursor(0);
		doupdate();
		return;
	}
	s = shown(a);
	if (ch & CH_HEAD)
		head_draw(a);
	/* a full screen is drawn whole after every key */
	if (s->full || ch & (CH_TREE | CH_DETAIL))
		s->draw(a, a->w_help, ch);
	if (s->full || ch & (CH_STATUS | CH_TREE))
		s->status(a);
	place_cursor(a);
	doupdate();
}

/* ---- keys -------------------------------------------------------------- */

static int mouse_key(struct app *a)
{
	const struct screen *s = shown(a);
	MEVENT ev;

	if (getmouse(&ev) != OK || a->lay.too_small)
		return 0;
	a->msg[0] = '\0';
	if (s->mouse)
		return s->mouse(a, &ev) | CH_STATUS;
	if (ev.bstate & BUTTON4_PRESSED)
		return screen_wheel(a, &screens, -1) | CH_STATUS;
	if (ev.bstate & BUTTON5_PRESSED)
		return screen_wheel(a, &screens, 1) | CH_STATUS;
	return CH_STATUS;
}

static int take_paste(struct app *a, int burst)
{
	size_t n;
	int resized;
	char *text = term_paste(&n, &resized, burst);
	int bits = search_paste(a, text ? text : "", n);

	free(text);
	return bits | (resized ? CH_ALL : 0);
}

static int handle(struct app *a, const struct key *k)
{
	struct ui_key key = { k->r == KEY_CODE_YES, k->ch };
	enum tui_action act;

	if (key.is_fn && key.ch == KEY_RESIZE)
		return CH_ALL;
	if (key.is_fn && key.ch == KEY_MOUSE)
		return mouse_key(a);
	/* behind "too small" nothing is seen, so nothing else happens */
	if (a->lay.too_small)
		return !key.is_fn && key.ch == 'q' ? CH_QUIT : 0;
	switch (term_paste_key(k)) {
	case 1:
		return take_paste(a, 0);
	case 2:
		return 0;
	}
	act = screen_action(a, &screens, key);
	/* the Enter of a paste the terminal did not mark: it and what came
	 * with it are text, not the end of the search */
	if (shown(a)->takes_text && act == ACT_KEEP && term_text_follows())
		return take_paste(a, 1);
	return screen_key(a, &screens, key, act);
}

/* ---- start and stop ---------------------------------------------------- */

static void app_init(struct app *a, const struct hc_table *t,
		     const struct tui_opts *o)
{
	memset(a, 0, sizeof *a);
	a->t = t;
	a->utf8 = o->utf8;
	a->lang = o->utf8 ? o->lang : HC_EN;
	a->dt = detail_new();
	if (!a->dt || tree_init(&a->tree, t) < 0)
		term_die("out of memory");
	if (o->hide_unofficial)
		tree_set_hide_unofficial(&a->tree, 1);
	a->sr = search_new(t);
	if (!a->sr)
		term_die("out of memory");
	/* a new order each time, unless --seed asks for a fixed one */
	a->seed = o->seeded ? o->seed
			    : (uint64_t)time(NULL) << 20 ^ (uint64_t)getpid();
	if (o->quiz)
		quiz_view_open(a);
	if (o->interview) {
		struct interview_filter f = { 0 };

		/* main.c has checked each one */
		for (int i = 0; i < o->n_interview_args; i++)
			interview_filter_add(&f, t, o->interview_args[i]);
		interview_view_open(a, f.n ? &f : NULL);
	}
	/* said on stderr too, but hidden by the screen until the end */
	if (o->notice && o->notice[0]) {
		size_t bad;

		ui_set_msg(a, R_WARN, o->notice);
		/* cut at a character, not inside one */
		if (!text_utf8_valid(a->msg, strlen(a->msg), &bad))
			a->msg[bad] = '\0';
	}
}

static void app_free(struct app *a)
{
	for (size_t i = 0; i < screens.n; i++)
		if (rows[i].free)
			rows[i].free(a);
	study_file_free(a); /* after the quiz and the interview are done */
	tree_free(&a->tree);
	detail_free(a);
}

int tui_run(const struct hc_table *t, const struct tui_opts *o)
{
	struct app a;
	int bits = CH_ALL;

	if (term_check() < 0)
		return 2;
	app_init(&a, t, o);
	term_start(o);
	while (!(bits & CH_QUIT)) {
		const struct screen *s;
		struct key k;
		int r;

		draw(&a, bits);
		s = shown(&a);
		r = term_read(&k, s->wait ? s->wait(&a) : -1);
		if (term_signal() || r == KEY_GONE)
			break;
		if (r == KEY_TIMEOUT)
			bits = s->tick ? s->tick(&a) : 0;
		else if (r != ERR && r != KEY_DROPPED)
			bits = handle(&a, &k);
		else
			bits = 0;
	}
	drop_windows(&a);
	term_stop();
	app_free(&a); /* unsaved answers are said on the terminal given back */
	term_release();
	return 0;
}

void tui_print_keys(FILE *f, enum hc_lang lang)
{
	keys_print(f, lang);
}
