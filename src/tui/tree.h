/* The tree pane: the classes and their codes (the rows themselves are
 * plain data in state.h). */
#ifndef HC_TUI_TREE_H
#define HC_TUI_TREE_H

#include "ui.h"

void tree_draw(struct app *a);
int tree_key(struct app *a, enum tui_action act);
void tree_click(struct app *a, int row, int col, int wheel);

#endif
