/* Screen tests for the mock interview: a question, Space for the model
 * answer, a grade, the next question, both languages, the summary, and
 * the grades in the progress file after quitting.  The real binary in a
 * pseudo-terminal, as test_study.c; the cards are not written down here:
 * this program runs the same session through the model (same table, same
 * seed, same empty progress), so the tests survive edits to the data. */
#include <config.h>

#include "scenario.h"
#include "model/interview.h"
#include "model/progress.h"
#include "model/table.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CARDS 10 /* INTERVIEW_VIEW_CARDS in src/tui/interview_view.h */

static struct hc_table table;
/* The first cols columns of text (a line of the screen holds them). */
static const char *head_of(const char *s, size_t n, int cols)
{
	static char buf[256];
	size_t k = text_fit(s, n, cols, NULL);

	snprintf(buf, sizeof buf, "%.*s", (int)k, s);
	return buf;
}

static const char *question_of(const struct interview *iv, size_t i,
			       enum hc_lang L)
{
	size_t n;
	const char *q = interview_question(&iv->cards[i], L, &n);

	return head_of(q, n, 30);
}

static const char *answer_of(const struct interview *iv, size_t i,
			     enum hc_lang L)
{
	size_t n;
	const char *a = interview_answer(&iv->cards[i], L, &n);

	return head_of(a, n, 30);
}

static void mirror(struct interview *iv, struct progress *p, const char *arg,
		   unsigned seed)
{
	struct interview_filter f = { 0 };

	progress_init(p);
	if ((arg && interview_filter_add(&f, &table, arg) < 0) ||
	    interview_start(iv, &table, p, arg ? &f : NULL, seed, CARDS, 0) < 0) {
		printf("Bail out! interview_start failed\n");
		exit(99);
	}
}

/* Question, Space, grade, next question, L, summary, progress saved. */
static void flow(void)
{
	const char *state = scenario_state_dir("flow");
	const char *env[2];
	char envs[600], want[64];
	struct interview iv;
	struct progress p;
	struct vt *t;
	const char *file;

	snprintf(envs, sizeof envs, "XDG_STATE_HOME=%s", state);
	env[0] = envs;
	env[1] = NULL;
	mirror(&iv, &p, "4xx", 3);
	t = scenario_start(40, 100, env, "--interview", "4xx", "--seed", "3",
			   "--lang", "en", NULL);
	TEXT(t, "Mock interview");
	snprintf(want, sizeof want, "Question 1/%zu", iv.n);
	TEXT(t, want);
	TEXT(t, question_of(&iv, 0, HC_EN));
	TEXT(t, "Answer in your head or aloud");
	CHECK(t, vt_find(t, "Model answer") < 0);
	/* a grade before the answer is not taken */
	vt_send(t, "3");
	TEXT(t, want);
	CHECK(t, vt_find(t, "Model answer") < 0);
	scenario_report("--interview 4xx: the first question, no answer yet",
			NULL);

	vt_send(t, " ");
	TEXT(t, "Model answer");
	TEXT(t, answer_of(&iv, 0, HC_EN));
	TEXT(t, "How well did you answer?");
	TEXT(t, "1 Again");
	TEXT(t, "4 Easy");
	scenario_report("Space: the model answer and the grades", NULL);

	vt_send(t, "3");                   /* Good */
	snprintf(want, sizeof want, "Question 2/%zu", iv.n);
	TEXT(t, want);
	TEXT(t, question_of(&iv, 1, HC_EN));
	GONE(t, "Model answer");
	scenario_report("3 (Good): the next question", NULL);

	vt_send(t, "L");
	snprintf(want, sizeof want, "2/%zu", iv.n);
	TEXT(t, question_of(&iv, 1, HC_KO));
	TEXT(t, "모의 면접");
	vt_send(t, " ");
	TEXT(t, "모범 답안");
	TEXT(t, answer_of(&iv, 1, HC_KO));
	vt_send(t, "L");
	TEXT(t, "Model answer");
	TEXT(t, answer_of(&iv, 1, HC_EN));
	scenario_report("L: the question and the answer in Korean, and back",
			NULL);

	vt_send(t, "1");                   /* Again */
	snprintf(want, sizeof want, "Question 3/%zu", iv.n);
	TEXT(t, want);
	vt_send(t, "\033");
	TEXT(t, "summary (left early)");
	snprintf(want, sizeof want, "Cards 2/%zu", iv.n);
	TEXT(t, want);
	TEXT(t, "1 Again      1");
	TEXT(t, "2 Hard       0");
	TEXT(t, "3 Good       1");
	scenario_report("Esc: a summary of the cards and grades", NULL);

	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");       /* the browser */
	scenario_quit(t, __LINE__);
	file = scenario_progress(state);
	CHECK(t, file != NULL);
	if (file) {
		CHECK(t, strstr(file, iv.cards[0].key) != NULL);
		CHECK(t, strstr(file, iv.cards[1].key) != NULL);
		CHECK(t, strstr(file, iv.cards[2].key) == NULL);
	}
	scenario_report("the two grades are in the progress file after q", t);
	interview_end(&iv);
	progress_free(&p);
}

/* i in the browser; a concept card; the key in ? and --help */
static void from_browser(void)
{
	const char *state = scenario_state_dir("browser");
	const char *env[2];
	char envs[600];
	struct interview iv;
	struct progress p;
	struct vt *t;

	snprintf(envs, sizeof envs, "XDG_STATE_HOME=%s", state);
	env[0] = envs;
	env[1] = NULL;
	mirror(&iv, &p, NULL, 5);
	t = scenario_start(40, 100, env, "--seed", "5", "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "i");
	TEXT(t, "Mock interview");
	TEXT(t, question_of(&iv, 0, HC_EN));
	vt_send(t, "q");                   /* nothing graded: back */
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	vt_free(t);
	t = scenario_start(60, 120, env, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Mock interview (think of the answer");
	TEXT(t, "Interview: show the model answer");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("i in the browser opens the interview; q goes back; "
			"? lists i", t);
	interview_end(&iv);
	progress_free(&p);

	mirror(&iv, &p, "conditional-requests", 1);
	t = scenario_start(40, 100, env, "--interview", "conditional-requests",
			   "--lang", "en", NULL);
	TEXT(t, "Concept: Conditional requests");
	TEXT(t, question_of(&iv, 0, HC_EN));
	vt_send(t, " ");
	TEXT(t, answer_of(&iv, 0, HC_EN));
	vt_send(t, "4");
	TEXT(t, "Cards 1/1");
	TEXT(t, "4 Easy       1");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("--interview CONCEPT: the card, its answer, the summary",
			t);
	interview_end(&iv);
	progress_free(&p);

	t = START(120, 100, "--help");
	vt_wait_exit(t, TIMEOUT);
	CHECK(t, vt_find(t, "--interview") >= 0);
	CHECK(t, vt_find(t, "--export=anki") >= 0);
	CHECK(t, vt_find(t, "Mock interview (think") >= 0);
	scenario_report("--interview, --export and i in --help", t);
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
	scenario_tmp_make("interview");
	flow();
	from_browser();
	status = scenario_finish();
	hc_table_free(&table);
	scenario_tmp_remove();
	return status;
}
