/* The mock interview: open questions from the codes' interview notes and
 * the concept cards, answered in one's head, the model answer shown on
 * request, and graded as Anki grades (Again, Hard, Good, Easy). */
#ifndef HC_INTERVIEW_H
#define HC_INTERVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "progress.h"
#include "table.h"

enum interview_kind { IVK_CODE, IVK_CONCEPT };

struct interview_card {
	enum interview_kind kind;
	const struct hc_code *code;       /* IVK_CODE */
	const struct hc_concept *concept; /* IVK_CONCEPT */
	char key[PROGRESS_KEY_MAX];       /* "404/interview", "ID/concept" */
};

/* What to ask about: any of these (none: everything). */
#define INTERVIEW_FILTERS 16
struct interview_filter {
	int n;
	struct {
		int digit;                       /* a class: 1..5, else 0 */
		const struct hc_topic *topic;    /* a comparison topic's codes */
		const struct hc_concept *concept; /* one concept card */
	} f[INTERVIEW_FILTERS];
};

/* Add "4xx", a topic Id or a concept Id (or both, when a topic and a
 * card share it) to f.  0, or -1 when arg names none of them (or f is
 * full). */
int interview_filter_add(struct interview_filter *f, const struct hc_table *t,
			 const char *arg);

struct interview {
	struct progress *prog;
	struct interview_card *cards;
	size_t n, pos;
	unsigned by_grade[PG_EASY + 1]; /* index: enum progress_grade */
	unsigned graded;
};

/* The cards of the filter, at most max (0: all): those the progress says
 * are due at now (seconds since the epoch) first, then the ones never
 * reviewed, then the rest, each group in an order fixed by seed.  -1 when
 * out of memory. */
int interview_start(struct interview *iv, const struct hc_table *t,
		    struct progress *p, const struct interview_filter *f,
		    uint64_t seed, size_t max, long long now);
void interview_end(struct interview *iv);

/* The current card, or NULL when the session is over. */
const struct interview_card *interview_current(const struct interview *iv);
/* Grade the current card: recorded with progress_review at now; moves on.
 * -1 when there is no card, or the item cannot be kept. */
int interview_grade(struct interview *iv, enum progress_grade g,
		    long long now);

/* The question and the model answer of a card in a language.  A code's
 * note reads "Q: question" then "A: answer"; a note without them is all
 * answer, under a question made of the code and its phrase.  *len gets the
 * length (the text is not NUL-terminated at it). */
const char *interview_question(const struct interview_card *c, enum hc_lang L,
			       size_t *len);
const char *interview_answer(const struct interview_card *c, enum hc_lang L,
			     size_t *len);
/* The same split for any note: 0 when it has the Q:/A: form. */
int interview_split(const char *note, const char **q, size_t *qn,
		    const char **a, size_t *an);

#endif
