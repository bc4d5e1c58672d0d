/* The helper layer below the panes: the browser's shared context (what
 * every screen sees: the table, the language, the layout and windows, the
 * status message) and the helpers the panes share with the loop (messages,
 * roles, spans, the language toggle).  It includes no pane. */
#ifndef HC_TUI_UI_H
#define HC_TUI_UI_H

#include <curses.h>

#include "doc.h"
#include "keys.h"
#include "layout.h"
#include "state.h"
#include "theme.h"
#include "tui.h"
#include "model/search.h"

#include <stdint.h>

/* What a key changed; the loop redraws only that (htop's HandlerResult). */
enum {
	CH_HEAD = 1 << 0,
	CH_TREE = 1 << 1,
	CH_DETAIL = 1 << 2,
	CH_STATUS = 1 << 3,
	CH_LAYOUT = 1 << 4, /* new size or stacking: windows are rebuilt */
	CH_QUIT = 1 << 5,
	/* the screen did not take the key: the loop's generic actions
	 * (help, language, redraw, quit, leaving, opening a screen) */
	CH_IGNORED = 1 << 6,
	CH_ALL = CH_HEAD | CH_TREE | CH_DETAIL | CH_STATUS | CH_LAYOUT,
};

enum focus { FOCUS_TREE, FOCUS_DETAIL };
enum mode { MODE_NORMAL, MODE_SEARCH, MODE_HELP,
	     /* study (issue 6): full-screen, in the help's window */
	     MODE_QUIZ, MODE_STATS, MODE_COMPARE,
	     MODE_INTERVIEW, /* the mock interview, in the same window */
	     MODE_N };

/* A key as read (is_fn: a function key, KEY_*), with its action in the
 * key map of the screen it came to: translated once, in the loop. */
struct ui_key {
	int is_fn;
	wint_t ch;
};

struct help;
struct study_file;
struct search;
struct detail;

struct app {
	const struct hc_table *t;
	enum hc_lang lang;
	int utf8;
	struct tree tree;
	struct layout lay;
	WINDOW *w_head, *w_tree, *w_sep, *w_detail, *w_status;
	enum focus focus;
	enum mode mode;
	enum mode back[MODE_N]; /* the screen each one goes back to */

	WINDOW *w_help;      /* the full screens' body */

	/* each pane's and screen's own state, behind its header */
	struct detail *dt;   /* detail.h: doc, scroll, link, history */
	struct search *sr;   /* search_box.h: query, hits, ranked rows */
	struct help *help;   /* help.c: its lines and scroll */

	/* the browser's number being typed (browse.c) */
	char digits[4];      /* typed so far, for jumping to a code */
	size_t n_digits;
	long long digit_ms;  /* when the last of them was typed (monotonic) */

	char msg[200];       /* one-shot status message */
	int msg_role;
	int cursor_y, cursor_x; /* in the status window, for the box */

	/* study: the progress file, the quiz, the comparisons, the interview */
	struct study_file *sf;   /* study.c; made on first use */
	struct study *study;     /* quiz_view.c; made on first use */
	struct compare *cmp;     /* compare_view.c */
	struct iview *iview;     /* interview_view.c; made on first use */
	uint64_t seed;           /* --seed, or from the clock */
};

/* The message id in the browser's language. */
const char *ui_msg(const struct app *a, enum hc_msg id);
/* The one-shot status message (cut at a character). */
void ui_set_msg(struct app *a, int role, const char *text);
enum role role_class(int digit);
enum role role_badge(int digit);
/* Paint s with the match spans that fall on it highlighted. */
int paint_spans(WINDOW *w, const struct hc_match *m, const char *base,
		unsigned off, const char *s, size_t n, int maxw, enum role r,
		enum role hl);
/* The short tag for an unusual status ("비공식"), NULL for standard. */
const char *ui_status_tag(const struct app *a, enum hc_status s);
/* L: switch Korean and English (unless the terminal cannot show Korean). */
int ui_toggle_lang(struct app *a);
/* Open screen m over the one shown, which it goes back to (ui_leave). */
int ui_enter(struct app *a, enum mode m);
int ui_leave(struct app *a);
/* The one focus change of the panes: the tree (or the results) or the
 * detail; in the stacked layout the pane shown follows it. */
int ui_focus(struct app *a, enum focus f);
/* The one scroll handler of the text views (detail, comparison, help,
 * statistics, interview): a line, a page, half a page, the ends.
 * Returns CH_DETAIL when it moved, 0 when not, CH_IGNORED for an action
 * that is no scroll. */
int ui_scroll(struct scroll *s, enum tui_action act);

#endif
