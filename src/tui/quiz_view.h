/* The quiz screen: the scope menu, questions, the answer's reason, and
 * a summary. */
#ifndef HC_TUI_QUIZ_VIEW_H
#define HC_TUI_QUIZ_VIEW_H

#include "ui.h"

/* Questions in a session (a missed one comes back, so it may run longer).
 * Session k of a run (0, 1...) uses the seed a->seed + k. */
#define QUIZ_VIEW_QUESTIONS 10

/* The session in progress or just ended: right and asked (0 when none). */
void study_session_score(const struct app *a, unsigned *right,
			 unsigned *asked);

int quiz_view_open(struct app *a);            /* t: the scope menu */
void quiz_view_draw(struct app *a, WINDOW *w, int ch);
int quiz_view_key(struct app *a, enum tui_action act, struct ui_key k);
void quiz_view_status(struct app *a);
void study_free(struct app *a);

#endif
