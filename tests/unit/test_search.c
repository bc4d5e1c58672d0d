/* The search engine: its pieces (folding, initials, jamo, edit distance),
 * the ranking rules, the spans it reports, and bad input. */
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

#include "model/search.h"

#define REC(code, status, phrase, extra, ko_sum, en_sum, ko_det, en_det) \
	"Code: " #code "\nPhrase: " phrase "\nStatus: " status            \
	"\nClass: " #code "xx\n" extra "Ko_Summary: " ko_sum               \
	"\nEn_Summary: " en_sum "\nKo_Detail: " ko_det                     \
	"\nEn_Detail: " en_det "\n\n"

/* Class is the first digit; REC pastes the whole code, so fix it up. */
static const char table_text[] =
	"%rec: Code\n%key: Code\n\n"
	/* "zebra" at every level, for the ranking rules */
	REC(201, "standard", "Zebra Crossing", "", "가", "One.", "가", "One.")
	REC(202, "standard", "Zebras Found", "", "가", "Two.", "가", "Two.")
	REC(203, "standard", "Alpha", "Alias: Zebra Alias\n", "가", "Three.",
	    "가", "Three.")
	REC(204, "standard", "Beta", "En_Keywords: zebra, stripes\n", "가",
	    "Four.", "가", "Four.")
	REC(205, "standard", "Gamma", "Headers: X-Zebra, Retry-After\n", "가",
	    "Five.", "가", "Five.")
	REC(206, "standard", "Delta", "", "가", "About a zebra.", "가", "Six.")
	REC(207, "standard", "Epsilon", "", "가", "Seven.", "가",
	    "The zebra is in the detail.")
	REC(208, "standard", "Zebar Typo", "", "가", "Eight.", "가", "Eight.")
	REC(226, "standard", "Zebra Used", "", "가", "Nine.", "가", "Nine.")
	REC(299, "unofficial", "Zebra Unofficial", "Vendor: Nobody\n", "가",
	    "Ten.", "가", "Ten.")
	/* Korean */
	REC(401, "standard", "Unauthorized",
	    "Headers: WWW-Authenticate\nKo_Title: 인증 필요\n"
	    "Ko_Keywords: 로그인 필요, 토큰 만료\n",
	    "요청 시간 초과가 아니라 인증이 없습니다.", "No credentials.",
	    "인증 정보가 없습니다.", "Send credentials.")
	/* words that stand together in a keyword beat the same words
	 * apart in better fields */
	REC(403, "standard", "Forbidden", "Ko_Keywords: 권한 없음\n",
	    "거부합니다.", "Refused.", "거부합니다.", "Refused.")
	REC(404, "standard", "Not Found", "Ko_Title: 찾을 수 없음\n",
	    "없습니다.", "Missing.", "권한이 없을 때 숨기기도 합니다.",
	    "Sometimes hides.")
	REC(408, "standard", "Request Timeout",
	    "Ko_Title: 요청 시간 초과\nKo_Keywords: 시간 초과, 리다이렉트 아님\n",
	    "요청이 제때 오지 않았습니다.", "Too slow.", "느린 요청입니다.",
	    "Slow.")
	REC(429, "standard", "Too Many Requests",
	    "Ko_Title: 요청 과다\nKo_Keywords: 요청 제한\n",
	    "요청이 너무 많습니다.", "Too many requests.", "속도를 줄이세요.",
	    "Slow down.");

static struct hc_table table;
static struct hc_search *search;

/* REC writes "Class: 201xx"; make it "2xx" in place before parsing. */
static char *fixed_text(void)
{
	char *s = strdup(table_text), *p = s;

	while ((p = strstr(p, "Class: ")) != NULL) {
		p += 7;
		memmove(p + 1, p + 3, strlen(p + 3) + 1);
	}
	return s;
}

static int setup(void **state)
{
	char err[256], *text = fixed_text();
	int rc = hc_table_parse(&table, text, strlen(text), "t.rec", err,
				sizeof err);

	(void)state;
	free(text);
	if (rc) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	search = hc_search_new(&table);
	return search ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	hc_search_free(search);
	hc_table_free(&table);
	return 0;
}

static size_t run(const char *q, const struct hc_match **m)
{
	return hc_search_run(search, q, strlen(q), m);
}

