/* Screen tests for study mode (issue 6): the quiz, the summary, progress
 * kept across runs, the progress file's troubles, the statistics and the
 * comparisons.  The real binary in a pseudo-terminal, as test_screen.c.
 *
 * The right answers are not written down here: this program runs the
 * same session as the binary through the model (same table, same seed,
 * same empty progress), so it knows each question and its answer, and the
 * tests survive edits to the data.  TAP, one line per scenario. */
#include <config.h>

#include "scenario.h"
#include "model/progress.h"
#include "model/quiz.h"
#include "model/table.h"
#include "model/text.h"

#include <dirent.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define QUESTIONS 10 /* QUIZ_VIEW_QUESTIONS in src/tui/quiz_view.h */

static struct hc_table table;
/* The binary with its progress in state (XDG_STATE_HOME; NULL: as it
 * is) and extra_env as for vt_start, the arguments up to a NULL. */
static struct vt *start(int rows, int cols, const char *state,
			const char *const *extra_env, ...)
{
	char envs[8][600];
	const char *env[10];
	int k = 0;
	va_list ap;
	struct vt *t;

	if (state) {
		snprintf(envs[0], sizeof envs[0], "XDG_STATE_HOME=%s", state);
		env[k++] = envs[0];
	}
	for (int i = 0; extra_env && extra_env[i] && k < 9; i++)
		env[k++] = extra_env[i];
	env[k] = NULL;
	va_start(ap, extra_env);
	t = scenario_vstart(rows, cols, env, ap);
	va_end(ap);
	return t;
}

/* ---- the mirror: the binary's session, run through the model ----------- */

struct mirror {
	struct progress p;
	struct quiz q;
};

static void mirror_start(struct mirror *m, struct quiz_scope sc, unsigned seed)
{
	progress_init(&m->p);
	if (quiz_start(&m->q, &table, &m->p, sc, seed, QUESTIONS) < 0) {
		printf("Bail out! quiz_start failed\n");
		exit(99);
	}
}

static void mirror_end(struct mirror *m)
{
	quiz_end(&m->q);
	progress_free(&m->p);
}

/* The start of s that fits in cols columns (the screen wraps the rest). */
static const char *head_of(const char *s, int cols)
{
	static char buf[256];
	size_t n = text_fit(s, strlen(s), cols, NULL);

	snprintf(buf, sizeof buf, "%.*s", (int)n, s);
	return buf;
}

/* Wait for the current question on screen. */
static void see_question(struct vt *t, struct mirror *m, int line)
{
	const struct quiz_question *qq = quiz_current(&m->q);
	char prompt[1024], num[64];

	quiz_prompt(qq, HC_EN, prompt, sizeof prompt);
	snprintf(num, sizeof num, "Question %zu/%zu", m->q.pos + 1, m->q.n);
	if (!vt_wait_text(t, num, TIMEOUT))
		scenario_fail(t, line, "missing: '%s'", num);
	if (!vt_wait_text(t, head_of(prompt, 30), TIMEOUT))
		scenario_fail(t, line, "missing the prompt: '%s'",
			      head_of(prompt, 30));
}

/* Answer the current question, right or wrong, by its digit or by typing
 * the code; returns 1 if the answer given was right. */
static int answer(struct vt *t, struct mirror *m, int right)
{
	const struct quiz_question *qq = quiz_current(&m->q);
	int given;
	char keys[16];

	if (qq->n_choices) {
		given = right ? qq->answer : (qq->answer + 1) % qq->n_choices;
		snprintf(keys, sizeof keys, "%d", given + 1);
	} else {
		given = right ? qq->answer : 999;
		snprintf(keys, sizeof keys, "%03d\r", given);
	}
	vt_send(t, keys);
	return quiz_answer(&m->q, given);
}

/* The text the feedback shows for the right answer. */
static void right_text(struct mirror *m, const struct quiz_question *qq,
		       char *buf, size_t n)
{
	if (qq->n_choices)
		quiz_choice(&m->q, qq, qq->answer, HC_EN, buf, n);
	else
		snprintf(buf, n, "%d", qq->answer);
}

/* A seed whose first standard question is of kind (any with choices when
 * -1), with the right choice at index min_answer or later. */
static unsigned seed_where(int kind, int min_answer)
{
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };

	for (unsigned seed = 1; seed < 5000; seed++) {
		struct mirror m;
		const struct quiz_question *qq;
		int ok;

		mirror_start(&m, sc, seed);
		qq = quiz_current(&m.q);
		ok = kind == QK_TYPE ? qq->kind == QK_TYPE
			: (kind < 0 || qq->kind == (enum quiz_kind)kind) &&
			  qq->n_choices > 0 && qq->answer >= min_answer;
		mirror_end(&m);
		if (ok)
			return seed;
	}
	return 1;
}

/* Column of the first cell holding text on a row, -1 if none. */
static int col_of(struct vt *t, int row, const char *text)
{
	for (int c = 0; c < 200; c++) {
		char cell[32];
		unsigned long style;

		if (vt_cell(t, row, c, cell, &style) && !strcmp(cell, text))
			return c;
	}
	return -1;
}

