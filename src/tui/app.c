/* The loop: it owns the terminal.  Read a key, hand it to the pane that
 * has it, redraw what the returned change bits name, one doupdate. */
#include <config.h>

#include "ui.h"
#include "detail.h"
#include "fatal.h"
#include "header_view.h"
#include "help.h"
#include "compare_view.h"
#include "interview_view.h"
#include "quiz_view.h"
#include "results.h"
#include "search_box.h"
#include "stats_view.h"
#include "tree.h"
#include "model/mem.h"
#include "model/query.h"
#include "model/specurl.h"
#include "model/text.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <term.h>
#include <time.h>
#include <unistd.h>
#include <unistr.h>

static volatile sig_atomic_t got_signal, got_winch;
static int curses_on;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* Ours, not ncurses': ncurses would read the size itself, from exported
 * LINES and COLUMNS too, and without a cap (follow_size). */
static void on_winch(int sig)
{
	(void)sig;
	got_winch = 1;
}

/* Bracketed paste: the terminal marks pasted text, so that it goes into
 * the search box instead of running as keys.  Switched with write(2), so
 * that the SIGTSTP handler can too. */
static const char paste_on[] = "\033[?2004h", paste_off[] = "\033[?2004l";
static volatile sig_atomic_t paste_mode_on;

static void paste_mode(int on)
{
	const char *s = on ? paste_on : paste_off;
	size_t n = sizeof paste_on - 1;

	if (paste_mode_on == on)
		return;
	while (n > 0) {
		ssize_t k = write(STDOUT_FILENO, s, n);

		if (k <= 0)
			break;
		s += k;
		n -= (size_t)k;
	}
	paste_mode_on = on;
}

/* ncurses' own SIGTSTP handler restores the terminal, stops and redraws
 * on SIGCONT; around it, bracketed paste goes off and on again. */
static struct sigaction curses_tstp;

static void on_tstp(int sig)
{
	int saved = errno;

	paste_mode(0);
	curses_tstp.sa_handler(sig);
	paste_mode(1);
	errno = saved;
}

static void wrap_tstp(void)
{
	struct sigaction sa;

	if (sigaction(SIGTSTP, NULL, &curses_tstp) < 0 ||
	    (curses_tstp.sa_flags & SA_SIGINFO) ||
	    curses_tstp.sa_handler == SIG_DFL ||
	    curses_tstp.sa_handler == SIG_IGN)
		return;
	sa = curses_tstp;
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, NULL);
}

static void end_curses(void)
{
	if (curses_on) {
		endwin();
		paste_mode(0);
	}
	curses_on = 0;
	fatal_screen_on(0);
}

/* Restore the terminal before saying anything (DESIGN: die()). */
static void die(const char *what)
{
	end_curses();
	fprintf(stderr, "httpcodes: %s\n", what);
	exit(2);
}

static void restore_at_exit(void)
{
	end_curses();
}

/* ---- drawing ----------------------------------------------------------- */

static enum hc_msg mode_title(const struct app *a)
{
	switch (a->mode) {
	case MODE_HELP:
		return MSG_T_HELP_TITLE;
	case MODE_QUIZ:
		return MSG_T_STUDY;
	case MODE_STATS:
		return MSG_T_STATS_TITLE;
	case MODE_COMPARE:
		return MSG_T_COMPARE_TITLE;
	case MODE_INTERVIEW:
		return MSG_T_INTERVIEW;
	default:
		return MSG_T_TITLE;
	}
}

static int study_mode(const struct app *a)
{
	return a->mode == MODE_QUIZ || a->mode == MODE_STATS ||
	       a->mode == MODE_COMPARE || a->mode == MODE_INTERVIEW;
}

