/* The quiz: a scope menu, then questions one at a time, the right answer
 * and its reason after each, and a summary.  The model (quiz.c) asks and
 * schedules; this file only shows and reads keys.  Progress is saved after
 * every answer, so leaving, a signal or a crash loses at most the answer
 * being given. */
#include <config.h>

#include "compare_view.h"
#include "quiz_view.h"
#include "study.h"
#include "hints.h"
#include "stats_view.h"
#include "model/i18n.h"
#include "model/quiz.h"
#include "model/text.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MISSED_MAX 24
#define TEXT_MAX 96 /* columns: longer lines are hard to read */

enum qstate { QV_MENU, QV_ASK, QV_FEEDBACK, QV_SUMMARY };

/* Menu rows: what is due first; the selection starts there when
 * something is due, else on the standard codes, so Enter starts at
 * once; then the registered codes, all codes with the unofficial ones,
 * and each class, followed by the class with its unofficial codes where
 * it has any (menu_rows). */
enum { MENU_DUE, MENU_STANDARD };
#define MENU_MAX (4 + 2 * HC_CLASS_N)

struct study {
	struct quiz q;
	int have_quiz;           /* q holds a session (running or ended) */
	unsigned runs;           /* sessions started in this run */
	enum qstate st;
	int menu_sel;
	int sel;                 /* the highlighted choice */
	char typed[4];           /* QK_TYPE: the digits so far */
	size_t n_typed;
	struct quiz_question last; /* the question just answered */
	int last_given, last_right;
	int missed[MISSED_MAX];  /* codes missed this session, once each */
	int n_missed;
	int left_early;
	struct timespec shown;   /* when the current question was shown */
	int menu_placed;         /* the first selection was chosen */
};

static void mark_shown(struct study *s)
{
	clock_gettime(CLOCK_MONOTONIC, &s->shown);
}

static double seconds_shown(const struct study *s)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - s->shown.tv_sec) +
	       (double)(now.tv_nsec - s->shown.tv_nsec) / 1e9;
}

static struct study *study_get(struct app *a)
{
	if (!a->study)
		a->study = calloc(1, sizeof *a->study);
	if (a->study)
		study_progress(a); /* loaded on first use */
	return a->study;
}

void study_session_score(const struct app *a, unsigned *right,
			 unsigned *asked)
{
	const struct study *s = a->study;

	*right = s && s->have_quiz ? s->q.right : 0;
	*asked = s && s->have_quiz ? s->q.asked : 0;
}

void study_free(struct app *a)
{
	struct study *s = a->study;

	if (!s)
		return;
	if (s->have_quiz)
		quiz_end(&s->q);
	free(s);
	a->study = NULL;
}

/* ---- sessions ---------------------------------------------------------- */

static int menu_rows(const struct app *a, struct quiz_scope *out)
{
	int n = 0;

	out[n++] = (struct quiz_scope){ QS_DUE, 0, 0 };
	out[n++] = (struct quiz_scope){ QS_STANDARD, 0, 0 };
	out[n++] = (struct quiz_scope){ QS_ALL, 0, 0 };
	out[n++] = (struct quiz_scope){ QS_ALL, 0, 1 };
	for (int d = 1; d <= HC_CLASS_N; d++) {
		out[n++] = (struct quiz_scope){ QS_CLASS, d, 0 };
		if (quiz_scope_has_unofficial(a->t, out[n - 1]))
			out[n++] = (struct quiz_scope){ QS_CLASS, d, 1 };
	}
	return n;
}

static struct quiz_scope menu_scope(const struct app *a, int row)
{
	struct quiz_scope rows[MENU_MAX];
	int n = menu_rows(a, rows);

	return rows[row >= 0 && row < n ? row : 0];
}

/* The row of a class's own scope, for the digit keys. */
static int menu_class_row(const struct app *a, int digit)
{
	struct quiz_scope rows[MENU_MAX];
	int n = menu_rows(a, rows);

	for (int i = 0; i < n; i++)
		if (rows[i].kind == QS_CLASS && rows[i].digit == digit &&
		    !rows[i].unofficial)
			return i;
	return 0;
}

