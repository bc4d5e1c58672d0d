/* The search box and the status line under it. */
#ifndef HC_TUI_SEARCH_BOX_H
#define HC_TUI_SEARCH_BOX_H

#include "ui.h"

void search_draw_status(struct app *a);
int search_open(struct app *a);
int search_key(struct app *a, enum tui_action act, struct ui_key k);
int search_step(struct app *a, int dir); /* n / N */
/* Leave the search (the box or the kept results) for the tree, with the
 * selection on the code selected in the results, if any. */
int search_clear(struct app *a);
/* Enter: close the box, keeping the results (if there are any). */
int search_keep(struct app *a);
void search_rerun(struct app *a);
/* 1 when the box holds a query: more than blanks. */
int search_has_query(const struct app *a);
/* The search match for a code while results are shown, or NULL. */
const struct hc_match *search_match_for(const struct app *a,
					const struct hc_code *c);
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
#endif
