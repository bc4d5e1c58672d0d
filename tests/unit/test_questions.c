/* A check over generated questions: every kind of question, for 1,000
 * seeds and every scope of the scope list, against the built-in table.
 * Its rules are written here from the table itself, not taken from the
 * generator: exactly one choice is right, the reason is the question's
 * own, and the scope's rules hold. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmocka.h>

#include "fixture_table.h"
#include "model/quiz.h"

#define SEEDS 1000

static const struct quiz_scope scopes[] = {
	{ QS_STANDARD, 0, 0 }, { QS_ALL, 0, 0 }, { QS_ALL, 0, 1 },
	{ QS_CLASS, 1, 0 },    { QS_CLASS, 2, 0 }, { QS_CLASS, 3, 0 },
	{ QS_CLASS, 4, 0 },    { QS_CLASS, 4, 1 }, { QS_CLASS, 5, 0 },
	{ QS_CLASS, 5, 1 },
};

static int lists(const int *v, int n, int code)
{
	for (int i = 0; i < n; i++)
		if (v[i] == code)
			return 1;
	return 0;
}

static int same_meaning(const struct hc_code *a, const struct hc_code *b)
{
	return a == b || lists(a->equivalent, a->n_equivalent, b->code) ||
	       lists(b->equivalent, b->n_equivalent, a->code);
}

static int related(const struct hc_code *a, const struct hc_code *b)
{
	return lists(a->related, a->n_related, b->code) ||
	       lists(b->related, b->n_related, a->code);
}

static int unofficial_ok(struct quiz_scope s)
{
	return s.kind != QS_STANDARD && s.unofficial;
}

static int code_in_scope(const struct hc_code *c, struct quiz_scope s)
{
	if (c->status == HC_UNOFFICIAL && !unofficial_ok(s))
		return 0;
	if (s.kind == QS_STANDARD)
		return c->status == HC_STANDARD;
	if (s.kind == QS_CLASS)
		return c->code / 100 == s.digit;
	return 1;
}

/* "nginx" of "nginx", "AWS" of "AWS Elastic Load Balancing"; "some HTTP
 * proxies" names no one. */
static int has_vendor_name(const struct hc_code *c, const char *text)
{
	size_t n;

	if (!c->vendor || !strncmp(c->vendor, "some ", 5))
		return 0;
	n = strcspn(c->vendor, " /(,");
	for (; *text; text++)
		if (!strncasecmp(text, c->vendor, n))
			return 1;
	return 0;
}

/* How many situations of the table have this reason. */
static int reason_users(enum hc_lang L, const char *why)
{
	int k = 0;

	for (size_t i = 0; i < table.n_topics; i++)
		for (int s = 0; s < table.topics[i].n_situations; s++)
			k += table.topics[i].situations[s].why[L] &&
			     !strcmp(table.topics[i].situations[s].why[L], why);
	return k;
}

struct tally {
	unsigned long questions, by_kind[QK_N];
};

static void check_one_right(const struct quiz *q, const struct quiz_question *qq,
			    struct quiz_scope sc)
{
	const struct hc_code *c = qq->code;

	if (qq->kind == QK_TYPE) {
		/* a phrase that another code in scope also has would have
		 * two answers */
		for (size_t i = 0; i < table.n; i++) {
			const struct hc_code *o = &table.codes[i];

			if (!same_meaning(o, c) && code_in_scope(o, sc) &&
			    !strcmp(o->phrase, c->phrase))
				fail_msg("%s: '%s' is also %d's phrase", qq->key,
					 c->phrase, o->code);
			if (o != c && same_meaning(o, c) &&
			    !quiz_is_right(q, qq, o->code))
				fail_msg("%s: %d means the same but is marked "
					 "wrong", qq->key, o->code);
		}
		if (!quiz_is_right(q, qq, c->code))
			fail_msg("%s: the code itself is marked wrong", qq->key);
		return;
	}
	if (qq->n_choices < 2 || qq->answer < 0 || qq->answer >= qq->n_choices)
		fail_msg("%s: %d choices, answer %d", qq->key, qq->n_choices,
			 qq->answer);
	for (int i = 0; i < qq->n_choices; i++) {
		const struct hc_code *d;

		if (quiz_is_right(q, qq, i) != (i == qq->answer))
			fail_msg("%s: choice %d graded wrongly", qq->key, i);
		for (int j = 0; j < i; j++)
			if (qq->choice[i] == qq->choice[j])
				fail_msg("%s: %d offered twice", qq->key,
					 qq->choice[i]);
		if (qq->kind == QK_CLASS) {
			if ((i == qq->answer) != (qq->choice[i] == c->code / 100))
				fail_msg("%s: class choice %d", qq->key,
					 qq->choice[i]);
			continue;
		}
		d = hc_table_find(&table, qq->choice[i]);
		if (!d)
			fail_msg("%s: choice %d is no code", qq->key,
				 qq->choice[i]);
		if (i == qq->answer) {
			if (d != c)
				fail_msg("%s: the right choice is %d", qq->key,
					 d->code);
			continue;
		}
		if (same_meaning(c, d))
			fail_msg("%s: %d means the same as %d", qq->key,
				 d->code, c->code);
		if (!code_in_scope(d, (struct quiz_scope){ QS_ALL, 0,
							  unofficial_ok(sc) }))
			fail_msg("%s: unofficial %d outside its scope", qq->key,
				 d->code);
		switch (qq->kind) {
		case QK_PHRASE:
			if (!strcmp(d->phrase, c->phrase))
				fail_msg("%s: %d has the same phrase", qq->key,
					 d->code);
			break;
		case QK_DESC:
			/* a description does not tell a code from its
			 * unofficial stand-in, nor from a code described
			 * in the same words */
			if (!strcmp(d->summary[HC_EN], c->summary[HC_EN]) ||
			    !strcmp(d->summary[HC_KO], c->summary[HC_KO]))
				fail_msg("%s: %d has the same description",
					 qq->key, d->code);
			if (related(c, d) && (c->status == HC_UNOFFICIAL ||
					      d->status == HC_UNOFFICIAL ||
					      c->vendor || d->vendor))
				fail_msg("%s: related %d is not told apart",
					 qq->key, d->code);
			break;
		case QK_SITUATION:
			/* a situation tells apart its topic's codes only */
			if (!lists(qq->topic->codes, qq->topic->n_codes,
				   d->code))
				fail_msg("%s: %d is outside the topic", qq->key,
					 d->code);
			break;
		default:
			break;
		}
	}
}

