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
#include "model/search_int.h" /* hc_search_build */
#include "model/text.h"

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
	    "Ko_Title: 요청 과다\nKo_Keywords: 요청 제한, 너무 많음\n",
	    "요청이 너무 많습니다.", "Too many requests.", "속도를 줄이세요.",
	    "Slow down.")
	/* names, spellings, status lines, standard before unofficial */
	REC(101, "standard", "Switching Protocols",
	    "Ko_Keywords: 웹소켓\nEn_Keywords: websocket\n", "바꿉니다.",
	    "Switches.", "바꿉니다.", "Switches.")
	REC(302, "standard", "Found", "Alias: Moved Temporarily\n",
	    "잠시 옮겼습니다.", "Moved for now.", "잠시입니다.", "For now.")
	REC(308, "standard", "Permanent Redirect",
	    "Ko_Title: 영구 리다이렉트\n", "영구히 옮겼습니다.",
	    "Moved for good.", "영구입니다.", "For good.")
	REC(414, "standard", "URI Too Long",
	    "Alias: Request-URI Too Large\nKo_Keywords: 주소 너무 김\n",
	    "주소가 깁니다.", "Long URI.",
	    "깁니다.", "Long.")
	REC(499, "unofficial", "Client Closed Request", "Vendor: nginx\n",
	    "클라이언트가 닫았습니다.", "The client left.", "닫았습니다.",
	    "Left.")
	REC(502, "standard", "Bad Gateway", "", "잘못된 응답입니다.",
	    "Bad answer upstream.", "업스트림입니다.", "Upstream.")
	REC(503, "standard", "Service Unavailable",
	    "Ko_Keywords: 점검, 서버 점검\n", "지금은 안 됩니다.",
	    "Not now.", "점검 중입니다.", "Maintenance.")
	REC(504, "standard", "Gateway Timeout", "Alias: Gateway Time-out\n",
	    "게이트웨이 시간 초과입니다.", "Upstream too slow.",
	    "늦었습니다.", "Late.")
	REC(598, "unofficial", "Network Read Timeout Error",
	    "Vendor: Some proxies\nKo_Title: 네트워크 읽기 타임아웃\n",
	    "읽기가 늦었습니다.", "Read timeout.", "늦었습니다.", "Late.");

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
	assert_string_equal(codes("4"), "401 403 404 408 414 429 499");
	assert_string_equal(codes("4xx"), "401 403 404 408 414 429 499");
	assert_string_equal(codes("40"), "401 403 404 408");
	assert_string_equal(codes("x01"), "101 201 401");
	assert_string_equal(codes("4x8"), "408");
	assert_string_equal(codes("2x9"), "299");
	assert_string_equal(codes("401 429"), "401 429");
	/* the first named first */
	assert_string_equal(codes("429 401"), "429 401");
	/* a mask filters the words' codes */
	assert_string_equal(codes("4xx 인증"), "401");
	assert_int_equal(first_code("5xx timeout"), 504);
	assert_false(strstr(codes("5xx timeout"), "408"));
}

/* Phrase word; alias word; phrase prefix and a keyword spelled out
 * whole; keyword in a list, headers; an unofficial code's phrase word
 * below those; summary; detail.  A typo is not looked for when the word
 * is found as typed (zebra is, so Zebar is left out).  Ties by code. */
static void test_ranking_order(void **state)
{
	(void)state;
	assert_string_equal(codes("zebra"),
			    "201 226 203 202 204 205 299 206 207");
	assert_string_equal(codes("ZEBRA"),
			    "201 226 203 202 204 205 299 206 207");
	/* while typing, prefixes */
	assert_string_equal(codes("zebr"), "201 202 203 226 204 205 299 206 207");
	/* a word found nowhere is looked for with a typo */
	assert_string_equal(codes("zebar"), "208");
	assert_int_equal(first_code("zebrx"), 201);
}