static void head_draw(struct app *a)
{
	WINDOW *w = a->w_head;
	const char *title = ui_msg(a, mode_title(a));
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

static void sep_draw(struct app *a)
{
	WINDOW *w = a->w_sep;
	int h;

	if (!w)
		return;
	h = getmaxy(w);
	werase(w);
	for (int y = 0; y < h; y++) {
		wmove(w, y, 0);
		paint_str(w, R_SEP, theme_glyphs()->vline, 1);
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
		die("out of memory");
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
	a->show_detail = a->focus == FOCUS_DETAIL;
	layout_compute(&a->lay, LINES, COLS, a->show_detail);
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
	if (a->mode == MODE_SEARCH && a->w_status && !a->lay.too_small) {
		wmove(a->w_status, a->cursor_y, a->cursor_x);
		wnoutrefresh(a->w_status);
		show_cursor(1);
	} else {
		show_cursor(0);
	}
}

static void draw(struct app *a, int ch)
{
	if (ch & CH_LAYOUT) {
		relayout(a);
		ch |= CH_ALL;
	}
	if (a->lay.too_small) {
		show_cursor(0);
		doupdate();
		return;
	}
	if (ch & CH_HEAD)
		head_draw(a);
	if (a->mode == MODE_HELP) {
		help_draw(a, a->w_help);
	} else if (a->mode == MODE_QUIZ) {
		quiz_view_draw(a, a->w_help);
	} else if (a->mode == MODE_STATS) {
		stats_draw(a, a->w_help);
	} else if (a->mode == MODE_COMPARE) {
		compare_draw(a, a->w_help);
	} else if (a->mode == MODE_INTERVIEW) {
		interview_view_draw(a, a->w_help);
	} else {
		if (ch & CH_TREE) {
			if (results_shown(a))
				results_draw(a);
			else
				tree_draw(a);
			sep_draw(a);
		}
		if (ch & (CH_DETAIL | CH_TREE))
			detail_draw(a);
	}
	if (a->mode == MODE_INTERVIEW)
		interview_view_status(a);
	else if (study_mode(a))
		study_draw_status(a);
	else if (ch & (CH_STATUS | CH_TREE))
		search_draw_status(a);
	place_cursor(a);
	doupdate();
}

/* ---- keys -------------------------------------------------------------- */

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* OSC 52: the terminal puts it on the system clipboard, even over ssh. */
static void osc52(const char *s)
{
	size_t n = strlen(s);

	fputs("\033]52;c;", stdout);
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)s[i] << 16;

		if (i + 1 < n)
			v |= (unsigned char)s[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)s[i + 2];
		putchar(b64[v >> 18 & 63]);
		putchar(b64[v >> 12 & 63]);
		putchar(i + 1 < n ? b64[v >> 6 & 63] : '=');
		putchar(i + 2 < n ? b64[v & 63] : '=');
	}
	fputs("\a", stdout);
	fflush(stdout);
}

static int copy_selected(struct app *a)
{
	const struct hc_code *c = tree_sel_code(&a->tree);
	const struct hc_class *k = hc_table_class(a->t, tree_sel_digit(&a->tree));
	char *text = NULL, msg[sizeof a->msg];
	int n = -1;

	/* the whole phrase, however long: a cut one is a broken copy */
	if (c)
		n = asprintf(&text, "%03d %s", c->code, c->phrase);
	else if (k && k->name[HC_EN])
		n = asprintf(&text, "%dxx %s", k->digit, k->name[HC_EN]);
	else
		return 0;
	if (n < 0)
		return 0;
	osc52(text);
	text_format(msg, sizeof msg, "%s: %s", ui_msg(a, MSG_T_COPIED), text);
	ui_set_msg(a, R_DIM, msg);
	free(text);
	return CH_STATUS;
}

/* Y: the address of the selected code's spec, for a browser. */
static int copy_spec_url(struct app *a)
{
	const struct hc_code *c = tree_sel_code(&a->tree);
	char url[HC_SPEC_URL_MAX], msg[200];

	if (!c || !hc_spec_url(c->spec, url, sizeof url)) {
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_NO_SPEC_URL));
		return CH_STATUS;
	}
	osc52(url);
	snprintf(msg, sizeof msg, "%s: %s", ui_msg(a, MSG_T_COPIED), url);
	ui_set_msg(a, R_DIM, msg);
	return CH_STATUS;
}

/* Digits typed further apart than this start a new number: "20", a
 * pause, then "209" is 209, not 202 followed by 9. */
#define DIGIT_GAP_MS 1000

static long long monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Three digits that name no code: "999: No such code; nearest: 599,
 * 598, 561", the CLI's suggestions (without the codes u hides). */
