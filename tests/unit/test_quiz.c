/* Question generation and scheduling, against the built-in table. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture_table.h"
#include "model/quiz.h"
#include "model/text.h"

static int related_to(const struct hc_code *c, int code)
{
	for (int i = 0; i < c->n_related; i++)
		if (c->related[i] == code)
			return 1;
	return 0;
}

static int in_topic(const struct hc_topic *tp, int code)
{
	for (int i = 0; i < tp->n_codes; i++)
		if (tp->codes[i] == code)
			return 1;
	return 0;
}

/* Every question has exactly one right answer, distinct and plausible
 * wrong ones. */
static void check_question(const struct quiz *q, const struct quiz_question *qq)
{
	char a[512], b[512];

	if (qq->kind == QK_TYPE) {
		assert_int_equal(qq->n_choices, 0);
		assert_int_equal(qq->answer, qq->code->code);
		return;
	}
	assert_true(qq->n_choices >= 2 && qq->n_choices <= QUIZ_CHOICES);
	if (qq->kind != QK_SITUATION)
		assert_int_equal(qq->n_choices, QUIZ_CHOICES);
	assert_true(qq->answer >= 0 && qq->answer < qq->n_choices);
	if (qq->kind == QK_CLASS)
		assert_int_equal(qq->choice[qq->answer], qq->code->code / 100);
	else
		assert_int_equal(qq->choice[qq->answer], qq->code->code);
	for (int i = 0; i < qq->n_choices; i++) {
		quiz_choice(q, qq, i, HC_EN, a, sizeof a);
		assert_true(a[0] != '\0');
		for (int j = i + 1; j < qq->n_choices; j++) {
			quiz_choice(q, qq, j, HC_EN, b, sizeof b);
			if (!strcmp(a, b))
				fail_msg("%s: two choices read '%s'", qq->key, a);
		}
		if (i == qq->answer || qq->kind == QK_CLASS)
			continue;
		if (qq->kind == QK_SITUATION) {
			if (!in_topic(qq->topic, qq->choice[i]))
				fail_msg("%s: %d is not in the topic", qq->key,
					 qq->choice[i]);
		} else if (qq->choice[i] / 100 != qq->code->code / 100 &&
			   !related_to(qq->code, qq->choice[i])) {
			fail_msg("%s: distractor %d is neither of the class nor "
				 "related", qq->key, qq->choice[i]);
		}
	}
	quiz_prompt(qq, HC_KO, a, sizeof a);
	assert_true(strlen(a) > 5);
	quiz_reason(qq, HC_EN, a, sizeof a);
	assert_non_null(strstr(a, qq->code->phrase));
}

static void test_every_question_well_formed(void **state)
{
	struct quiz_scope scopes[] = {
		{ QS_STANDARD, 0, 0 }, { QS_ALL, 0, 0 }, { QS_CLASS, 4, 0 },
		{ QS_CLASS, 1, 0 },
	};

	(void)state;
	for (size_t s = 0; s < sizeof scopes / sizeof *scopes; s++)
		for (uint64_t seed = 1; seed <= 5; seed++) {
			struct progress p;
			struct quiz q;
			const struct quiz_question *qq;

			progress_init(&p);
			/* a session as long as the whole scope */
			assert_int_equal(quiz_start(&q, &table, &p, scopes[s],
						    seed, 10000), 0);
			assert_true(quiz_left(&q) > 15);
			while ((qq = quiz_current(&q))) {
				if (scopes[s].kind == QS_STANDARD)
					assert_int_equal(qq->code->status,
							 HC_STANDARD);
				if (scopes[s].kind == QS_CLASS)
					assert_int_equal(qq->code->code / 100,
							 scopes[s].digit);
				check_question(&q, qq);
				quiz_answer(&q, qq->answer);
			}
			quiz_end(&q);
			progress_free(&p);
		}
}