/* A session started but left before any answer does not count. */
static void drop_session(struct app *a)
{
	struct study *s = a->study;
	struct progress *p = study_progress(a);

	if (!s->have_quiz)
		return;
	if (s->q.asked == 0 && p->session > p->saved_session)
		p->session--;
	quiz_end(&s->q);
	s->have_quiz = 0;
}

static int start(struct app *a, int row)
{
	struct study *s = a->study;

	drop_session(a);
	if (quiz_start(&s->q, a->t, study_progress(a), menu_scope(a, row),
		       a->seed + s->runs, QUIZ_VIEW_QUESTIONS) < 0) {
		ui_set_msg(a, R_WARN, "out of memory");
		return CH_STATUS;
	}
	s->have_quiz = 1;
	if (!quiz_current(&s->q)) {
		drop_session(a);
		ui_set_msg(a, R_WARN, ui_msg(a, MSG_T_NO_QUESTIONS));
		return CH_STATUS | CH_DETAIL;
	}
	s->runs++;
	s->menu_sel = row;
	s->st = QV_ASK;
	mark_shown(s);
	s->sel = 0;
	s->n_typed = 0;
	s->n_missed = 0;
	s->left_early = 0;
	return CH_HEAD | CH_DETAIL | CH_STATUS;
}

int quiz_view_open(struct app *a)
{
	struct study *s = study_get(a);

	if (!s) {
		ui_set_msg(a, R_WARN, "out of memory");
		return CH_STATUS;
	}
	if (s->st != QV_ASK && s->st != QV_FEEDBACK)
		s->st = QV_MENU;
	if (!s->menu_placed) {
		s->menu_placed = 1;
		s->menu_sel = study_due_now(a, study_progress(a)) ? MENU_DUE : MENU_STANDARD;
	}
	return ui_enter(a, MODE_QUIZ);
}

static void remember_missed(struct study *s, int code)
{
	for (int i = 0; i < s->n_missed; i++)
		if (s->missed[i] == code)
			return;
	if (s->n_missed < MISSED_MAX)
		s->missed[s->n_missed++] = code;
}

static int answer(struct app *a, int given)
{
	struct study *s = a->study;
	const struct quiz_question *qq = quiz_current(&s->q);

	if (!qq)
		return 0;
	s->last = *qq;
	s->last_given = given;
	/* a right answer after a long hesitation is graded Hard */
	s->last_right = quiz_answer_timed(&s->q, given, seconds_shown(s));
	if (!s->last_right)
		remember_missed(s, s->last.code->code);
	study_save(a);
	s->st = QV_FEEDBACK;
	return CH_DETAIL | CH_STATUS;
}

static int leave(struct app *a)
{
	struct study *s = a->study;

	if (s->have_quiz && s->q.asked > 0) {
		s->left_early = quiz_current(&s->q) != NULL;
		s->st = QV_SUMMARY;
		return CH_HEAD | CH_DETAIL | CH_STATUS;
	}
	drop_session(a);
	s->st = QV_MENU;
	return ui_leave(a);
}

/* ---- keys -------------------------------------------------------------- */

static int menu_key(struct app *a, enum tui_action act, wint_t ch)
{
	struct study *s = a->study;
	struct quiz_scope rows[MENU_MAX];
	int n = menu_rows(a, rows);

	switch (act) {
	case ACT_UP:
		s->menu_sel = (s->menu_sel + n - 1) % n;
		return CH_DETAIL;
	case ACT_DOWN:
		s->menu_sel = (s->menu_sel + 1) % n;
		return CH_DETAIL;
	case ACT_DIGIT:
		if (ch >= '1' && ch <= '5')
			return start(a, menu_class_row(a, (int)(ch - '0')));
		return 0;
	case ACT_OPEN:
		return start(a, s->menu_sel);
	case ACT_STATS:
	case ACT_ESC:
		return CH_IGNORED; /* the statistics; back to the browser */
	default:
		return 0;
	}
}

