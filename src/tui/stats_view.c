/* The statistics screen: mastery per class as bars (quiz_mastery over the
 * standard codes, as `httpcodes --stats` prints it), sessions, answers,
 * what is due (now, today, next) and each class's retention: the share of
 * its answers that were right. */
#include <config.h>

#include "quiz_view.h"
#include "study.h"
#include "stats_view.h"
#include "hints.h"
#include "model/quiz.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int stats_open(struct app *a)
{
	study_progress(a); /* loads the file on first use */
	return ui_enter(a, MODE_STATS);
}

int stats_key(struct app *a, enum tui_action act, struct ui_key k)
{
	/* nothing of its own: Esc, L, ? are every screen's */
	(void)a;
	(void)act;
	(void)k;
	return CH_IGNORED;
}

void stats_status(struct app *a)
{
	static const struct hint h[] = {
		{ ACT_ESC, 0, MSG_H_BACK, NULL },
		{ ACT_LANG, 1, MSG_T_OTHER_LANG, NULL },
	};

	study_status(a, KM_VIEW, h, sizeof h / sizeof *h);
}

static int put_pair(struct app *a, WINDOW *w, int y, int x, int width,
		    enum hc_msg label, const char *value)
{
	int cx = x;

	wmove(w, y, x);
	cx += paint_str(w, R_LABEL, ui_msg(a, label), width);
	cx += paint_str(w, R_NORMAL, "  ", width - (cx - x));
	paint_str(w, R_TITLE, value, width - (cx - x));
	return y + 1;
}

void stats_draw(struct app *a, WINDOW *w, int ch)
{
	const struct progress *p = study_progress(a);
	struct quiz_scope scope = { QS_STANDARD, 0, 0 };
	unsigned long long right = 0, wrong = 0; /* past 2^32 in all */
	unsigned sr, sa;
	char *safe;
	size_t tried = 0;
	struct quiz_due due;
	long long now;
	int h, width, x = 2, y = 0, namew = 0, barw;
	char buf[512];

	(void)ch;
	if (!w)
		return;
	getmaxyx(w, h, width);
	width -= 2 * x;
	if (width > 96)
		width = 96;
	werase(w);
	for (size_t i = 0; i < p->n; i++) {
		right += p->items[i].right;
		wrong += p->items[i].wrong;
		tried += p->items[i].right + p->items[i].wrong > 0;
	}
	snprintf(buf, sizeof buf, "%s (%s)", ui_msg(a, MSG_T_STATS_TITLE),
		 ui_msg(a, MSG_T_STATS_SCOPE));
	wmove(w, y, x);
	paint_str(w, R_HEADING, buf, width);
	y += 2;
	snprintf(buf, sizeof buf, "%u", p->session);
	y = put_pair(a, w, y, x, width, MSG_T_SESSIONS, buf);
	snprintf(buf, sizeof buf, "%llu/%llu", right, right + wrong);
	y = put_pair(a, w, y, x, width, MSG_T_ANSWERS_RIGHT, buf);
	snprintf(buf, sizeof buf, "%zu", tried);
	y = put_pair(a, w, y, x, width, MSG_T_ITEMS_TRIED, buf);
	now = (long long)time(NULL);
	quiz_due(a->t, p, now, progress_day_end(now), &due);
	snprintf(buf, sizeof buf, "%zu", due.now);
	y = put_pair(a, w, y, x, width, MSG_T_DUE_NOW, buf);
	snprintf(buf, sizeof buf, "%zu", due.until);
	y = put_pair(a, w, y, x, width, MSG_T_DUE_TODAY, buf);
	if (due.next)
		progress_time_text(due.next, 0, buf, sizeof buf);
	else
		snprintf(buf, sizeof buf, "%s", ui_msg(a, MSG_T_NONE));
	y = put_pair(a, w, y, x, width, MSG_T_NEXT_DUE, buf);
	y++;
	if (y < h) {
		wmove(w, y++, x);
		paint_str(w, R_DIM, ui_msg(a, MSG_T_RETENTION), width);
	}
	for (int d = 1; d <= HC_CLASS_N; d++) {
		const struct hc_class *k = hc_table_class(a->t, d);
		const char *name = k && k->name[a->lang] ? k->name[a->lang]
							 : "";
		int nw = paint_width(name, strlen(name)) + 4;

		if (nw > namew)
			namew = nw;
	}
	if (namew > width / 2)
		namew = width / 2;
	barw = width - namew - 2 - 24;
	if (barw > 30)
		barw = 30;
	for (int d = 1; d <= HC_CLASS_N && y < h; d++, y++) {
		const struct hc_class *k = hc_table_class(a->t, d);
		size_t items;
		int pct = quiz_mastery(a->t, p, scope, d, &items);
		int cx = x + namew + 2;

		text_format(buf, sizeof buf, "%dxx %s", d,
			 k && k->name[a->lang] ? k->name[a->lang] : "");
		wmove(w, y, x);
		paint_clip(w, role_class(d), buf, strlen(buf), namew);
		wmove(w, y, cx);
		if (barw >= 5) {
			study_bar(w, role_class(d), pct, barw);
			cx += barw;
		}
		if (due.answers[d - 1])
			snprintf(buf, sizeof buf, " %3d%%  (%zu %s)  %3u%%", pct,
				 items, ui_msg(a, MSG_T_ITEMS),
				 quiz_percent(due.right[d - 1],
					      due.answers[d - 1]));
		else
			snprintf(buf, sizeof buf, " %3d%%  (%zu %s)     -", pct,
				 items, ui_msg(a, MSG_T_ITEMS));
		paint_str(w, R_NORMAL, buf, width - (cx - x));
	}
	y++;
	study_session_score(a, &sr, &sa);
	if (sa && y < h) {
		snprintf(buf, sizeof buf, "%u/%u", sr, sa);
		y = put_pair(a, w, y, x, width, MSG_T_THIS_SESSION, buf);
	}
	if (!p->session && y < h) {
		wmove(w, y++, x);
		paint_str(w, R_DIM, ui_msg(a, MSG_T_NO_STUDY), width);
	}
	if (study_path(a) && y + 1 < h) {
		y++;
		wmove(w, y, x);
		snprintf(buf, sizeof buf, "%s: ",
			 ui_msg(a, MSG_T_PROGRESS_FILE));
		paint_str(w, R_DIM, buf, width);
		/* the name comes from the environment: escapes stay out */
		safe = text_sanitize_dup(study_path(a), strlen(study_path(a)),
					 0);
		if (safe)
			paint_clip(w, R_DIM, safe, strlen(safe),
				   width - paint_width(buf, strlen(buf)));
		free(safe);
	}
	wnoutrefresh(w);
}