static void test_all_kinds_appear(void **state)
{
	struct progress p;
	struct quiz q;
	const struct quiz_question *qq;
	int seen[QK_N] = { 0 };

	(void)state;
	progress_init(&p);
	quiz_start(&q, &table, &p, (struct quiz_scope){ QS_STANDARD, 0, 0 }, 3,
		   10000);
	while ((qq = quiz_current(&q))) {
		seen[qq->kind]++;
		quiz_answer(&q, qq->answer);
	}
	for (int k = 0; k < QK_N; k++)
		if (!seen[k])
			fail_msg("no question of kind %d", k);
	quiz_end(&q);
	progress_free(&p);
}

static void test_same_seed_same_quiz(void **state)
{
	struct progress p1, p2;
	struct quiz a, b;
	const struct quiz_question *x, *y;

	(void)state;
	progress_init(&p1);
	progress_init(&p2);
	quiz_start(&a, &table, &p1, (struct quiz_scope){ QS_ALL, 0, 0 }, 42, 20);
	quiz_start(&b, &table, &p2, (struct quiz_scope){ QS_ALL, 0, 0 }, 42, 20);
	while ((x = quiz_current(&a)) && (y = quiz_current(&b))) {
		assert_string_equal(x->key, y->key);
		assert_memory_equal(x->choice, y->choice, sizeof x->choice);
		quiz_answer(&a, 0);
		quiz_answer(&b, 0);
	}
	assert_null(quiz_current(&b));
	quiz_end(&a);
	quiz_end(&b);
	/* another seed, another order */
	quiz_start(&a, &table, &p1, (struct quiz_scope){ QS_ALL, 0, 0 }, 42, 20);
	quiz_start(&b, &table, &p2, (struct quiz_scope){ QS_ALL, 0, 0 }, 43, 20);
	assert_string_not_equal(quiz_current(&a)->key, quiz_current(&b)->key);
	quiz_end(&a);
	quiz_end(&b);
	progress_free(&p1);
	progress_free(&p2);
}

static void test_miss_comes_back(void **state)
{
	struct progress p;
	struct quiz q;
	char missed[PROGRESS_KEY_MAX];
	const struct quiz_question *qq;
	int seen = 0;
	size_t left;

	(void)state;
	progress_init(&p);
	quiz_start(&q, &table, &p, (struct quiz_scope){ QS_STANDARD, 0, 0 }, 7, 10);
	left = quiz_left(&q);
	qq = quiz_current(&q);
	strcpy(missed, qq->key);
	assert_int_equal(quiz_answer(&q, (qq->answer + 1) % QUIZ_CHOICES), 0);
	assert_int_equal(quiz_left(&q), left); /* one more to go, not one less */
	assert_int_equal(progress_find(&p, missed)->box, 1);
	while ((qq = quiz_current(&q))) {
		if (!strcmp(qq->key, missed))
			seen++;
		assert_int_equal(quiz_answer(&q, qq->answer), 1);
	}
	assert_int_equal(seen, 1);
	/* right the same day after a miss: still level 1 (FSRS's short-term
	 * stability), back within about a day */
	assert_int_equal(progress_find(&p, missed)->box, 1);
	assert_int_equal(progress_find(&p, missed)->right, 1);
	assert_int_equal(progress_find(&p, missed)->wrong, 1);
	assert_int_equal(q.asked, 11);
	assert_int_equal(q.right, 10);
	quiz_end(&q);
	progress_free(&p);
}

static void test_due_items_first(void **state)
{
	struct progress p;
	struct quiz q;
	const struct quiz_question *qq;
	char first[10][PROGRESS_KEY_MAX];
	int i = 0;

	(void)state;
	progress_init(&p);
	quiz_start(&q, &table, &p, (struct quiz_scope){ QS_CLASS, 2, 0 }, 9, 10);
	while ((qq = quiz_current(&q))) {
		strcpy(first[i++], qq->key);
		quiz_answer(&q, qq->answer);
	}
	quiz_end(&q);
	/* next session: what was answered right is in box 2, not due yet */
	quiz_start(&q, &table, &p, (struct quiz_scope){ QS_CLASS, 2, 0 }, 9, 10);
	while ((qq = quiz_current(&q))) {
		for (int k = 0; k < i; k++)
			assert_string_not_equal(qq->key, first[k]);
		quiz_answer(&q, qq->answer);
	}
	quiz_end(&q);
	assert_int_equal(p.session, 2);
	progress_free(&p);
}

