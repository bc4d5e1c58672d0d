/* Display width, wrapping and sanitising of UTF-8 text. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/text.h"

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc", 3), 3);
	assert_int_equal(text_width("인증", strlen("인증")), 4);
	assert_int_equal(text_width("e\xcc\x81", 3), 1); /* combining acute */
	assert_int_equal(text_width("\xff", 1), 1);      /* U+FFFD */
	assert_int_equal(text_width("", 0), 0);
}

static void test_fit_never_splits(void **state)
{
	const char *s = "가나다";
	int used;

	(void)state;
	assert_int_equal(text_fit(s, strlen(s), 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(text_fit(s, strlen(s), 1, &used), 0);
	assert_int_equal(text_fit(s, strlen(s), 6, &used), 9);
	assert_int_equal(text_fit("ab", 2, 0, &used), 0);
}

/* Wrap s at width, lines joined with '|'. */
static char *wrap_all(const char *s, int width)
{
	static char out[1024];
	size_t n = strlen(s), i = 0, o = 0;

	while (i < n) {
		size_t next, len = text_wrap(s + i, n - i, width, &next);

		assert_true(next > 0);
		if (o)
			out[o++] = '|';
		memcpy(out + o, s + i, len);
		o += len;
		i += next;
	}
	out[o] = '\0';
	return out;
}

static void test_wrap_words(void **state)
{
	(void)state;
	assert_string_equal(wrap_all("the quick brown fox", 10),
			    "the quick|brown fox");
	assert_string_equal(wrap_all("abcdefghij", 4), "abcd|efgh|ij");
	assert_string_equal(wrap_all("one\ntwo three", 20), "one|two three");
	assert_string_equal(wrap_all("a  b", 1), "a|b");
}

static void test_wrap_korean_between_words(void **state)
{
	const char *s = "요청에 인증 정보가 없습니다";
	char *w;

	(void)state;
	/* "요청에 인증" is 11 columns: it fits 11, not 10 */
	w = wrap_all(s, 11);
	assert_string_equal(w, "요청에 인증|정보가|없습니다");
	w = wrap_all(s, 10);
	assert_string_equal(w, "요청에|인증|정보가|없습니다");
	/* a word wider than the line breaks between characters, never
	 * inside one */
	assert_string_equal(wrap_all("가나다라", 5), "가나|다라");
	assert_string_equal(wrap_all("가", 1), "가");
}

static void test_sanitize(void **state)
{
	char out[256];

	(void)state;
	text_sanitize(out, "a\033[1;31mb\033[0m", 14, 0);
	assert_string_equal(out, "ab");
	text_sanitize(out, "x\033]52;c;Zm9v\007y", 15, 0);
	assert_string_equal(out, "xy");
	text_sanitize(out, "x\033]0;t\033\\y", 10, 0);
	assert_string_equal(out, "xy");
	text_sanitize(out, "a\nb\tc\rd\be", 9, 0);
	assert_string_equal(out, "ab cde");
	text_sanitize(out, "a\nb", 3, 1);
	assert_string_equal(out, "a\nb");
	text_sanitize(out, "\xc2\x9b" "31mX\xc2\x85Y", 9, 0); /* C1 CSI, NEL */
	assert_string_equal(out, "XY");
	text_sanitize(out, "a\xe2\x80\xae" "b\xe2\x81\xa6" "c", 9, 0);
	assert_string_equal(out, "abc");
	text_sanitize(out, "a\xff" "b", 3, 0);
	assert_string_equal(out, "a\xef\xbf\xbd" "b");
	text_sanitize(out, "\xef\xbf\xbd", 3, 0); /* a real U+FFFD stays */
	assert_string_equal(out, "\xef\xbf\xbd");
	text_sanitize(out, "a\033", 2, 0); /* a lone ESC at the end */
	assert_string_equal(out, "a");
	text_sanitize(out, "한글 ok", strlen("한글 ok"), 0);
	assert_string_equal(out, "한글 ok");
}

static void test_utf8_valid(void **state)
{
	size_t bad = 0;

	(void)state;
	assert_true(text_utf8_valid("인증", strlen("인증"), &bad));
	assert_false(text_utf8_valid("ab\xc0\xaf", 4, &bad));
	assert_int_equal(bad, 2);
	assert_false(text_utf8_valid("\xed\xa0\x80", 3, &bad)); /* surrogate */
}

/* "가" is three bytes: a cut at each of its three byte offsets. */
static void test_cut_alignments(void **state)
{
	char s[64];

	(void)state;
	for (int pre = 0; pre < 3; pre++) {
		size_t n;

		snprintf(s, sizeof s, "%.*s가나다라", pre, "ab");
		for (size_t max = 0; max <= strlen(s); max++) {
			n = text_cut(s, strlen(s), max);
			assert_true(n <= max);
			assert_true(text_utf8_valid(s, n, NULL));
			/* as long as it can be: the next character would
			 * not fit */
			if (n < strlen(s))
				assert_true(n + (s[n] & 0x80 ? 3 : 1) > max);
		}
	}
}

static void test_format_never_splits(void **state)
{
	char buf[16];
	size_t n;

	(void)state;
	n = text_format(buf, sizeof buf, "%s", "short");
	assert_string_equal(buf, "short");
	assert_int_equal(n, 5);
	/* 15 bytes of room: at every alignment of the Hangul the cut is at
	 * a character and ends with an ellipsis */
	for (int pre = 0; pre < 3; pre++) {
		n = text_format(buf, sizeof buf, "%.*s%s", pre, "ab",
				"가나다라마바사");
		assert_int_equal(n, strlen(buf));
		assert_true(n < sizeof buf);
		assert_true(text_utf8_valid(buf, n, NULL));
		assert_string_equal(buf + n - 3, "\xe2\x80\xa6");
		/* at most a character short of the 12 bytes of room */
		assert_true(n - 3 > 12 - 3);
	}
	n = text_format(buf, 4, "%s", "가나");
	assert_string_equal(buf, "\xe2\x80\xa6");
}

static void test_escape_shows_invisible(void **state)
{
	static const struct {
		const char *in;
		size_t n;
		const char *out;
	} cases[] = {
		{ "404\r", 4, "404\\r" },
		{ "a\tb\nc", 5, "a\\tb\\nc" },
		{ "\033[2J", 4, "\\e[2J" },
		{ "\x01\x7f", 2, "\\x01\\x7f" },
		{ "a\\b", 3, "a\\\\b" },
		{ "\xff", 1, "\\xff" },
		{ "\xc2\x9b", 2, "\\u009b" },
		{ "x\xe2\x80\xaey", 5, "x\\u202ey" },
		{ "\xe2\x80\x8b" "404", 6, "\\u200b404" },
		{ "\xef\xbb\xbf" "404", 6, "\\ufeff404" },
		{ "한글 ok", 9, "한글 ok" },
		{ "\xef\xbf\xbd", 3, "\xef\xbf\xbd" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *e = text_escape_dup(cases[i].in, cases[i].n);

		assert_non_null(e);
		assert_string_equal(e, cases[i].out);
		free(e);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit_never_splits),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_korean_between_words),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_cut_alignments),
		cmocka_unit_test(test_format_never_splits),
		cmocka_unit_test(test_escape_shows_invisible),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
