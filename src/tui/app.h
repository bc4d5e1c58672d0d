/* State shared by the panes; the loop in app.c owns the terminal. */
#ifndef HC_TUI_APP_H
#define HC_TUI_APP_H

#include <curses.h>

#include "keys.h"
#include "layout.h"
#include "lineedit.h"
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
	CH_ALL = CH_HEAD | CH_TREE | CH_DETAIL | CH_STATUS | CH_LAYOUT,
};

enum focus { FOCUS_TREE, FOCUS_DETAIL };
enum mode { MODE_NORMAL, MODE_SEARCH, MODE_HELP,
	     /* study (issue 6): full-screen, in the help's window */
	     MODE_QUIZ, MODE_STATS, MODE_COMPARE,
	     MODE_INTERVIEW /* the mock interview, in the same window */ };

/* The detail pane as laid-out lines of segments. */
struct dseg {
	const char *s;
	unsigned len;
	unsigned char role;
	short link;       /* index into links, or -1 */
	const char *base; /* the table string s points into, for highlights */
};
struct dline {
	unsigned first, n; /* segments */
	int indent;
};
struct doc {
	struct dseg *seg;
	size_t nseg, capseg;
	struct dline *line;
	size_t nline, capline;
	int *links;      /* code (or class digit) per link */
	int *link_line;  /* the line it is on */
	int nlinks, caplinks;
	char **own;      /* strings the doc made */
	size_t nown, capown;
	int key, width, lang, valid;
};

/* Earlier queries of this session, for ^P / ^N in the search box. */
#define RECALL_MAX 50
struct recall {
	char *q[RECALL_MAX]; /* oldest first */
	int n;
	int at;              /* the one shown; n: the query being typed */
	char *draft;         /* the query being typed, while at < n */
};

/* The header view (header_view.c): a header explained in the detail pane,
 * over the code it was opened from. */
struct hview {
	const struct hc_header *h; /* shown; NULL: the tree's selection is */
	int from_key;              /* the code, its scroll, its chosen link */
	int from_top, from_link;
	const struct hc_header *query; /* the header the search names */
};

struct app {
	const struct hc_table *t;
	enum hc_lang lang;
	int utf8;
	struct tree tree;
	struct layout lay;
	WINDOW *w_head, *w_tree, *w_sep, *w_detail, *w_status;
	enum focus focus;
	enum mode mode;
	int show_detail;     /* stacked layout: the detail is shown */

	/* detail pane */
	struct doc doc;
	struct scroll ds;
	int link;            /* chosen related link, -1 none */
	struct history hist;
	struct hview hv;

	/* search */
	struct hc_search *search;
	struct lineedit box;   /* the query as typed */
	const struct hc_match *hits; /* the engine's, best first */
	size_t n_hits;
	const struct hc_match **rank; /* the rows of the ranked list: the
				       * hits but hidden unofficial codes */
	struct listsel rs;     /* the selected row; rs.n rows */
	int partial;           /* no code matched every word */
	int kept;              /* results kept after Enter */
	int pre_key;           /* the selection before the search */
	unsigned char *want;
	struct recall recall;  /* the queries of this session */

	char digits[4];      /* typed so far, for jumping to a code */
	size_t n_digits;
	long long digit_ms;  /* when the last of them was typed (monotonic) */

	char msg[200];       /* one-shot status message */
	int msg_role;
	int help_top;
	enum mode help_back;  /* the screen ? was pressed on */
	int cursor_y, cursor_x; /* in the status window, for the box */
	WINDOW *w_help;

	/* study: the quiz, the statistics, the comparisons */
	struct study *study;     /* quiz_view.c; made on first use */
	struct compare *cmp;     /* compare_view.c */
	struct iview *iview;     /* interview_view.c; made on first use */
	enum mode stats_back;    /* the screen the statistics return to */
	uint64_t seed;           /* --seed, or from the clock */
};

const char *app_msg(const struct app *a, enum hc_msg id);
void app_set_msg(struct app *a, int role, const char *text);
/* The search match for a code, or NULL. */
const struct hc_match *app_match_for(const struct app *a,
				     const struct hc_code *c);