static void test_mastery(void **state)
{
	struct progress p;
	struct quiz q;
	const struct quiz_question *qq;
	size_t items;
	struct quiz_scope all1 = { QS_CLASS, 1, 0 };

	(void)state;
	progress_init(&p);
	assert_int_equal(quiz_mastery(&table, &p, all1, 1, &items), 0);
	assert_true(items > 0);
	for (int round = 0; round < 4; round++) {
		/* a hundred days apart: everything due again */
		quiz_start_at(&q, &table, &p, all1, 1, 10000,
			      1767225600LL + round * 100 * 86400LL);
		while ((qq = quiz_current(&q)))
			quiz_answer(&q, qq->answer);
		quiz_end(&q);
	}
	assert_int_equal(quiz_mastery(&table, &p, all1, 1, NULL), 100);
	assert_int_equal(quiz_mastery(&table, &p, all1, 2, NULL), 0);
	progress_free(&p);
}

/* Texts longer than the view's buffers (a --data file's long Hangul
 * phrase, at each byte offset of a character): cut at a character, with
 * an ellipsis, in every language and every kind of question. */
static void test_long_texts_cut_at_a_character(void **state)
{
	for (int pre = 0; pre < 3; pre++) {
		char text[8192], buf[256], *p;
		struct hc_table t;
		struct quiz q;
		char err[256];

		p = text + sprintf(text, "Code: 404\nPhrase: %.*s", pre, "ab");
		for (int i = 0; i < 150; i++)
			p += sprintf(p, "없음");
		p += sprintf(p, "\nStatus: standard\nClass: 4xx\nKo_Title: "
			     "%.*s", pre, "ab");
		for (int i = 0; i < 150; i++)
			p += sprintf(p, "제목");
		p += sprintf(p, "\nKo_Summary: %.*s", pre, "ab");
		for (int i = 0; i < 150; i++)
			p += sprintf(p, "요약");
		sprintf(p, "\nEn_Summary: S\nKo_Detail: D\nEn_Detail: D\n");
		(void)state;
		assert_int_equal(hc_table_parse(&t, text, strlen(text), "t",
						err, sizeof err), 0);
		memset(&q, 0, sizeof q);
		q.t = &t;
		for (int k = 0; k < QK_N; k++) {
			struct quiz_question qq = {
				.kind = (enum quiz_kind)k, .code = &t.codes[0],
				.n_choices = 1, .choice = { 404 },
			};

			if (k == QK_SITUATION)
				continue; /* needs a topic */
			if (k == QK_CLASS)
				qq.choice[0] = 4;
			for (int L = 0; L < HC_LANG_N; L++) {
				quiz_prompt(&qq, (enum hc_lang)L, buf, sizeof buf);
				assert_true(text_utf8_valid(buf, strlen(buf),
							    NULL));
				quiz_choice(&q, &qq, 0, (enum hc_lang)L, buf,
					    sizeof buf);
				assert_true(text_utf8_valid(buf, strlen(buf),
							    NULL));
				quiz_reason(&qq, (enum hc_lang)L, buf,
					    sizeof buf);
				assert_true(text_utf8_valid(buf, strlen(buf),
							    NULL));
				/* the reason holds the phrase: always cut */
				assert_string_equal(buf + strlen(buf) - 3,
						    "\xe2\x80\xa6");
			}
		}
		hc_table_free(&t);
	}
}

/* After a situation the reason is its own, not its topic's summary. */
static void test_situation_reason_is_its_own(void **state)
{
	char buf[1024];
	size_t n = 0;

	(void)state;
	for (size_t i = 0; i < table.n_topics; i++) {
		const struct hc_topic *tp = &table.topics[i];

		for (int k = 0; k < tp->n_situations; k++) {
			struct quiz_question qq = {
				.kind = QK_SITUATION, .topic = tp,
				.situation = k,
				.code = hc_table_find(&table,
						      tp->situations[k].code),
			};

			for (int L = 0; L < HC_LANG_N; L++) {
				quiz_reason(&qq, (enum hc_lang)L, buf,
					    sizeof buf);
				assert_non_null(strstr(
					buf, tp->situations[k].why[L]));
				assert_null(strstr(buf, tp->summary[L]));
			}
			n++;
		}
	}
	assert_true(n >= 60);
}