static void no_such_code(struct app *a)
{
	char msg[sizeof a->msg];
	int code = (int)strtol(a->digits, NULL, 10), near[3];
	size_t k, len;

	k = hc_query_suggest(a->t, code, a->tree.hide_unofficial, near, 3);
	snprintf(msg, sizeof msg, "%s: %s", a->digits,
		 ui_msg(a, MSG_T_NO_CODE));
	for (size_t i = 0; i < k; i++) {
		len = strlen(msg);
		if (i == 0)
			snprintf(msg + len, sizeof msg - len, "; %s: %d",
				 ui_msg(a, MSG_T_NEAREST_CODES), near[i]);
		else
			snprintf(msg + len, sizeof msg - len, ", %d", near[i]);
	}
	ui_set_msg(a, R_WARN, msg);
}

/* Up to three digits: each jumps to the first row (class or code) that
 * starts with them, where there is one ("Go to code: 59" stays in the
 * status line where there is none: the number may go on); the third
 * names the code, which is gone to even when it is not among the rows
 * (hidden by u, or not among a search's results). */
static int type_digit(struct app *a, wint_t ch)
{
	long long now = monotonic_ms();
	int code;

	if (a->n_digits >= 3 ||
	    (a->n_digits && now - a->digit_ms > DIGIT_GAP_MS))
		a->n_digits = 0;
	a->digit_ms = now;
	a->digits[a->n_digits++] = (char)ch;
	a->digits[a->n_digits] = '\0';
	if (results_shown(a) ? search_jump_prefix(a, a->digits, a->n_digits)
			     : tree_jump_prefix(&a->tree, a->digits, a->n_digits)) {
		a->ds.top = 0;
		if (a->n_digits == 3)
			a->n_digits = 0;
		return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
	}
	if (a->n_digits < 3)
		return CH_STATUS;
	a->n_digits = 0;
	code = (int)strtol(a->digits, NULL, 10);
	if (hc_table_find(a->t, code)) {
		a->ds.top = 0;
		return results_goto(a, code);
	}
	no_such_code(a);
	return CH_STATUS;
}

/* How long the loop waits for the next digit of a number: when the
 * pause ends it, the status line stops saying "Go to code"; -1 when no
 * number is being typed. */
static int digit_wait(const struct app *a)
{
	long long left;

	if (!a->n_digits)
		return -1;
	left = a->digit_ms + DIGIT_GAP_MS - monotonic_ms();
	return left > 0 ? (int)left + 1 : 0;
}

static int set_focus(struct app *a, enum focus f)
{
	if (a->focus == f)
		return 0;
	a->focus = f;
	if (f == FOCUS_DETAIL) {
		detail_prepare(a);
		if (a->link < 0 && a->doc.key == a->tree.key)
			a->link = doc_first_link(&a->doc);
	}
	return a->lay.stacked ? CH_ALL : CH_TREE | CH_DETAIL | CH_STATUS;
}

static int go_back(struct app *a)
{
	int key, top, link, bits = header_view_back(a);

	if (bits) /* a header: back to the code it was opened from */
		return bits;
	key = hist_pop_view(&a->hist, &top, &link);
	if (key < 0) {
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_NO_BACK));
		return CH_STATUS;
	}
	a->ds.top = 0;
	bits = header_view_is_history(key) ? header_view_reopen(a, key)
					   : results_goto(a, key);
	/* the code as it was left: its scroll and its chosen link */
	detail_prepare(a);
	a->ds.top = top;
	if (link >= 0 && link < a->doc.nlinks)
		a->link = link;
	return bits;
}

/* ?: the help, from any screen; closing it goes back there. */
static int open_help(struct app *a)
{
	a->help_back = a->mode == MODE_HELP ? a->help_back : a->mode;
	a->mode = MODE_HELP;
	a->help_top = 0;
	return CH_ALL;
}

