/* The message list: every message has a text in both languages, valid
 * UTF-8, and the same conversions (printf's %s, %d ...; hc_msg_fill's %1,
 * %2 ...), so that neither language can crash or leave a value out:
 * printf's in the same order, numbered ones (hc_msg_fill's %1, printf's
 * %1$d) in any order: Korean puts them where its word order wants them. */
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

static int by_string(const void *x, const void *y)
{
	return strcmp((const char *)x, (const char *)y);
}

/* The conversions of s, one letter each in order, then the numbered
 * ones sorted: hc_msg_fill's %1 as "1", printf's %1$llu as "1$llu" (its
 * length and type are the same in both languages, wherever it stands). */
static void conversions(const char *s, char *out, size_t n)
{
	char num[16], pos[16][8];
	size_t k = 0, d = 0, np = 0;

	for (; *s && k + 1 < n; s++) {
		size_t digits;

		if (*s != '%')
			continue;
		s++;
		if (*s == '%')
			continue;
		digits = strspn(s, "0123456789");
		if (digits && s[digits] == '$') {
			/* printf's numbered conversion: %N$[flags][width]
			 * [.precision][length]type */
			size_t at = 0, len;
			const char *t = s + digits + 1;

			t += strspn(t, "-+ #0'");
			t += strspn(t, "0123456789*");
			if (*t == '.')
				t += 1 + strspn(t + 1, "0123456789*");
			len = strspn(t, "hlLqjzt") + 1;
			if (!*t || digits + 1 + len >= sizeof *pos)
				break;
			if (np < sizeof pos / sizeof *pos) {
				memcpy(pos[np], s, digits + 1);
				at = digits + 1;
				memcpy(pos[np] + at, t, len);
				pos[np++][at + len] = '\0';
			}
			s = t + len - 1;
			continue;
		}
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
	qsort(pos, np, sizeof *pos, by_string);
	for (size_t i = 0; i < np; i++)
		for (const char *p = pos[i]; *p && k + 1 < n; p++)
			out[k++] = *p;
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

/* A printf format whose languages order the values apart: each value
 * lands where its language says it. */
static void test_numbered_order(void **state)
{
	char buf[128];

	(void)state;
	hc_msg_format(buf, sizeof buf, HC_EN, MSG_CLI_STATS_ANSWERS, 4u, 6ULL,
		      7ULL, (size_t)3);
	assert_string_equal(buf, "4 sessions, 6 of 7 answers right, 3 items "
			    "tried");
	hc_msg_format(buf, sizeof buf, HC_KO, MSG_CLI_STATS_ANSWERS, 4u, 6ULL,
		      7ULL, (size_t)3);
	assert_string_equal(buf, "세션 4번, 답 7개 중 6개 정답, 문항 3개 풀어 봄");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_both_languages),
		cmocka_unit_test(test_numbered_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