static void test_ranking_scores(void **state)
{
	const struct hc_match *m;
	size_t n = run("zebra", &m);

	(void)state;
	assert_int_equal(n, 9);
	for (size_t i = 1; i < n; i++)
		assert_true(m[i - 1].score >= m[i].score);
	/* 201 and 226 tie; the unofficial 299 gives up some */
	assert_int_equal(m[0].score, m[1].score);
	assert_true(m[6].code->code == 299 && m[6].score < m[0].score);
	/* the phrase word is worth more than the detail, by the field only */
	assert_int_equal(m[0].score - m[n - 1].score,
			 HC_SEARCH_SCORE(HC_LEVEL_PHRASE_WORD, 5) -
				 HC_SEARCH_SCORE(HC_LEVEL_DETAIL, 5));
	/* each span says its field */
	assert_int_equal(m[0].spans[0].field, HC_FIELD_PHRASE);
	assert_int_equal(m[n - 1].spans[0].field, HC_FIELD_DETAIL);
	assert_true(m[0].matched & (1u << HC_FIELD_PHRASE));
	assert_string_equal(hc_search_field_name(HC_FIELD_KEYWORDS), "keywords");
}

static void test_multi_word(void **state)
{
	(void)state;
	/* every word adds: the code with both comes first, alone here as
	 * the others are far below */
	assert_string_equal(codes("zebra crossing"), "201");
	assert_int_equal(hc_search_partial(search), 0);
	/* filler never counts against a code */
	assert_string_equal(codes("the zebra crossing"), "201");
	assert_string_equal(codes("what is the http status code for a zebra "
				  "crossing"),
			    "201");
	assert_int_equal(first_code("too many requests"), 429);
	assert_int_equal(first_code("request timeout"), 408);
	/* the words together, in this order, in 403's keyword */
	assert_int_equal(first_code("권한 없음"), 403);
	assert_int_equal(first_code("권한없음"), 403);
	/* in the other order they are two loose words */
	assert_int_equal(first_code("없음 권한"), 403);
}

/* No code has every word: the closest ones, flagged as such. */
static void test_partial(void **state)
{
	const struct hc_match *m;

	(void)state;
	assert_int_equal(first_code("zebra nothinglikethis"), 201);
	assert_int_equal(hc_search_partial(search), 1);
	assert_int_equal(first_code("zebra crossing nothinglikethis"), 201);
	assert_int_equal(hc_search_partial(search), 1);
	/* the code with more of the words first */
	assert_int_equal(first_code("crossing zebra 인증"), 201);
	/* filler alone finds nothing, and a word found nowhere neither */
	assert_int_equal(run("what is the", &m), 0);
	assert_int_equal(run("the of a", &m), 0);
	assert_int_equal(run("qqqqqqqq", &m), 0);
	assert_int_equal(hc_search_partial(search), 0);
	/* a weak word alone is searched for */
	assert_true(run("error", &m) == 0 || m[0].score > 0);
}

/* Names spelled out whole come first; standard before unofficial. */
static void test_names(void **state)
{
	(void)state;
	assert_int_equal(first_code("Found"), 302);
	assert_int_equal(first_code("Not Found"), 404);
	assert_int_equal(first_code("not found"), 404);
	assert_int_equal(first_code("Moved Temporarily"), 302);
	assert_int_equal(first_code("Gateway Time-out"), 504);
	assert_int_equal(first_code("Request-URI Too Large"), 414);
	assert_int_equal(first_code("what is the code for not found"), 404);
	/* 598 has the word in its phrase and its title, but is unofficial */
	assert_string_equal(codes("timeout"), "408 504 598");
	assert_string_equal(codes("타임아웃"), "408 504 598");
}

