/* The mock interview: one open question at a time; the user answers in
 * their head or aloud, Space shows the model answer, 1-4 grade it (Again,
 * Hard, Good, Easy) and the next card comes.  The model (interview.c)
 * picks and records; the progress is the study mode's, saved after every
 * grade the way the quiz saves its answers. */
#include <config.h>

#include "interview_view.h"
#include "hints.h"
#include "study.h"
#include "model/i18n.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TEXT_MAX 96 /* columns: longer lines are hard to read */

enum ivstate { IV_ASK, IV_SHOWN, IV_SUMMARY };

struct iview {
	struct interview iv;
	struct interview_filter filter;
	int have_filter;
	int have_session;
	unsigned runs;
	enum ivstate st;
	struct scroll sc; /* the card's rows, as last drawn */
	int left_early;
};

static const enum hc_msg grade_msg[PG_EASY + 1] = {
	[PG_AGAIN] = MSG_T_IV_AGAIN, [PG_HARD] = MSG_T_IV_HARD,
	[PG_GOOD] = MSG_T_IV_GOOD, [PG_EASY] = MSG_T_IV_EASY,
};

static int start(struct app *a)
{
	struct iview *v = a->iview;

	if (v->have_session)
		interview_end(&v->iv);
	v->have_session = 0;
	if (interview_start(&v->iv, a->t, study_progress(a),
			    v->have_filter ? &v->filter : NULL,
			    a->seed + v->runs, INTERVIEW_VIEW_CARDS,
			    (long long)time(NULL)) < 0) {
		ui_set_msg(a, R_WARN, "out of memory");
		return CH_STATUS;
	}
	v->have_session = 1;
	v->runs++;
	v->st = IV_ASK;
	v->sc.top = 0;
	v->left_early = 0;
	if (!interview_current(&v->iv))
		ui_set_msg(a, R_WARN, ui_msg(a, MSG_T_IV_NONE));
	return CH_ALL;
}

int interview_view_open_all(struct app *a)
{
	return interview_view_open(a, NULL);
}

int interview_view_open(struct app *a, const struct interview_filter *f)
{
	struct iview *v = a->iview;

	if (!v) {
		v = calloc(1, sizeof *v);
		if (!v) {
			ui_set_msg(a, R_WARN, "out of memory");
			return CH_STATUS;
		}
		a->iview = v;
	}
	v->have_filter = f != NULL;
	if (f)
		v->filter = *f;
	ui_enter(a, MODE_INTERVIEW);
	return start(a);
}

void interview_view_free(struct app *a)
{
	struct iview *v = a->iview;

	if (!v)
		return;
	if (v->have_session)
		interview_end(&v->iv);
	free(v);
	a->iview = NULL;
}

static int leave(struct app *a)
{
	struct iview *v = a->iview;

	if (v->st != IV_SUMMARY && v->iv.graded > 0) {
		v->left_early = interview_current(&v->iv) != NULL;
		v->st = IV_SUMMARY;
		v->sc.top = 0;
		return CH_DETAIL | CH_STATUS;
	}
	return ui_leave(a);
}

static int grade(struct app *a, enum progress_grade g)
{
	struct iview *v = a->iview;

	if (interview_grade(&v->iv, g, (long long)time(NULL)) < 0) {
		ui_set_msg(a, R_WARN, "out of memory");
		return CH_STATUS;
	}
	study_save(a);
	v->sc.top = 0;
	v->st = interview_current(&v->iv) ? IV_ASK : IV_SUMMARY;
	return CH_HEAD | CH_DETAIL | CH_STATUS;
}

