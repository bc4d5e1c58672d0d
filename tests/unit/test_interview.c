/* The mock interview's model: the cards of a filter, their order, the
 * grades recorded in the progress, and the question/answer split. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/interview.h"

static struct hc_table t;

static int setup(void **state)
{
	char err[256];

	(void)state;
	return hc_table_load_builtin(&t, err, sizeof err);
}

static size_t count_codes(void)
{
	size_t n = 0;

	for (size_t i = 0; i < t.n; i++)
		n += t.codes[i].interview[HC_EN] != NULL;
	return n;
}

static void test_all_cards(void **state)
{
	struct progress p;
	struct interview iv;
	size_t codes = 0, concepts = 0;

	(void)state;
	progress_init(&p);
	assert_int_equal(interview_start(&iv, &t, &p, NULL, 1, 0, 1000), 0);
	assert_int_equal(iv.n, count_codes() + t.n_concepts);
	for (size_t i = 0; i < iv.n; i++) {
		const struct interview_card *c = &iv.cards[i];
		char key[PROGRESS_KEY_MAX];

		if (c->kind == IVK_CODE) {
			snprintf(key, sizeof key, "%03d/interview", c->code->code);
			codes++;
		} else {
			snprintf(key, sizeof key, "%s/concept", c->concept->id);
			concepts++;
		}
		assert_string_equal(c->key, key);
		/* every key is one the progress file keeps */
		assert_non_null(progress_item(&p, c->key));
	}
	assert_int_equal(concepts, t.n_concepts);
	assert_true(codes >= 64);
	interview_end(&iv);
	/* at most max */
	assert_int_equal(interview_start(&iv, &t, &p, NULL, 1, 5, 1000), 0);
	assert_int_equal(iv.n, 5);
	interview_end(&iv);
	progress_free(&p);
}

static void test_filters(void **state)
{
	struct interview_filter f = { 0 };
	struct progress p;
	struct interview iv;
	int saw_concept = 0;

	(void)state;
	progress_init(&p);
	assert_int_equal(interview_filter_add(&f, &t, "4xx"), 0);
	assert_int_equal(interview_start(&iv, &t, &p, &f, 7, 0, 1000), 0);
	assert_true(iv.n > 20);
	for (size_t i = 0; i < iv.n; i++) {
		const struct interview_card *c = &iv.cards[i];
		int in = 0;

		if (c->kind == IVK_CODE) {
			assert_int_equal(c->code->code / 100, 4);
			continue;
		}
		saw_concept = 1;
		for (int k = 0; k < c->concept->n_codes; k++)
			in |= c->concept->codes[k] / 100 == 4;
		assert_true(in);
	}
	assert_true(saw_concept);
	interview_end(&iv);

	/* one concept card, and a topic's codes (no concept card) */
	memset(&f, 0, sizeof f);
	assert_int_equal(interview_filter_add(&f, &t, "conditional-requests"), 0);
	assert_int_equal(interview_start(&iv, &t, &p, &f, 7, 0, 1000), 0);
	assert_int_equal(iv.n, 1);
	assert_string_equal(iv.cards[0].key, "conditional-requests/concept");
	interview_end(&iv);
	assert_true(t.n_topics > 0);
	memset(&f, 0, sizeof f);
	assert_int_equal(interview_filter_add(&f, &t, t.topics[0].id), 0);
	assert_int_equal(interview_start(&iv, &t, &p, &f, 7, 0, 1000), 0);
	assert_true(iv.n > 0 && iv.n <= (size_t)t.topics[0].n_codes);
	for (size_t i = 0; i < iv.n; i++) {
		int in = 0;

		assert_int_equal(iv.cards[i].kind, IVK_CODE);
		for (int k = 0; k < t.topics[0].n_codes; k++)
			in |= t.topics[0].codes[k] == iv.cards[i].code->code;
		assert_true(in);
	}
	interview_end(&iv);

	/* an Id both a topic and a card have: the topic's codes and the card */
	for (size_t i = 0; i < t.n_topics; i++) {
		const struct hc_concept *cc = hc_table_concept(&t, t.topics[i].id);
		int card = 0;

		if (!cc)
			continue;
		memset(&f, 0, sizeof f);
		assert_int_equal(interview_filter_add(&f, &t, cc->id), 0);
		assert_int_equal(interview_start(&iv, &t, &p, &f, 7, 0, 1000), 0);
		for (size_t k = 0; k < iv.n; k++)
			card += iv.cards[k].concept == cc;
		assert_int_equal(card, 1);
		assert_true(iv.n > 1);
		interview_end(&iv);
	}

	memset(&f, 0, sizeof f);
	assert_int_equal(interview_filter_add(&f, &t, "6xx"), -1);
	assert_int_equal(interview_filter_add(&f, &t, "no-such-card"), -1);
	assert_int_equal(interview_filter_add(&f, &t, ""), -1);
	assert_int_equal(f.n, 0);
	progress_free(&p);
}