static int normal_key(struct app *a, int is_fn, wint_t ch)
{
	enum key_mode km = a->focus == FOCUS_DETAIL ? KM_DETAIL : KM_TREE;
	enum tui_action act = keys_action(km, is_fn, ch);
	int bits = 0;

	if (a->msg[0]) {
		a->msg[0] = '\0';
		bits |= CH_STATUS;
	}
	if (act != ACT_DIGIT && a->n_digits) {
		a->n_digits = 0;
		bits |= CH_STATUS;
	}
	/* stacked, the detail is a screen of its own: q leaves it for the
	 * tree, as Esc does, and quits only from there */
	if (act == ACT_QUIT && a->focus == FOCUS_DETAIL && a->lay.stacked &&
	    !(!is_fn && ch == 3))
		act = ACT_ESC;
	switch (act) {
	case ACT_QUIT:
		return CH_QUIT;
	case ACT_HELP:
		return open_help(a);
	case ACT_SEARCH:
		return bits | search_open(a);
	case ACT_NEXT:
		return bits | search_step(a, 1);
	case ACT_PREV:
		return bits | search_step(a, -1);
	case ACT_ESC:
		/* from the detail to the list first, then out of the results */
		if (a->kept && a->focus == FOCUS_TREE)
			return bits | search_clear(a);
		return bits | set_focus(a, FOCUS_TREE);
	case ACT_TAB:
		return bits | set_focus(a, a->focus == FOCUS_TREE ? FOCUS_DETAIL
								 : FOCUS_TREE);
	case ACT_LANG:
		return bits | ui_toggle_lang(a);
	case ACT_QUIZ:
		return bits | quiz_view_open(a);
	case ACT_INTERVIEW:
		return bits | interview_view_open(a, NULL);
	case ACT_STATS:
		return bits | stats_open(a, MODE_NORMAL);
	case ACT_COMPARE:
		return bits | compare_open(a);
	case ACT_UNOFF:
		tree_set_hide_unofficial(&a->tree, !a->tree.hide_unofficial);
		search_rerank(a);
		a->doc.valid = 0; /* a class lists only what the tree shows */
		if (a->doc.key >= 1 && a->doc.key <= 5)
			a->ds.top = 0; /* its list is another one now */
		ui_set_msg(a, R_DIM, ui_msg(a, a->tree.hide_unofficial
						  ? MSG_T_UNOFF_HIDDEN
						  : MSG_T_UNOFF_SHOWN));
		return bits | CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
	case ACT_COPY:
		return bits | copy_selected(a);
	case ACT_COPY_SPEC:
		return bits | copy_spec_url(a);
	case ACT_BACK:
		return bits | go_back(a);
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return CH_ALL;
	case ACT_DIGIT:
		return bits | type_digit(a, ch);
	case ACT_NONE:
		return bits;
	default:
		break;
	}
	if (a->focus == FOCUS_DETAIL)
		return bits | detail_key(a, act);
	if (results_shown(a))
		return bits | results_key(a, act);
	return bits | tree_key(a, act);
}

static int mouse_key(struct app *a)
{
	MEVENT ev;
	int wheel = 0;

	if (getmouse(&ev) != OK || a->lay.too_small)
		return 0;
	if (ev.bstate & BUTTON4_PRESSED)
		wheel = -1;
	else if (ev.bstate & BUTTON5_PRESSED)
		wheel = 1;
	else if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return 0;
	a->msg[0] = '\0';
	if (a->mode == MODE_HELP) {
		if (!wheel)
			return 0;
		a->help_top += wheel * 3;
		return CH_DETAIL;
	}
	if (study_mode(a)) {
		/* the wheel scrolls the comparison and the statistics */
		enum tui_action act = wheel < 0 ? ACT_UP : ACT_DOWN;
		int bits = 0;

		for (int i = 0; wheel && i < 3; i++)
			bits |= a->mode == MODE_COMPARE ? compare_key(a, act)
			      : a->mode == MODE_STATS ? stats_key(a, act) : 0;
		return bits;
	}
	if (a->mode == MODE_SEARCH && !wheel)
		search_keep(a); /* a click leaves the box, keeping the results */
	if (rect_has(&a->lay.tree, ev.y, ev.x)) {
		enum focus f = a->focus;

		if (results_shown(a))
			results_click(a, ev.y - a->lay.tree.y,
				      ev.x - a->lay.tree.x, wheel);
		else
			tree_click(a, ev.y - a->lay.tree.y,
				   ev.x - a->lay.tree.x, wheel);
		return f != a->focus && a->lay.stacked ? CH_ALL
			: CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
	}
	if (rect_has(&a->lay.detail, ev.y, ev.x)) {
		enum focus f = a->focus;

		detail_prepare(a);
		detail_click(a, ev.y - a->lay.detail.y,
			     ev.x - a->lay.detail.x, wheel);
		return f != a->focus && a->lay.stacked ? CH_ALL
			: CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
	}
	return CH_STATUS;
}

