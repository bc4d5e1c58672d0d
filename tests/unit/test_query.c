/* Code and mask queries, and the nearest known codes. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/query.h"

static struct hc_query q(const char *s)
{
	return hc_query_parse(s, strlen(s));
}

static void test_code(void **state)
{
	struct hc_query x = q("404");

	(void)state;
	assert_int_equal(x.kind, HC_QUERY_CODE);
	assert_int_equal(x.code, 404);
	assert_true(hc_query_match(&x, 404));
	assert_false(hc_query_match(&x, 405));
	x = q("999");
	assert_int_equal(x.kind, HC_QUERY_CODE);
	assert_int_equal(x.code, 999);
}

static void test_masks(void **state)
{
	struct hc_query x;

	(void)state;
	x = q("4xx");
	assert_int_equal(x.kind, HC_QUERY_MASK);
	assert_true(hc_query_match(&x, 404));
	assert_true(hc_query_match(&x, 499));
	assert_false(hc_query_match(&x, 500));
	x = q("5X3");
	assert_true(hc_query_match(&x, 503));
	assert_true(hc_query_match(&x, 523));
	assert_false(hc_query_match(&x, 504));
	x = q("x04");
	assert_true(hc_query_match(&x, 404));
	assert_true(hc_query_match(&x, 504));
	assert_false(hc_query_match(&x, 405));
	x = q("41");
	assert_int_equal(x.kind, HC_QUERY_MASK);
	assert_true(hc_query_match(&x, 410));
	assert_true(hc_query_match(&x, 418));
	assert_false(hc_query_match(&x, 421));
	assert_false(hc_query_match(&x, 141));
	x = q("5");
	assert_int_equal(x.kind, HC_QUERY_MASK);
	assert_true(hc_query_match(&x, 500));
	assert_true(hc_query_match(&x, 599));
	assert_false(hc_query_match(&x, 499));
	x = q("xxx");
	assert_true(hc_query_match(&x, 100));
	assert_true(hc_query_match(&x, 599));
}

/* Which of 100..599 a pattern matches, as a string of the codes. */
static const char *matches(const char *pat)
{
	static char buf[2048];
	struct hc_query x = q(pat);
	size_t k = 0;

	buf[0] = '\0';
	if (x.kind != HC_QUERY_MASK)
		return "(not a mask)";
	for (int c = 100; c <= 599 && k + 5 < sizeof buf; c++)
		if (hc_query_match(&x, c))
			k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%d",
					      k ? " " : "", c);
	return buf;
}

static void test_patterns(void **state)
{
	(void)state;
	/* . and ? are one digit each, like x */
	assert_string_equal(matches("5?3"), "503 513 523 533 543 553 563 573 583 593");
	assert_string_equal(matches("5.3"), matches("5x3"));
	assert_string_equal(matches("3.."), matches("3xx"));
	assert_string_equal(matches("?04"), "104 204 304 404 504");
	/* sets and ranges */
	assert_string_equal(matches("30[12]"), "301 302");
	assert_string_equal(matches("5[0-2]3"), "503 513 523");
	assert_string_equal(matches("[24]04"), "204 404");
	assert_string_equal(matches("4[01][0-13]"), "400 401 403 410 411 413");
	assert_string_equal(matches("30[1-1]"), "301");
	assert_string_equal(matches("30[0-27-8]"), "300 301 302 307 308");
	assert_string_equal(matches("[0-9]00"), "100 200 300 400 500");
	assert_string_equal(matches("[15].[9]"), "109 119 129 139 149 159 169 179 189 199 "
			    "509 519 529 539 549 559 569 579 589 599");
	/* a pattern of three digits and nothing else is a code */
	assert_int_equal(q("[4]04").kind, HC_QUERY_MASK);
	assert_int_equal(q("404").kind, HC_QUERY_CODE);
	/* a set with a digit not standing first in any code is fine
	 * when another digit of it does */
	assert_string_equal(matches("[05]00"), "500");
}

/* Bad patterns: each its own reason, never a match. */
static void test_bad_patterns(void **state)
{
	static const struct {
		const char *s;
		enum hc_msg why;
	} bad[] = {
		{ "3[", MSG_Q_UNCLOSED },     { "3[0", MSG_Q_UNCLOSED },
		{ "3[0-", MSG_Q_UNCLOSED },   { "[1-2", MSG_Q_UNCLOSED },
		{ "[[1]]xx", MSG_Q_UNCLOSED }, { "[]", MSG_Q_EMPTY_SET },
		{ "4[]x", MSG_Q_EMPTY_SET },  { "3[9-0]", MSG_Q_BACKWARDS },
		{ "[5-1]xx", MSG_Q_BACKWARDS }, { "[a]", MSG_Q_SET_CHAR },
		{ "4[x]x", MSG_Q_SET_CHAR },  { "4[-1]x", MSG_Q_SET_CHAR },
		{ "4[1-]x", MSG_Q_SET_CHAR }, { "4[1-a]x", MSG_Q_SET_CHAR },
		{ "4[ 1]x", MSG_Q_SET_CHAR }, { "3]", MSG_Q_NOT_CODE },
		{ "3-4", MSG_Q_NOT_CODE },    { "4xx]", MSG_Q_NOT_CODE },
		{ "3.a", MSG_Q_NOT_CODE },    { "3...", MSG_Q_THREE },
		{ "[1-5][0-9][0-9][0-9]", MSG_Q_THREE }, { "4??4", MSG_Q_THREE },
		{ "3.", MSG_Q_SHORT },        { "[45]", MSG_Q_SHORT },
		{ "4[01]", MSG_Q_SHORT },     { "?", MSG_Q_SHORT },
		{ "[6-9]xx", MSG_Q_RANGE },   { "0..", MSG_Q_RANGE },
		{ "[09]?3", MSG_Q_RANGE },    { "", MSG_Q_EMPTY },
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct hc_query x = q(bad[i].s);

		if (x.kind != HC_QUERY_BAD)
			fail_msg("'%s' should be rejected", bad[i].s);
		if (x.why != bad[i].why)
			fail_msg("'%s': reason %d, not %d", bad[i].s, x.why,
				 bad[i].why);
		for (int c = 100; c <= 599; c++)
			assert_false(hc_query_match(&x, c));
	}
}

