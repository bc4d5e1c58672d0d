/* FSRS-6, the Free Spaced Repetition Scheduler (the scheduler Anki uses),
 * with its published default parameters: the memory state of one item
 * (stability, difficulty) and when it is due.  Pure arithmetic: no I/O,
 * no clock (the caller passes the time). */
#ifndef HC_FSRS_H
#define HC_FSRS_H

#define FSRS_PARAMS 21
#define FSRS_DAY 86400LL
/* Desired retention: an item falls due when the chance of still
 * recalling it has dropped to 90 % (the FSRS default). */
#define FSRS_RETENTION 0.9
#define FSRS_MAX_INTERVAL 36500 /* days */
#define FSRS_STABILITY_MIN 0.001
#define FSRS_DIFFICULTY_MIN 1.0
#define FSRS_DIFFICULTY_MAX 10.0

/* Grades as Anki's buttons. */
enum fsrs_rating { FSRS_AGAIN = 1, FSRS_HARD, FSRS_GOOD, FSRS_EASY };

struct fsrs_card {
	double stability;  /* days for R to fall to 90 %; 0: never reviewed */
	double difficulty; /* 1..10 */
	long long last;    /* last review, seconds since the epoch */
	long long due;     /* next review, seconds since the epoch */
};

extern const double fsrs_default_w[FSRS_PARAMS];

/* The chance of recalling the item at now (1 when never reviewed). */
double fsrs_retrievability(const struct fsrs_card *c, long long now);
/* Whole days until R falls to FSRS_RETENTION: 1..FSRS_MAX_INTERVAL. */
long fsrs_interval(double stability);
/* A review graded r at now: new stability, difficulty, last and due. */
void fsrs_review(struct fsrs_card *c, enum fsrs_rating r, long long now);

#endif