/* ---- reading keys ------------------------------------------------------ */

/* A key as wget_wch gives it (r: OK or KEY_CODE_YES), or one of these. */
enum { KEY_GONE = -2,    /* the terminal hung up */
       KEY_TIMEOUT = -3, /* nothing came in time */
       KEY_DROPPED = -4  /* an escape sequence no key has: nothing */ };
struct key {
	int r;
	wint_t ch;
};

/* Bounds for pasted text: a paste whose end marker never comes ends when
 * nothing has come for a second; what is past LE_MAX is dropped. */
#define PASTE_IDLE_MS 1000
/* Keys that come this soon after an Enter in the search box came with it
 * (a paste without the terminal's markers): no hand types that fast. */
#define BURST_MS 15
/* How long the rest of a paste marker may lag its ESC. */
#define STITCH_MS 50
/* Longer escape sequences are no key of any terminal's. */
#define SEQ_MAX 32

static int paste_begin, paste_end; /* the key codes of the markers */

/* Keys read ahead and given back, oldest first. */
static struct key pushed[8];
static int n_pushed;

static void push_key(const struct key *k)
{
	if (n_pushed < (int)(sizeof pushed / sizeof *pushed))
		pushed[n_pushed++] = *k;
}

/* The signals that end the loop, and SIGWINCH, stay blocked but while
 * waiting for a key: one that came while drawing, after got_signal was
 * checked and before read() blocked, would otherwise wait for the next
 * key (found by tests/screen/test_hardening). */
static sigset_t loop_sigs, wait_mask;

static void block_loop_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
				    SIGWINCH };

	sigemptyset(&loop_sigs);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaddset(&loop_sigs, sigs[i]);
	sigprocmask(SIG_BLOCK, &loop_sigs, &wait_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigdelset(&wait_mask, sigs[i]);
	nodelay(stdscr, TRUE);
}

/* The terminal's size as the kernel has it, never exported LINES and
 * COLUMNS (a shell's stale ones would stop resizes from being followed),
 * and no more than the layout's maximum. */
static void follow_size(void)
{
	struct winsize ws;
	int rows = LINES, cols = COLS;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0) {
		rows = ws.ws_row;
		cols = ws.ws_col;
	}
	if (rows > LAYOUT_MAX_LINES)
		rows = LAYOUT_MAX_LINES;
	if (cols > LAYOUT_MAX_COLS)
		cols = LAYOUT_MAX_COLS;
	resize_term(rows, cols);
	clearok(curscr, TRUE); /* what the terminal shows is unknown now */
}

/* A key; ERR once a signal has come, KEY_TIMEOUT after ms (ms < 0: no
 * limit).  ncurses reads without waiting; the waiting is pselect's, with
 * the signals let in. */
static int wait_key(wint_t *ch, int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	for (;;) {
		struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
		fd_set in;
		int r;

		if (got_signal)
			return ERR;
		if (got_winch) {
			got_winch = 0;
			follow_size();
			*ch = KEY_RESIZE;
			return KEY_CODE_YES;
		}
		r = wget_wch(stdscr, ch);
		if (r != ERR)
			return r;
		FD_ZERO(&in);
		FD_SET(STDIN_FILENO, &in);
		r = pselect(STDIN_FILENO + 1, &in, NULL, NULL,
			    ms < 0 ? NULL : &ts, &wait_mask);
		if (r == 0)
			return KEY_TIMEOUT;
		if (r < 0)
			continue; /* a signal */
		if (poll(&p, 1, 0) == 1 &&
		    (p.revents & (POLLHUP | POLLERR | POLLNVAL))) {
			r = wget_wch(stdscr, ch);
			return r == ERR ? KEY_GONE : r;
		}
	}
}

static int next_key(struct key *k, int ms)
{
	if (n_pushed) {
		*k = pushed[0];
		memmove(pushed, pushed + 1, --n_pushed * sizeof *pushed);
		return k->r;
	}
	k->ch = 0;
	k->r = wait_key(&k->ch, ms);
	return k->r;
}