static void check_reason(const struct quiz_question *qq)
{
	char buf[2048];

	for (int L = 0; L < HC_LANG_N; L++) {
		quiz_reason(qq, (enum hc_lang)L, buf, sizeof buf);
		if (qq->kind == QK_SITUATION) {
			const char *why =
				qq->topic->situations[qq->situation].why[L];

			if (!why || !strstr(buf, why))
				fail_msg("%s: not the situation's own reason",
					 qq->key);
			if (reason_users((enum hc_lang)L, why) != 1)
				fail_msg("%s: a reason shared by situations",
					 qq->key);
		} else if (!strstr(buf, qq->code->summary[L])) {
			fail_msg("%s: not the code's own summary", qq->key);
		}
	}
}

static void check_scope(const struct quiz *q, const struct quiz_question *qq,
			struct quiz_scope sc)
{
	char buf[2048];

	if (!code_in_scope(qq->code, sc))
		fail_msg("%s: %d is outside the scope", qq->key, qq->code->code);
	if (qq->kind == QK_CLASS && sc.kind == QS_CLASS)
		fail_msg("%s: a class question inside a class", qq->key);
	for (int L = 0; L < HC_LANG_N; L++) {
		quiz_prompt(qq, (enum hc_lang)L, buf, sizeof buf);
		if (has_vendor_name(qq->code, buf))
			fail_msg("%s: the question names the vendor: %s",
				 qq->key, buf);
		for (int i = 0; i < qq->n_choices; i++) {
			quiz_choice(q, qq, i, (enum hc_lang)L, buf, sizeof buf);
			if (has_vendor_name(qq->code, buf))
				fail_msg("%s: a choice names the vendor: %s",
					 qq->key, buf);
		}
	}
}

static void run_scope(struct quiz_scope sc, struct tally *t)
{
	for (uint64_t seed = 1; seed <= SEEDS; seed++) {
		struct progress p;
		struct quiz q;
		const struct quiz_question *qq;

		progress_init(&p);
		assert_int_equal(quiz_start(&q, &table, &p, sc, seed, 10000), 0);
		while ((qq = quiz_current(&q))) {
			t->questions++;
			t->by_kind[qq->kind]++;
			check_one_right(&q, qq, sc);
			if (seed <= 20) { /* the texts are the same each seed */
				check_reason(qq);
				check_scope(&q, qq, sc);
			} else if (!code_in_scope(qq->code, sc) ||
				   (qq->kind == QK_CLASS &&
				    sc.kind == QS_CLASS)) {
				check_scope(&q, qq, sc);
			}
			/* every third answer wrong: the question comes
			 * back with fresh choices, checked again */
			quiz_answer(&q, (t->questions % 3) ? qq->answer
				    : qq->kind == QK_TYPE ? 0
				    : (qq->answer + 1) % qq->n_choices);
		}
		quiz_end(&q);
		progress_free(&p);
	}
}

static void test_generated_questions(void **state)
{
	struct tally t = { 0 };

	(void)state;
	for (size_t s = 0; s < sizeof scopes / sizeof *scopes; s++)
		run_scope(scopes[s], &t);
	for (int k = 0; k < QK_N; k++)
		if (!t.by_kind[k])
			fail_msg("no question of kind %d was made", k);
	print_message("%lu questions checked\n", t.questions);
}

/* The unofficial codes are asked in the scopes that say so. */
static void test_unofficial_scopes_have_them(void **state)
{
	(void)state;
	for (size_t s = 0; s < sizeof scopes / sizeof *scopes; s++) {
		struct progress p;
		struct quiz q;
		const struct quiz_question *qq;
		int seen = 0;

		progress_init(&p);
		quiz_start(&q, &table, &p, scopes[s], 1, 10000);
		while ((qq = quiz_current(&q))) {
			seen |= qq->code->status == HC_UNOFFICIAL;
			quiz_answer(&q, qq->answer);
		}
		quiz_end(&q);
		progress_free(&p);
		assert_int_equal(seen, unofficial_ok(scopes[s]) &&
				 quiz_scope_has_unofficial(&table, scopes[s]));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_questions),
		cmocka_unit_test(test_unofficial_scopes_have_them),
	};

	return cmocka_run_group_tests(tests, table_setup, table_teardown);
}