static int card_rank(const struct progress *p, const char *key,
		     long long now)
{
	const struct progress_item *it = progress_find(p, key);

	if (!it || (!it->right && !it->wrong))
		return 1;
	return progress_due(it, now) ? 0 : 2;
}

static void test_order_and_grades(void **state)
{
	struct progress p;
	struct interview iv, again;
	char first[PROGRESS_KEY_MAX];

	(void)state;
	progress_init(&p);
	assert_int_equal(interview_start(&iv, &t, &p, NULL, 42, 0, 1000), 0);
	assert_int_equal(interview_start(&again, &t, &p, NULL, 42, 0, 1000), 0);
	/* the same seed, the same order; another seed, another one */
	for (size_t i = 0; i < iv.n; i++)
		assert_string_equal(iv.cards[i].key, again.cards[i].key);
	interview_end(&again);
	assert_int_equal(interview_start(&again, &t, &p, NULL, 43, 0, 1000), 0);
	{
		size_t same = 0;

		for (size_t i = 0; i < iv.n; i++)
			same += !strcmp(iv.cards[i].key, again.cards[i].key);
		assert_true(same < iv.n / 2);
	}
	interview_end(&again);

	/* grading records each card in the progress and moves on */
	strcpy(first, iv.cards[0].key);
	assert_int_equal(interview_grade(&iv, PG_EASY, 1000), 0);
	assert_int_equal(interview_grade(&iv, PG_AGAIN, 1000), 0);
	assert_int_equal(interview_grade(&iv, PG_GOOD, 1000), 0);
	assert_int_equal(interview_grade(&iv, 0, 1000), -1);
	assert_int_equal(interview_grade(&iv, 5, 1000), -1);
	assert_int_equal(iv.graded, 3);
	assert_int_equal(iv.by_grade[PG_EASY], 1);
	assert_int_equal(iv.by_grade[PG_AGAIN], 1);
	assert_int_equal(iv.by_grade[PG_GOOD], 1);
	assert_int_equal(iv.pos, 3);
	assert_int_equal(progress_find(&p, first)->right, 1);
	assert_int_equal(progress_find(&p, iv.cards[1].key)->wrong, 1);
	assert_int_equal(progress_unsaved(&p), 3);
	while (interview_current(&iv))
		assert_int_equal(interview_grade(&iv, PG_HARD, 1000), 0);
	assert_int_equal(interview_grade(&iv, PG_HARD, 1000), -1);
	interview_end(&iv);

	/* a day later, what the progress says is due comes first (the card
	 * graded Again is), then the cards never reviewed, then the rest */
	p.session++;
	assert_int_equal(interview_start(&iv, &t, &p, NULL, 42, 0,
					 1000 + 86400), 0);
	assert_int_equal(card_rank(&p, iv.cards[0].key, 1000 + 86400), 0);
	for (size_t i = 1; i < iv.n; i++)
		assert_true(card_rank(&p, iv.cards[i - 1].key, 1000 + 86400) <=
			    card_rank(&p, iv.cards[i].key, 1000 + 86400));
	interview_end(&iv);
	progress_free(&p);
}

static void test_split(void **state)
{
	const char *q, *a;
	size_t qn, an;
	struct interview_card c = { .kind = IVK_CODE };

	(void)state;
	assert_int_equal(interview_split("Q: Why?\nA: Because.\nMore.", &q,
					 &qn, &a, &an), 0);
	assert_int_equal(qn, 4);
	assert_memory_equal(q, "Why?", 4);
	assert_string_equal(a, "Because.\nMore.");
	assert_int_equal(an, strlen(a));
	assert_int_equal(interview_split("Just text", &q, &qn, &a, &an), -1);
	assert_int_equal(interview_split("Q: no answer", &q, &qn, &a, &an), -1);
	/* the built-in notes all have the form, in both languages */
	for (size_t i = 0; i < t.n; i++) {
		if (!t.codes[i].interview[HC_EN])
			continue;
		c.code = &t.codes[i];
		for (int L = 0; L < HC_LANG_N; L++) {
			if (interview_split(t.codes[i].interview[L], &q, &qn,
					    &a, &an) < 0)
				fail_msg("%d: no Q:/A: in %s", t.codes[i].code,
					 L == HC_KO ? "Korean" : "English");
			assert_ptr_equal(interview_question(&c, L, &qn), q);
			assert_ptr_equal(interview_answer(&c, L, &an), a);
		}
	}
	c.kind = IVK_CONCEPT;
	c.concept = &t.concepts[0];
	assert_ptr_equal(interview_question(&c, HC_KO, &qn),
			 t.concepts[0].question[HC_KO]);
	assert_ptr_equal(interview_answer(&c, HC_EN, &an),
			 t.concepts[0].answer[HC_EN]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_cards),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_order_and_grades),
		cmocka_unit_test(test_split),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
