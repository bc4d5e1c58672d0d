/* The ranked list of search results, in the tree's place while a search
 * is shown. */
#ifndef HC_TUI_RESULTS_H
#define HC_TUI_RESULTS_H

#include "ui.h"

int results_shown(const struct app *a);
void results_draw(struct app *a);
int results_key(struct app *a, enum tui_action act);
void results_click(struct app *a, int row, int col, int wheel);
/* Select a row; the tree (and so the detail) follows. */
int results_select(struct app *a, int row);
/* Select a code or a class digit in the left pane, keeping it in view:
 * its row among the results when it is one, else in the tree (leaving
 * the search); a code u hides is shown and said to be hidden.  Returns
 * change bits. */
int results_goto(struct app *a, int key);

#endif
