/* The comparison screen (c): the codes people mix up, side by side. */
#ifndef HC_TUI_COMPARE_VIEW_H
#define HC_TUI_COMPARE_VIEW_H

#include "ui.h"

int compare_open(struct app *a);
/* The comparisons of code (topic first, if any), over the screen shown.
 * Returns 0 when there is none. */
int compare_open_for(struct app *a, int code, const struct hc_topic *topic);
void compare_draw(struct app *a, WINDOW *w, int ch);
int compare_key(struct app *a, enum tui_action act, struct ui_key k);
void compare_status(struct app *a);
void compare_free(struct app *a);

#endif