/* `httpcodes --stats` with a state directory; its output. */
static const char *stats_cli(const char *state)
{
	static char out[8192];
	char cmd[1200];
	FILE *p;
	size_t n;

	snprintf(cmd, sizeof cmd, "XDG_STATE_HOME='%s' LC_ALL=C.UTF-8 "
		 "'%s' --lang en --stats 2>&1", state, scenario_binary());
	p = popen(cmd, "r");
	if (!p)
		return "";
	n = fread(out, 1, sizeof out - 1, p);
	out[n] = '\0';
	pclose(p);
	return out;
}

/* ---- scenarios --------------------------------------------------------- */

/* Two right of three: the summary says 67%, rounded, not 66%. */
static void score_rounded(void)
{
	const char *state = scenario_state_dir("rounded");
	struct vt *t = start(30, 100, state, NULL, "--quiz", "--seed", "1",
			     "--lang", "en", NULL);
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	struct mirror m;

	mirror_start(&m, sc, 1);
	TEXT(t, "Standard codes (recommended)");
	vt_send(t, "\r");
	for (int i = 0; i < 3; i++) {
		see_question(t, &m, __LINE__);
		CHECK(t, answer(t, &m, i != 1) == (i != 1));
		TEXT(t, i != 1 ? "Right!" : "Wrong.");
		vt_send(t, " ");
	}
	see_question(t, &m, __LINE__);
	vt_send(t, "\033");
	TEXT(t, "Session summary");
	TEXT(t, "Score 2/3 (67%)");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	mirror_end(&m);
	scenario_report("two right of three: the score is rounded to 67%", t);
}

/* One right, one wrong, Esc: the summary; then the progress is in the file
 * and a new run sees it. */
static void right_wrong_summary(void)
{
	const char *state = scenario_state_dir("basic");
	struct vt *t = start(30, 100, state, NULL, "--quiz", "--seed", "1",
			     "--lang", "en", NULL);
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	struct mirror m;
	struct quiz_question missed;
	char buf[1024], want[1100];
	const char *file;

	mirror_start(&m, sc, 1);
	TEXT(t, "What would you like to practise?");
	TEXT(t, "Standard codes (recommended)");
	TEXT(t, "5  5xx Server Error");
	vt_send(t, "\r");                  /* the default: standard codes */
	see_question(t, &m, __LINE__);
	TEXT(t, "Score 0/0");
	CHECK(t, answer(t, &m, 1) == 1);
	TEXT(t, "Right!");
	TEXT(t, "Score 1/1");
	GONE(t, "Wrong.");
	scenario_report("--quiz --seed 1: the first question, answered right",
			NULL);

	vt_send(t, " ");                   /* any key: the next question */
	GONE(t, "Right!");
	see_question(t, &m, __LINE__);
	missed = *quiz_current(&m.q);
	CHECK(t, answer(t, &m, 0) == 0);
	TEXT(t, "Wrong.");
	right_text(&m, &missed, buf, sizeof buf);
	snprintf(want, sizeof want, "Answer: %s", head_of(buf, 20));
	TEXT(t, want);
	quiz_reason(&missed, HC_EN, buf, sizeof buf);
	TEXT(t, head_of(buf, 40));         /* the one-line reason */
	TEXT(t, "Score 1/2");
	/* the missed question comes back: the session grew by one */
	snprintf(want, sizeof want, "Question 2/%zu", m.q.n);
	TEXT(t, want);
	CHECK(t, m.q.n == QUESTIONS + 1);
	scenario_report("the second, answered wrong: the right answer and the "
			"reason", NULL);

	vt_send(t, "\033");                /* leave early: the summary */
	TEXT(t, "Session summary");
	TEXT(t, "left early");
	TEXT(t, "Score 1/2 (50%)");
	TEXT(t, "To review");
	snprintf(want, sizeof want, "%03d %s", missed.code->code,
		 head_of(missed.code->phrase, 20));
	TEXT(t, want);
	vt_send(t, "\033");                /* back to the browser */
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("Esc leaves early: summary with score and what to "
			"review", t);

	/* a new run: the file, --stats and the statistics screen agree */
	file = scenario_progress(state);
	CHECK(NULL, file && !strncmp(file, "httpcodes-progress 2\n", 21));
	CHECK(NULL, file && strstr(file, "\nsession 1\n"));
	CHECK(NULL, file && strstr(file, missed.key));
	CHECK(NULL, strstr(stats_cli(state),
			   "1 sessions, 1 of 2 answers right"));
	t = start(30, 100, state, NULL, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "S");
	TEXT(t, "Study statistics (standard codes)");
	TEXT(t, "Sessions  1");
	TEXT(t, "Right answers  1/2");
	TEXT(t, "Items tried  2");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("restart: progress kept (file, --stats, S screen)", t);
	mirror_end(&m);
}

