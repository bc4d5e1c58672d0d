/* The JSON flags: exactly jshttp/statuses' sets, and none elsewhere. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/codeflags.h"

static int in(int code, const int *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == code)
			return 1;
	return 0;
}

static void test_sets(void **state)
{
	static const int empty[] = { 204, 205, 304 };
	static const int redirect[] = { 300, 301, 302, 303, 305, 307, 308 };
	static const int retry[] = { 502, 503, 504 };

	(void)state;
	for (int c = -1; c <= 1000; c++) {
		unsigned f = hc_code_flags(c);

		if (!!(f & HC_FLAG_EMPTY_BODY) != in(c, empty, 3))
			fail_msg("%d: empty_body is wrong", c);
		if (!!(f & HC_FLAG_REDIRECT) != in(c, redirect, 7))
			fail_msg("%d: redirect is wrong", c);
		if (!!(f & HC_FLAG_RETRY) != in(c, retry, 3))
			fail_msg("%d: retry is wrong", c);
		if (f & ~(unsigned)(HC_FLAG_EMPTY_BODY | HC_FLAG_REDIRECT |
				    HC_FLAG_RETRY))
			fail_msg("%d: an unknown flag", c);
	}
	/* 304 is no redirect, though it is a 3xx */
	assert_int_equal(hc_code_flags(304), HC_FLAG_EMPTY_BODY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