/* The codes found, as "201 226 ...". */
static const char *codes(const char *q)
{
	static char buf[512];
	const struct hc_match *m;
	size_t n = run(q, &m), k = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && k + 5 < sizeof buf; i++)
		k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%d",
				      i ? " " : "", m[i].code->code);
	return buf;
}

static int first_code(const char *q)
{
	const struct hc_match *m;

	return run(q, &m) ? m[0].code->code : 0;
}

/* ---- the pieces ----------------------------------------------------------- */

static void test_fold(void **state)
{
	char buf[64];

	(void)state;
	hc_search_fold("WWW-Authenticate", 16, buf, sizeof buf);
	assert_string_equal(buf, "www-authenticate");
	hc_search_fold("\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94", 9, buf,
		       sizeof buf); /* full-width 404 */
	assert_string_equal(buf, "404");
	hc_search_fold("인증 OK", strlen("인증 OK"), buf, sizeof buf);
	assert_string_equal(buf, "인증 ok");
	hc_search_fold("ÉTAT", strlen("ÉTAT"), buf, sizeof buf);
	assert_string_equal(buf, "état");
	/* truncation keeps whole characters */
	hc_search_fold("인증", strlen("인증"), buf, 5);
	assert_string_equal(buf, "인");
}

static void test_initials(void **state)
{
	char buf[64];

	(void)state;
	hc_search_initials("인증 필요", strlen("인증 필요"), buf, sizeof buf);
	assert_string_equal(buf, "ㅇㅈ ㅍㅇ");
	hc_search_initials("리다이렉트", strlen("리다이렉트"), buf, sizeof buf);
	assert_string_equal(buf, "ㄹㄷㅇㄹㅌ");
	hc_search_initials("까 빠 SSL", strlen("까 빠 SSL"), buf, sizeof buf);
	assert_string_equal(buf, "ㄲ ㅃ SSL");
}

static void expect_compose(const char *in, const char *out)
{
	char buf[128];

	hc_search_compose(in, strlen(in), buf, sizeof buf);
	assert_string_equal(buf, out);
}

static void test_compose(void **state)
{
	(void)state;
	expect_compose("ㅇㅣㄴㅈㅡㅇ", "인증");
	expect_compose("ㄹㅗㄱㅡㅇㅣㄴ", "로그인");
	expect_compose("ㅇㅓㅂㅅㅇㅡㅁ", "없음");     /* double final */
	expect_compose("ㅇㅣㄺㅇㅓ", "읽어");         /* split on a vowel */
	expect_compose("ㄱㅗㅏㄷㅏ", "과다");         /* double vowel */
	expect_compose("ㅇㅈ", "ㅇㅈ");               /* initials stay */
	expect_compose("ㅅㅣㄱㅏㄴ ㅊㅗㄱㅘ", "시간초과");
	/* conjoining jamo (U+1100..) as some keyboards send them */
	expect_compose("\xe1\x84\x8b\xe1\x85\xb5\xe1\x86\xab"
		       "\xe1\x84\x8c\xe1\x85\xb3\xe1\x86\xbc", "인증");
	expect_compose("인증", "인증");
	expect_compose("Retry-After", "retryafter");
}

static void test_distance(void **state)
{
	(void)state;
	assert_int_equal(hc_search_distance("received", "received", 2), 0);
	assert_int_equal(hc_search_distance("recieved", "received", 2), 1);
	assert_int_equal(hc_search_distance("forbiden", "forbidden", 2), 1);
	assert_int_equal(hc_search_distance("gatway", "gateway", 2), 1);
	assert_int_equal(hc_search_distance("unauthorised", "unauthorized", 2),
			 1);
	assert_int_equal(hc_search_distance("teapto", "teapot", 2), 1);
	assert_int_equal(hc_search_distance("kitten", "sitting", 5), 3);
	assert_int_equal(hc_search_distance("abcdef", "uvwxyz", 2), 3);
	assert_int_equal(hc_search_distance("", "abc", 5), 3);
	assert_int_equal(hc_search_distance("인증", "인정", 2), 1);
}

/* ---- ranking ------------------------------------------------------------- */