int interview_view_key(struct app *a, enum tui_action act, struct ui_key k)
{
	struct iview *v = a->iview;
	wint_t ch = k.is_fn ? 0 : k.ch;
	int r;

	switch (act) {
	case ACT_LANG:
	case ACT_REDRAW:
	case ACT_HELP:
		return CH_IGNORED;
	case ACT_ESC:
		return leave(a);
	default:
		break;
	}
	r = ui_scroll(&v->sc, act);
	if (r != CH_IGNORED)
		return r | CH_STATUS;
	if (!v->have_session)
		return CH_STATUS;
	switch (v->st) {
	case IV_ASK:
		if (act == ACT_OPEN && interview_current(&v->iv)) {
			v->st = IV_SHOWN;
			return CH_DETAIL | CH_STATUS;
		}
		if (act == ACT_DIGIT) /* grading comes after the answer */
			ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_IV_THINK));
		return CH_STATUS;
	case IV_SHOWN:
		if (act == ACT_DIGIT && ch >= '1' && ch <= '4')
			return grade(a, (enum progress_grade)(ch - '0'));
		return CH_STATUS;
	case IV_SUMMARY:
		if (act == ACT_OPEN)
			return start(a);
		return CH_STATUS;
	}
	return 0;
}

/* ---- drawing ----------------------------------------------------------- */

/* A line of text made while building (copied into the doc). */
static void put(struct doc *d, enum role r, const char *s, int width)
{
	doc_text(d, r, doc_own(d, s), 0, width, NULL, 0);
}

/* Paragraphs ('\n' between them), a blank line between. */
static void put_text(struct doc *d, enum role r, const char *s, size_t n,
		     int width)
{
	doc_text(d, r, doc_own_n(d, s, n), 0, width, NULL, 1);
}

static void build_card(struct app *a, struct doc *d, int width)
{
	struct iview *v = a->iview;
	const struct interview_card *c = interview_current(&v->iv);
	char buf[512];
	const char *s;
	size_t n;

	if (!c)
		return;
	snprintf(buf, sizeof buf, "%s %zu/%zu", ui_msg(a, MSG_T_QUESTION),
		 v->iv.pos + 1, v->iv.n);
	put(d, R_HEADING, buf, width);
	doc_line(d, 0);
	if (c->kind == IVK_CODE) {
		const char *k = c->code->title[HC_KO];

		if (a->lang == HC_KO && k && strcmp(k, c->code->phrase))
			text_format(buf, sizeof buf, "%03d %s  %s",
				    c->code->code, c->code->phrase, k);
		else
			text_format(buf, sizeof buf, "%03d %s", c->code->code,
				    c->code->phrase);
		put(d, role_class(c->code->code / 100), buf, width);
	} else {
		text_format(buf, sizeof buf, "%s: %s",
			    ui_msg(a, MSG_T_IV_CONCEPT),
			    c->concept->title[a->lang]);
		put(d, R_LABEL, buf, width);
	}
	doc_line(d, 0);
	s = interview_question(c, a->lang, &n);
	put_text(d, R_TITLE, s, n, width);
	doc_line(d, 0);
	if (v->st == IV_ASK) {
		put(d, R_DIM, ui_msg(a, MSG_T_IV_THINK), width);
		return;
	}
	put(d, R_HEADING, ui_msg(a, MSG_T_IV_ANSWER), width);
	s = interview_answer(c, a->lang, &n);
	put_text(d, R_NORMAL, s, n, width);
	doc_line(d, 0);
	put(d, R_LABEL, ui_msg(a, MSG_T_IV_GRADE_ASK), width);
	doc_line(d, 0);
	for (int g = PG_AGAIN; g <= PG_EASY; g++) {
		snprintf(buf, sizeof buf, "%d", g);
		doc_seg(d, R_KEY, doc_own(d, buf), strlen(buf), NULL, -1);
		snprintf(buf, sizeof buf, " %s   ", ui_msg(a, grade_msg[g]));
		doc_seg(d, R_NORMAL, doc_own(d, buf), strlen(buf), NULL, -1);
	}
}