/* Spellings that mean the same. */
static void test_normalise(void **state)
{
	(void)state;
	assert_string_equal(codes("time-out"), codes("timeout"));
	assert_string_equal(codes("time out"), codes("timeout"));
	assert_string_equal(codes("TIME-OUT"), codes("timeout"));
	assert_string_equal(codes("request uri too large"),
			    codes("Request-URI Too Large"));
	assert_int_equal(first_code("웹소켓"), 101);
	assert_int_equal(first_code("websocket"), 101);
	assert_int_equal(first_code("웹소켓 연결"), 101);
	assert_int_equal(first_code("리다이렉트"), 308);
	assert_int_equal(first_code("리디렉트"), 308);
	assert_int_equal(first_code("리다이렉션"), 308);
	assert_int_equal(first_code("리디렉션"), 308);
	assert_int_equal(first_code("redirect"), 308);
	/* full-width digits and letters */
	assert_int_equal(first_code("\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94"), 404);
	assert_int_equal(first_code("\xef\xbc\xb7\xef\xbd\x85\xef\xbd\x82"
				    "\xef\xbd\x93\xef\xbd\x8f\xef\xbd\x83"
				    "\xef\xbd\x8b\xef\xbd\x85\xef\xbd\x94"),
			 101); /* Ｗebsocket */
	/* Hangul in NFD (conjoining jamo) finds what NFC finds */
	assert_string_equal(codes("\xe1\x84\x8b\xe1\x85\xb5\xe1\x86\xab"
				  "\xe1\x84\x8c\xe1\x85\xb3\xe1\x86\xbc"),
			    codes("인증"));
	/* camel case and snake case are words */
	assert_int_equal(first_code("TooManyRequests"), 429);
	assert_int_equal(first_code("TOO_MANY_REQUESTS"), 429);
	assert_int_equal(first_code("toomanyrequests"), 429);
}

/* Particles and endings come off each word. */
static void test_particles(void **state)
{
	(void)state;
	assert_int_equal(first_code("로그인이"), 401);
	assert_int_equal(first_code("로그인이 필요할 때"), 401);
	assert_int_equal(first_code("로그인 안 했을 때"), 401);
	assert_int_equal(first_code("토큰이 만료되면"), 401);
	assert_int_equal(first_code("토큰이 만료됐을 때 뭐 줘요"), 401);
	assert_int_equal(first_code("권한이 없을 때"), 403);
	assert_int_equal(first_code("권한이없을때"), 403);
	assert_int_equal(first_code("서버가 점검 중이에요"), 503);
	assert_int_equal(first_code("서버점검중"), 503);
	assert_int_equal(first_code("요청이 너무 많아요"), 429);
	assert_int_equal(first_code("요청을 너무 많이 보내면"), 429);
	assert_int_equal(first_code("많으면"), 429);
	assert_int_equal(first_code("만료되어서"), 401);
	assert_int_equal(first_code("만료되어"), 401);
	assert_int_equal(first_code("필요하려면"), 401);
	assert_int_equal(first_code("주소가 너무 길면"), 414);
	/* a particle after a code or a Latin word */
	assert_string_equal(codes("401이랑 403"), "401 403");
	assert_string_equal(codes("403이랑 401 차이"), "403 401");
	assert_int_equal(first_code("nginx가 499를 뱉어요"), 499);
	/* an ending alone is nothing to search for */
	assert_string_equal(codes("했을 때"), "");
	assert_string_equal(codes("뭐가 어떻게 해요"), "");
}

/* One jamo wrong, missing or extra in a Korean word of two syllables or
 * more, ranked below what is found as typed. */
static void test_jamo_typos(void **state)
{
	const struct hc_match *m;

	(void)state;
	assert_int_equal(first_code("인즌"), 401);    /* ㅇ -> ㄴ */
	assert_int_equal(first_code("인즈"), 401);    /* missing */
	assert_int_equal(first_code("시간초가"), 408); /* ㅘ -> ㅏ */
	assert_int_equal(first_code("리다렉트"), 308); /* 이 missing */
	assert_int_equal(first_code("리다렉트 영구"), 308);
	assert_int_equal(first_code("요청 과디"), 429);
	assert_string_equal(codes("인즌 필요"), codes("인증 필요"));
	/* two jamo off is not a typo */
	assert_int_equal(run("안즌", &m), 0);
	/* typo matches score below exact ones */
	assert_int_equal(run("인즌", &m), 1);
	{
		int typo = m[0].score;

		run("인증", &m);
		assert_true(m[0].score > typo);
	}
}