static int ask_key(struct app *a, enum tui_action act, wint_t ch)
{
	struct study *s = a->study;
	const struct quiz_question *qq = quiz_current(&s->q);
	int n;

	if (!qq)
		return 0;
	n = qq->n_choices;
	switch (act) {
	case ACT_ESC:
		return leave(a);
	case ACT_UP:
	case ACT_DOWN:
		if (n == 0)
			return 0;
		s->sel = (s->sel + (act == ACT_UP ? n - 1 : 1)) % n;
		return CH_DETAIL;
	case ACT_DIGIT:
		if (n == 0) {
			if (s->n_typed >= 3)
				return 0;
			s->typed[s->n_typed++] = (char)ch;
			s->typed[s->n_typed] = '\0';
			return CH_DETAIL;
		}
		if (ch >= '1' && (int)(ch - '0') <= n)
			return answer(a, (int)(ch - '1'));
		return 0;
	case ACT_ERASE:
		if (n == 0 && s->n_typed) {
			s->typed[--s->n_typed] = '\0';
			return CH_DETAIL;
		}
		return 0;
	case ACT_OPEN:
		if (n)
			return answer(a, s->sel);
		if (s->n_typed == 3)
			return answer(a, atoi(s->typed));
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_TYPE_CODE));
		return CH_STATUS;
	default:
		return 0;
	}
}

int quiz_view_key(struct app *a, enum tui_action act, struct ui_key k)
{
	struct study *s = a->study;

	if (act == ACT_LANG || act == ACT_REDRAW || act == ACT_HELP)
		return CH_IGNORED;
	switch (s->st) {
	case QV_MENU:
		return menu_key(a, act, k.ch) | CH_STATUS;
	case QV_ASK:
		return ask_key(a, act, k.ch) | CH_STATUS;
	case QV_FEEDBACK:
		if (act == ACT_ESC)
			return leave(a);
		/* c: how this one differs from the codes it is confused with */
		if (act == ACT_COMPARE &&
		    compare_open_for(a, s->last.code->code, s->last.topic))
			return CH_ALL;
		/* any other key: the next question, or the summary */
		s->sel = 0;
		s->n_typed = 0;
		s->st = quiz_current(&s->q) ? QV_ASK : QV_SUMMARY;
		mark_shown(s);
		return CH_HEAD | CH_DETAIL | CH_STATUS;
	case QV_SUMMARY:
		if (act == ACT_OPEN) {
			drop_session(a);
			s->st = QV_MENU;
			return CH_DETAIL | CH_STATUS;
		}
		if (act == ACT_ESC)
			s->st = QV_MENU;
		/* S, and Esc back to the browser */
		return act == ACT_STATS || act == ACT_ESC ? CH_IGNORED : 0;
	}
	return 0;
}

/* ---- drawing ----------------------------------------------------------- */

static void scope_label(struct app *a, struct quiz_scope sc, char *buf,
			size_t n)
{
	const struct hc_class *k;

	switch (sc.kind) {
	case QS_STANDARD:
		text_format(buf, n, "%s", ui_msg(a, MSG_T_SCOPE_STD));
		break;
	case QS_ALL:
		text_format(buf, n, "%s", ui_msg(a, sc.unofficial
			    ? MSG_T_SCOPE_ALL_UNOFFICIAL : MSG_T_SCOPE_ALL));
		break;
	case QS_DUE:
		text_format(buf, n, "%s (%zu)", ui_msg(a, MSG_T_SCOPE_DUE),
			 study_due_now(a, study_progress(a)));
		break;
	case QS_CLASS:
		k = hc_table_class(a->t, sc.digit);
		if (sc.unofficial)
			text_format(buf, n, "%dxx %s (%s)", sc.digit,
				 k && k->name[a->lang] ? k->name[a->lang] : "",
				 ui_msg(a, MSG_T_WITH_UNOFFICIAL));
		else
			text_format(buf, n, "%dxx %s", sc.digit,
				 k && k->name[a->lang] ? k->name[a->lang] : "");
		break;
	}
}

