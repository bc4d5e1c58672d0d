/* Study by date: what a session asks first, the "Due now" scope, grading
 * by time taken, and the due counts of the statistics. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fixture_table.h"
#include "model/quiz.h"

#define T0 1767225600LL /* 2026-01-01T00:00:00Z */
#define DAY 86400LL

/* An item reviewed Good at `at` (due two days later, FSRS's first Good). */
static void reviewed(struct progress *p, const char *key, long long at)
{
	struct progress_item *it = progress_item(p, key);

	assert_non_null(it);
	progress_review(p, it, PG_GOOD, at);
}

static void test_due_scope(void **state)
{
	struct progress p;
	struct quiz q;
	const struct quiz_question *qq;
	struct quiz_due d;

	(void)state;
	progress_init(&p);
	reviewed(&p, "404/phrase", T0 - 10 * DAY); /* due T0 - 8 days */
	reviewed(&p, "418/desc", T0 - 5 * DAY);    /* due T0 - 3 days: unofficial too */
	reviewed(&p, "200/type", T0 - 3 * DAY);    /* due T0 - 1 day */
	reviewed(&p, "500/class", T0);             /* due T0 + 2 days */
	quiz_due(&table, &p, T0, T0 + DAY, &d);
	assert_int_equal(d.now, 3);
	assert_int_equal(d.until, 3);
	assert_int_equal(d.next, T0 + 2 * DAY);
	quiz_due(&table, &p, T0, T0 + 2 * DAY, &d);
	assert_int_equal(d.until, 4);
	assert_int_equal(d.answers[3], 2);
	assert_int_equal(d.right[3], 2);
	/* the Due now scope: those three, oldest due first, nothing else */
	assert_int_equal(quiz_start_at(&q, &table, &p,
				       (struct quiz_scope){ QS_DUE, 0, 0 }, 5, 20,
				       T0), 0);
	assert_int_equal(quiz_left(&q), 3);
	assert_string_equal(quiz_current(&q)->key, "404/phrase");
	quiz_answer(&q, quiz_current(&q)->answer);
	assert_string_equal(quiz_current(&q)->key, "418/desc");
	/* a miss comes back in the session (the learning step) */
	qq = quiz_current(&q);
	quiz_answer(&q, qq->n_choices ? (qq->answer + 1) % qq->n_choices
				      : qq->answer + 1);
	assert_string_equal(quiz_current(&q)->key, "200/type");
	quiz_answer(&q, quiz_current(&q)->answer);
	assert_string_equal(quiz_current(&q)->key, "418/desc");
	quiz_answer(&q, quiz_current(&q)->answer);
	assert_null(quiz_current(&q));
	quiz_end(&q);
	/* answered: nothing due now any more */
	quiz_due(&table, &p, T0, T0, &d);
	assert_int_equal(d.now, 0);
	/* the 418 miss then right the same day: back tomorrow */
	assert_int_equal(progress_find(&p, "418/desc")->fs.due, T0 + DAY);
	progress_free(&p);
}

/* In another scope, reviews that fell due come before new items. */
static void test_due_before_new(void **state)
{
	struct progress p;
	struct quiz q;

	(void)state;
	progress_init(&p);
	reviewed(&p, "204/phrase", T0 - 30 * DAY);
	reviewed(&p, "201/desc", T0 - 20 * DAY);
	reviewed(&p, "202/phrase", T0); /* not due yet: last */
	quiz_start_at(&q, &table, &p, (struct quiz_scope){ QS_CLASS, 2, 0 }, 3,
		      10000, T0);
	assert_string_equal(q.queue[0].key, "204/phrase");
	assert_string_equal(q.queue[1].key, "201/desc");
	assert_string_equal(q.queue[q.n - 1].key, "202/phrase");
	quiz_end(&q);
	progress_free(&p);
}

/* Wrong is Again, right is Good, right after a long hesitation Hard. */
static void test_grades(void **state)
{
	struct progress p;
	struct quiz q;
	const struct quiz_question *qq;
	double s[3];

	(void)state;
	progress_init(&p);
	quiz_start_at(&q, &table, &p, (struct quiz_scope){ QS_STANDARD, 0, 0 }, 9,
		      3, T0);
	for (int i = 0; i < 3; i++) {
		qq = quiz_current(&q);
		char key[PROGRESS_KEY_MAX];

		strcpy(key, qq->key);
		if (i == 0)
			quiz_answer_timed(&q, qq->answer, 3);
		else if (i == 1)
			quiz_answer_timed(&q, qq->answer, QUIZ_HESITATION_S + 1);
		else
			quiz_answer_timed(&q, qq->n_choices
				? (qq->answer + 1) % qq->n_choices
				: qq->answer + 1, 1);
		s[i] = progress_find(&p, key)->fs.stability;
	}
	/* FSRS-6's initial stabilities: w2 (Good), w1 (Hard), w0 (Again) */
	assert_true(s[0] > 2.3064 && s[0] < 2.3066);
	assert_true(s[1] > 1.2930 && s[1] < 1.2932);
	assert_true(s[2] > 0.2119 && s[2] < 0.2121);
	quiz_end(&q);
	progress_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_due_scope),
		cmocka_unit_test(test_due_before_new),
		cmocka_unit_test(test_grades),
	};

	return cmocka_run_group_tests(tests, table_setup, table_teardown);
}