/* A pasted status line or log line finds its code first. */
static void test_status_lines(void **state)
{
	(void)state;
	assert_int_equal(first_code("HTTP/1.1 404 Not Found"), 404);
	assert_int_equal(first_code("HTTP/2 503"), 503);
	assert_int_equal(first_code("http/1.0 502 Bad Gateway"), 502);
	assert_int_equal(first_code("status=502"), 502);
	assert_int_equal(first_code("\"status\": 429"), 429);
	assert_int_equal(first_code("\"GET / HTTP/1.1\" 499 0"), 499);
	assert_int_equal(first_code("10.0.0.1 - - \"GET /api HTTP/1.1\" 504 "
				    "167 \"-\" \"curl/8.0\""),
			 504);
	/* a number that is no code of the table is not one */
	assert_int_equal(first_code("upstream timed out (110: Connection "
				    "timed out)"),
			 504);
	/* nor a number inside a name, nor a version */
	assert_int_equal(first_code("retry after 10 seconds"), 205);
}

static void test_typos(void **state)
{
	(void)state;
	assert_string_equal(codes("unauthorised"), "401");
	/* 8 characters or more: two edits */
	assert_string_equal(codes("unahtorized"), "401");
	assert_string_equal(codes("unahtorizd"), "");    /* three */
	/* 4 to 7: one */
	assert_int_equal(first_code("timeuot"), 408);
	assert_int_equal(first_code("timxout"), 408);
	assert_string_equal(codes("timxoxt"), "");
	assert_int_equal(first_code("tmie"), 504);   /* Time-out, swapped */
	assert_string_equal(codes("imte"), "");        /* first letter kept */
	assert_string_equal(codes("tme"), "");         /* too short for typos */
}