static const char *mark(const struct app *a, int right)
{
	if (a->utf8)
		return right ? "\xe2\x9c\x93" : "\xe2\x9c\x97";
	return right ? "+" : "x";
}

static int draw_warning(struct app *a, WINDOW *w, int y, int x, int width,
			int h)
{
	char warn[1400];

	study_warning(a, warn, sizeof warn);
	if (!warn[0])
		return y;
	return study_wrap(w, y, x, width, h, R_WARN, warn) + 1;
}

static void draw_menu(struct app *a, WINDOW *w, int h, int x, int width)
{
	struct study *s = a->study;
	struct quiz_scope rows[MENU_MAX];
	int n = menu_rows(a, rows), y = 0;

	y = draw_warning(a, w, y, x, width, h);
	wmove(w, y, x);
	paint_str(w, R_HEADING, ui_msg(a, MSG_T_MENU_ASK), width);
	y++;
	{
		char count[32], line[160];
		const char *args[1] = { count };

		snprintf(count, sizeof count, "%zu", study_due_now(a, study_progress(a)));
		hc_msg_fill(line, sizeof line, ui_msg(a, MSG_T_DUE_OPEN), args,
			    1);
		wmove(w, y, x);
		paint_str(w, R_DIM, line, width);
	}
	y += 2;
	for (int row = 0; row < n && y < h; row++, y++) {
		struct quiz_scope sc = rows[row];
		int sel = row == s->menu_sel, cx = x;
		enum role r = sel ? R_SEL : R_NORMAL;
		char label[160], key[8];
		int lw = width - 16 < 44 ? width - 16 : 44;
		int cls = sc.kind == QS_CLASS;

		if (cls && sc.digit == 1 && !sc.unofficial)
			y++; /* the classes apart */
		if (y >= h)
			break;
		/* the digit keys start a class's own scope */
		snprintf(key, sizeof key, cls && !sc.unofficial ? " %d " : "   ",
			 sc.digit);
		scope_label(a, sc, label, sizeof label);
		wmove(w, y, cx);
		cx += paint_str(w, sel ? r : R_KEY, key, width);
		cx += paint_str(w, r, " ", width);
		cx += paint_clip(w, r, label, strlen(label), lw);
		if (sel)
			paint_fill(w, r, x + lw + 4 - cx);
		if (cls && width >= 58) {
			size_t items;
			int pct = quiz_mastery(a->t, study_progress(a), sc, sc.digit,
					       &items);
			char p[16];

			wmove(w, y, x + lw + 6);
			study_bar(w, role_class(sc.digit), pct, 6);
			snprintf(p, sizeof p, " %3d%%", pct);
			paint_str(w, R_DIM, p, 6);
		}
	}
}

/* The question (the current one, or the one just answered). */
static int draw_prompt(struct app *a, WINDOW *w,
		       const struct quiz_question *qq, int y, int x, int width,
		       int h)
{
	struct study *s = a->study;
	char buf[1024], sc[160];
	size_t k = s->st == QV_FEEDBACK ? s->q.pos : s->q.pos + 1;
	int cx = x;

	y = draw_warning(a, w, y, x, width, h);
	wmove(w, y, x);
	snprintf(buf, sizeof buf, "%s %zu/%zu", ui_msg(a, MSG_T_QUESTION), k,
		 s->q.n);
	cx += paint_str(w, R_HEADING, buf, width);
	snprintf(buf, sizeof buf, "   %s %u/%u", ui_msg(a, MSG_T_SCORE),
		 s->q.right, s->q.asked);
	cx += paint_str(w, R_DIM, buf, width - (cx - x));
	scope_label(a, s->q.scope, sc, sizeof sc);
	if (paint_width(sc, strlen(sc)) + 2 < width - (cx - x)) {
		wmove(w, y, x + width - paint_width(sc, strlen(sc)));
		paint_str(w, R_DIM, sc, width);
	}
	y += 2;
	quiz_prompt(qq, a->lang, buf, sizeof buf);
	return study_wrap(w, y, x, width, h, R_TITLE, buf) + 1;
}

