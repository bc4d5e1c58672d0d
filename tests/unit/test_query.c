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
	assert_string_equal(x.pat, "41x");
	assert_true(hc_query_match(&x, 418));
	assert_false(hc_query_match(&x, 421));
	x = q("5");
	assert_string_equal(x.pat, "5xx");
	x = q("xxx");
	assert_true(hc_query_match(&x, 100));
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
		assert_non_null(x.why);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code),
		cmocka_unit_test(test_masks),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_nearest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
