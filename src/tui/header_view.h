/* The header view: a header's explanation in the detail pane, opened from
 * the header links of a code; Back returns to the code, scrolled as it
 * was.  The doc's links to headers are keys of their own, told apart
 * from codes and classes by header_view_is_key. */
#ifndef HC_TUI_HEADER_VIEW_H
#define HC_TUI_HEADER_VIEW_H

#include "ui.h"

/* The doc key (and link) for a header of the table. */
int header_view_key(const struct app *a, const struct hc_header *h);
int header_view_is_key(int key);

/* 1 while a header is shown; a selection moved elsewhere in the tree (or
 * the results) ends the view. */
int header_view_shown(struct app *a);
int header_view_doc_key(const struct app *a);
/* The header's doc, into the detail pane's. */
void header_view_build(struct doc *d, const struct app *a, int width);

/* Enter on a header link: the code's place is kept for Back. */
int header_view_open(struct app *a, int key);
/* Back while a header is shown: to the code at its scroll and link.
 * Returns change bits; 0 when no header is shown. */
int header_view_back(struct app *a);
/* Leave the header (following one of its codes). */
void header_view_close(struct app *a);

/* What Back should come back to from here: the selection, or the header
 * shown over it (an entry header_view_reopen understands). */
int header_view_history_key(struct app *a);
int header_view_is_history(int key);
int header_view_reopen(struct app *a, int key);

/* The header a search query names, for the results' first row; the
 * search box calls it after each run. */
void header_view_query(struct app *a, const char *q, size_t n);
/* While the results of such a query are shown: the link to that header
 * becomes the chosen one, if the detail has it. */
void header_view_pick_link(struct app *a);
/* 1 when the query names a header (its row comes first). */
int header_view_named(const struct app *a);
/* That header as the results' first row, in width columns. */
void header_view_draw_row(const struct app *a, WINDOW *w, int width);

#endif
