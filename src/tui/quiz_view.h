/* Study mode: the quiz screen (scope menu, questions, feedback, summary),
 * and the few helpers the statistics and comparison screens share. */
#ifndef HC_TUI_QUIZ_VIEW_H
#define HC_TUI_QUIZ_VIEW_H

#include "ui.h"
#include "model/progress.h"

/* Questions in a session (a missed one comes back, so it may run longer).
 * Session k of a run (0, 1...) uses the seed a->seed + k. */
#define QUIZ_VIEW_QUESTIONS 10

/* The progress, loaded on first use; never NULL after it. */
struct progress *study_progress(struct app *a);
/* The one-line warning about the progress file ("" when none). */
void study_warning(const struct app *a, char *buf, size_t n);
/* Save the answers and grades given since the last save, as the quiz
 * does after each answer (a failure is kept for the warning line). */
void study_save(struct app *a);
/* Where the progress is saved, or NULL. */
const char *study_path(const struct app *a);
/* The session in progress or just ended: right and asked (0 when none). */
void study_session_score(const struct app *a, unsigned *right,
			 unsigned *asked);

struct hint;
/* The status line of the study screens: the message, or the progress
 * file's warning, on the left; the hints that fit on the right. */
void study_status(struct app *a, enum key_mode km, const struct hint *h,
		  size_t n);
/* Wrap text into width columns from (y, x), at most until row maxy;
 * returns the row after it. */
int study_wrap(WINDOW *w, int y, int x, int width, int maxy, enum role r,
	       const char *text);
/* A bar of width cells, pct of it filled. */
void study_bar(WINDOW *w, enum role r, int pct, int width);

int quiz_view_open(struct app *a);            /* t: the scope menu */
void quiz_view_draw(struct app *a, WINDOW *w, int ch);
int quiz_view_key(struct app *a, enum tui_action act, struct ui_key k);
void quiz_view_status(struct app *a);
void study_free(struct app *a);

#endif