static const struct hc_topic *topic_named(const char *id)
{
	for (size_t i = 0; i < table.n_topics; i++)
		if (!strcmp(table.topics[i].id, id))
			return &table.topics[i];
	fail_msg("no topic %s", id);
	return NULL;
}

/* A wrong answer says what the chosen code means and the one point that
 * tells it from the right one, from the comparison's table. */
static void test_wrong_answer_explains(void **state)
{
	struct quiz q = { .t = &table };
	const struct hc_code *c403 = hc_table_find(&table, 403);
	const struct hc_code *c301 = hc_table_find(&table, 301);
	const struct hc_code *c500 = hc_table_find(&table, 500);
	char buf[1024];
	/* codes as the table's columns */
	struct quiz_question sit = {
		.kind = QK_SITUATION, .topic = topic_named("401-vs-403"),
		.situation = 0, .code = hc_table_find(&table, 401),
		.n_choices = 2, .choice = { 401, 403 }, .answer = 0,
	};
	/* codes as its rows */
	struct quiz_question desc = {
		.kind = QK_DESC, .code = hc_table_find(&table, 308),
		.n_choices = 4, .choice = { 308, 301, 500, 307 }, .answer = 0,
	};
	struct quiz_question type = {
		.kind = QK_TYPE, .code = hc_table_find(&table, 494),
		.answer = 494,
	};

	(void)state;
	quiz_explain(&q, &sit, 0, HC_EN, buf, sizeof buf);
	assert_string_equal(buf, "");
	quiz_explain(&q, &sit, 1, HC_EN, buf, sizeof buf);
	assert_non_null(strstr(buf, c403->summary[HC_EN]));
	assert_non_null(strstr(buf, "\nHow they differ, What failed: 403 "
				    "Authorization / 401 Authentication"));
	quiz_explain(&q, &sit, 1, HC_KO, buf, sizeof buf);
	assert_non_null(strstr(buf, c403->summary[HC_KO]));
	assert_non_null(strstr(buf, "구별점 실패한 것: 403 인가(권한) / 401 인증"));
	/* 301 and 308 are both permanent: the point is the method */
	quiz_explain(&q, &desc, 1, HC_EN, buf, sizeof buf);
	assert_non_null(strstr(buf, c301->summary[HC_EN]));
	assert_non_null(strstr(buf, "Method kept: 301 Not guaranteed / 308 "
				    "Yes"));
	/* no comparison has both: what the chosen code means, alone */
	quiz_explain(&q, &desc, 2, HC_EN, buf, sizeof buf);
	assert_non_null(strstr(buf, c500->summary[HC_EN]));
	assert_null(strchr(buf, '\n'));
	/* typed: a code that means the same is right, none is explained */
	assert_true(quiz_is_right(&q, &type, 494));
	assert_true(quiz_is_right(&q, &type, 431));
	assert_false(quiz_is_right(&q, &type, 400));
	quiz_explain(&q, &type, 431, HC_EN, buf, sizeof buf);
	assert_string_equal(buf, "");
	quiz_explain(&q, &type, 999, HC_EN, buf, sizeof buf);
	assert_string_equal(buf, "999 is not a code in the table.");
}

/* In a class scope without unofficial codes, 494 is never asked and
 * never offered; with them, typing 431 for it is right. */
