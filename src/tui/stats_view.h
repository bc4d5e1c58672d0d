/* The statistics screen (S): sessions, answers, what is due, and mastery
 * per class. */
#ifndef HC_TUI_STATS_VIEW_H
#define HC_TUI_STATS_VIEW_H

#include "ui.h"

/* Open it over the screen shown; Esc goes back there. */
int stats_open(struct app *a);
void stats_draw(struct app *a, WINDOW *w, int ch);
int stats_key(struct app *a, enum tui_action act, struct ui_key k);
void stats_status(struct app *a);

#endif