static void test_codes(void **state)
{
	(void)state;
	assert_string_equal(codes("401"), "401");
	assert_string_equal(codes("299"), "299");
	assert_string_equal(codes("500"), "");
	assert_string_equal(codes("4"), "401 403 404 408 429");
	assert_string_equal(codes("4xx"), "401 403 404 408 429");
	assert_string_equal(codes("40"), "401 403 404 408");
	assert_string_equal(codes("x01"), "201 401");
	assert_string_equal(codes("4x8"), "408");
	assert_string_equal(codes("2x9"), "299");
	assert_string_equal(codes("401 429"), "401 429");
	assert_string_equal(codes("4xx 인증"), "401");
}

/* Phrase word, phrase prefix, alias, keywords and headers, summary,
 * detail; a typo below an exact match at its level; unofficial below
 * standard at the same level; ties by code. */
static void test_ranking_order(void **state)
{
	(void)state;
	assert_string_equal(codes("zebra"),
			    "201 226 299 202 208 203 204 205 206 207");
	assert_string_equal(codes("ZEBRA"),
			    "201 226 299 202 208 203 204 205 206 207");
	/* while typing, prefixes first, the typo (zebr ~ zebar) after them */
	assert_string_equal(codes("zebr"),
			    "201 202 226 299 208 203 204 205 206 207");
}

static void test_ranking_scores(void **state)
{
	const struct hc_match *m;
	size_t n = run("zebra", &m);

	(void)state;
	assert_int_equal(n, 10);
	for (size_t i = 1; i < n; i++)
		assert_true(m[i - 1].score >= m[i].score);
	/* 201 and 226 tie, and so does the unofficial 299 */
	assert_int_equal(m[0].score, m[1].score);
	assert_int_equal(m[1].score, m[2].score);
	assert_int_equal(m[0].score,
			 HC_SEARCH_SCORE(HC_LEVEL_PHRASE_WORD, 5));
	assert_int_equal(m[n - 1].score, HC_SEARCH_SCORE(HC_LEVEL_DETAIL, 5));
}

static void test_multi_word(void **state)
{
	(void)state;
	/* AND: both words must match */
	assert_string_equal(codes("zebra crossing"), "201");
	assert_string_equal(codes("zebra nothinglikethis"), "");
	/* stop words do not rule codes out, but "the" alone still searches */
	assert_string_equal(codes("the zebra crossing"), "201");
	assert_int_equal(first_code("too many requests"), 429);
	assert_int_equal(first_code("request timeout"), 408);
	/* the words together, in this order, in 403's keyword */
	assert_int_equal(first_code("권한 없음"), 403);
	assert_int_equal(first_code("권한없음"), 403);
	/* in the other order they are two loose words: the title wins */
	assert_int_equal(first_code("없음 권한"), 404);
}

static void test_typos(void **state)
{
	(void)state;
	assert_string_equal(codes("unauthorised"), "401");
	/* 8 characters or more: two edits */
	assert_string_equal(codes("unahtorized"), "401");
	assert_string_equal(codes("unahtorizd"), "");    /* three */
	/* 4 to 7: one */
	assert_string_equal(codes("timeuot"), "408");
	assert_string_equal(codes("timxout"), "408");
	assert_string_equal(codes("timxoxt"), "");
	assert_string_equal(codes("tmie"), "");        /* first letter kept */
	assert_string_equal(codes("tme"), "");         /* too short for typos */
}

static void test_headers(void **state)
{
	(void)state;
	assert_string_equal(codes("www-authenticate"), "401");
	assert_string_equal(codes("retry-after"), "205");
	assert_string_equal(codes("retry-af"), "205");
	assert_string_equal(codes("x-zebra"), "205");
}

static void test_korean(void **state)
{
	(void)state;
	assert_int_equal(first_code("인증"), 401);
	assert_int_equal(first_code("시간 초과"), 408);
	assert_int_equal(first_code("시간초과"), 408);
	assert_int_equal(first_code("요청 과다"), 429);
	assert_int_equal(first_code("요청이 너무 많아요"), 429);
	assert_int_equal(first_code("로그인 필요"), 401);
	assert_int_equal(first_code("ㅇㅈ"), 401);
	assert_int_equal(first_code("ㅇㅈ ㅍㅇ"), 401);
	assert_int_equal(first_code("ㅅㄱㅊㄱ"), 408);
	assert_int_equal(first_code("ㅇㅣㄴㅈㅡㅇ"), 401);
	assert_int_equal(first_code("\xe1\x84\x8b\xe1\x85\xb5\xe1\x86\xab"
				    "\xe1\x84\x8c\xe1\x85\xb3\xe1\x86\xbc"),
			 401);
	/* the syllable being typed: 요처 on the way to 요청 */
	assert_int_equal(first_code("과"), 429);
	assert_string_equal(codes("없는말입니다"), "");
}