/* How long the rest of an escape sequence may lag its ESC, at least: a
 * sequence split over two reads (tmux, ssh) is still one key. */
static int seq_wait(void)
{
	int d = get_escdelay();

	return d > STITCH_MS ? d : STITCH_MS;
}

/* ncurses gave a plain ESC: it did not know what followed, or the rest
 * came in a later read.  A CSI (ESC [ parameters final) or SS3 (ESC O
 * final) sequence that follows is read whole: one that ncurses knows
 * (the terminal description's keys, the paste markers) becomes its key,
 * any other is dropped (KEY_DROPPED), never read as Esc and letters.  A
 * lone ESC, or ESC and another key, stays as it came. */
static void read_sequence(struct key *k)
{
	char seq[SEQ_MAX + 2] = "\033";
	struct key got;
	size_t n = 1;
	int code;

	if (next_key(&got, seq_wait()) != OK ||
	    (got.ch != '[' && got.ch != 'O')) {
		if (got.r != KEY_TIMEOUT && got.r != ERR)
			push_key(&got);
		return;
	}
	seq[n++] = (char)got.ch;
	for (;;) {
		int r = next_key(&got, seq_wait());

		if (r == KEY_TIMEOUT || r == ERR)
			break; /* cut short: dropped */
		if (r != OK || got.ch < 0x20 || got.ch > 0x7e) {
			push_key(&got); /* not part of it */
			break;
		}
		if (n < SEQ_MAX)
			seq[n++] = (char)got.ch;
		if (got.ch >= 0x40) { /* the final byte */
			seq[n] = '\0';
			code = n < SEQ_MAX ? key_defined(seq) : 0;
			if (code > 0) {
				k->r = KEY_CODE_YES;
				k->ch = (wint_t)code;
				return;
			}
			break;
		}
	}
	k->r = KEY_DROPPED;
}

/* The loop's key: escape sequences recognised however they came. */
static int read_key(struct key *k, int ms)
{
	int r = next_key(k, ms);

	if (r == OK && k->ch == 27)
		read_sequence(k);
	return k->r;
}

/* Collected pasted text, UTF-8. */
struct pastebuf {
	char *s;
	size_t n, cap;
};

static void paste_add(struct pastebuf *p, wint_t ch)
{
	uint8_t buf[6];
	int n;

	if (ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff))
		return;
	n = u8_uctomb(buf, (ucs4_t)ch, (int)sizeof buf);
	if (n <= 0 || p->n + (size_t)n > LE_MAX ||
	    mem_grow((void **)&p->s, &p->cap, p->n + (size_t)n, 1))
		return;
	memcpy(p->s + p->n, buf, (size_t)n);
	p->n += (size_t)n;
}

/* Text until the end marker, or until nothing comes for idle ms (burst:
 * a paste without markers; then markers inside it are skipped).  Keys in
 * it (arrows, mouse, function keys) are dropped, never run.  Returns the
 * change bits of a resize that came meanwhile. */
static int collect(struct pastebuf *p, int idle, int burst)
{
	int bits = 0;

	for (;;) {
		struct key k;
		int r = read_key(&k, idle);

		if (r == KEY_TIMEOUT || r == ERR)
			break;
		if (r == KEY_GONE) {
			push_key(&k);
			break;
		}
		if (r == KEY_DROPPED)
			continue;
		if (r == KEY_CODE_YES) {
			MEVENT ev;

			if ((int)k.ch == paste_end && !burst)
				break;
			if (k.ch == KEY_RESIZE)
				bits |= CH_ALL;
			else if (k.ch == KEY_MOUSE)
				getmouse(&ev);
			continue;
		}
		paste_add(p, k.ch);
	}
	return bits;
}

static int take_paste(struct app *a, struct pastebuf *p, int bits)
{
	bits |= search_paste(a, p->s ? p->s : "", p->n);
	free(p->s);
	return bits;
}

/* Enter in the search box: did text come with it, in the same burst? */
static int text_follows(void)
{
	struct key k;
	int r = next_key(&k, BURST_MS);

	if (r == KEY_TIMEOUT || r == ERR)
		return 0;
	push_key(&k);
	return r == OK && (k.ch >= 0x20 || k.ch == '\n' || k.ch == '\r' ||
			   k.ch == '\t') && k.ch != 0x7f;
}

