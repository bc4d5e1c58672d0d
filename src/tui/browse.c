/* The browser's own keys: those of the two panes together.  Each pane's
 * keys are the pane's (tree.c, results.c, detail.c). */
#include <config.h>

#include "browse.h"
#include "detail.h"
#include "header_view.h"
#include "results.h"
#include "search_box.h"
#include "tree.h"
#include "model/query.h"
#include "model/specurl.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum key_mode browse_keymap(const struct app *a)
{
	return a->focus == FOCUS_DETAIL ? KM_DETAIL : KM_TREE;
}

/* ---- drawing ----------------------------------------------------------- */

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

void browse_draw(struct app *a, WINDOW *w, int ch)
{
	(void)w;
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

/* ---- copying ----------------------------------------------------------- */

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

static void say_copied(struct app *a, const char *text)
{
	char msg[sizeof a->msg];

	osc52(text);
	text_format(msg, sizeof msg, "%s: %s", ui_msg(a, MSG_T_COPIED), text);
	ui_set_msg(a, R_DIM, msg);
}

static int copy_selected(struct app *a)
{
	const struct hc_code *c = tree_sel_code(&a->tree);
	const struct hc_class *k = hc_table_class(a->t, tree_sel_digit(&a->tree));
	char *text = NULL;
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
	say_copied(a, text);
	free(text);
	return CH_STATUS;
}

/* Y: the address of the selected code's spec, for a browser. */
static int copy_spec_url(struct app *a)
{
	const struct hc_code *c = tree_sel_code(&a->tree);
	char url[HC_SPEC_URL_MAX];

	if (!c || !hc_spec_url(c->spec, url, sizeof url)) {
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_NO_SPEC_URL));
		return CH_STATUS;
	}
	say_copied(a, url);
	return CH_STATUS;
}

/* ---- going to a code by its number ------------------------------------- */

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
		if (a->n_digits == 3)
			a->n_digits = 0;
		return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
	}
	if (a->n_digits < 3)
		return CH_STATUS;
	a->n_digits = 0;
	code = (int)strtol(a->digits, NULL, 10);
	if (hc_table_find(a->t, code))
		return results_goto(a, code);
	no_such_code(a);
	return CH_STATUS;
}

int browse_wait(const struct app *a)
{
	long long left;

	if (!a->n_digits)
		return -1;
	left = a->digit_ms + DIGIT_GAP_MS - monotonic_ms();
	return left > 0 ? (int)left + 1 : 0;
}

int browse_tick(struct app *a)
{
	if (!a->n_digits)
		return 0;
	a->n_digits = 0; /* the pause ended the number */
	return CH_STATUS;
}

/* ---- Back, u, the panes ------------------------------------------------ */

static int toggle_unofficial(struct app *a)
{
	tree_set_hide_unofficial(&a->tree, !a->tree.hide_unofficial);
	search_rerank(a);
	detail_invalidate(a); /* a class lists only what the tree shows */
	ui_set_msg(a, R_DIM, ui_msg(a, a->tree.hide_unofficial
					  ? MSG_T_UNOFF_HIDDEN
					  : MSG_T_UNOFF_SHOWN));
	return CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
}

int browse_key(struct app *a, enum tui_action act, struct ui_key k)
{
	int bits = 0;

	if (act != ACT_DIGIT && a->n_digits) {
		a->n_digits = 0;
		bits |= CH_STATUS;
	}
	/* stacked, the detail is a screen of its own: q leaves it for the
	 * tree, as Esc does, and quits only from there */
	if (act == ACT_QUIT && a->focus == FOCUS_DETAIL && a->lay.stacked &&
	    !(!k.is_fn && k.ch == 3))
		act = ACT_ESC;
	switch (act) {
	case ACT_NEXT:
		return bits | search_step(a, 1);
	case ACT_PREV:
		return bits | search_step(a, -1);
	case ACT_ESC:
		/* from the detail to the list first, then out of the results */
		if (search_kept(a) && a->focus == FOCUS_TREE)
			return bits | search_clear(a);
		return bits | ui_focus(a, FOCUS_TREE);
	case ACT_TAB:
		return bits | ui_focus(a, a->focus == FOCUS_TREE ? FOCUS_DETAIL
								: FOCUS_TREE);
	case ACT_UNOFF:
		return bits | toggle_unofficial(a);
	case ACT_COPY:
		return bits | copy_selected(a);
	case ACT_COPY_SPEC:
		return bits | copy_spec_url(a);
	case ACT_BACK:
		return bits | detail_back(a);
	case ACT_DIGIT:
		return bits | type_digit(a, k.ch);
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

int browse_mouse(struct app *a, const MEVENT *ev)
{
	int wheel = ev->bstate & BUTTON4_PRESSED ? -1
		  : ev->bstate & BUTTON5_PRESSED ? 1 : 0;
	enum focus f = a->focus;

	if (!wheel && !(ev->bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return 0;
	if (a->mode == MODE_SEARCH && !wheel)
		search_keep(a); /* a click leaves the box, keeping the results */
	if (rect_has(&a->lay.tree, ev->y, ev->x)) {
		if (results_shown(a))
			results_click(a, ev->y - a->lay.tree.y,
				      ev->x - a->lay.tree.x, wheel);
		else
			tree_click(a, ev->y - a->lay.tree.y,
				   ev->x - a->lay.tree.x, wheel);
	} else if (rect_has(&a->lay.detail, ev->y, ev->x)) {
		detail_prepare(a);
		detail_click(a, ev->y - a->lay.detail.y,
			     ev->x - a->lay.detail.x, wheel);
	} else {
		return CH_STATUS;
	}
	return f != a->focus && a->lay.stacked
		? CH_ALL : CH_TREE | CH_DETAIL | CH_STATUS | CH_HEAD;
}