/* Select a code or a class digit, keeping it in view; returns change bits. */
int app_goto(struct app *a, int key);
enum role role_class(int digit);
enum role role_badge(int digit);
/* Paint s with the match spans that fall on it highlighted. */
int paint_spans(WINDOW *w, const struct hc_match *m, const char *base,
		unsigned off, const char *s, size_t n, int maxw, enum role r,
		enum role hl);
/* The short tag for an unusual status ("비공식"), NULL for standard. */
const char *app_status_tag(const struct app *a, enum hc_status s);
/* Place the terminal cursor where it belongs (search box) or hide it. */
void app_place_cursor(struct app *a);
/* L: switch Korean and English (unless the terminal cannot show Korean). */
int app_toggle_lang(struct app *a);

/* panes: draw into their window; key handlers return change bits */
void tree_draw(struct app *a);
int tree_key(struct app *a, enum tui_action act);
void tree_click(struct app *a, int row, int col, int wheel);

void detail_draw(struct app *a);
int detail_key(struct app *a, enum tui_action act);
void detail_click(struct app *a, int row, int col, int wheel);
void doc_free(struct doc *d);
/* Make sure the doc matches the selection, language and width. */
void detail_prepare(struct app *a);
/* The link Enter follows when the pane is entered: the first code (a
 * related code before the headers above it), else the first link; -1
 * when there is none. */
int doc_first_link(const struct doc *d);

void search_draw_status(struct app *a);
int search_open(struct app *a);
int search_key(struct app *a, enum tui_action act, int is_fn, wint_t ch);
int search_step(struct app *a, int dir); /* n / N */
/* Leave the search (the box or the kept results) for the tree, with the
 * selection on the code selected in the results, if any. */
int search_clear(struct app *a);
/* Enter: close the box, keeping the results (if there are any). */
int search_keep(struct app *a);
void search_rerun(struct app *a);
/* 1 when the box holds a query: more than blanks. */
int search_has_query(const struct app *a);
/* Pasted text: into the box at the cursor, cleaned (no control reaches
 * the query); from the tree it opens the box with it. */
int search_paste(struct app *a, const char *s, size_t n);
/* The row of a code in the ranked list, -1 if it is not there. */
int search_row_of(const struct app *a, int code);
/* Typed digits while results are kept: the first row, in rank order,
 * whose code starts with them; 0 when none does. */
int search_jump_prefix(struct app *a, const char *digits, size_t n);
/* hide_unofficial changed: the rows again, the selection kept if it can. */
void search_rerank(struct app *a);
void search_free(struct app *a);

/* The ranked list, in the tree's place while a search is shown. */
int results_shown(const struct app *a);
void results_draw(struct app *a);
int results_key(struct app *a, enum tui_action act);
void results_click(struct app *a, int row, int col, int wheel);
/* Select a row; the tree (and so the detail) follows. */
int results_select(struct app *a, int row);

void help_draw(struct app *a, WINDOW *w);
int help_key(struct app *a, enum tui_action act);

/* study screens: each draws into the body window (w_help) */
int quiz_view_open(struct app *a);            /* t: the scope menu */
void quiz_view_draw(struct app *a, WINDOW *w);
int quiz_view_key(struct app *a, enum tui_action act, int is_fn,
		  wint_t ch);
void study_draw_status(struct app *a);   /* the status line of the three */
void study_free(struct app *a);

int stats_open(struct app *a, enum mode back); /* S */
void stats_draw(struct app *a, WINDOW *w);
int stats_key(struct app *a, enum tui_action act);

int compare_open(struct app *a);         /* c */
/* The comparisons of code (topic first, if any); Esc goes back to back.
 * Returns 0 when there is none. */
int compare_open_for(struct app *a, int code, const struct hc_topic *topic,
		     enum mode back);
void compare_draw(struct app *a, WINDOW *w);
int compare_key(struct app *a, enum tui_action act);
void compare_free(struct app *a);

#endif
