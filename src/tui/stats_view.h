/* The statistics screen (S): sessions, answers, what is due, and mastery
 * per class. */
#ifndef HC_TUI_STATS_VIEW_H
#define HC_TUI_STATS_VIEW_H

#include "ui.h"

/* Open it; Esc goes back to the screen back. */
int stats_open(struct app *a, enum mode back);
void stats_draw(struct app *a, WINDOW *w);
int stats_key(struct app *a, enum tui_action act);

#endif
