/* The mock interview screen: a question, the model answer on Space, a
 * grade from 1 to 4, and a summary. */
#ifndef HC_TUI_INTERVIEW_VIEW_H
#define HC_TUI_INTERVIEW_VIEW_H

#include "ui.h"
#include "model/interview.h"

/* Cards in a session. */
#define INTERVIEW_VIEW_CARDS 10

/* Open the interview on the cards of f (NULL: all); the progress is the
 * study mode's, loaded on first use. */
int interview_view_open(struct app *a, const struct interview_filter *f);
/* i: on all the cards */
int interview_view_open_all(struct app *a);
void interview_view_draw(struct app *a, WINDOW *w, int ch);
int interview_view_key(struct app *a, enum tui_action act, struct ui_key k);
void interview_view_status(struct app *a);
void interview_view_free(struct app *a);

#endif