/* A set as long as the argument: parsed, in one pass, without harm. */
static void test_long_set(void **state)
{
	size_t n = 100000;
	char *s = malloc(n + 3);
	struct hc_query x;

	(void)state;
	assert_non_null(s);
	s[0] = '[';
	memset(s + 1, '4', n);
	s[n + 1] = ']';
	x = hc_query_parse(s, n + 2);
	assert_int_equal(x.kind, HC_QUERY_BAD);
	assert_int_equal(x.why, MSG_Q_SHORT);
	x = hc_query_parse(s, n + 1);
	assert_int_equal(x.why, MSG_Q_UNCLOSED);
	free(s);
}

static void test_bad(void **state)
{
	static const char *const bad[] = {
		"", "abc", "6xx", "0", "99", "4xxx", "1000", "xx", "x", "-1",
		"4 4", "4x", "٤٠٤", "40a", "9x9",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct hc_query x = q(bad[i]);

		if (x.kind != HC_QUERY_BAD)
			fail_msg("'%s' should be rejected", bad[i]);
		assert_non_null(hc_msg(HC_KO, x.why));
		assert_non_null(hc_msg(HC_EN, x.why));
		assert_false(hc_query_match(&x, 404));
	}
}

static void test_nearest(void **state)
{
	struct hc_code codes[] = {
		{ .code = 200 }, { .code = 404 }, { .code = 405 },
		{ .code = 410 }, { .code = 599 },
	};
	struct hc_table t = { .codes = codes, .n = 5 };
	int out[3];

	(void)state;
	assert_int_equal(hc_query_nearest(&t, 406, out, 3), 3);
	assert_int_equal(out[0], 405);
	assert_int_equal(out[1], 404);
	assert_int_equal(out[2], 410);
	assert_int_equal(hc_query_nearest(&t, 999, out, 2), 2);
	assert_int_equal(out[0], 599);
	assert_int_equal(out[1], 410);
	/* the code itself is not its own neighbour */
	assert_int_equal(hc_query_nearest(&t, 404, out, 1), 1);
	assert_int_equal(out[0], 405);
	assert_int_equal(hc_query_nearest(&t, 100, out, 3), 3);
	assert_int_equal(out[0], 200);
}

/* Suggestions: the code's own class first, nearest first, the lower of
 * two at the same distance first; hidden unofficial codes left out. */
static void test_suggest(void **state)
{
	struct hc_code codes[] = {
		{ .code = 200 }, { .code = 207 }, { .code = 208 },
		{ .code = 226 }, { .code = 300 }, { .code = 301 },
		{ .code = 404 }, { .code = 451 },
		{ .code = 452, .status = HC_UNOFFICIAL }, { .code = 460 },
		{ .code = 511 }, { .code = 599, .status = HC_UNOFFICIAL },
	};
	struct hc_table t = { .codes = codes, .n = 12 };
	int out[3];

	(void)state;
	/* 300 and 301 are nearer, but of another class */
	assert_int_equal(hc_query_suggest(&t, 299, 0, out, 3), 3);
	assert_int_equal(out[0], 226);
	assert_int_equal(out[1], 208);
	assert_int_equal(out[2], 207);
	/* at the same distance the lower first: 200 before 208 */
	assert_int_equal(hc_query_suggest(&t, 204, 0, out, 3), 3);
	assert_int_equal(out[0], 207);
	assert_int_equal(out[1], 200);
	assert_int_equal(out[2], 208);
	/* 452 is unofficial: suggested, or left out when hidden */
	assert_int_equal(hc_query_suggest(&t, 453, 0, out, 3), 3);
	assert_int_equal(out[0], 452);
	assert_int_equal(out[1], 451);
	assert_int_equal(out[2], 460);
	assert_int_equal(hc_query_suggest(&t, 453, 1, out, 3), 3);
	assert_int_equal(out[0], 451);
	assert_int_equal(out[1], 460);
	assert_int_equal(out[2], 404);
	/* a class with fewer codes than asked for: then the others */
	assert_int_equal(hc_query_suggest(&t, 599, 1, out, 3), 3);
	assert_int_equal(out[0], 511);
	assert_int_equal(out[1], 460);
	assert_int_equal(out[2], 451);
	/* the code itself is never suggested */
	assert_int_equal(hc_query_suggest(&t, 599, 0, out, 1), 1);
	assert_int_equal(out[0], 511);
	/* outside 100-599 there is no class: just the nearest */
	assert_int_equal(hc_query_suggest(&t, 600, 0, out, 2), 2);
	assert_int_equal(out[0], 599);
	assert_int_equal(out[1], 511);
	assert_int_equal(hc_query_suggest(&t, 99, 1, out, 2), 2);
	assert_int_equal(out[0], 200);
	assert_int_equal(out[1], 207);
	/* fewer codes than asked for */
	t.n = 1;
	assert_int_equal(hc_query_suggest(&t, 404, 0, out, 3), 1);
	t.n = 0;
	assert_int_equal(hc_query_suggest(&t, 404, 0, out, 3), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code),
		cmocka_unit_test(test_masks),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_nearest),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_bad_patterns),
		cmocka_unit_test(test_long_set),
		cmocka_unit_test(test_suggest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
