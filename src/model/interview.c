/* The mock interview's cards: which, in what order, and their grades.
 * Scheduling is the progress file's (progress_review), as for the quiz. */
#include <config.h>

#include "interview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int filter_class(const char *s)
{
	if (s[0] >= '1' && s[0] <= '5' && (s[1] == 'x' || s[1] == 'X') &&
	    (s[2] == 'x' || s[2] == 'X') && !s[3])
		return s[0] - '0';
	return 0;
}

int interview_filter_add(struct interview_filter *f, const struct hc_table *t,
			 const char *arg)
{
	int d = filter_class(arg);
	const struct hc_topic *topic = NULL;
	const struct hc_concept *concept = NULL;

	if (f->n == INTERVIEW_FILTERS)
		return -1;
	if (!d) {
		for (size_t i = 0; i < t->n_topics && !topic; i++)
			if (!strcmp(t->topics[i].id, arg))
				topic = &t->topics[i];
		/* a topic and a card may share an Id: both are asked */
		concept = hc_table_concept(t, arg);
		if (!topic && !concept)
			return -1;
	}
	f->f[f->n].digit = d;
	f->f[f->n].topic = topic;
	f->f[f->n].concept = concept;
	f->n++;
	return 0;
}

static int code_wanted(const struct interview_filter *f, int code)
{
	if (!f || !f->n)
		return 1;
	for (int i = 0; i < f->n; i++) {
		if (f->f[i].digit == code / 100)
			return 1;
		for (int c = 0; f->f[i].topic && c < f->f[i].topic->n_codes; c++)
			if (f->f[i].topic->codes[c] == code)
				return 1;
	}
	return 0;
}

/* A concept card is in a class when one of its codes is; a topic asks
 * about codes, so it takes no concept card. */
static int concept_wanted(const struct interview_filter *f,
			  const struct hc_concept *c)
{
	if (!f || !f->n)
		return 1;
	for (int i = 0; i < f->n; i++) {
		if (f->f[i].concept == c)
			return 1;
		for (int k = 0; f->f[i].digit && k < c->n_codes; k++)
			if (c->codes[k] / 100 == f->f[i].digit)
				return 1;
	}
	return 0;
}

static uint64_t rnd(uint64_t *s)
{
	/* splitmix64, as the quiz: the same order on every machine */
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* 0: due, 1: never reviewed, 2: not due yet */
static int rank(const struct progress *p, const char *key, long long now)
{
	const struct progress_item *it = progress_find(p, key);

	if (!it || (!it->right && !it->wrong))
		return 1;
	return progress_due(it, now) ? 0 : 2;
}

struct sortable {
	struct interview_card card;
	int rank;
	uint64_t tie;
};

static int by_rank(const void *a, const void *b)
{
	const struct sortable *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank - y->rank;
	return (x->tie > y->tie) - (x->tie < y->tie);
}

int interview_start(struct interview *iv, const struct hc_table *t,
		    struct progress *p, const struct interview_filter *f,
		    uint64_t seed, size_t max, long long now)
{
	struct sortable *all;
	size_t n = 0;

	memset(iv, 0, sizeof *iv);
	iv->prog = p;
	all = calloc(t->n + t->n_concepts + 1, sizeof *all);
	if (!all)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *c = &t->codes[i];

		if (!c->interview[HC_KO] || !c->interview[HC_EN] ||
		    !code_wanted(f, c->code))
			continue;
		all[n].card.kind = IVK_CODE;
		all[n].card.code = c;
		snprintf(all[n].card.key, sizeof all[n].card.key,
			 "%03d/interview", c->code);
		n++;
	}
	for (size_t i = 0; i < t->n_concepts; i++) {
		const struct hc_concept *c = &t->concepts[i];

		if (!concept_wanted(f, c))
			continue;
		all[n].card.kind = IVK_CONCEPT;
		all[n].card.concept = c;
		snprintf(all[n].card.key, sizeof all[n].card.key,
			 "%s/concept", c->id);
		n++;
	}
	for (size_t i = 0; i < n; i++) {
		all[i].rank = rank(p, all[i].card.key, now);
		all[i].tie = rnd(&seed);
	}
	qsort(all, n, sizeof *all, by_rank);
	if (max && n > max)
		n = max;
	iv->cards = calloc(n ? n : 1, sizeof *iv->cards);
	if (!iv->cards) {
		free(all);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		iv->cards[i] = all[i].card;
	iv->n = n;
	free(all);
	return 0;
}

void interview_end(struct interview *iv)
{
	free(iv->cards);
	memset(iv, 0, sizeof *iv);
}

const struct interview_card *interview_current(const struct interview *iv)
{
	return iv->pos < iv->n ? &iv->cards[iv->pos] : NULL;
}

int interview_grade(struct interview *iv, enum progress_grade g,
		    long long now)
{
	const struct interview_card *c = interview_current(iv);
	struct progress_item *it;

	if (!c || g < PG_AGAIN || g > PG_EASY)
		return -1;
	it = progress_item(iv->prog, c->key);
	if (!it)
		return -1;
	progress_review(iv->prog, it, g, now);
	iv->by_grade[g]++;
	iv->graded++;
	iv->pos++;
	return 0;
}

int interview_split(const char *note, const char **q, size_t *qn,
		    const char **a, size_t *an)
{
	const char *at;

	if (!note || strncmp(note, "Q: ", 3))
		return -1;
	at = strstr(note, "\nA: ");
	if (!at)
		return -1;
	*q = note + 3;
	*qn = (size_t)(at - *q);
	*a = at + 4;
	*an = strlen(*a);
	return 0;
}

const char *interview_question(const struct interview_card *c, enum hc_lang L,
			       size_t *len)
{
	const char *q, *a;
	size_t an;

	if (c->kind == IVK_CONCEPT) {
		*len = strlen(c->concept->question[L]);
		return c->concept->question[L];
	}
	if (interview_split(c->code->interview[L], &q, len, &a, &an) == 0)
		return q;
	/* no question in the note: the code itself is the question */
	q = c->code->title[L] ? c->code->title[L] : c->code->phrase;
	*len = strlen(q);
	return q;
}

const char *interview_answer(const struct interview_card *c, enum hc_lang L,
			     size_t *len)
{
	const char *q, *a;
	size_t qn;

	if (c->kind == IVK_CONCEPT) {
		*len = strlen(c->concept->answer[L]);
		return c->concept->answer[L];
	}
	if (interview_split(c->code->interview[L], &q, &qn, &a, len) == 0)
		return a;
	*len = strlen(c->code->interview[L]);
	return c->code->interview[L];
}
