/* The browser: the tree (or the ranked results) beside the detail, and
 * the keys that belong to neither pane alone (digits, copying, u, Tab,
 * Esc; Back is handed to the detail).  The search box shares its panes. */
#ifndef HC_TUI_BROWSE_H
#define HC_TUI_BROWSE_H

#include "ui.h"

enum key_mode browse_keymap(const struct app *a);
void browse_draw(struct app *a, WINDOW *w, int ch);
int browse_key(struct app *a, enum tui_action act, struct ui_key k);
/* A click picks a row or a link (and the pane); the wheel scrolls the
 * pane under the pointer. */
int browse_mouse(struct app *a, const MEVENT *ev);
/* How long a number being typed waits for its next digit (-1: none is
 * being typed); at the end of the pause the number is done. */
int browse_wait(const struct app *a);
int browse_tick(struct app *a);

#endif
