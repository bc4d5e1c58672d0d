/* Selection, scrolling and the flattened tree, as plain data with pure
 * functions (no curses), so they can be unit-tested without a terminal. */
#ifndef HC_TUI_STATE_H
#define HC_TUI_STATE_H

#include <stddef.h>

#include "model/table.h"

enum tree_row_kind { ROW_CLASS, ROW_CODE };

struct tree_row {
	unsigned char kind;  /* enum tree_row_kind */
	unsigned char digit; /* the class, 1..5 */
	short count;         /* ROW_CLASS: codes shown under it when open */
	const struct hc_code *code; /* ROW_CODE */
};

struct tree {
	const struct hc_table *t;
	unsigned open;          /* bit d: class d expanded */
	unsigned saved_open;    /* open before a filter started */
	int hide_unofficial;
	int reveal;             /* a hidden code shown all the same (the
				 * target of a jump or a link) while it is
				 * selected; 0: none */
	int filtering;          /* only codes with want[i] are shown */
	unsigned char *want;    /* per code index */
	struct tree_row *rows;  /* the visible rows */
	int n;
	int sel, top;           /* selected row, first row on screen */
	int key;                /* the selection: a code, or digit for a class */
};

int tree_init(struct tree *tr, const struct hc_table *t);
void tree_free(struct tree *tr);

/* Flatten again after open/filter/hide changes; the selection stays on
 * the same code when it is still shown, else on its class, else on the
 * nearest row. */
void tree_rebuild(struct tree *tr);

/* Each returns 1 when the selection or the rows changed. */
int tree_move(struct tree *tr, int delta);
int tree_set_sel(struct tree *tr, int row);
int tree_toggle(struct tree *tr);          /* Enter on a class */
int tree_left(struct tree *tr);            /* collapse, or go to parent */
int tree_right(struct tree *tr);           /* expand, or go to first code */
/* Expands its class; a code that hiding leaves out is shown all the
 * same (tree_revealed), hiding stays on, and the code goes again once
 * the selection leaves it. */
int tree_select_code(struct tree *tr, int code);
/* 1 when the selection is a code shown only because it was selected. */
int tree_revealed(const struct tree *tr);
int tree_select_class(struct tree *tr, int digit);
/* Typed digits "4", "40", "404": the class, then the first code with
 * that prefix; returns 1 on a jump, 0 when nothing has the prefix. */
int tree_jump_prefix(struct tree *tr, const char *digits, size_t n);
int tree_set_hide_unofficial(struct tree *tr, int hide);
/* Show only the codes whose flag is set (want has t->n entries; copied);
 * NULL ends filtering and restores the classes that were open. */
void tree_filter(struct tree *tr, const unsigned char *want);

/* Keep the selection inside a window of height rows. */
void tree_scroll_fit(struct tree *tr, int height);
/* Scroll the window (mouse wheel); the selection follows when it would
 * leave the window.  Returns 1 when anything moved. */
int tree_scroll(struct tree *tr, int delta, int height);

const struct hc_code *tree_sel_code(const struct tree *tr);
int tree_sel_digit(const struct tree *tr);
int tree_row_of_code(const struct tree *tr, int code);

/* A scrolled view of total lines in height rows. */
struct scroll {
	int top, total, height;
};
/* Clamp top into range; returns 1 when it moved. */
int scroll_clamp(struct scroll *s);
int scroll_by(struct scroll *s, int delta);
int scroll_to(struct scroll *s, int top);
/* Make line visible (used for the selected related link). */
int scroll_show(struct scroll *s, int line);

/* A flat list's selection and its first row on screen (the ranked
 * search results). */
struct listsel {
	int n, sel, top;
};
/* Each returns 1 when the selection moved. */
int list_set(struct listsel *l, int sel);     /* clamped into the list */
int list_move(struct listsel *l, int delta);  /* clamped */
int list_step(struct listsel *l, int delta);  /* wrapping round (n, N) */
/* Keep the selection inside a window of height rows. */
void list_fit(struct listsel *l, int height);
/* Scroll the window (mouse wheel); the selection follows when it would
 * leave it.  Returns 1 when anything moved. */
int list_scroll(struct listsel *l, int delta, int height);

/* The part of a field's text to show for a match at [start, start + len)
 * in cols columns: bytes [off, off + n) of s; lead and tail say that text
 * was left out there (an ellipsis of one column goes there, counted in
 * cols).  Only the match's paragraph is shown, and with items set (lists
 * such as "a, b, c") only its item; some text before the match is kept
 * for context, from the start of a word when there is one. */
struct excerpt {
	size_t off, n;
	int lead, tail;
};
void excerpt_find(const char *s, unsigned start, unsigned len, int cols,
		  int items, struct excerpt *x);

/* Back/forward history of followed codes. */
#define HIST_MAX 64
struct history {
	int code[HIST_MAX];
	int top[HIST_MAX], link[HIST_MAX]; /* how it was being read */
	int n;
};
void hist_push(struct history *h, int code);
int hist_pop(struct history *h); /* -1 when empty */
/* The same, with the scroll position and chosen link of the code left,
 * so that coming back shows it as it was. */
void hist_push_view(struct history *h, int code, int top, int link);
int hist_pop_view(struct history *h, int *top, int *link);

#endif