/* ---- spans --------------------------------------------------------------- */

static int is_field(const struct hc_code *c, const char *base)
{
	const char *f[] = {
		c->phrase, c->title[HC_KO], c->headers, c->vendor, c->spec,
		c->keywords[HC_KO], c->keywords[HC_EN], c->summary[HC_KO],
		c->summary[HC_EN], c->detail[HC_KO], c->detail[HC_EN],
	};

	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		if (base && base == f[i])
			return 1;
	for (int i = 0; i < c->n_alias; i++)
		if (base == c->alias[i])
			return 1;
	return 0;
}

/* Every span points into one of the code's own fields, inside it. */
static void check_spans(const char *q)
{
	const struct hc_match *m;
	size_t n = run(q, &m);

	for (size_t i = 0; i < n; i++)
		for (int j = 0; j < m[i].n_spans; j++) {
			const struct hc_span *sp = &m[i].spans[j];

			assert_true(is_field(m[i].code, sp->base));
			assert_true(sp->len > 0);
			assert_true(sp->start + sp->len <= strlen(sp->base));
		}
}

static void expect_span(const char *q, int code, const char *base,
			const char *text)
{
	const struct hc_match *m;
	size_t n = run(q, &m), i;

	for (i = 0; i < n && m[i].code->code != code; i++)
		;
	assert_true(i < n);
	assert_int_equal(m[i].n_spans, 1);
	assert_ptr_equal(m[i].spans[0].base, base);
	assert_int_equal(m[i].spans[0].len, strlen(text));
	assert_memory_equal(base + m[i].spans[0].start, text, strlen(text));
}

static void test_spans(void **state)
{
	const struct hc_code *c201 = hc_table_find(&table, 201);
	const struct hc_code *c202 = hc_table_find(&table, 202);
	const struct hc_code *c205 = hc_table_find(&table, 205);
	const struct hc_code *c207 = hc_table_find(&table, 207);
	const struct hc_code *c208 = hc_table_find(&table, 208);
	const struct hc_code *c401 = hc_table_find(&table, 401);
	const struct hc_code *c408 = hc_table_find(&table, 408);

	(void)state;
	expect_span("ZEBRA", 201, c201->phrase, "Zebra");
	expect_span("zeb", 202, c202->phrase, "Zeb");  /* the typed prefix */
	expect_span("zebra", 207, c207->detail[HC_EN], "zebra");
	expect_span("zebra", 208, c208->phrase, "Zebar"); /* the whole word */
	expect_span("retry-after", 205, c205->headers, "Retry-After");
	expect_span("시간초과", 408, c408->title[HC_KO], "시간 초과");
	expect_span("ㅇㅈ", 401, c401->title[HC_KO], "인증");
	expect_span("인증", 401, c401->title[HC_KO], "인증");
	check_spans("zebra");
	check_spans("zebra crossing x 가 인증 ㅇㅈ 요청 retry-after 4xx");
	check_spans("요청 너무 많음");
	check_spans("unauthorised timeuot");
}

static void test_spans_per_word(void **state)
{
	const struct hc_match *m;
	size_t n = run("too many requests", &m);

	(void)state;
	assert_true(n >= 1);
	assert_int_equal(m[0].code->code, 429);
	assert_int_equal(m[0].n_spans, 3);
	assert_int_equal(strncasecmp(m[0].spans[0].base + m[0].spans[0].start,
				     "too", 3), 0);
}

/* ---- bad input ----------------------------------------------------------- */

static void test_empty(void **state)
{
	const struct hc_match *m = NULL;

	(void)state;
	assert_int_equal(hc_search_run(search, "", 0, &m), 0);
	assert_non_null(m);
	assert_int_equal(hc_search_run(search, NULL, 0, &m), 0);
	assert_int_equal(run("   \t  ", &m), 0);
	assert_int_equal(run("\xe3\x80\x80", &m), 0); /* ideographic space */
}