/* A whole session in one class, all right: the summary, then bars. */
static void class_session_bars(void)
{
	const char *state = scenario_state_dir("class");
	struct vt *t = start(30, 100, state, NULL, "--quiz", "--seed", "7",
			     "--lang", "en", NULL);
	struct quiz_scope sc = { QS_CLASS, 2, 0 };
	struct mirror m;
	int row, full = 0;
	char want[64];

	mirror_start(&m, sc, 7);
	TEXT(t, "2  2xx Successful");
	vt_send(t, "2");                   /* the digit starts that class */
	TEXT(t, "2xx Successful");
	while (quiz_current(&m.q) && !scenario_failing()) {
		see_question(t, &m, __LINE__);
		CHECK(t, answer(t, &m, 1));
		TEXT(t, "Right!");
		vt_send(t, "\r");
	}
	TEXT(t, "Session summary");
	GONE(t, "left early");
	snprintf(want, sizeof want, "Score %u/%u (100%%)", m.q.right,
		 m.q.asked);
	TEXT(t, want);
	TEXT(t, "Nothing missed");
	vt_send(t, "S");                   /* statistics from the summary */
	TEXT(t, "Study statistics");
	row = vt_find(t, "2xx Successful");
	CHECK(t, row >= 0);
	for (int c = 0; row >= 0 && c < 100; c++) {
		char cell[32];
		unsigned long style;

		if (vt_cell(t, row, c, cell, &style) &&
		    !strcmp(cell, "\xe2\x96\x88"))
			full++;
	}
	CHECK(t, full > 0);                /* mastery shows in the bar */
	CHECK(t, vt_find(t, "1xx Informational") >= 0 &&
		 strstr(vt_row(t, vt_find(t, "1xx Informational")),
			"\xe2\x96\x91\xe2\x96\x91"));
	CHECK(t, strstr(vt_row(t, row), "  0%") == NULL);
	vt_send(t, "\033");                /* back to the summary */
	TEXT(t, "Session summary");
	vt_send(t, "\r");                  /* Enter: the menu, for another */
	TEXT(t, "What would you like to practise?");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("a class session all right: summary, statistics bars "
			"filled", t);
	mirror_end(&m);
}

/* Arrows and Enter answer; L switches the quiz's language. */
static void arrows_and_language(void)
{
	unsigned seed = seed_where(-1, 2);
	char seed_s[16], prompt[1024];
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	struct mirror m;
	struct vt *t;
	int ans;

	snprintf(seed_s, sizeof seed_s, "%u", seed);
	t = start(30, 100, scenario_state_dir("arrows"), NULL, "--quiz",
		  "--seed", seed_s, "--lang", "en", NULL);
	mirror_start(&m, sc, seed);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	vt_send(t, "L");                   /* Korean, same question */
	quiz_prompt(quiz_current(&m.q), HC_KO, prompt, sizeof prompt);
	TEXT(t, head_of(prompt, 30));
	TEXT(t, "문제 1/");
	vt_send(t, "L");
	see_question(t, &m, __LINE__);
	ans = quiz_current(&m.q)->answer;
	CHECK(t, ans >= 2);
	for (int i = 0; i < ans; i++)
		vt_send(t, "\033OB");      /* Down, in keypad mode */
	vt_send(t, "\r");
	quiz_answer(&m.q, ans);
	TEXT(t, "Right!");
	vt_send(t, "q");                   /* q leaves too */
	TEXT(t, "Session summary");
	vt_send(t, "q");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("arrows and Enter answer; L switches the quiz to "
			"Korean", t);
	mirror_end(&m);
}

/* A "type the code" question: digits, Backspace, Enter. */
static void typed_answer(void)
{
	unsigned seed = seed_where(QK_TYPE, 0);
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char seed_s[16], code[8];
	struct mirror m;
	struct vt *t;

	snprintf(seed_s, sizeof seed_s, "%u", seed);
	t = start(24, 80, scenario_state_dir("typed"), NULL, "--quiz", "--seed",
		  seed_s, "--lang", "en", NULL);
	mirror_start(&m, sc, seed);
	CHECK(t, quiz_current(&m.q)->kind == QK_TYPE);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	TEXT(t, "Type the three digits, then Enter");
	snprintf(code, sizeof code, "%03d", quiz_current(&m.q)->answer);
	vt_send(t, "9");
	TEXT(t, "Answer: 9__");
	vt_send(t, "\x7f");                /* Backspace */
	TEXT(t, "Answer: ___");
	vt_send(t, code);
	vt_send(t, "\r");
	quiz_answer(&m.q, quiz_current(&m.q)->answer);
	TEXT(t, "Right!");
	vt_send(t, "\033");
	TEXT(t, "Session summary");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("type the code: digits, Backspace, Enter", t);
	mirror_end(&m);
}

/* After a "which code fits" answer, c shows that comparison; Esc returns
 * to the answer. */