static int draw_choices(struct app *a, WINDOW *w,
			const struct quiz_question *qq, int y, int x, int width,
			int h)
{
	struct study *s = a->study;
	int fb = s->st == QV_FEEDBACK;

	for (int i = 0; i < qq->n_choices && y < h; i++, y++) {
		char text[256], num[16];
		int sel = !fb && i == s->sel, cx = x;
		enum role r = sel ? R_SEL : R_NORMAL;
		const char *m = "  ";

		if (fb && i == qq->answer) {
			r = R_CLASS2;
			m = mark(a, 1);
		} else if (fb && i == s->last_given) {
			r = R_CLASS5;
			m = mark(a, 0);
		}
		quiz_choice(&s->q, qq, i, a->lang, text, sizeof text);
		snprintf(num, sizeof num, " %d ", i + 1);
		wmove(w, y, cx);
		cx += paint_str(w, r, m, 2);
		if (cx == x + 1)
			cx += paint_str(w, r, " ", 1);
		cx += paint_str(w, sel ? r : R_KEY, num, width);
		cx += paint_str(w, r, " ", width);
		cx += paint_clip(w, r, text, strlen(text),
				 width - (cx - x) - 1);
		if (sel)
			paint_fill(w, r, 1);
	}
	if (qq->n_choices == 0) {
		static const char blanks[] = "___";
		int cx = x;

		wmove(w, y, cx);
		cx += paint_str(w, R_LABEL, ui_msg(a, MSG_T_ANSWER_IS), width);
		cx += paint_str(w, R_NORMAL, ": ", width);
		cx += paint(w, fb ? (s->last_right ? R_CLASS2 : R_CLASS5)
			    : R_INPUT, s->typed, s->n_typed, 3);
		if (!fb)
			paint(w, R_DIM, blanks, 3 - s->n_typed, 3);
		y += 2;
		if (!fb && y < h) {
			wmove(w, y, x);
			paint_str(w, R_DIM, ui_msg(a, MSG_T_TYPE_CODE), width);
		}
		y++;
	}
	return y + 1;
}

static void draw_feedback(struct app *a, WINDOW *w, int y, int x, int width,
			  int h)
{
	struct study *s = a->study;
	const struct quiz_question *qq = &s->last;
	char buf[1024], right[256];
	int cx = x;

	if (y >= h)
		return;
	wmove(w, y, x);
	cx += paint_str(w, s->last_right ? R_CLASS2 : R_CLASS5,
			mark(a, s->last_right), 2);
	cx += paint_str(w, R_NORMAL, " ", 1);
	cx += paint_str(w, s->last_right ? R_CLASS2 : R_CLASS5,
			ui_msg(a, s->last_right ? MSG_T_RIGHT : MSG_T_WRONG),
			width);
	if (!s->last_right) {
		if (qq->n_choices)
			quiz_choice(&s->q, qq, qq->answer, a->lang, right,
				    sizeof right);
		else
			snprintf(right, sizeof right, "%d", qq->answer);
		snprintf(buf, sizeof buf, " %s: ", ui_msg(a, MSG_T_ANSWER_IS));
		cx += paint_str(w, R_NORMAL, buf, width - (cx - x));
		paint_clip(w, R_TITLE, right, strlen(right), width - (cx - x));
	}
	y += 1;
	quiz_reason(qq, a->lang, buf, sizeof buf);
	y = study_wrap(w, y, x, width, h, R_NORMAL, buf);
	if (!s->last_right) {
		/* what the wrong answer means, and what tells it apart */
		char *line = buf, *nl;

		quiz_explain(&s->q, qq, s->last_given, a->lang, buf,
			     sizeof buf);
		for (; line && *line; line = nl ? nl + 1 : NULL) {
			nl = strchr(line, '\n');
			if (nl)
				*nl = '\0';
			y = study_wrap(w, y, x, width, h, R_DIM, line);
		}
	}
	y++;
	if (y < h) {
		wmove(w, y, x);
		paint_str(w, R_DIM, ui_msg(a, MSG_T_ANY_KEY), width);
	}
}