static void test_long(void **state)
{
	const struct hc_match *m;
	size_t len = 100000;
	char *q = malloc(len + 1);

	(void)state;
	assert_non_null(q);
	memset(q, 'a', len);
	q[len] = '\0';
	assert_int_equal(hc_search_run(search, q, len, &m), 0);
	for (size_t i = 0; i < len; i++)
		q[i] = "zebra "[i % 6];
	assert_true(hc_search_run(search, q, len, &m) > 0);
	for (size_t i = 0; i + 3 <= len; i += 3)
		memcpy(q + i, "인", 3);
	hc_search_run(search, q, len, &m);
	for (size_t i = 0; i + 3 <= len; i += 3)
		memcpy(q + i, "ㅇ", 3);
	hc_search_run(search, q, len, &m);
	free(q);
}

static void test_invalid_utf8(void **state)
{
	const struct hc_match *m;
	static const char *const bad[] = {
		"\xff\xfe\xfd", "zebra\xff", "\xc3", "\xed\xa0\x80", "\xe3\x85",
		"\xf4\x90\x80\x80", "\xc0\xafzebra",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		hc_search_run(search, bad[i], strlen(bad[i]), &m);
	/* a bad byte separates words, it does not hide them */
	assert_int_equal(first_code("zebra\xff" "crossing"), 201);
	/* cut in the middle of a character */
	assert_int_equal(hc_search_run(search, "인증", 4, &m) > 0, 1);
}

static void test_control_chars(void **state)
{
	const struct hc_match *m;
	const char q[] = "zebra\0crossing\x1b[31m\x07\x7f";

	(void)state;
	assert_int_equal(first_code("\x1b[1mzebra\x1b[0m"), 201);
	assert_int_equal(first_code("\x1b]0;title\x07zebra\x1b"), 201);
	assert_int_equal(run("\x1b[", &m), 0);
	assert_int_equal(first_code("zebra\ncrossing"), 201);
	assert_true(hc_search_run(search, q, sizeof q - 1, &m) > 0);
	assert_int_equal(run("\x01\x02\x03", &m), 0);
}

static void test_metachars(void **state)
{
	const struct hc_match *m;
	static const char *const q[] = {
		"(", "[", "*", "\\", ".*", "^$", "a|b", "(zebra", "zebra*",
		"[a-z]+", "\\d{3}", "%s%n", "?", "'", "\"", "--",
	};

	(void)state;
	for (size_t i = 0; i < sizeof q / sizeof *q; i++)
		run(q[i], &m);
	assert_int_equal(run("(", &m), 0);
	assert_int_equal(run("[*\\", &m), 0);
	assert_int_equal(first_code("(zebra)"), 201);
	assert_int_equal(first_code("zebra*"), 201);
}

static void test_many_words(void **state)
{
	const struct hc_match *m;
	size_t n;

	(void)state;
	/* the words past the cap are ignored, not an error */
	n = run("zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra "
		"zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra "
		"zebra zebra zebra zebra nothing", &m);
	assert_int_equal(n, 10);
	assert_true(m[0].n_spans <= HC_MAX_SPANS);
}

static void test_reuse(void **state)
{
	const struct hc_match *m;

	(void)state;
	/* as a search box does: one character at a time */
	const char *typed = "too many requests";

	for (size_t i = 1; i <= strlen(typed); i++)
		hc_search_run(search, typed, i, &m);
	assert_int_equal(first_code(typed), 429);
	assert_int_equal(first_code("zebra"), 201);
}

static void test_empty_table(void **state)
{
	struct hc_table t = { 0 };
	struct hc_search *s = hc_search_new(&t);
	const struct hc_match *m;

	(void)state;
	assert_non_null(s);
	assert_int_equal(hc_search_run(s, "zebra", 5, &m), 0);
	assert_int_equal(hc_search_run(s, "404", 3, &m), 0);
	assert_int_equal(hc_search_run(s, "ㅇㅈ", strlen("ㅇㅈ"), &m), 0);
	hc_search_free(s);
	hc_search_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_initials),
		cmocka_unit_test(test_compose),
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_ranking_order),
		cmocka_unit_test(test_ranking_scores),
		cmocka_unit_test(test_multi_word),
		cmocka_unit_test(test_typos),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_korean),
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_spans_per_word),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_control_chars),
		cmocka_unit_test(test_metachars),
		cmocka_unit_test(test_many_words),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_empty_table),
	};

	return cmocka_run_group_tests_name("search", tests, setup, teardown);
}
