/* FSRS-6 against its reference implementation.  The expected numbers are
 * py-fsrs 6.3.1's (open-spaced-repetition/py-fsrs, fsrs/scheduler.py) for
 * the same reviews, with the options fsrs.c uses:
 *
 *   s = Scheduler(learning_steps=(), relearning_steps=(),
 *                 enable_fuzzing=False)
 *   c, _ = s.review_card(Card(), Rating.Good, t0)     # and so on
 *
 * with t0 = 2026-01-01T00:00:00Z (1767225600), each later review at the
 * card's due time unless said otherwise; printed with six decimals.  They
 * also follow by hand from the formulas of the fsrs4anki wiki ("The
 * Algorithm", FSRS-6): a first Good has S = w2 = 2.3065 and
 * D = w4 - e^(w5 * 2) + 1 = 2.118104. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "model/fsrs.h"

/* cmocka compares floats only as float: this keeps double precision */
static void near(double a, double b, double eps, int line)
{
	if (!(fabs(a - b) <= eps))
		fail_msg("line %d: %.9f is not %.9f", line, a, b);
}
#define assert_near(a, b, eps) near((a), (b), (eps), __LINE__)

#define T0 1767225600LL
#define EPS 5e-6

struct step {
	long long at;     /* -1: at the card's due time */
	int rating;
	double s, d;
	long long due;
};

static void run(const struct step *st, int n)
{
	struct fsrs_card c = { 0 };
	long long t = T0;

	for (int i = 0; i < n; i++) {
		t = st[i].at < 0 ? c.due : st[i].at;
		fsrs_review(&c, (enum fsrs_rating)st[i].rating, t);
		assert_near(c.stability, st[i].s, EPS);
		assert_near(c.difficulty, st[i].d, EPS);
		assert_int_equal(c.last, t);
		assert_int_equal(c.due, st[i].due);
	}
}

static void test_good_good_good(void **state)
{
	static const struct step st[] = {
		{ T0, 3, 2.306500, 2.118104, 1767398400 },  /* +2 days */
		{ -1, 3, 10.964332, 2.111214, 1768348800 }, /* +11 */
		{ -1, 3, 46.280217, 2.104331, 1772323200 }, /* +46 */
	};

	(void)state;
	run(st, 3);
}

/* A miss, then right ten minutes later in the same session: the
 * short-term formula, not the long-term one. */
static void test_again_then_good_same_day(void **state)
{
	static const struct step st[] = {
		{ T0, 1, 0.212000, 6.413300, 1767312000 },
		{ T0 + 600, 3, 0.246689, 6.402115, 1767312600 },
	};

	(void)state;
	run(st, 2);
}

/* Forgetting a learnt item: the forgetting stability, and difficulty up. */
static void test_good_again_good(void **state)
{
	static const struct step st[] = {
		{ T0, 3, 2.306500, 2.118104, 1767398400 },
		{ -1, 1, 0.607580, 7.394503, 1767484800 },
		{ -1, 3, 2.400404, 7.382337, 1767657600 },
	};

	(void)state;
	run(st, 3);
}

static void test_easy_hard(void **state)
{
	static const struct step st[] = {
		{ T0, 4, 8.295600, 1.000000, 1767916800 },
		{ -1, 2, 26.704183, 4.010609, 1770249600 },
	};

	(void)state;
	run(st, 2);
}

/* Reviewed long after it was due: a low retrievability, a big gain. */
static void test_hard_then_late(void **state)
{
	static const struct step st[] = {
		{ T0, 2, 1.293100, 5.112171, 1767312000 },
		{ T0 + 30 * 86400, 3, 18.374281, 5.102287, 1771372800 },
	};

	(void)state;
	run(st, 2);
}

static void test_retrievability(void **state)
{
	struct fsrs_card c = { .stability = 10, .difficulty = 5, .last = T0 };

	(void)state;
	/* stability is the interval at which R is 90 % */
	assert_near(fsrs_retrievability(&c, T0 + 10 * 86400), 0.9, 1e-9);
	assert_near(fsrs_retrievability(&c, T0), 1.0, 1e-12);
	assert_true(fsrs_retrievability(&c, T0 + 100 * 86400) < 0.75);
	/* a clock set back counts as no time at all */
	assert_near(fsrs_retrievability(&c, T0 - 86400), 1.0, 1e-12);
	assert_int_equal(fsrs_interval(10), 10);
	assert_int_equal(fsrs_interval(0.2), 1);
	assert_int_equal(fsrs_interval(1e12), FSRS_MAX_INTERVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_good_good),
		cmocka_unit_test(test_again_then_good_same_day),
		cmocka_unit_test(test_good_again_good),
		cmocka_unit_test(test_easy_hard),
		cmocka_unit_test(test_hard_then_late),
		cmocka_unit_test(test_retrievability),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
