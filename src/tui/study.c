/* What the study screens share: the progress file (loaded on first use,
 * saved after each answer, said when it cannot be), and their status
 * line, wrapped texts and bars. */
#include <config.h>

#include "study.h"
#include "hints.h"
#include "model/i18n.h"
#include "model/quiz.h"
#include "model/text.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct study_file {
	struct progress prog;
	char *path;              /* NULL: nowhere to save */
	struct progress_note note; /* from the model: load or save trouble */
	int warn_no_home;        /* show MSG_T_NO_HOME */
};

/* A save waiting for another copy's lock stops waiting when the program
 * is being ended: the loop keeps these signals blocked, so they are
 * pending here, and end the program as soon as the save returns. */
static int ending(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	sigset_t set;

	if (sigpending(&set) < 0)
		return 0;
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		if (sigismember(&set, sigs[i]) == 1)
			return 1;
	return 0;
}

static struct study_file *file_get(struct app *a)
{
	struct study_file *f = a->sf;

	if (f)
		return f;
	f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	a->sf = f;
	f->path = progress_default_path();
	progress_init(&f->prog);
	if (!f->path)
		f->warn_no_home = 1;
	else
		progress_load(&f->prog, f->path, &f->note);
	f->prog.interrupted = ending;
	return f;
}

struct progress *study_progress(struct app *a)
{
	static struct progress none;
	struct study_file *f = file_get(a);

	return f ? &f->prog : &none;
}

const char *study_path(const struct app *a)
{
	return a->sf ? a->sf->path : NULL;
}

void study_warning(const struct app *a, char *buf, size_t n)
{
	const struct study_file *f = a->sf;

	buf[0] = '\0';
	if (!f)
		return;
	if (f->warn_no_home)
		text_format(buf, n, "%s", ui_msg(a, MSG_T_NO_HOME));
	else
		progress_note_text(&f->note, a->lang, 1, buf, n);
}

/* After each answer.  A failure keeps the answers for the next save and
 * says why; a success clears what an earlier failure said. */
void study_save(struct app *a)
{
	struct study_file *f = a->sf;

	if (f && f->path)
		progress_save(&f->prog, f->path, &f->note);
}

/* Reviewed items due now, over all the table can ask. */
size_t study_due_now(const struct app *a, const struct progress *p)
{
	struct quiz_due d;
	long long now = (long long)time(NULL);

	quiz_due(a->t, p, now, now, &d);
	return d.now;
}

void study_file_free(struct app *a)
{
	struct study_file *f = a->sf;

	if (!f)
		return;
	/* the terminal is restored by now: answers that could not be saved
	 * are tried once more, and said on stderr if they still cannot be */
	if (f->path && progress_unsaved(&f->prog)) {
		unsigned long n = progress_unsaved(&f->prog);

		if (progress_save(&f->prog, f->path, &f->note) < 0) {
			char num[24], why[1024], line[1200];
			const char *args[2] = { num, why };

			snprintf(num, sizeof num, "%lu", n);
			progress_note_text(&f->note, a->lang, 0, why,
					   sizeof why);
			hc_msg_fill(line, sizeof line,
				    ui_msg(a, MSG_P_UNSAVED), args, 2);
			fprintf(stderr, "httpcodes: %s\n", line);
		}
	}
	progress_free(&f->prog);
	free(f->path);
	free(f);
	a->sf = NULL;
}

int study_wrap(WINDOW *w, int y, int x, int width, int maxy, enum role r,
	       const char *text)
{
	struct doc d = { 0 };
	struct doc_view v = { 0, x, width, -1, NULL };
	int rows;

	doc_text(&d, r, text, 0, width, NULL, 0);
	rows = (int)d.nline < maxy - y ? (int)d.nline : maxy - y;
	if (rows > 0)
		doc_draw(w, y, rows, &d, &v);
	doc_free(&d);
	return rows > 0 ? y + rows : y;
}

void study_bar(WINDOW *w, enum role r, int pct, int width)
{
	int full = pct * width / 100;
	int utf8 = theme_glyphs()->vline[0] != '|';

	if (pct > 0 && full == 0)
		full = 1; /* something learnt shows */
	for (int i = 0; i < width; i++)
		paint_str(w, i < full ? r : R_DIM,
			  i < full ? (utf8 ? "\xe2\x96\x88" : "#")
				   : (utf8 ? "\xe2\x96\x91" : "."), 1);
}

void study_status(struct app *a, enum key_mode km, const struct hint *h,
		  size_t n)
{
	char warn[1400];

	if (a->msg[0]) {
		hints_line(a, km, a->msg, a->msg_role, h, n);
		return;
	}
	study_warning(a, warn, sizeof warn);
	hints_line(a, km, warn, R_WARN, h, n);
}

