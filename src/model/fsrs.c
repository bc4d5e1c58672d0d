/* FSRS-6 as published by open-spaced-repetition: the formulas of the
 * fsrs4anki wiki's "The Algorithm" page, written as py-fsrs 6.3.1
 * (fsrs/scheduler.py) computes them, so that its outputs are the
 * reference (tests/unit/test_fsrs.c).
 *
 * Scheduling choices, which are py-fsrs's own options:
 *   - no learning or relearning steps in minutes: the study session's
 *     re-ask queue plays that part (a missed item comes back a few
 *     questions later), so every review schedules in whole days;
 *   - no fuzz: the same answers give the same due dates, testably;
 *   - desired retention 0.9, maximum interval 36500 days.
 * A review less than a day after the last one is a same-day review and
 * uses the short-term stability formula, as py-fsrs does. */
#include <config.h>

#include "fsrs.h"

#include <math.h>

/* The FSRS-6 default parameters w0..w20, as DEFAULT_PARAMETERS in py-fsrs
 * 6.3.1 (also fsrs-rs's DEFAULT_PARAMETERS and ts-fsrs's default_w):
 * w0..w3 initial stability for Again, Hard, Good, Easy; w4, w5 initial
 * difficulty; w6 difficulty change; w7 mean reversion; w8..w10 recall
 * stability; w11..w14 forgetting stability; w15 Hard penalty; w16 Easy
 * bonus; w17..w19 short-term stability; w20 the forgetting curve's
 * decay. */
const double fsrs_default_w[FSRS_PARAMS] = {
	0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
	0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
	1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

#define W fsrs_default_w

static double decay(void)
{
	return -W[20];
}

/* Chosen so that R(S, S) = 0.9: stability is the 90 % interval. */
static double factor(void)
{
	return pow(0.9, 1.0 / decay()) - 1.0;
}

static double clamp_d(double d)
{
	return d < FSRS_DIFFICULTY_MIN ? FSRS_DIFFICULTY_MIN
	     : d > FSRS_DIFFICULTY_MAX ? FSRS_DIFFICULTY_MAX : d;
}

static double clamp_s(double s)
{
	return s < FSRS_STABILITY_MIN ? FSRS_STABILITY_MIN : s;
}

/* Whole days since the last review, never negative (a clock set back). */
static long long elapsed_days(const struct fsrs_card *c, long long now)
{
	long long d = now - c->last;

	if (d < 0)
		return -1;
	return d / FSRS_DAY;
}

double fsrs_retrievability(const struct fsrs_card *c, long long now)
{
	long long days = elapsed_days(c, now);

	if (c->stability <= 0)
		return 1.0;
	if (days < 0)
		days = 0;
	return pow(1.0 + factor() * (double)days / c->stability, decay());
}

long fsrs_interval(double stability)
{
	double i = stability / factor() *
		   (pow(FSRS_RETENTION, 1.0 / decay()) - 1.0);
	long days;

	if (!(i < FSRS_MAX_INTERVAL)) /* also NaN */
		return FSRS_MAX_INTERVAL;
	days = lround(i);
	return days < 1 ? 1 : days;
}

static double initial_difficulty(enum fsrs_rating r)
{
	return W[4] - exp(W[5] * ((double)(int)r - 1.0)) + 1.0;
}

/* Linear damping towards 10, then mean reversion towards D0(Easy). */
static double next_difficulty(double d, enum fsrs_rating r)
{
	double delta = -W[6] * ((double)(int)r - 3.0);
	double damped = d + (10.0 - d) * delta / 9.0;

	return clamp_d(W[7] * initial_difficulty(FSRS_EASY) +
		       (1.0 - W[7]) * damped);
}

static double short_term_stability(double s, enum fsrs_rating r)
{
	double inc = exp(W[17] * ((double)(int)r - 3.0 + W[18])) * pow(s, -W[19]);

	if (r >= FSRS_GOOD && inc < 1.0)
		inc = 1.0; /* a right answer never lowers it */
	return clamp_s(s * inc);
}

static double recall_stability(double d, double s, double R,
			       enum fsrs_rating r)
{
	double hard = r == FSRS_HARD ? W[15] : 1.0;
	double easy = r == FSRS_EASY ? W[16] : 1.0;

	return s * (1.0 + exp(W[8]) * (11.0 - d) * pow(s, -W[9]) *
			      (exp((1.0 - R) * W[10]) - 1.0) * hard * easy);
}

static double forget_stability(double d, double s, double R)
{
	double lt = W[11] * pow(d, -W[12]) * (pow(s + 1.0, W[13]) - 1.0) *
		    exp((1.0 - R) * W[14]);
	double st = s / exp(W[17] * W[18]);

	return lt < st ? lt : st;
}

void fsrs_review(struct fsrs_card *c, enum fsrs_rating r, long long now)
{
	if (r < FSRS_AGAIN || r > FSRS_EASY)
		r = FSRS_GOOD;
	if (c->stability <= 0 || !isfinite(c->stability) ||
	    !isfinite(c->difficulty)) {
		c->stability = clamp_s(W[r - 1]);
		c->difficulty = clamp_d(initial_difficulty(r));
	} else if (elapsed_days(c, now) < 1) {
		c->stability = short_term_stability(c->stability, r);
		c->difficulty = next_difficulty(c->difficulty, r);
	} else {
		double R = fsrs_retrievability(c, now);

		c->stability = clamp_s(r == FSRS_AGAIN
			? forget_stability(c->difficulty, c->stability, R)
			: recall_stability(c->difficulty, c->stability, R, r));
		c->difficulty = next_difficulty(c->difficulty, r);
	}
	c->last = now;
	c->due = now + fsrs_interval(c->stability) * FSRS_DAY;
}
