/* The detail pane: the chosen code or class, wrapped, scrolled, with
 * related codes that can be followed. */
#ifndef HC_TUI_DETAIL_H
#define HC_TUI_DETAIL_H

#include "ui.h"

/* The header view (header_view.c): a header explained in the pane, over
 * the code it was opened from. */
struct hview {
	const struct hc_header *h; /* shown; NULL: the tree's selection is */
	int from_key;              /* the code, its scroll, its chosen link */
	int from_top, from_link;
	const struct hc_header *query; /* the header the search names */
};

/* The pane's state: what it shows and how it is read.  Only the pane
 * (detail.c and its header view) writes it. */
struct detail {
	struct doc doc;
	struct scroll ds;
	int ds_key;          /* the doc key ds and link belong to */
	int link;            /* the chosen link, -1 none */
	struct history hist; /* codes followed, for Back */
	struct hview hv;
};

/* Made at start (NULL without memory), freed at the end. */
struct detail *detail_new(void);
void detail_free(struct app *a);
/* Back: the code (or header) read before, as it was read. */
int detail_back(struct app *a);

/* Builders the header view (header_view.c) shares, as it shows a header
 * in the same pane: the label column for these labels, a heading, a code
 * as a link. */
int detail_label_cols(const struct app *a, const enum hc_msg *ids, size_t n);
void detail_heading(struct doc *d, const struct app *a, enum hc_msg id);
void detail_code_link(struct doc *d, const struct app *a, int code,
		      int width);

/* The chosen link follows the view: when it has been scrolled out of
 * sight, the first link in sight is chosen (none in sight: it stays). */
void detail_follow_view(struct app *a);

void detail_draw(struct app *a);
int detail_key(struct app *a, enum tui_action act);
void detail_click(struct app *a, int row, int col, int wheel);
/* Make sure the doc matches the selection, language and width.  Another
 * code is read from its top; in the pane a link is always chosen. */
void detail_prepare(struct app *a);
/* Enter on the left pane's selection: the detail gets the focus, its
 * first related code (or the header a search names) chosen afresh. */
int detail_enter(struct app *a);
/* The code (now selected) as it was left: its scroll and chosen link. */
void detail_restore(struct app *a, int top, int link);
/* The doc is out of date (u changed what a class lists). */
void detail_invalidate(struct app *a);
/* The link Enter follows when the pane is entered: the first code (a
 * related code before the headers above it), else the first link; -1
 * when there is none. */
int doc_first_link(const struct doc *d);
#endif