static void test_headers(void **state)
{
	(void)state;
	assert_string_equal(codes("www-authenticate"), "401");
	assert_string_equal(codes("retry-after"), "205");
	assert_string_equal(codes("retry-af"), "205");
	/* the header spelled out whole beats the loose word */
	assert_int_equal(first_code("x-zebra"), 205);
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
	assert_string_equal(codes("없는말"), "");
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
	expect_span("zebar", 208, c208->phrase, "Zebar");
	expect_span("zebbar", 208, c208->phrase, "Zebar"); /* the whole word */
	expect_span("retry", 205, c205->headers, "Retry");
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
	/* a long Korean word found nowhere: its jamo are more than the
	 * typo check reads (found by fuzz_search) */
	hc_search_run(search, "\xeb\x8c\xeb\x8c\xa7\xec\x9a\xb0\xec\xa0\xa7"
		      "\xec\x9a\xb0\xec\xa0\x88\xec\xbf\xbc\xed\x8c\x8c\xeb\x9d"
		      "\xbc\xeb\xaf\xb8\xed\x84\xb0\xec\x88\xab\xec\x9e\x90\xeb"
		      "\x8c\x80\xec\x8b\xbe\xeb\xac\xb8\xec\x9e\x90\xea\xb0\x80"
		      "\xeb\x93\xa4\xec\xa0\xa7\xec\x9a\xb0\xec\xa0\x84", 65, &m);
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

/* Past HC_MAX_SPANS words the least informative go, not the last ones:
 * filler first, then the shortest words. */
static void test_many_words(void **state)
{
	const struct hc_match *m;
	char q[2048] = "";
	size_t n;

	(void)state;
	for (int i = 0; i < HC_MAX_SPANS + 6; i++)
		strcat(q, i % 2 ? "the ab " : "of cd ");
	strcat(q, "zebra crossing");
	n = run(q, &m);
	assert_true(n >= 1);
	assert_int_equal(m[0].code->code, 201);
	assert_true(m[0].n_spans <= HC_MAX_SPANS);
	/* words past HC_SEARCH_MAX_QUERY bytes are not read */
	memset(q, ' ', sizeof q - 1);
	q[sizeof q - 1] = '\0';
	memcpy(q + sizeof q - 8, "zebra", 5);
	assert_true(sizeof q - 1 > HC_SEARCH_MAX_QUERY);
	assert_int_equal(run(q, &m), 0);
}

/* The byte limit falls inside a character at each of its three offsets:
 * the character is left out whole, never read as two broken bytes. */
static void test_limit_at_a_character(void **state)
{
	char q[HC_SEARCH_MAX_QUERY + 16];
	const struct hc_match *m;

	(void)state;
	for (int off = 0; off < 3; off++) {
		size_t start = HC_SEARCH_MAX_QUERY - 3 + (size_t)off + 1;

		memset(q, ' ', sizeof q);
		memcpy(q, "zebra", 5);
		memcpy(q + start - 3, "가나다", 9);
		q[start + 6] = '\0';
		run(q, &m);
		assert_true(search->qlen <= HC_SEARCH_MAX_QUERY);
		assert_true(text_utf8_valid(search->qclean, search->qlen,
					    NULL));
	}
}

/* Queries as they are typed, one after another, answer as a new engine
 * would: what is kept from the keystroke before is never stale. */
static void test_memo(void **state)
{
	static const char *const q[] = {
		"too many requests", "too many", "zebra crossing", "crossing",
		"인증 필요", "인증", "인즌", "로그인이 필요할 때", "timeout",
		"time out", "zebra zebra", "5xx timeout", "401 403", "the zebra",
		"서버점검중", "HTTP/1.1 404 Not Found", "zebr", "zebar",
	};
	struct hc_search *fresh;

	(void)state;
	for (int round = 0; round < 2; round++)
		for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
			const struct hc_match *a, *b;
			size_t na, nb;

			for (size_t k = 1; k < strlen(q[i]); k++)
				run(q[(i + k) % (sizeof q / sizeof *q)], &a);
			na = run(q[i], &a);
			fresh = hc_search_new(&table);
			assert_non_null(fresh);
			nb = hc_search_run(fresh, q[i], strlen(q[i]), &b);
			assert_int_equal(na, nb);
			for (size_t k = 0; k < na; k++) {
				assert_int_equal(a[k].code->code, b[k].code->code);
				assert_int_equal(a[k].score, b[k].score);
				assert_int_equal(a[k].n_spans, b[k].n_spans);
			}
			hc_search_free(fresh);
		}
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

/* The built-in table's index, made when the program is built, answers
 * as one built from the table now. */
static void test_prebuilt(void **state)
{
	static const char *const q[] = {
		"404", "4xx", "not found", "timeout", "타임아웃", "인증 필요",
		"ㅇㅈ", "인즌", "리다렉트 영구", "권한이 없을 때", "rate limit",
		"HTTP/1.1 404 Not Found", "서버점검중", "toomanyrequests",
		"retry-after", "what is the http status code for a timeout",
		"nginx upstream timed out", "Gateway Time-out", "웹소켓",
		"my upload is too big", "zzzz", "",
	};
	struct hc_table t;
	struct hc_search *pre, *built;
	char err[256];

	(void)state;
	assert_int_equal(hc_table_load_builtin(&t, err, sizeof err), 0);
	pre = hc_search_new(&t);
	built = hc_search_build(&t);
	assert_non_null(pre);
	assert_non_null(built);
	assert_true(pre->prebuilt);
	assert_false(built->prebuilt);
	for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
		const struct hc_match *a, *b;
		size_t na = hc_search_run(pre, q[i], strlen(q[i]), &a);
		size_t nb = hc_search_run(built, q[i], strlen(q[i]), &b);

		assert_int_equal(na, nb);
		for (size_t k = 0; k < na; k++) {
			assert_ptr_equal(a[k].code, b[k].code);
			assert_int_equal(a[k].score, b[k].score);
			assert_int_equal(a[k].n_spans, b[k].n_spans);
			for (int j = 0; j < a[k].n_spans; j++) {
				assert_ptr_equal(a[k].spans[j].base,
						 b[k].spans[j].base);
				assert_int_equal(a[k].spans[j].start,
						 b[k].spans[j].start);
			}
		}
	}
	hc_search_free(pre);
	hc_search_free(built);
	hc_table_free(&t);
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
		cmocka_unit_test(test_limit_at_a_character),
		cmocka_unit_test(test_memo),
		cmocka_unit_test(test_partial),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_normalise),
		cmocka_unit_test(test_particles),
		cmocka_unit_test(test_jamo_typos),
		cmocka_unit_test(test_status_lines),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_prebuilt),
		cmocka_unit_test(test_empty_table),
	};

	return cmocka_run_group_tests_name("search", tests, setup, teardown);
}