static void test_equivalent_typed_in_scope(void **state)
{
	struct quiz_scope plain = { QS_CLASS, 4, 0 }, with = { QS_CLASS, 4, 1 };
	int asked = 0;

	(void)state;
	for (uint64_t seed = 1; seed <= 50; seed++)
		for (int u = 0; u < 2; u++) {
			struct progress p;
			struct quiz q;
			const struct quiz_question *qq;

			progress_init(&p);
			quiz_start(&q, &table, &p, u ? with : plain, seed,
				   10000);
			while ((qq = quiz_current(&q))) {
				if (!u) {
					assert_int_not_equal(qq->code->code, 494);
					for (int i = 0; i < qq->n_choices; i++)
						assert_int_not_equal(qq->choice[i],
								     494);
				}
				if (qq->kind == QK_TYPE &&
				    qq->code->code == 494) {
					asked++;
					assert_int_equal(quiz_answer(&q, 431), 1);
				} else {
					quiz_answer(&q, qq->answer);
				}
			}
			quiz_end(&q);
			progress_free(&p);
		}
	assert_true(asked > 0);
}

/* A situation's progress key holds its topic's whole Id (the longest
 * built in is over 24 bytes), and a key the file may hold is valid;
 * two topics whose Ids share a long beginning get keys of their own. */
static void test_situation_keys_whole(void **state)
{
	struct hc_topic a = { 0 }, b = { 0 };
	char ka[PROGRESS_KEY_MAX], kb[PROGRESS_KEY_MAX], want[128];
	size_t longest = 0;

	(void)state;
	for (size_t i = 0; i < table.n_topics; i++) {
		const struct hc_topic *tp = &table.topics[i];

		if (strlen(tp->id) > longest)
			longest = strlen(tp->id);
		for (int s = 0; s < tp->n_situations; s++) {
			quiz_key(ka, sizeof ka, QK_SITUATION, 0, tp, s);
			snprintf(want, sizeof want, "%s#%d/situation", tp->id, s);
			assert_string_equal(ka, want);
			assert_true(quiz_key_valid(ka));
		}
	}
	assert_true(longest > 24);
	a.id = "a-topic-id-that-is-just-long-enough";
	b.id = "a-topic-id-that-is-just-long-enougH";
	quiz_key(ka, sizeof ka, QK_SITUATION, 0, &a, 7);
	quiz_key(kb, sizeof kb, QK_SITUATION, 0, &b, 7);
	assert_string_equal(ka, "a-topic-id-that-is-just-long-enough#7/situation");
	assert_true(strcmp(ka, kb) != 0);
	assert_true(quiz_key_valid(ka));
	/* the keys of earlier versions, cut at 24 bytes, are still read */
	assert_true(quiz_key_valid("safe-idempotent-cacheabl#0/situation"));
	assert_false(quiz_key_valid(
		"a-topic-id-that-is-one-byte-too-long#0/situation"));
}

/* Percentages are rounded, not cut: 4 right of 6 is 67%. */
static void test_percent_rounded(void **state)
{
	(void)state;
	assert_int_equal(quiz_percent(4, 6), 67);
	assert_int_equal(quiz_percent(2, 3), 67);
	assert_int_equal(quiz_percent(1, 3), 33);
	assert_int_equal(quiz_percent(1, 8), 13); /* 12.5 rounds up */
	assert_int_equal(quiz_percent(1, 200), 1); /* 0.5 */
	assert_int_equal(quiz_percent(1, 201), 0);
	assert_int_equal(quiz_percent(6, 6), 100);
	assert_int_equal(quiz_percent(0, 6), 0);
	assert_int_equal(quiz_percent(5, 0), 0);
	assert_int_equal(quiz_percent(8589934590ULL, 12884901885ULL), 67);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_question_well_formed),
		cmocka_unit_test(test_all_kinds_appear),
		cmocka_unit_test(test_same_seed_same_quiz),
		cmocka_unit_test(test_miss_comes_back),
		cmocka_unit_test(test_due_items_first),
		cmocka_unit_test(test_mastery),
		cmocka_unit_test(test_percent_rounded),
		cmocka_unit_test(test_long_texts_cut_at_a_character),
		cmocka_unit_test(test_situation_reason_is_its_own),
		cmocka_unit_test(test_wrong_answer_explains),
		cmocka_unit_test(test_equivalent_typed_in_scope),
		cmocka_unit_test(test_situation_keys_whole),
	};

	return cmocka_run_group_tests(tests, table_setup, table_teardown);
}