static void situation_compare(void)
{
	unsigned seed = seed_where(QK_SITUATION, 0);
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char seed_s[16], title[256];
	const struct hc_topic *tp;
	struct mirror m;
	struct vt *t;

	snprintf(seed_s, sizeof seed_s, "%u", seed);
	t = start(40, 120, scenario_state_dir("situation"), NULL, "--quiz",
		  "--seed", seed_s, "--lang", "en", NULL);
	mirror_start(&m, sc, seed);
	tp = quiz_current(&m.q)->topic;
	CHECK(t, tp != NULL);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	TEXT(t, "Which code fits?");
	answer(t, &m, 0);
	TEXT(t, "Wrong.");
	TEXT(t, "c compare");
	vt_send(t, "c");
	snprintf(title, sizeof title, "%s", tp ? head_of(tp->title[HC_EN], 40)
					       : "?");
	TEXT(t, title);
	CHECK(t, strstr(vt_row(t, 0), "Codes compared") != NULL);
	vt_send(t, "\033");                /* back to the answer */
	TEXT(t, "Wrong.");
	vt_send(t, " ");
	TEXT(t, "Question 2/");
	vt_send(t, "\033");
	TEXT(t, "Session summary");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("c after a situation question: its comparison; Esc "
			"returns", t);
	mirror_end(&m);
}

/* A wrong answer teaches: after a wrong choice in a situation, its own
 * reason, what the chosen code means and the row of the comparison table
 * that tells the two apart, in English and, after L, in Korean. */
static void wrong_answer_explained(void)
{
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char seed_s[16], why[2048], ko[2048], reason[1024], *nl;
	struct quiz_question qq;
	struct mirror m;
	struct vt *t;
	unsigned seed;

	/* a first question that is a situation, whose wrong choice shares
	 * a comparison table with the answer */
	for (seed = 1; seed < 5000; seed++) {
		const struct quiz_question *cur;

		mirror_start(&m, sc, seed);
		cur = quiz_current(&m.q);
		why[0] = '\0';
		if (cur->kind == QK_SITUATION)
			quiz_explain(&m.q, cur, (cur->answer + 1) %
				     cur->n_choices, HC_EN, why, sizeof why);
		if (strchr(why, '\n'))
			break;
		mirror_end(&m);
	}
	CHECK(NULL, seed < 5000);
	qq = *quiz_current(&m.q);
	quiz_explain(&m.q, &qq, (qq.answer + 1) % qq.n_choices, HC_KO, ko,
		     sizeof ko);
	quiz_reason(&qq, HC_EN, reason, sizeof reason);
	snprintf(seed_s, sizeof seed_s, "%u", seed);
	t = start(40, 120, scenario_state_dir("explained"), NULL, "--quiz",
		  "--seed", seed_s, "--lang", "en", NULL);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	CHECK(t, answer(t, &m, 0) == 0);
	TEXT(t, "Wrong.");
	TEXT(t, head_of(reason, 60));      /* the situation's own reason */
	GONE(t, head_of(qq.topic->summary[HC_EN], 40));
	nl = strchr(why, '\n');
	*nl = '\0';
	TEXT(t, head_of(why, 60));         /* what the chosen code means */
	TEXT(t, head_of(nl + 1, 60));      /* and what tells them apart */
	CHECK(t, strstr(why, "Your answer ") == why);
	CHECK(t, strstr(nl + 1, "How they differ, ") == nl + 1);
	vt_send(t, "L");
	nl = strchr(ko, '\n');
	CHECK(t, nl != NULL);
	if (nl) {
		*nl = '\0';
		TEXT(t, head_of(ko, 40));
		TEXT(t, head_of(nl + 1, 40));
	}
	vt_send(t, "\033");
	TEXT(t, "세션 결과");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("a wrong answer: the situation's reason, the chosen "
			"code's meaning, the table row that tells them apart", t);
	mirror_end(&m);
}

/* A state directory that cannot be written: a warning, study goes on. */
static void read_only_state(void)
{
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	const char *dir = scenario_state_dir("readonly");
	struct mirror m;
	struct vt *t;

	/* root writes anywhere: then a path under a file stands in */
	if (geteuid() != 0)
		chmod(dir, 0555);
	else
		dir = "/dev/null/state";
	t = start(24, 80, dir, NULL, "--quiz", "--seed", "1", "--lang", "en",
		  NULL);
	mirror_start(&m, sc, 1);
	TEXT(t, "What would you like to practise?");
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	answer(t, &m, 1);
	TEXT(t, "Right!");
	/* above the question, wrapped, and on the status line, clipped */
	TEXT(t, "saving is tried again");
	CHECK(t, vt_find(t, "cannot save") >= 0 ||
		 vt_find(t, "cannot read") >= 0);
	CHECK(t, !strncmp(vt_row(t, 23), "cannot ", 7));
	vt_send(t, "\r");                  /* and it goes on */
	TEXT(t, "Question 2/");
	vt_send(t, "\033");
	TEXT(t, "Session summary");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("state directory not writable: one-line warning, quiz "
			"goes on", t);
	mirror_end(&m);
	chmod(scenario_state_dir("readonly"), 0700);

	/* no HOME and no XDG_STATE_HOME at all */
	{
		static const char *const env[] = { "HOME", "XDG_STATE_HOME",
						   NULL };

		t = start(24, 80, NULL, env, "--quiz", "--seed", "1", "--lang",
			  "en", NULL);
		mirror_start(&m, sc, 1);
		TEXT(t, "No place to save progress");
		vt_send(t, "\r");
		see_question(t, &m, __LINE__);
		answer(t, &m, 1);
		TEXT(t, "Right!");
		vt_send(t, "\033");
		vt_send(t, "\033");
		scenario_quit(t, __LINE__);
		scenario_report("no HOME: the warning, study works for the "
				"run", t);
		mirror_end(&m);
	}
}

