/* Study questions over the table, scheduled by date with FSRS. */
#ifndef HC_QUIZ_H
#define HC_QUIZ_H

#include <stddef.h>
#include <stdint.h>

#include "progress.h"
#include "table.h"

enum quiz_kind {
	QK_PHRASE,    /* code -> phrase, multiple choice */
	QK_DESC,      /* description -> code, multiple choice */
	QK_TYPE,      /* phrase -> type the code */
	QK_CLASS,     /* phrase -> which class */
	QK_SITUATION, /* a situation from a comparison topic -> code */
	QK_N
};

/* QS_DUE: every item whose review has fallen due, oldest due first. */
enum quiz_scope_kind { QS_STANDARD, QS_ALL, QS_CLASS, QS_DUE };

/* Unofficial codes only where the scope says so: QS_ALL and QS_CLASS
 * hold the registered codes (standard, obsolete, unused, temporary) and,
 * with unofficial set, the unofficial ones too, as questions and as wrong
 * choices. */
struct quiz_scope {
	enum quiz_scope_kind kind;
	int digit;      /* QS_CLASS: 1..5 */
	int unofficial; /* QS_ALL, QS_CLASS: unofficial codes too */
};

#define QUIZ_CHOICES 4

struct quiz_question {
	enum quiz_kind kind;
	const struct hc_code *code;   /* the right answer's code */
	const struct hc_topic *topic; /* QK_SITUATION */
	int situation;                /* QK_SITUATION: index in topic */
	char key[PROGRESS_KEY_MAX];   /* its progress item */
	int n_choices;                /* 0 for QK_TYPE */
	int choice[QUIZ_CHOICES];     /* codes; class digits for QK_CLASS */
	int answer;                   /* index of the right choice */
};

struct quiz {
	const struct hc_table *t;
	struct progress *prog;
	struct quiz_scope scope;
	uint64_t rng;
	struct quiz_question *queue;
	size_t n, pos, cap;
	unsigned asked, right;
	unsigned right_by_class[HC_CLASS_N], asked_by_class[HC_CLASS_N];
	long long now;   /* when the session started */
	int fixed_clock; /* answers are reviewed at now, not at the clock's time */
};

/* A right answer given after this long on the question is graded Hard:
 * recalled, but with effort. */
#define QUIZ_HESITATION_S 20.0

/* Start a session of up to n_questions: the items due for review first
 * (oldest due first), then new ones in an order fixed by seed, then those
 * due soonest.  Starts a new progress session.  Returns -1 when out of
 * memory. */
int quiz_start(struct quiz *q, const struct hc_table *t, struct progress *p,
	       struct quiz_scope scope, uint64_t seed, size_t n_questions);
/* The same at a given time (seconds since the epoch), at which every
 * answer of the session is then reviewed: for tests. */
int quiz_start_at(struct quiz *q, const struct hc_table *t,
		  struct progress *p, struct quiz_scope scope, uint64_t seed,
		  size_t n_questions, long long now);
void quiz_end(struct quiz *q);

/* The current question, or NULL when the session is over. */
const struct quiz_question *quiz_current(const struct quiz *q);
/* Answer the current question with a choice index (or, for QK_TYPE, the
 * code typed); records it in the progress and moves on.  A missed question
 * comes back later in the same session.  Returns 1 when right. */
int quiz_answer(struct quiz *q, int given);
/* The same, seconds being how long the question was shown: a wrong answer
 * is graded Again, a right one Good, or Hard past QUIZ_HESITATION_S. */
int quiz_answer_timed(struct quiz *q, int given, double seconds);
/* 1 when given answers qq: the right choice's index, or for QK_TYPE the
 * code or one that means the same (Equivalent). */
int quiz_is_right(const struct quiz *q, const struct quiz_question *qq,
		  int given);
/* Questions left, counting the current one. */
size_t quiz_left(const struct quiz *q);

/* Text for the view, in the given language; text longer than the buffer
 * (n >= 4) ends at a character with an ellipsis. */
void quiz_prompt(const struct quiz_question *qq, enum hc_lang L, char *buf,
		 size_t n);
void quiz_choice(const struct quiz *q, const struct quiz_question *qq, int i,
		 enum hc_lang L, char *buf, size_t n);
/* The right answer and why: for a situation its own reason, else the
 * code's summary. */
void quiz_reason(const struct quiz_question *qq, enum hc_lang L, char *buf,
		 size_t n);

/* After a wrong answer given: what the chosen code means and, where a
 * comparison topic's table has both codes, the one point that tells it
 * from the right one ("What failed: 401 Authentication; 403
 * Authorization"), one per line.  Empty when given is right. */
void quiz_explain(const struct quiz *q, const struct quiz_question *qq,
		  int given, enum hc_lang L, char *buf, size_t n);
/* 1 when the scope has unofficial codes: the scope list offers a class
 * with them only where it has some. */
int quiz_scope_has_unofficial(const struct hc_table *t,
			      struct quiz_scope scope);

/* part of whole in percent, rounded to the nearest (4 of 6 is 67, not
 * 66); 0 when whole is 0. */
unsigned quiz_percent(unsigned long long part, unsigned long long whole);

/* Mastery of a class, 0..100: how far its items in scope have climbed the
 * boxes (never asked counts as box 1). */
int quiz_mastery(const struct hc_table *t, const struct progress *p,
		 struct quiz_scope scope, int digit, size_t *items);

/* What is due, over every item the table can ask (any scope). */
struct quiz_due {
	size_t now;           /* reviewed items due at now */
	size_t until;         /* ... due by the given time (end of today) */
	long long next;       /* the first due time after now; 0: none */
	/* per class: answers right and all answers, from the counts */
	unsigned long long right[HC_CLASS_N], answers[HC_CLASS_N];
};
void quiz_due(const struct hc_table *t, const struct progress *p,
	      long long now, long long until, struct quiz_due *d);

/* 1 when key is one that quiz_key can make (for some table). */
int quiz_key_valid(const char *key);

/* The progress key of an item. */
void quiz_key(char *buf, size_t n, enum quiz_kind kind, int code,
	      const struct hc_topic *topic, int situation);

#endif