static void draw_summary(struct app *a, WINDOW *w, int h, int x, int width)
{
	struct study *s = a->study;
	const struct quiz *q = &s->q;
	char buf[512];
	int y = 0, cx = x;

	y = draw_warning(a, w, y, x, width, h);
	wmove(w, y, x);
	cx += paint_str(w, R_HEADING, ui_msg(a, MSG_T_SUMMARY), width);
	if (s->left_early) {
		snprintf(buf, sizeof buf, " (%s)",
			 ui_msg(a, MSG_T_LEFT_EARLY));
		paint_str(w, R_DIM, buf, width - (cx - x));
	}
	y += 2;
	snprintf(buf, sizeof buf, "%s %u/%u (%u%%)", ui_msg(a, MSG_T_SCORE),
		 q->right, q->asked, quiz_percent(q->right, q->asked));
	wmove(w, y, x);
	paint_str(w, R_TITLE, buf, width);
	y += 2;
	if (y < h) {
		wmove(w, y++, x);
		paint_str(w, R_LABEL, ui_msg(a, MSG_T_BY_CLASS), width);
	}
	for (int d = 1; d <= HC_CLASS_N && y < h; d++) {
		const struct hc_class *k = hc_table_class(a->t, d);
		unsigned n = q->asked_by_class[d - 1];
		unsigned r = q->right_by_class[d - 1];
		char name[128];

		if (!n)
			continue;
		text_format(name, sizeof name, "%dxx %s", d,
			 k && k->name[a->lang] ? k->name[a->lang] : "");
		wmove(w, y, x + 2);
		paint_clip(w, role_class(d), name, strlen(name), 24);
		wmove(w, y, x + 28);
		snprintf(buf, sizeof buf, "%2u/%-2u ", r, n);
		paint_str(w, R_NORMAL, buf, 8);
		if (width >= 50)
			study_bar(w, role_class(d), (int)quiz_percent(r, n), 10);
		y++;
	}
	y++;
	if (y < h) {
		wmove(w, y++, x);
		paint_str(w, R_LABEL, ui_msg(a, MSG_T_REVIEW), width);
	}
	if (s->n_missed == 0 && y < h) {
		wmove(w, y++, x + 2);
		paint_str(w, R_DIM, ui_msg(a, MSG_T_ALL_RIGHT), width - 2);
	}
	for (int i = 0; i < s->n_missed && y < h; i++, y++) {
		const struct hc_code *c = hc_table_find(a->t, s->missed[i]);
		int cx2 = x + 2;

		if (!c)
			continue;
		snprintf(buf, sizeof buf, "%03d ", c->code);
		wmove(w, y, cx2);
		cx2 += paint_str(w, role_class(c->code / 100), buf, 4);
		cx2 += paint_clip(w, R_NORMAL, c->phrase, strlen(c->phrase),
				  width - (cx2 - x));
		if (a->lang == HC_KO && c->title[HC_KO] &&
		    strcmp(c->title[HC_KO], c->phrase) &&
		    cx2 + 4 < x + width) {
			cx2 += paint_str(w, R_DIM, "  ", 2);
			paint_clip(w, R_DIM, c->title[HC_KO],
				   strlen(c->title[HC_KO]), width - (cx2 - x));
		}
	}
}