static int handle(struct app *a, const struct key *k)
{
	int is_fn = k->r == KEY_CODE_YES;
	wint_t ch = k->ch;

	if (is_fn && ch == KEY_RESIZE)
		return CH_ALL;
	if (is_fn && ch == KEY_MOUSE)
		return mouse_key(a);
	/* behind "too small" nothing is seen, so nothing else happens */
	if (a->lay.too_small)
		return !is_fn && ch == 'q' ? CH_QUIT : 0;
	if (is_fn && (int)ch == paste_begin) {
		struct pastebuf p = { NULL, 0, 0 };

		return take_paste(a, &p, collect(&p, PASTE_IDLE_MS, 0));
	}
	if (is_fn && (int)ch == paste_end)
		return 0;
	if (a->mode == MODE_HELP)
		return help_key(a, keys_action(KM_HELP, is_fn, ch));
	if (a->mode == MODE_SEARCH) {
		enum tui_action act = keys_action(KM_BOX, is_fn, ch);

		/* the Enter of a paste the terminal did not mark: it and
		 * what came with it are text, not the end of the search */
		if (act == ACT_KEEP && text_follows()) {
			struct pastebuf p = { NULL, 0, 0 };

			paste_add(&p, '\n');
			return take_paste(a, &p, collect(&p, BURST_MS, 1));
		}
		return search_key(a, act, is_fn, ch);
	}
	/* the study screens pass ? on: the help covers them */
	if (a->mode != MODE_NORMAL &&
	    keys_action(a->mode == MODE_QUIZ ? KM_QUIZ
			: a->mode == MODE_INTERVIEW ? KM_INTERVIEW : KM_VIEW,
			is_fn, ch) == ACT_HELP)
		return open_help(a);
	if (a->mode == MODE_QUIZ)
		return quiz_view_key(a, keys_action(KM_QUIZ, is_fn, ch), is_fn,
				     ch);
	if (a->mode == MODE_INTERVIEW)
		return interview_view_key(a, keys_action(KM_INTERVIEW, is_fn,
							 ch), is_fn ? 0 : ch);
	if (a->mode == MODE_STATS)
		return stats_key(a, keys_action(KM_VIEW, is_fn, ch));
	if (a->mode == MODE_COMPARE)
		return compare_key(a, keys_action(KM_VIEW, is_fn, ch));
	return normal_key(a, is_fn, ch);
}

/* ---- start and stop ---------------------------------------------------- */

static int check_terminal(void)
{
	const char *term = getenv("TERM");
	char *safe;
	int err = 0;

	if (!term || !*term) {
		fputs("httpcodes: TERM is not set; set it, or use "
		      "'httpcodes --list'\n", stderr);
		return -1;
	}
	safe = text_sanitize_dup(term, strlen(term), 0);
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		/* 20 bytes of it, cut at a character */
		fprintf(stderr, "httpcodes: unknown terminal type '%.*s'; "
			"try 'httpcodes --list'\n",
			safe ? (int)text_cut(safe, strlen(safe), 20) : 1,
			safe ? safe : "?");
		free(safe);
		return -1;
	}
	if (!cursor_address || cursor_address == (char *)-1) {
		fprintf(stderr, "httpcodes: the terminal '%s' cannot move the "
			"cursor; use 'httpcodes --list'\n", safe ? safe : "?");
		free(safe);
		del_curterm(cur_term);
		return -1;
	}
	free(safe);
	del_curterm(cur_term);
	return 0;
}

static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: the blocked read returns and the loop sees it */
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, NULL);
	/* before newterm: ncurses installs its own only where none is */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
}

/* A key code for a sequence: the one ncurses has, else a free one. */
static int key_for(const char *seq, int *next)
{
	int code = key_defined(seq);

	if (code > 0)
		return code;
	for (; *next < KEY_MAX + 4096; ++*next) {
		char *bound = keybound(*next, 0);

		free(bound);
		if (!bound && !keyname(*next))
			break;
	}
	if (define_key(seq, *next) != OK)
		return 0;
	return (*next)++;
}

