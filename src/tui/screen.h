/* The screen table: one row per screen of the browser (the panes, the
 * search box, the help, the study screens), and the loop's part of a
 * key, which it does for every screen alike (tig's view_ops).  A new
 * screen is a file of its own and one row of the table in app.c. */
#ifndef HC_TUI_SCREEN_H
#define HC_TUI_SCREEN_H

#include "ui.h"

struct screen {
	enum mode mode;
	enum hc_msg title;       /* in the head line */
	enum key_mode keys;      /* where its keys are looked up ... */
	enum key_mode (*keymap)(const struct app *a); /* ... unless this
							* says (NULL) */
	unsigned full : 1;       /* the whole body, in the full-screen window;
				  * Esc goes back (ui_leave) */
	unsigned keep_msg : 1;   /* the status message outlives a key */
	unsigned takes_text : 1; /* the cursor shows; an Enter with text
				  * right behind it is pasted text */
	unsigned wheel : 1;      /* the mouse wheel scrolls it, as Up Down */
	enum tui_action opens;   /* the key that opens it (ACT_NONE: none) */
	int (*open)(struct app *a);
	/* w: the full-screen window; ch: what changed (CH_*) */
	void (*draw)(struct app *a, WINDOW *w, int ch);
	/* act is k in this screen's key map; CH_IGNORED hands it to the
	 * loop's generic actions */
	int (*key)(struct app *a, enum tui_action act, struct ui_key k);
	void (*status)(struct app *a);
	/* a click or the wheel, where that is more than scrolling (NULL:
	 * the wheel as keys, see wheel) */
	int (*mouse)(struct app *a, const MEVENT *ev);
	/* how long the loop may wait for a key before tick, -1: no limit */
	int (*wait)(const struct app *a);
	int (*tick)(struct app *a);
	void (*free)(struct app *a);
};

struct screens {
	const struct screen *row;
	size_t n;
};

/* The row of mode m (the first one when none is, which is the browser). */
const struct screen *screen_of(const struct screens *t, enum mode m);
enum key_mode screen_keymap(const struct screen *s, const struct app *a);
/* A key as an action of the screen shown: looked up once, in its key map. */
enum tui_action screen_action(const struct app *a, const struct screens *t,
			      struct ui_key k);
/* A key for the screen shown, act its screen_action: the message cleared
 * (unless the screen keeps it); the screen's key handler; then, if it
 * ignored the key, the generic actions.  Returns change bits. */
int screen_key(struct app *a, const struct screens *t, struct ui_key k,
	       enum tui_action act);
/* What every screen does with a key it ignores: L (language), ^L
 * (redraw), q (quit), Esc on a full screen (back), and the keys that
 * open a screen (?, /, t, i, S, c). */
int screen_generic(struct app *a, const struct screens *t,
		   enum tui_action act);
/* The wheel on the screen shown, three lines a notch (dir -1 up, 1
 * down), for the screens that have no mouse handler. */
int screen_wheel(struct app *a, const struct screens *t, int dir);

/* The browser's table (app.c). */
const struct screens *tui_screens(void);

#endif