void quiz_view_draw(struct app *a, WINDOW *w, int ch)
{
	struct study *s = a->study;
	int h, width, x = 2, tw;

	(void)ch;
	if (!w || !s)
		return;
	getmaxyx(w, h, width);
	tw = width - 2 * x;
	if (tw > TEXT_MAX)
		tw = TEXT_MAX;
	werase(w);
	switch (s->st) {
	case QV_MENU:
		draw_menu(a, w, h, x, tw);
		break;
	case QV_ASK:
	case QV_FEEDBACK: {
		const struct quiz_question *qq = s->st == QV_FEEDBACK
			? &s->last : quiz_current(&s->q);
		int y;

		if (!qq)
			break;
		y = draw_prompt(a, w, qq, 0, x, tw, h);
		/* on a short screen the verdict names the answer; the
		 * choices give it their room */
		if (s->st == QV_ASK || h >= 16)
			y = draw_choices(a, w, qq, y, x, tw, h);
		if (s->st == QV_FEEDBACK)
			draw_feedback(a, w, y, x, tw, h);
		break;
	}
	case QV_SUMMARY:
		draw_summary(a, w, h, x, tw);
		break;
	}
	wnoutrefresh(w);
}

void quiz_view_status(struct app *a)
{
	static const struct hint menu[] = {
		{ ACT_OPEN, 0, MSG_H_START, NULL }, { ACT_ESC, 1, MSG_H_BACK, NULL },
		{ ACT_DIGIT, 2, MSG_H_CLASS, "1-5" },
		{ ACT_STATS, 3, MSG_H_STATS, NULL },
		{ ACT_UP, 4, MSG_H_CHOOSE, NULL },
		{ ACT_LANG, 5, MSG_T_OTHER_LANG, NULL },
	};
	static const struct hint typed[] = {
		{ ACT_OPEN, 0, MSG_H_ANSWER, NULL },
		{ ACT_ESC, 1, MSG_H_LEAVE, NULL },
		{ ACT_DIGIT, 2, MSG_H_ANSWER, "0-9" },
		{ ACT_ERASE, 3, MSG_H_ERASE, NULL },
	};
	static const struct hint ask[] = {
		{ ACT_DIGIT, 0, MSG_H_ANSWER, NULL },
		{ ACT_ESC, 1, MSG_H_LEAVE, NULL },
		{ ACT_UP, 2, MSG_H_CHOOSE, NULL },
		{ ACT_OPEN, 3, MSG_H_ANSWER, NULL },
		{ ACT_LANG, 4, MSG_T_OTHER_LANG, NULL },
	};
	static const struct hint feedback[] = {
		{ ACT_OPEN, 0, MSG_H_CONTINUE, NULL },
		{ ACT_ESC, 1, MSG_H_LEAVE, NULL },
		{ ACT_COMPARE, 2, MSG_H_COMPARE, NULL },
		{ ACT_LANG, 3, MSG_T_OTHER_LANG, NULL },
	};
	static const struct hint summary[] = {
		{ ACT_OPEN, 0, MSG_H_START, NULL }, { ACT_ESC, 1, MSG_H_BACK, NULL },
		{ ACT_STATS, 2, MSG_H_STATS, NULL },
		{ ACT_LANG, 3, MSG_T_OTHER_LANG, NULL },
	};
	const struct study *s = a->study;
	const struct quiz_question *qq = s ? quiz_current(&s->q) : NULL;
#define HINTS(h) study_status(a, KM_QUIZ, h, sizeof h / sizeof *h)

	if (!s || s->st == QV_MENU) {
		HINTS(menu);
	} else if (s->st == QV_ASK && qq && qq->n_choices == 0) {
		HINTS(typed);
	} else if (s->st == QV_ASK) {
		HINTS(ask);
	} else if (s->st == QV_FEEDBACK) {
		const struct hc_topic *any;

		/* c only where there is a comparison to show */
		if (hc_table_topics_for(a->t, s->last.code->code, &any, 1) > 0) {
			HINTS(feedback);
		} else {
			struct hint h[] = { feedback[0], feedback[1],
					    feedback[3] };

			HINTS(h);
		}
	} else {
		HINTS(summary);
	}
#undef HINTS
}
