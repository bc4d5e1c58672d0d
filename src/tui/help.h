/* The help screen, generated from the key table. */
#ifndef HC_TUI_HELP_H
#define HC_TUI_HELP_H

#include "ui.h"

/* ? from any screen; any key but the scrolling ones goes back there. */
int help_open(struct app *a);
void help_free(struct app *a);
void help_draw(struct app *a, WINDOW *w, int ch);
int help_key(struct app *a, enum tui_action act, struct ui_key k);
void help_status(struct app *a);

#endif
