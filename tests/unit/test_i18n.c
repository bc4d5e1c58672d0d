/* The message list: every message has a text in both languages, valid
 * UTF-8, and the same conversions (printf's %s, %d ...; hc_msg_fill's %1,
 * %2 ...), so that neither language can crash or leave a value out:
 * printf's in the same order, hc_msg_fill's in any order (they are
 * numbered, and Korean puts them where its word order wants them). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/i18n.h"
#include "model/text.h"

static int by_char(const void *x, const void *y)
{
	return *(const char *)x - *(const char *)y;
}

/* The conversions of s, one letter each in order, then the numbered
 * ones sorted. */
static void conversions(const char *s, char *out, size_t n)
{
	char num[16];
	size_t k = 0, d = 0;

	for (; *s && k + 1 < n; s++) {
		if (*s != '%')
			continue;
		s++;
		if (*s == '%')
			continue;
		while (*s && strchr("-+ #0.*lhz", *s) && !(*s >= '1' && *s <= '9'))
			s++;
		while (*s >= '0' && *s <= '9' && s[1] >= '0' && s[1] <= '9')
			s++;
		if (!*s)
			break;
		if (*s >= '1' && *s <= '9' && d < sizeof num)
			num[d++] = *s;
		else
			out[k++] = *s;
	}
	qsort(num, d, 1, by_char);
	for (size_t i = 0; i < d && k + 1 < n; i++)
		out[k++] = num[i];
	out[k] = '\0';
}

static void test_both_languages(void **state)
{
	(void)state;
	for (int i = 0; i < MSG_N; i++) {
		const char *ko = hc_msg(HC_KO, (enum hc_msg)i);
		const char *en = hc_msg(HC_EN, (enum hc_msg)i);
		char ck[32], ce[32];
		size_t bad;

		assert_non_null(ko);
		assert_non_null(en);
		if (!ko[0] || !en[0])
			fail_msg("message %d is empty in one language", i);
		assert_true(text_utf8_valid(ko, strlen(ko), &bad));
		assert_true(text_utf8_valid(en, strlen(en), &bad));
		conversions(ko, ck, sizeof ck);
		conversions(en, ce, sizeof ce);
		if (strcmp(ck, ce))
			fail_msg("message %d: conversions '%s' in Korean, '%s' "
				 "in English (%s)", i, ck, ce, en);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_both_languages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