static int count_aside(const char *dir)
{
	struct dirent *e;
	DIR *d = opendir(dir);
	int aside = 0;

	while (d && (e = readdir(d)))
		aside += !strncmp(e->d_name, "progress.corrupt-", 17);
	if (d)
		closedir(d);
	return aside;
}

/* A damaged progress file is said in one line and left alone until the
 * first answer, which keeps it aside under its own name and starts anew. */
static void corrupt_file(void)
{
	static const char bad[] = "httpcodes-progress 1\nsession x\n\033[31mgarbage\n";
	const char *state = scenario_state_dir("corrupt");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char dir[600], path[700];
	struct mirror m;
	struct vt *t;
	FILE *f;
	const char *file;

	snprintf(dir, sizeof dir, "%s/httpcodes", state);
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/progress", dir);
	f = fopen(path, "w");
	if (f) {
		fputs(bad, f);
		fclose(f);
	}
	t = start(30, 120, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	TEXT(t, "is damaged (line 2); at the first answer");
	TEXT(t, "What would you like to practise?");
	CHECK(t, count_aside(dir) == 0);
	file = scenario_slurp(path);
	CHECK(t, file && !strcmp(file, bad)); /* untouched so far */
	mirror_start(&m, sc, 1);           /* fresh, as if there were none */
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	answer(t, &m, 1);
	TEXT(t, "Right!");
	TEXT(t, "was damaged: kept it as");
	TEXT(t, "progress.corrupt-");
	CHECK(t, count_aside(dir) == 1);
	file = scenario_slurp(path);
	CHECK(t, file && !strncmp(file, "httpcodes-progress 2\nsession 1\n", 31));
	vt_send(t, "\033");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("corrupt progress: said, kept aside at the first "
			"answer, a fresh file", t);
	mirror_end(&m);
}

/* Reviews that fell due: opening study counts them, "Due now" is the first
 * scope and selected, its session asks them oldest due first, and a miss
 * comes back; what was answered is no longer due. */
static void due_now_scope(void)
{
	static const char text[] =
		"httpcodes-progress 2\nsession 3\n"
		"200/phrase 1 0 40.000000 2.100000 4099852800 4102444800\n"
		"301/phrase 1 0 2.306500 2.118104 946684800 946857600\n"
		"404/phrase 2 1 2.306500 2.118104 946512000 946684800\n"
		"500/phrase 1 0 2.306500 2.118104 946598400 946771200\n";
	const char *state = scenario_state_dir("due");
	struct quiz_scope sc = { QS_DUE, 0, 0 };
	char dir[600], path[700];
	struct mirror m;
	struct vt *t;
	FILE *f;
	const char *file;
	int future;

	snprintf(dir, sizeof dir, "%s/httpcodes", state);
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/progress", dir);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	t = start(24, 80, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	TEXT(t, "What would you like to practise?");
	TEXT(t, "Due now: 3 item(s)");
	TEXT(t, "Due now (3)");
	if (progress_parse(&m.p, text, strlen(text), &future) < 0 ||
	    quiz_start(&m.q, &table, &m.p, sc, 1, QUESTIONS) < 0) {
		printf("Bail out! the due mirror failed\n");
		exit(99);
	}
	CHECK(t, m.q.n == 3);
	CHECK(t, !strcmp(quiz_current(&m.q)->key, "404/phrase"));
	vt_send(t, "\r"); /* the selection starts on Due now */
	see_question(t, &m, __LINE__);
	TEXT(t, "Question 1/3");
	TEXT(t, "What is the reason phrase of 404?");
	answer(t, &m, 0); /* a miss: asked again in the session */
	TEXT(t, "Wrong");
	vt_send(t, " ");
	see_question(t, &m, __LINE__);
	TEXT(t, "What is the reason phrase of 500?");
	answer(t, &m, 1);
	vt_send(t, " ");
	see_question(t, &m, __LINE__);
	TEXT(t, "What is the reason phrase of 301?");
	answer(t, &m, 1);
	vt_send(t, " ");
	see_question(t, &m, __LINE__);
	TEXT(t, "What is the reason phrase of 404?");
	TEXT(t, "Question 4/4");
	answer(t, &m, 1);
	vt_send(t, " ");
	TEXT(t, "3/4");
	file = scenario_slurp(path);
	CHECK(t, file && !strncmp(file, "httpcodes-progress 2\nsession 4\n", 31));
	CHECK(t, file && strstr(file, "\n404/phrase 3 2 "));
	CHECK(t, file && !strstr(file, " 946684800\n")); /* all rescheduled */
	/* back in the menu: nothing due now, so Standard is what Enter takes */
	vt_send(t, "\033");
	vt_send(t, "t");
	TEXT(t, "Due now: 0 item(s)");
	TEXT(t, "Due now (0)");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("due now: counted on opening, first scope, oldest due "
			"first, a miss asked again, rescheduled", t);
	mirror_end(&m);
}

/* Progress is saved with each answer: a kill right after loses nothing. */
static void saved_each_answer(void)
{
	const char *state = scenario_state_dir("killed");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	struct mirror m;
	const char *key, *file;
	struct vt *t = start(24, 80, state, NULL, "--quiz", "--seed", "3",
			     "--lang", "en", NULL);

	mirror_start(&m, sc, 3);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	key = quiz_current(&m.q)->key;
	answer(t, &m, 0);
	TEXT(t, "Wrong.");
	kill(vt_pid(t), SIGKILL);
	vt_wait_exit(t, TIMEOUT);
	file = scenario_progress(state);
	CHECK(t, file && strstr(file, key));
	CHECK(t, strstr(stats_cli(state), "0 of 1 answers right"));
	scenario_report("each answer is saved at once (SIGKILL after one "
			"answer)", t);
	mirror_end(&m);
}

/* ---- state files: locks, FIFOs, two sessions at once --------------------- */

/* A process that holds path's lock file until killed. */
static pid_t hold_lock(const char *lock)
{
	int pipefd[2];
	pid_t pid;
	char c;

	if (pipe(pipefd) < 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		int fd = open(lock, O_RDWR | O_CREAT, 0600);

		if (fd < 0 || flock(fd, LOCK_EX) < 0)
			_exit(1);
		if (write(pipefd[1], "x", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	close(pipefd[1]);
	if (pid < 0 || read(pipefd[0], &c, 1) != 1)
		pid = -1;
	close(pipefd[0]);
	return pid;
}

static void release_lock(pid_t pid)
{
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
}

/* Ended: the main screen, the cursor shown, the line discipline back. */
static void terminal_back(struct vt *t, int line)
{
	struct termios tio;

	if (vt_altscreen(t))
		scenario_fail(t, line, "still in the alternate screen");
	if (!vt_cursor_visible(t))
		scenario_fail(t, line, "the cursor is hidden");
	if (vt_termios(t, &tio) == 0 &&
	    (!(tio.c_lflag & ICANON) || !(tio.c_lflag & ECHO)))
		scenario_fail(t, line, "echo or canonical mode not restored");
}

/* Another copy holds the lock: the answer is not saved, said so, and the
 * quiz goes on; once the lock is free the next save takes both answers. */
static void held_lock(void)
{
	const char *state = scenario_state_dir("locked");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char dir[600], lock[700];
	struct mirror m;
	struct vt *t;
	pid_t holder;

	snprintf(dir, sizeof dir, "%s/httpcodes", state);
	mkdir(dir, 0700);
	snprintf(lock, sizeof lock, "%s/progress.lock", dir);
	holder = hold_lock(lock);
	CHECK(NULL, holder > 0);
	t = start(24, 100, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	mirror_start(&m, sc, 1);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	answer(t, &m, 1);
	TEXT(t, "Right!");
	TEXT(t, "another httpcodes holds the lock");
	TEXT(t, "saving is tried again at the next answer");
	CHECK(t, strstr(stats_cli(state), "No study yet") != NULL);
	release_lock(holder);
	vt_send(t, " ");
	see_question(t, &m, __LINE__);
	answer(t, &m, 0);
	TEXT(t, "Wrong.");
	GONE(t, "another httpcodes holds the lock");
	CHECK(t, strstr(stats_cli(state), "1 of 2 answers right") != NULL);
	vt_send(t, "\033");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("lock held by another copy: not saved, said, the quiz "
			"goes on; saved with the next answer", t);
	mirror_end(&m);
}

/* While a save waits for a held lock, ^C, SIGTERM, SIGHUP and q still end
 * the browser, the terminal restored; what could not be saved is said. */
static void held_lock_ending(void)
{
	static const struct {
		const char *name, *key;
		int sig;
	} ends[] = {
		{ "^C", "\003", SIGINT },
		{ "SIGTERM", NULL, SIGTERM },
		{ "SIGHUP", NULL, SIGHUP },
		{ "q", "qqq", 0 }, /* the answer, the summary, the browser */
	};
	const char *state = scenario_state_dir("locked-end");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char dir[600], lock[700], title[160];

	snprintf(dir, sizeof dir, "%s/httpcodes", state);
	mkdir(dir, 0700);
	snprintf(lock, sizeof lock, "%s/progress.lock", dir);
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		pid_t holder = hold_lock(lock);
		struct mirror m;
		struct vt *t;
		int st;

		t = start(24, 100, state, NULL, "--quiz", "--seed", "1",
			  "--lang", "en", NULL);
		mirror_start(&m, sc, 1);
		vt_send(t, "\r");
		see_question(t, &m, __LINE__);
		answer(t, &m, 1);          /* the save now waits for the lock */
		if (ends[i].key)
			vt_send(t, ends[i].key);
		else
			kill(vt_pid(t), ends[i].sig);
		st = vt_wait_exit(t, TIMEOUT);
		if (ends[i].sig && (st < 0 || !WIFSIGNALED(st) ||
				    WTERMSIG(st) != ends[i].sig))
			scenario_fail(t, __LINE__, "status %#x, not ended by "
				      "signal %d", st, ends[i].sig);
		if (!ends[i].sig && (st < 0 || !WIFEXITED(st) ||
				     WEXITSTATUS(st) != 0))
			scenario_fail(t, __LINE__, "q: status %#x", st);
		terminal_back(t, __LINE__);
		TEXT(t, "not saved by the end: 1 answer(s) of this run "
		     "(another httpcodes holds the lock");
		release_lock(holder);
		snprintf(title, sizeof title, "%s while a save waits for a held "
			 "lock: ends, terminal restored, unsaved answer said",
			 ends[i].name);
		scenario_report(title, t);
		mirror_end(&m);
	}
}

/* A FIFO as the progress file: t and S do not hang; nothing replaces it. */
static void fifo_progress(void)
{
	const char *state = scenario_state_dir("fifo");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	char dir[600], path[700];
	struct mirror m;
	struct stat st;
	struct vt *t;

	snprintf(dir, sizeof dir, "%s/httpcodes", state);
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/progress", dir);
	CHECK(NULL, mkfifo(path, 0600) == 0);
	t = start(24, 100, state, NULL, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "t");
	TEXT(t, "What would you like to practise?");
	TEXT(t, "is not a regular file (a FIFO)");
	TEXT(t, "answers are kept for this run only");
	mirror_start(&m, sc, 0);
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	vt_send(t, "S");
	TEXT(t, "Study statistics");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	CHECK(t, lstat(path, &st) == 0 && S_ISFIFO(st.st_mode));
	scenario_report("a FIFO as the progress file: t and S do not hang, "
			"the FIFO is left", t);
	mirror_end(&m);

	/* answering: still nothing written over it */
	t = start(24, 100, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	mirror_start(&m, sc, 1);
	vt_send(t, "\r");
	see_question(t, &m, __LINE__);
	answer(t, &m, 1);
	TEXT(t, "Right!");
	TEXT(t, "is not a regular file (a FIFO)");
	vt_send(t, "\033");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	CHECK(t, lstat(path, &st) == 0 && S_ISFIFO(st.st_mode));
	scenario_report("a FIFO as the progress file: answers kept in memory, "
			"never written over it", t);
	mirror_end(&m);
}

/* Two browsers with the same seed answer the same questions, turn by
 * turn: every answer of both is recorded. */
static void two_sessions(void)
{
	const char *state = scenario_state_dir("two");
	struct quiz_scope sc = { QS_STANDARD, 0, 0 };
	struct mirror ma, mb;
	struct vt *a, *b;
	char want[80];
	int given = 0;

	a = start(24, 100, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	b = start(24, 100, state, NULL, "--quiz", "--seed", "1", "--lang",
		  "en", NULL);
	mirror_start(&ma, sc, 1);
	mirror_start(&mb, sc, 1);
	TEXT(a, "What would you like to practise?");
	TEXT(b, "What would you like to practise?");
	vt_send(a, "\r");
	vt_send(b, "\r");
	while (quiz_current(&ma.q) && !scenario_failing()) {
		see_question(a, &ma, __LINE__);
		answer(a, &ma, 1);
		TEXT(a, "Right!");
		see_question(b, &mb, __LINE__);
		answer(b, &mb, 1);
		TEXT(b, "Right!");
		given += 2;
		vt_send(a, " ");
		vt_send(b, " ");
	}
	TEXT(a, "Session summary");
	TEXT(b, "Session summary");
	vt_send(a, "\033");
	vt_send(b, "\033");
	scenario_quit(a, __LINE__);
	scenario_quit(b, __LINE__);
	snprintf(want, sizeof want, "2 sessions, %d of %d answers right",
		 given, given);
	if (!strstr(stats_cli(state), want))
		scenario_fail(NULL, __LINE__, "--stats says '%s', not '%s'",
			      stats_cli(state), want);
	scenario_report("two browsers, the same seed, turn by turn: every "
			"answer of both recorded", b);
	vt_free(a);
	mirror_end(&ma);
	mirror_end(&mb);
}

/* Escapes in XDG_STATE_HOME never reach the screen (S names the file). */
static void escaped_state_path(void)
{
	const char *state = scenario_state_dir("esc\033]0;owned\007\033[31m");
	struct vt *t = start(30, 120, state, NULL, "--lang", "en", NULL);
	size_t n;
	const char *out;
	int row;

	TEXT(t, "5xx Server Error");
	vt_output_reset(t);
	vt_send(t, "S");
	TEXT(t, "Progress file: ");
	row = vt_find(t, "Progress file: ");
	CHECK(t, row >= 0 && strstr(vt_row(t, row), "esc/httpcodes/progress"));
	CHECK(t, row >= 0 && !strstr(vt_row(t, row), "^["));
	out = vt_output(t, &n);
	CHECK(t, !memmem(out, n, "]0;owned", 8));
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("escapes in XDG_STATE_HOME: not on the statistics "
			"screen", t);
}

/* A bad line in the settings is said on the browser's status line, where
 * the user looks, not only on stderr behind the screen. */
static void settings_in_browser(void)
{
	char cfg[600], env[700], path[700];
	const char *e[2] = { env, NULL };
	struct vt *t;
	FILE *f;

	snprintf(cfg, sizeof cfg, "%s/cfg", scenario_tmp_root());
	mkdir(cfg, 0700);
	snprintf(path, sizeof path, "%s/httpcodes", cfg);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/httpcodes/config", cfg);
	f = fopen(path, "w");
	if (f) {
		fputs("lang = en\r\nfrobnicate = 1\r\n", f);
		fclose(f);
	}
	snprintf(env, sizeof env, "XDG_CONFIG_HOME=%s", cfg);
	t = start(24, 100, NULL, e, NULL);
	TEXT(t, "5xx Server Error");
	TEXT(t, "config:2: unknown setting 'frobnicate'");
	CHECK(t, strstr(vt_row(t, 23), "unknown setting") != NULL);
	vt_send(t, "j");                   /* gone with the next key */
	GONE(t, "unknown setting");
	scenario_quit(t, __LINE__);
	scenario_report("a bad settings line: on the status line at start", t);
}

/* c on 401: the 401 vs 403 comparison with its table, aligned. */
static void compare_401(void)
{
	struct vt *t = start(40, 120, scenario_state_dir("compare"), NULL,
			     "--lang", "en", NULL);
	int head, row, rule, c1, c2;

	TEXT(t, "5xx Server Error");
	vt_send(t, "401");
	TEXT(t, " 401   Unauthorized");
	vt_send(t, "c");
	TEXT(t, "401 vs 403: authentication vs authorization");
	TEXT(t, "What failed");
	head = vt_find(t, "Aspect");
	row = vt_find(t, "What failed");
	rule = vt_find(t, "\xe2\x94\xbc");
	CHECK(t, head >= 0 && rule == head + 1 && row == head + 2);
	c1 = head >= 0 ? col_of(t, head, "\xe2\x94\x82") : -1;
	c2 = row >= 0 ? col_of(t, row, "\xe2\x94\x82") : -1;
	CHECK(t, c1 > 0 && c1 == c2);
	CHECK(t, row >= 0 && strstr(vt_row(t, row), "Authentication") &&
		 strstr(vt_row(t, row), "Authorization"));
	CHECK(t, strstr(vt_row(t, 0), "Codes compared") != NULL);
	TEXT(t, "1/");                     /* several topics: tabs */
	vt_send(t, "\t");
	GONE(t, "401 vs 403: authentication vs authorization");
	TEXT(t, "2/");
	vt_send(t, "\033OD");              /* Left: back to the first */
	TEXT(t, "401 vs 403: authentication vs authorization");
	vt_send(t, "L");                   /* Korean, Hangul two columns */
	TEXT(t, "401 vs 403: 인증과 인가");
	head = vt_find(t, "구분");
	row = vt_find(t, "실패한 것");
	c1 = head >= 0 ? col_of(t, head, "\xe2\x94\x82") : -1;
	c2 = row >= 0 ? col_of(t, row, "\xe2\x94\x82") : -1;
	CHECK(t, c1 > 0 && c1 == c2);
	vt_send(t, "L");
	vt_send(t, "\033");
	TEXT(t, " 401   Unauthorized");
	GONE(t, "What failed");
	scenario_quit(t, __LINE__);
	scenario_report("c on 401: 401 vs 403 as an aligned table; Tab, Left, "
			"L, Esc", t);

	/* narrow: the table becomes a list */
	t = start(24, 50, scenario_state_dir("compare"), NULL, "--lang", "en",
		  NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "401");
	TEXT(t, "  401 Unauthorized");
	vt_send(t, "c");
	TEXT(t, "What failed");
	TEXT(t, "  401: Authentication");
	TEXT(t, "  403: Authorization");
	CHECK(t, vt_find(t, "Aspect") < 0);
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("comparison at 50 columns: the table as a list", t);
}

/* The keys are in the help screen, the options in --help. */
static void keys_listed(void)
{
	struct vt *t = start(60, 120, NULL, NULL, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Studying");
	TEXT(t, "Study with a quiz");
	TEXT(t, "Study statistics: mastery per class");
	TEXT(t, "Compare codes often confused");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	vt_free(t);
	t = start(120, 100, NULL, NULL, "--help", NULL);
	vt_wait_exit(t, TIMEOUT);
	CHECK(t, vt_find(t, "--quiz") >= 0);
	CHECK(t, vt_find(t, "--seed=N") >= 0);
	scenario_report("study keys in ?; --quiz and --seed in --help", t);
}

int main(int argc, char **argv)
{
	char err[256];
	int job = scenario_init(argc, argv), status;

	if (job >= 0)
		return job;
	if (hc_table_load_builtin(&table, err, sizeof err) < 0) {
		printf("Bail out! %s\n", err);
		return 99;
	}
	scenario_tmp_make("study");
	right_wrong_summary();
	score_rounded();
	class_session_bars();
	arrows_and_language();
	typed_answer();
	situation_compare();
	wrong_answer_explained();
	read_only_state();
	corrupt_file();
	saved_each_answer();
	due_now_scope();
	held_lock();
	held_lock_ending();
	fifo_progress();
	two_sessions();
	settings_in_browser();
	escaped_state_path();
	compare_401();
	keys_listed();
	status = scenario_finish();
	hc_table_free(&table);
	scenario_tmp_remove();
	return status;
}