static void build_summary(struct app *a, struct doc *d, int width)
{
	struct iview *v = a->iview;
	char buf[256];

	text_format(buf, sizeof buf, "%s%s%s%s", ui_msg(a, MSG_T_SUMMARY),
		    v->left_early ? " (" : "",
		    v->left_early ? ui_msg(a, MSG_T_LEFT_EARLY) : "",
		    v->left_early ? ")" : "");
	put(d, R_HEADING, buf, width);
	doc_line(d, 0);
	snprintf(buf, sizeof buf, "%s %u/%zu", ui_msg(a, MSG_T_IV_CARDS),
		 v->iv.graded, v->iv.n);
	put(d, R_TITLE, buf, width);
	doc_line(d, 0);
	for (int g = PG_AGAIN; g <= PG_EASY; g++) {
		text_format(buf, sizeof buf, "  %d %-8s %3u", g,
			    ui_msg(a, grade_msg[g]), v->iv.by_grade[g]);
		put(d, g == PG_AGAIN && v->iv.by_grade[g] ? R_CLASS5 : R_NORMAL,
		    buf, width);
	}
}

void interview_view_draw(struct app *a, WINDOW *w, int ch)
{
	struct iview *v = a->iview;
	struct doc d = { 0 };
	struct doc_view dv = { 0, 2, 0, -1, NULL };
	char warn[1400];
	int h, width, y0 = 0;

	(void)ch;
	if (!w || !v)
		return;
	getmaxyx(w, h, width);
	werase(w);
	study_warning(a, warn, sizeof warn);
	if (warn[0]) {
		y0 = study_wrap(w, 0, dv.margin, width - 2 * dv.margin, h,
				R_WARN, warn) + 1;
		if (y0 >= h)
			y0 = 0;
	}
	dv.width = width - 2 * dv.margin > TEXT_MAX ? TEXT_MAX
						     : width - 2 * dv.margin;
	if (dv.width < 8)
		dv.width = 8;
	if (v->have_session && v->st == IV_SUMMARY)
		build_summary(a, &d, dv.width);
	else if (v->have_session)
		build_card(a, &d, dv.width);
	/* the rows under the warning, scrolled as a whole; shorter text (L,
	 * a wider window) scrolls back */
	v->sc.total = (int)d.nline;
	v->sc.height = h - y0;
	scroll_clamp(&v->sc);
	dv.top = v->sc.top;
	doc_draw(w, y0, h - y0, &d, &dv);
	doc_free(&d);
	wnoutrefresh(w);
}

void interview_view_status(struct app *a)
{
	static const struct hint shown[] = {
		{ ACT_DIGIT, 0, MSG_T_IV_AGAIN, "1" },
		{ ACT_DIGIT, 1, MSG_T_IV_HARD, "2" },
		{ ACT_DIGIT, 2, MSG_T_IV_GOOD, "3" },
		{ ACT_DIGIT, 3, MSG_T_IV_EASY, "4" },
		{ ACT_ESC, 4, MSG_H_LEAVE, NULL }, { ACT_UP, 5, MSG_H_SCROLL, NULL },
		{ ACT_LANG, 6, MSG_T_OTHER_LANG, NULL },
	};
	static const struct hint summary[] = {
		{ ACT_OPEN, 0, MSG_H_START, "Enter" },
		{ ACT_ESC, 1, MSG_H_BACK, NULL },
		{ ACT_LANG, 2, MSG_T_OTHER_LANG, NULL },
	};
	static const struct hint ask[] = {
		{ ACT_OPEN, 0, MSG_H_REVEAL, NULL },
		{ ACT_ESC, 1, MSG_H_LEAVE, NULL }, { ACT_UP, 2, MSG_H_SCROLL, NULL },
		{ ACT_LANG, 3, MSG_T_OTHER_LANG, NULL },
	};
	const struct iview *v = a->iview;
#define HINTS(h) study_status(a, KM_INTERVIEW, h, sizeof h / sizeof *h)

	if (v && v->have_session && v->st == IV_SHOWN)
		HINTS(shown);
	else if (v && v->have_session && v->st == IV_SUMMARY)
		HINTS(summary);
	else
		HINTS(ask);
#undef HINTS
}