/* The paste markers as keys: the terminal's (PS, PE), or xterm's. */
static void setup_paste(void)
{
	const char *ps = tigetstr("PS"), *pe = tigetstr("PE");
	int next = KEY_MAX + 1;

	if (!ps || ps == (const char *)-1)
		ps = "\033[200~";
	if (!pe || pe == (const char *)-1)
		pe = "\033[201~";
	paste_begin = key_for(ps, &next);
	paste_end = key_for(pe, &next);
}

static void start_curses(const struct tui_opts *o)
{
	SCREEN *scr;

	/* the size comes from follow_size only: neither the environment
	 * nor, unbounded, the kernel */
	use_env(FALSE);
	use_tioctl(FALSE);
	scr = newterm(NULL, stdout, stdin);
	if (!scr)
		die("cannot start the terminal interface");
	set_term(scr);
	follow_size();
	curses_on = 1;
	atexit(restore_at_exit);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	/* a short wait for the rest of a sequence, unless the user chose
	 * one (ncurses has read ESCDELAY then) */
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	keys_init();
	setup_paste();
	wrap_tstp();
	theme_init(o->color, o->utf8);
	wbkgdset(stdscr, theme_attr(R_NORMAL));
	/* stdscr is only a backdrop; untouched, reading keys from it never
	 * repaints over the panes */
	wnoutrefresh(stdscr);
	paste_mode(1);
	/* from here on, any signal that ends the process undoes all this */
	fatal_catch();
	fatal_screen_on(1);
}

int tui_run(const struct hc_table *t, const struct tui_opts *o)
{
	struct app a;
	int bits = CH_ALL;

	if (check_terminal() < 0)
		return 2;
	memset(&a, 0, sizeof a);
	a.t = t;
	a.utf8 = o->utf8;
	a.lang = o->utf8 ? o->lang : HC_EN;
	a.link = -1;
	if (tree_init(&a.tree, t) < 0)
		die("out of memory");
	if (o->hide_unofficial)
		tree_set_hide_unofficial(&a.tree, 1);
	a.want = calloc(t->n ? t->n : 1, 1);
	a.rank = calloc(t->n ? t->n : 1, sizeof *a.rank);
	if (!a.want || !a.rank)
		die("out of memory");
	/* a new order each time, unless --seed asks for a fixed one */
	a.seed = o->seeded ? o->seed
			   : (uint64_t)time(NULL) << 20 ^ (uint64_t)getpid();
	if (o->quiz)
		quiz_view_open(&a);
	if (o->interview) {
		struct interview_filter f = { 0 };

		/* main.c has checked each one */
		for (int i = 0; i < o->n_interview_args; i++)
			interview_filter_add(&f, t, o->interview_args[i]);
		interview_view_open(&a, f.n ? &f : NULL);
	}
	/* said on stderr too, but hidden by the screen until the end */
	if (o->notice && o->notice[0]) {
		size_t bad;

		ui_set_msg(&a, R_WARN, o->notice);
		/* cut at a character, not inside one */
		if (!text_utf8_valid(a.msg, strlen(a.msg), &bad))
			a.msg[bad] = '\0';
	}
	catch_signals();
	fatal_save_tty();
	start_curses(o);
	block_loop_signals();
	while (!(bits & CH_QUIT)) {
		struct key k;
		int r;

		draw(&a, bits);
		bits = 0;
		r = read_key(&k, digit_wait(&a));
		if (got_signal || r == KEY_GONE)
			break;
		if (r == KEY_TIMEOUT && a.n_digits) {
			a.n_digits = 0; /* the pause ended the number */
			bits = CH_STATUS;
			continue;
		}
		if (r != ERR && r != KEY_TIMEOUT && r != KEY_DROPPED)
			bits = handle(&a, &k);
	}
	drop_windows(&a);
	end_curses();
	interview_view_free(&a);
	study_free(&a);
	compare_free(&a);
	tree_free(&a.tree);
	doc_free(&a.doc);
	search_free(&a);
	free(a.want);
	fatal_release();
	sigprocmask(SIG_UNBLOCK, &loop_sigs, NULL);
	if (got_signal) {
		signal(got_signal, SIG_DFL);
		raise(got_signal);
	}
	return 0;
}

void tui_print_keys(FILE *f, enum hc_lang lang)
{
	keys_print(f, lang);
}
