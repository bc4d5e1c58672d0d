/* What the study screens (quiz, statistics, comparison, interview)
 * share: the progress file, and their status line, texts and bars. */
#ifndef HC_TUI_STUDY_H
#define HC_TUI_STUDY_H

#include "ui.h"
#include "model/progress.h"

/* The progress, loaded on first use; never NULL. */
struct progress *study_progress(struct app *a);
/* The one-line warning about the progress file ("" when none). */
void study_warning(const struct app *a, char *buf, size_t n);
/* Save the answers and grades given since the last save, as the quiz
 * does after each answer (a failure is kept for the warning line). */
void study_save(struct app *a);
/* Where the progress is saved, or NULL. */
const char *study_path(const struct app *a);
/* Reviewed items due now, over all the table can ask. */
size_t study_due_now(const struct app *a, const struct progress *p);
/* At the end, after the terminal is given back: answers that could not
 * be saved are tried once more, and said on stderr if they still
 * cannot be. */
void study_file_free(struct app *a);

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

#endif
