/* The help screen, generated from the key table. */
#ifndef HC_TUI_HELP_H
#define HC_TUI_HELP_H

#include "ui.h"

void help_draw(struct app *a, WINDOW *w);
int help_key(struct app *a, enum tui_action act);

#endif
