/* The .rec parser: what it reads, and each error it reports. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "model/table.h"
#include "model/text.h"

#define REC_HEAD "%rec: Code\n%key: Code\n\n"
#define MIN_404 "Code: 404\nPhrase: Not Found\nStatus: standard\nClass: 4xx\n" \
	"Ko_Summary: 요약\nEn_Summary: Summary\nKo_Detail: 설명\nEn_Detail: Detail\n"

static char err[512];

static int parse(struct hc_table *t, const char *text)
{
	return hc_table_parse(t, text, strlen(text), "t.rec", err, sizeof err);
}

/* The parse fails and the message is "t.rec:LINE: ..." containing what. */
static void expect_error(const char *text, unsigned line, const char *what)
{
	struct hc_table t;
	char prefix[32];

	assert_int_equal(parse(&t, text), -1);
	snprintf(prefix, sizeof prefix, "t.rec:%u: ", line);
	if (strncmp(err, prefix, strlen(prefix)) || !strstr(err, what)) {
		print_error("expected '%s...%s', got '%s'\n", prefix, what, err);
		fail();
	}
	assert_null(t.codes);
	assert_int_equal(t.n, 0);
}

static void test_minimal(void **state)
{
	struct hc_table t;
	const struct hc_code *c;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD MIN_404), 0);
	assert_int_equal(t.n, 1);
	c = hc_table_find(&t, 404);
	assert_non_null(c);
	assert_string_equal(c->phrase, "Not Found");
	assert_int_equal(c->status, HC_STANDARD);
	assert_string_equal(c->summary[HC_KO], "요약");
	assert_string_equal(c->title[HC_EN], "Not Found");
	assert_null(c->spec);
	assert_null(c->interview[HC_EN]);
	assert_null(hc_table_find(&t, 405));
	hc_table_free(&t);
}

static void test_multiline_and_lists(void **state)
{
	struct hc_table t;
	const struct hc_code *c;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD
		"Code: 413\nPhrase: Content Too Large\nStatus: standard\n"
		"Class: 4xx\nAlias: Payload Too Large\n"
		"Alias: Request Entity Too Large\nRelated: 414 431\n"
		"Ko_Summary: s\nEn_Summary: s\n"
		"Ko_Detail: 첫 줄\n+ 이어지는 줄\n+\n+ 둘째 문단\n"
		"En_Detail: one\n+ two\n\n"
		"Code: 414\nPhrase: URI Too Long\nStatus: standard\nClass: 4xx\n"
		"Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n\n"
		"Code: 431\nPhrase: Request Header Fields Too Large\n"
		"Status: standard\nClass: 4xx\n"
		"Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n"), 0);
	c = hc_table_find(&t, 413);
	assert_non_null(c);
	assert_int_equal(c->n_alias, 2);
	assert_string_equal(c->alias[1], "Request Entity Too Large");
	assert_string_equal(c->detail[HC_KO], "첫 줄 이어지는 줄\n둘째 문단");
	assert_string_equal(c->detail[HC_EN], "one two");
	assert_int_equal(c->n_related, 2);
	assert_int_equal(c->related[1], 431);
	/* sorted by code, whatever the file order */
	assert_int_equal(t.codes[0].code, 413);
	assert_int_equal(t.codes[2].code, 431);
	hc_table_free(&t);
}

static void test_class_records(void **state)
{
	struct hc_table t;
	const struct hc_class *cl;

	(void)state;
	assert_int_equal(parse(&t,
		"%rec: Class\n\nClass: 4xx\nKo_Name: 클라이언트 오류\n"
		"En_Name: Client Error\nKo_Summary: a\nEn_Summary: b\n"
		"Ko_Detail: c\nEn_Detail: d\n\n" REC_HEAD MIN_404), 0);
	cl = hc_table_class(&t, 4);
	assert_non_null(cl);
	assert_string_equal(cl->name[HC_EN], "Client Error");
	assert_null(hc_table_class(&t, 5));
	assert_null(hc_table_class(&t, 9));
	hc_table_free(&t);
}

static void test_sanitised(void **state)
{
	struct hc_table t;
	const struct hc_code *c;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD
		"Code: 404\nPhrase: Not\033[31m Fo\033]0;x\007und\x01\n"
		"Status: standard\nClass: 4xx\nKo_Summary: a\xe2\x80\xae" "b\n"
		"En_Summary: \tx\x7f\nKo_Detail: d\nEn_Detail: d\n"), 0);
	c = hc_table_find(&t, 404);
	assert_string_equal(c->phrase, "Not Found");
	assert_string_equal(c->summary[HC_KO], "ab");
	assert_string_equal(c->summary[HC_EN], "x");
	hc_table_free(&t);
}

static void test_comments_crlf_and_unknown_types(void **state)
{
	struct hc_table t;

	(void)state;
	assert_int_equal(parse(&t, "# comment\r\n" REC_HEAD
		"Code: 404\r\nPhrase: Not Found\r\nStatus: standard\r\n"
		"Class: 4xx\r\nKo_Summary: a\r\nEn_Summary: b\r\n"
		"Ko_Detail: d\r\nEn_Detail: d\r\n\r\n"
		"%rec: Future\n\nId: later\nWhatever: x\n"), 0);
	assert_string_equal(hc_table_find(&t, 404)->phrase, "Not Found");
	assert_int_equal(t.n, 1);
	hc_table_free(&t);
}

static void test_err_duplicate(void **state)
{
	(void)state;
	expect_error(REC_HEAD MIN_404 "\n" MIN_404, 13, "duplicate code 404");
}

static void test_err_missing_field(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nPhrase: Not Found\nStatus: standard\n"
		     "Class: 4xx\nKo_Summary: a\nKo_Detail: d\nEn_Detail: d\n",
		     4, "missing mandatory field En_Summary");
	expect_error(REC_HEAD "Phrase: x\n", 4, "without a Code");
}

static void test_err_bad_status(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nPhrase: Not Found\nStatus: normal\n"
		     "Class: 4xx\nKo_Summary: a\nEn_Summary: b\n"
		     "Ko_Detail: d\nEn_Detail: d\n", 6, "bad Status 'normal'");
}

static void test_err_code_range(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 600\nPhrase: x\nStatus: standard\n"
		     "Class: 6xx\nKo_Summary: a\nEn_Summary: b\n"
		     "Ko_Detail: d\nEn_Detail: d\n", 4, "outside 100..599");
	expect_error(REC_HEAD "Code: 99\n", 4, "outside 100..599");
	expect_error(REC_HEAD "Code: 4O4\n", 4, "not a number");
	expect_error(REC_HEAD "Code: -404\n", 4, "not a number");
	/* strict: what strtol would take is not what a person means */
	expect_error(REC_HEAD "Code: 0404\n", 4, "Code '0404' has a leading zero");
	expect_error(REC_HEAD "Code: +404\n", 4, "not a number");
	expect_error(REC_HEAD "Code: 404x\n", 4, "not a number");
	expect_error(REC_HEAD "Code: 4 04\n", 4, "not a number");
	expect_error(REC_HEAD "Code: 99999999999999999999\n", 4, "not a number");
}

static void test_err_class_mismatch(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nPhrase: Not Found\nStatus: standard\n"
		     "Class: 5xx\nKo_Summary: a\nEn_Summary: b\n"
		     "Ko_Detail: d\nEn_Detail: d\n", 7, "should be 4xx");
}

static void test_err_invalid_utf8(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nPhrase: Not \xff Found\n", 5,
		     "invalid UTF-8");
	expect_error(REC_HEAD "Code: 404\nKo_Summary: \xed\x95\n", 5,
		     "invalid UTF-8");
}

static void test_err_syntax(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nno colon here\n", 5, "expected 'Field: value'");
	expect_error(REC_HEAD "Code: 404\nColour: red\n", 5, "unknown field 'Colour'");
	expect_error(REC_HEAD "Code: 404\nCode: 405\n", 5, "given twice");
	expect_error(REC_HEAD "+ dangling\n", 4, "continuation line outside");
	expect_error(REC_HEAD "Code: 404\nPhrase: a\n+ b\n", 6, "must be one line");
	expect_error(REC_HEAD "Code: 404\nKo_Detail: a\n+b\n", 6, "must start with '+ '");
	expect_error(REC_HEAD "Code: 404\nBad Name: x\n", 5, "bad field name");
}

static void test_err_related(void **state)
{
	(void)state;
	expect_error(REC_HEAD MIN_404 "Related: 410\n", 4,
		     "related code 410 is not in the table");
	expect_error(REC_HEAD MIN_404 "Related: 410 abc\n", 12,
		     "not a list of codes");
	expect_error(REC_HEAD MIN_404 "Related: +410\n", 12,
		     "Related: '+410' is not a list of codes ('+410' is not a "
		     "code from 100 to 599)");
	expect_error(REC_HEAD MIN_404 "Related: 410, 0410\n", 12,
		     "('0410' has a leading zero)");
	expect_error(REC_HEAD MIN_404 "Related: 410,-410\n", 12,
		     "not a list of codes");
	expect_error(REC_HEAD MIN_404 "Related: 410 411 410\n", 12,
		     "Related: 410 is listed twice");
}

static void test_err_empty(void **state)
{
	(void)state;
	expect_error("", 1, "no status codes");
	expect_error("# only a comment\n", 1, "no status codes");
}

static void test_err_class_record(void **state)
{
	(void)state;
	expect_error("%rec: Class\n\nClass: 7xx\n", 3, "bad class '7xx'");
	expect_error("%rec: Class\n\nClass: 4xx\nKo_Name: x\n", 3,
		     "missing mandatory field Ko_Summary");
}

static void test_err_too_many_aliases(void **state)
{
	(void)state;
	expect_error(REC_HEAD "Code: 404\nAlias: 1\nAlias: 2\nAlias: 3\n"
		     "Alias: 4\nAlias: 5\nAlias: 6\nAlias: 7\nAlias: 8\n"
		     "Alias: 9\n", 13, "more than 8 Alias");
}

/* Messages quote what was read: a long line or value is cut at a
 * character, at each byte offset of a Hangul syllable. */
static void test_error_cut_at_a_character(void **state)
{
	(void)state;
	for (int pre = 0; pre < 3; pre++) {
		char text[4096], *p;
		struct hc_table t;
		size_t n;

		/* a line without a colon: 40 bytes of it are quoted */
		p = text + sprintf(text, "%sCode: 404\n%.*s", REC_HEAD, pre, "ab");
		for (int i = 0; i < 30; i++)
			p += sprintf(p, "가");
		sprintf(p, "\n");
		assert_int_equal(parse(&t, text), -1);
		assert_true(text_utf8_valid(err, strlen(err), NULL));
		assert_non_null(strstr(err, "got '"));
		/* a bad class of 600 bytes: past the 512 of the buffer */
		p = text + sprintf(text, "%%rec: Class\n\nClass: %.*s", pre, "ab");
		for (int i = 0; i < 200; i++)
			p += sprintf(p, "가");
		sprintf(p, "\n");
		assert_int_equal(parse(&t, text), -1);
		n = strlen(err);
		assert_true(n < sizeof err);
		assert_true(text_utf8_valid(err, n, NULL));
		assert_string_equal(err + n - 3, "\xe2\x80\xa6");
	}
}

static void test_load_file_errors(void **state)
{
	struct hc_table t;

	(void)state;
	assert_int_equal(hc_table_load_file(&t, "/nonexistent/x.rec", err,
					    sizeof err), -1);
	assert_non_null(strstr(err, "/nonexistent/x.rec: No such file"));
	assert_int_equal(hc_table_load_file(&t, "/", err, sizeof err), -1);
	assert_non_null(strstr(err, "directory"));
	/* a device is refused, not read (/dev/zero would never end) */
	assert_int_equal(hc_table_load_file(&t, "/dev/null", err, sizeof err),
			 -1);
	assert_non_null(strstr(err, "/dev/null: not a regular file (a "
			       "character device)"));
}

#define TOPIC_HEAD "%rec: Topic\n%key: Id\n\n"
#define MIN_410 "Code: 410\nPhrase: Gone\nStatus: standard\nClass: 4xx\n" \
	"Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n"
#define TOPIC_404_410 "Id: 404-vs-410\nCodes: 404 410\nKo_Title: 404와 410\n" \
	"En_Title: 404 vs 410\nKo_Summary: 요약\nEn_Summary: sum\n" \
	"Ko_Detail: 설명\nEn_Detail: detail\n"

/* Equivalent: given on one code, read both ways. */
static void test_equivalent(void **state)
{
	struct hc_table t;
	const struct hc_code *a, *b;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD MIN_404 "Equivalent: 410\n\n"
			       MIN_410), 0);
	a = hc_table_find(&t, 404);
	b = hc_table_find(&t, 410);
	assert_int_equal(a->n_equivalent, 1);
	assert_int_equal(a->equivalent[0], 410);
	assert_int_equal(b->n_equivalent, 0);
	assert_true(hc_code_equivalent(a, b));
	assert_true(hc_code_equivalent(b, a));
	assert_false(hc_code_equivalent(a, a));
	hc_table_free(&t);
	expect_error(REC_HEAD MIN_404 "Equivalent: 410\n", 4,
		     "equivalent code 410 is not in the table");
	expect_error(REC_HEAD MIN_404 "Equivalent: 404\n", 12,
		     "Equivalent: 404 names itself");
	expect_error(REC_HEAD MIN_404 "Equivalent: 41x\n", 12,
		     "not a list of codes");
	expect_error(REC_HEAD MIN_404 "Equivalent: 410 411 412 413 414\n", 12,
		     "Equivalent: more than 4 codes");
}

static void test_topics(void **state)
{
	struct hc_table t;
	const struct hc_topic *tp, *out[4];

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD MIN_404 "\n" MIN_410 "\n"
		TOPIC_HEAD TOPIC_404_410
		"Ko_Table: 코드 | 영구\n+ 404 | 모름\n+ 410 | 예\n"
		"Situation: 410 | 영구 삭제 | deleted for good\n"
		"Situation: 404 | 오타 | a typo\n"
		"Situation: 410 | 다시 | again\n+ on two lines | 410은 영구 |"
		" 410 says for good\n"), 0);
	assert_int_equal(t.n_topics, 1);
	tp = &t.topics[0];
	assert_string_equal(tp->id, "404-vs-410");
	assert_int_equal(tp->n_codes, 2);
	assert_int_equal(tp->codes[1], 410);
	/* table rows keep their line breaks */
	assert_string_equal(tp->table[HC_KO], "코드 | 영구\n404 | 모름\n410 | 예");
	assert_null(tp->table[HC_EN]);
	assert_int_equal(tp->n_situations, 3);
	assert_int_equal(tp->situations[0].code, 410);
	assert_string_equal(tp->situations[0].text[HC_KO], "영구 삭제");
	assert_string_equal(tp->situations[1].text[HC_EN], "a typo");
	/* no reason given: none; the reasons after the texts, on a
	 * continuation line too */
	assert_null(tp->situations[1].why[HC_KO]);
	assert_null(tp->situations[1].why[HC_EN]);
	assert_string_equal(tp->situations[2].text[HC_EN], "again on two lines");
	assert_string_equal(tp->situations[2].why[HC_KO], "410은 영구");
	assert_string_equal(tp->situations[2].why[HC_EN], "410 says for good");
	assert_int_equal(hc_table_topics_for(&t, 410, out, 4), 1);
	assert_ptr_equal(out[0], tp);
	assert_int_equal(hc_table_topics_for(&t, 500, out, 4), 0);
	hc_table_free(&t);
}

static void test_err_topics(void **state)
{
	(void)state;
	/* line 25 is where the topic starts */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     "Id: x\nCodes: 404\n", 25, "topic: missing mandatory");
	expect_error(REC_HEAD MIN_404 "\n" TOPIC_HEAD TOPIC_404_410, 16,
		     "topic 404-vs-410: code 410 is not in the table");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation: 500 | a | b\n", 33,
		     "500 is not one of the topic's Codes");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation: 0404 | a | b\n", 33,
		     "Situation: '0404' is not a code");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation:  +404 | a | b\n", 33,
		     "Situation: '+404' is not a code");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     "Id: x\nCodes: 404 +410\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\n"
		     "En_Detail: d\n", 26, "Codes: '404 +410' is not a list");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation: 404 - a - b\n", 33,
		     "expected 'CODE | Korean | English'");
	/* three parts, or five: a reason in one language only is not */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation: 404 | a | b | c\n", 33,
		     "or 'CODE | Korean | English | Korean reason | English "
		     "reason'");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Situation: 404 | a | b |  | d\n", 33,
		     "Situation: an empty part");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "\n" TOPIC_404_410, 34,
		     "duplicate topic '404-vs-410'");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     TOPIC_404_410 "Phrase: x\n", 33, "unknown field 'Phrase'");
	/* an Id its progress keys cannot hold whole; 35 bytes can */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     "Id: a-topic-id-that-is-one-byte-too-long\nCodes: 404 410\n"
		     "Ko_Title: t\nEn_Title: t\nKo_Summary: s\nEn_Summary: s\n"
		     "Ko_Detail: d\nEn_Detail: d\n", 25,
		     "topic Id 'a-topic-id-that-is-one-byte-too-long' is longer "
		     "than 35 bytes");
	{
		struct hc_table t;

		assert_int_equal(parse(&t, REC_HEAD MIN_404 "\n" MIN_410 "\n"
			TOPIC_HEAD "Id: a-topic-id-that-is-just-long-enough\n"
			"Codes: 404 410\nKo_Title: t\nEn_Title: t\n"
			"Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\n"
			"En_Detail: d\n"), 0);
		hc_table_free(&t);
	}
}

/* ---- work: the parser is n log n in the number of topics -------------- */

static double cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A table of 404 and n topics with distinct Ids of a common prefix (the
 * Ids compare as long as they can), and one repeated Id at the end when
 * dup_of is not 0.  Freed by the caller. */
static char *many_topics(size_t n, size_t dup_of)
{
	static const char rec[] = "\nId: comparison-topic-%06zu\nCodes: 404\n"
		"Ko_Title: t\nEn_Title: t\nKo_Summary: s\nEn_Summary: s\n"
		"Ko_Detail: d\nEn_Detail: d\n";
	size_t cap = 256 + (n + 1) * sizeof rec + 16, k;
	char *s = malloc(cap);

	assert_non_null(s);
	k = (size_t)sprintf(s, "%s%s\n%%rec: Topic\n", REC_HEAD, MIN_404);
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(s + k, rec, i);
	if (dup_of)
		sprintf(s + k, rec, dup_of);
	return s;
}

/* The least CPU time of three parses: the least is the least disturbed
 * by whatever else the machine runs. */
static double parse_cost(const char *text)
{
	double best = 1e9;

	for (int r = 0; r < 3; r++) {
		struct hc_table t;
		double t0 = cpu_seconds(), dt;

		assert_int_equal(parse(&t, text), 0);
		dt = cpu_seconds() - t0;
		hc_table_free(&t);
		if (dt < best)
			best = dt;
	}
	return best;
}

/* Four times the topics costs about four times the work, not sixteen (a
 * ratio of CPU times, not a time limit: a slow or busy machine passes). */
static void test_many_topics_n_log_n(void **state)
{
	char *small = many_topics(5000, 0), *big = many_topics(20000, 0);
	double a = parse_cost(small), b = parse_cost(big);

	(void)state;
	if (b > 8 * a) {
		print_error("20000 topics cost %.4f s, 5000 cost %.4f s: "
			    "%.1f times\n", b, a, b / a);
		fail();
	}
	free(small);
	free(big);
}

/* Among many, a repeated Id is found, at the repetition. */
static void test_many_topics_duplicate(void **state)
{
	char *text = many_topics(20000, 17);
	char want[64];

	(void)state;
	/* 14 lines of codes and header, 9 a topic: the repetition, the
	 * 20001st topic, starts at line 15 + 20000 * 9 */
	snprintf(want, sizeof want, "duplicate topic 'comparison-topic-000017' "
		 "(first at line %d)", 15 + 17 * 9);
	expect_error(text, 15 + 20000 * 9, want);
	free(text);
}

/* Of several repetitions, the one the file reaches first. */
static void test_first_duplicate_reported(void **state)
{
	(void)state;
	/* 410 comes back (line 22) before 404 does (line 31) */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" MIN_410 "\n" MIN_404,
		     22, "duplicate code 410 (first at line 13)");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" TOPIC_HEAD
		     "Id: b\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n\n"
		     "Id: a\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n\n"
		     "Id: a\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n\n"
		     "Id: b\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Summary: s\nEn_Summary: s\nKo_Detail: d\nEn_Detail: d\n",
		     43, "duplicate topic 'a' (first at line 34)");
}

#define HEADER_HEAD "%rec: Header\n%key: Name\n\n"
#define HDR(name, dir, kind, codes) "Name: " name "\nDirection: " dir \
	"\nKind: " kind "\nCodes: " codes "\nSyntax: " name ": x\n" \
	"Example: " name ": 1\nKo_Summary: 요약\nEn_Summary: summary\n" \
	"Ko_Detail: 설명\nEn_Detail: detail\n"
/* 404 names two headers */
#define MIN_404_HDRS MIN_404 "Headers: Retry-After, ETag\n"

static void test_headers(void **state)
{
	struct hc_table t;
	const struct hc_header *h;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD MIN_404_HDRS "\n" MIN_410 "\n"
		HEADER_HEAD HDR("Retry-After", "response", "standard", "404 410")
		"Spec: RFC 9110 §10.2.3\n\n"
		HDR("ETag", "both", "draft", "404") "\n"
		HDR("X-Custom", "request", "convention", "410")
		"Successor: Forwarded (RFC 7239)\n"), 0);
	assert_int_equal(t.n_headers, 3);
	/* sorted by name, case aside */
	assert_string_equal(t.headers[0].name, "ETag");
	assert_string_equal(t.headers[1].name, "Retry-After");
	assert_string_equal(t.headers[2].name, "X-Custom");
	h = hc_table_header(&t, "retry-AFTER", 11);
	assert_ptr_equal(h, &t.headers[1]);
	assert_int_equal(h->direction, HC_DIR_RESPONSE);
	assert_int_equal(h->kind, HC_HK_STANDARD);
	assert_string_equal(h->spec, "RFC 9110 §10.2.3");
	assert_string_equal(h->syntax, "Retry-After: x");
	assert_string_equal(h->example, "Retry-After: 1");
	assert_null(h->successor);
	assert_int_equal(h->n_codes, 2);
	assert_int_equal(h->codes[1], 410);
	assert_string_equal(h->summary[HC_KO], "요약");
	assert_string_equal(h->detail[HC_EN], "detail");
	assert_int_equal(h->line, 26);
	h = hc_table_header(&t, "etag", 4);
	assert_non_null(h);
	assert_int_equal(h->direction, HC_DIR_BOTH);
	assert_int_equal(h->kind, HC_HK_DRAFT);
	assert_null(h->spec);
	h = hc_table_header(&t, "X-CUSTOM", 8);
	assert_int_equal(h->kind, HC_HK_CONVENTION);
	assert_string_equal(h->successor, "Forwarded (RFC 7239)");
	/* only the length given counts */
	assert_non_null(hc_table_header(&t, "ETag, Vary", 4));
	assert_null(hc_table_header(&t, "ETa", 3));
	assert_null(hc_table_header(&t, "ETags", 5));
	assert_null(hc_table_header(&t, "", 0));
	assert_string_equal(hc_direction_name(HC_DIR_BOTH), "both");
	assert_string_equal(hc_header_kind_name(HC_HK_EXPERIMENTAL),
			    "experimental");
	hc_table_free(&t);
	/* a table without Header records needs none for its Headers */
	assert_int_equal(parse(&t, REC_HEAD MIN_404_HDRS), 0);
	assert_int_equal(t.n_headers, 0);
	assert_null(hc_table_header(&t, "ETag", 4));
	hc_table_free(&t);
}

static void test_err_headers(void **state)
{
	(void)state;
	/* the header records start at line 25 */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("Retry-After", "sideways", "standard", "404"), 26,
		     "header Retry-After: bad Direction 'sideways' (expected "
		     "request, response or both)");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("Retry-After", "response", "rfc", "404"), 27,
		     "header Retry-After: bad Kind 'rfc'");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404") "\n"
		     HDR("etag", "response", "standard", "404"), 36,
		     "duplicate header 'etag' (first at line 25 as 'ETag')");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404 599"), 25,
		     "header ETag: code 599 is not in the table");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404 x"), 28,
		     "Codes: '404 x' is not a list of codes");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", ""), 28,
		     "header ETag: Codes names no code");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     "Name: ETag\nDirection: response\nKind: standard\n"
		     "Codes: 404\nExample: x\nKo_Summary: a\nEn_Summary: b\n"
		     "Ko_Detail: c\nEn_Detail: d\n", 25,
		     "header ETag: missing mandatory field Syntax");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     "Direction: response\n", 25,
		     "header record without a Name field");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("Retry After", "response", "standard", "404"), 25,
		     "header name 'Retry After' is not a field name");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404")
		     "Related: 410\n", 35, "unknown field 'Related'");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404")
		     "Syntax: again\n", 35, "field Syntax given twice");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" HEADER_HEAD
		     "Name: ETag\n+ more\n", 26, "field Name must be one line");
	/* once there are Header records, every header a code names has one */
	expect_error(REC_HEAD MIN_404_HDRS "\n" MIN_410 "\n" HEADER_HEAD
		     HDR("ETag", "response", "standard", "404"), 4,
		     "code 404: header 'Retry-After' has no Header record");
	expect_error(REC_HEAD MIN_404 "Headers: ETag,  Vary  \n\n" MIN_410
		     "\n" HEADER_HEAD HDR("etag", "response", "standard",
		     "404"), 4, "code 404: header 'Vary' has no Header record");
}

#define CONCEPT_HEAD "%rec: Concept\n%key: Id\n\n"
#define CONCEPT(id, codes) "Id: " id "\nCodes: " codes "\nKo_Title: 제목\n" \
	"En_Title: Title\nKo_Question: 질문\nEn_Question: Question\n" \
	"Ko_Answer: 답\nEn_Answer: Answer\n"

/* Two sources read as one table; errors name the source and its line. */
static int parse2(struct hc_table *t, const char *codes, const char *cards)
{
	const struct hc_source src[2] = {
		{ codes, strlen(codes), "codes.rec" },
		{ cards, strlen(cards), "cards.rec" },
	};

	return hc_table_parse_sources(t, src, 2, err, sizeof err);
}

static void expect_error2(const char *codes, const char *cards,
			  const char *where, const char *what)
{
	struct hc_table t;

	assert_int_equal(parse2(&t, codes, cards), -1);
	if (strncmp(err, where, strlen(where)) || !strstr(err, what)) {
		print_error("expected '%s...%s', got '%s'\n", where, what, err);
		fail();
	}
	assert_null(t.codes);
	assert_null(t.concepts);
}

static void test_concepts(void **state)
{
	struct hc_table t;
	const struct hc_concept *c;

	(void)state;
	/* in one file */
	assert_int_equal(parse(&t, REC_HEAD MIN_404 "\n" MIN_410 "\n"
		CONCEPT_HEAD CONCEPT("caching-errors", "404 410") "\n"
		"Id: second\nCodes: 410\nKo_Title: 둘\nEn_Title: Two\n"
		"Ko_Question: 질문\nEn_Question: A question\n+ over two lines?\n"
		"Ko_Answer: 첫 문단\n+\n+ 둘째 문단\nEn_Answer: One\n"), 0);
	assert_int_equal(t.n_concepts, 2);
	c = &t.concepts[0];
	assert_string_equal(c->id, "caching-errors");
	assert_int_equal(c->n_codes, 2);
	assert_int_equal(c->codes[1], 410);
	assert_string_equal(c->title[HC_KO], "제목");
	assert_string_equal(c->question[HC_EN], "Question");
	assert_string_equal(c->answer[HC_KO], "답");
	assert_int_equal(c->line, 25);
	c = hc_table_concept(&t, "second");
	assert_ptr_equal(c, &t.concepts[1]);
	assert_string_equal(c->question[HC_EN], "A question over two lines?");
	assert_string_equal(c->answer[HC_KO], "첫 문단\n둘째 문단");
	assert_null(hc_table_concept(&t, "third"));
	hc_table_free(&t);
	/* in a file of their own, after the codes: lines are the file's */
	assert_int_equal(parse2(&t, REC_HEAD MIN_404, "# cards\n\n"
		CONCEPT_HEAD CONCEPT("a", "404")), 0);
	assert_int_equal(t.n, 1);
	assert_int_equal(t.n_concepts, 1);
	assert_int_equal(t.concepts[0].line, 6);
	assert_int_equal(t.codes[0].line, 4);
	hc_table_free(&t);
	/* a table without concepts has none */
	assert_int_equal(parse(&t, REC_HEAD MIN_404), 0);
	assert_int_equal(t.n_concepts, 0);
	assert_null(hc_table_concept(&t, "a"));
	hc_table_free(&t);
}

static void test_err_concepts(void **state)
{
	(void)state;
	/* the concept records start at line 25 */
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("a", "404 418"), 25,
		     "concept a: code 418 is not in the table");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("a", "404") "\n" CONCEPT("b", "404") "\n"
		     CONCEPT("a", "410"), 43,
		     "duplicate concept 'a' (first at line 25)");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     "Id: a\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		     "Ko_Question: q\nEn_Question: q\nKo_Answer: a\n", 25,
		     "concept a: missing mandatory field En_Answer");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     "Codes: 404\n", 25, "concept record without an Id field");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("Safe Methods", "404"), 25,
		     "concept Id 'Safe Methods' is not lowercase letters");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("a-very-long-concept-id-that-is-far-too-long", "404"),
		     25, "(at most 39)");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("a", ""), 26, "concept a: Codes names no code");
	expect_error(REC_HEAD MIN_404 "\n" MIN_410 "\n" CONCEPT_HEAD
		     CONCEPT("a", "404") "Phrase: x\n", 33,
		     "unknown field 'Phrase'");
	/* across files: each error names the file and its own line */
	expect_error2(REC_HEAD MIN_404, CONCEPT_HEAD CONCEPT("a", "404 503"),
		      "cards.rec:4: ", "concept a: code 503 is not in the table");
	expect_error2(REC_HEAD MIN_404, CONCEPT_HEAD CONCEPT("a", "404") "\n"
		      CONCEPT("a", "404"), "cards.rec:13: ",
		      "duplicate concept 'a' (first at line 4)");
	expect_error2(REC_HEAD MIN_404 "Related: 410\n",
		      CONCEPT_HEAD CONCEPT("a", "404"), "codes.rec:4: ",
		      "code 404: related code 410 is not in the table");
	expect_error2(REC_HEAD MIN_404, CONCEPT_HEAD "Id: a\n+ b\n",
		      "cards.rec:5: ", "field Id must be one line");
	expect_error2(REC_HEAD MIN_404, "Code: 404\xff\n", "cards.rec:1: ",
		      "invalid UTF-8");
}

/* ---- the fields of each kind of record, from a list of this test's own:
 * what a record must have, what it may have, and how each value is read */

/* every field of the data file, with a value that any record it is
 * allowed in takes */
static const struct { const char *name, *value; } field_values[] = {
	{ "Code", "410" }, { "Phrase", "Gone" }, { "Status", "standard" },
	{ "Class", "4xx" }, { "Spec", "RFC 9110" }, { "Vendor", "v" },
	{ "Alias", "a" }, { "Headers", "ETag" }, { "Related", "404" },
	{ "Ko_Title", "t" }, { "Ko_Summary", "s" }, { "En_Summary", "s" },
	{ "Ko_Detail", "d" }, { "En_Detail", "d" },
	{ "Ko_Interview", "i" }, { "En_Interview", "i" },
	{ "Ko_Keywords", "k" }, { "En_Keywords", "k" },
	{ "Equivalent", "404" }, { "Ko_Name", "n" }, { "En_Name", "n" },
	{ "Id", "a" }, { "Codes", "404" }, { "En_Title", "t" },
	{ "Ko_Table", "a | b" }, { "En_Table", "a | b" },
	{ "Situation", "404 | a | b" }, { "Name", "ETag" },
	{ "Direction", "response" }, { "Kind", "standard" },
	{ "Syntax", "ETag: x" }, { "Example", "ETag: \"1\"" },
	{ "Successor", "s" }, { "Ko_Question", "q" }, { "En_Question", "q" },
	{ "Ko_Answer", "a" }, { "En_Answer", "a" },
};
#define N_FIELDS (sizeof field_values / sizeof *field_values)

/* the fields with no continuation lines; those given more than once */
static const char *const one_line[] = {
	"Code", "Phrase", "Status", "Class", "Spec", "Vendor", "Alias",
	"Related", "Ko_Title", "Ko_Summary", "En_Summary", "Ko_Name",
	"En_Name", "Id", "Codes", "En_Title", "Name", "Direction", "Kind",
	"Syntax", "Example", "Successor", NULL,
};
static const char *const repeated[] = { "Alias", "Situation", NULL };

struct kind_case {
	const char *head;    /* the records before and the descriptor */
	const char *subject; /* how its errors name the record */
	const char *key;     /* the field whose absence has its own error */
	const char *no_key;
	const char *must[12], *may[12];
};

static const struct kind_case kind_cases[] = {
	{ REC_HEAD MIN_404 "\n", "code 410", "Code",
	  "record without a Code field",
	  { "Code", "Phrase", "Status", "Class", "Ko_Summary", "En_Summary",
	    "Ko_Detail", "En_Detail" },
	  { "Spec", "Vendor", "Alias", "Headers", "Related", "Ko_Title",
	    "Ko_Interview", "En_Interview", "Ko_Keywords", "En_Keywords",
	    "Equivalent" } },
	{ REC_HEAD MIN_404 "\n%rec: Class\n\n", "class 4xx", "Class",
	  "class record without a Class field",
	  { "Class", "Ko_Name", "En_Name", "Ko_Summary", "En_Summary",
	    "Ko_Detail", "En_Detail" },
	  { NULL } },
	{ REC_HEAD MIN_404 "\n" TOPIC_HEAD, "topic", NULL, NULL,
	  { "Id", "Codes", "Ko_Title", "En_Title", "Ko_Summary",
	    "En_Summary", "Ko_Detail", "En_Detail" },
	  { "Ko_Table", "En_Table", "Situation" } },
	{ REC_HEAD MIN_404 "\n" HEADER_HEAD, "header ETag", "Name",
	  "header record without a Name field",
	  { "Name", "Direction", "Kind", "Codes", "Syntax", "Example",
	    "Ko_Summary", "En_Summary", "Ko_Detail", "En_Detail" },
	  { "Spec", "Successor" } },
	{ REC_HEAD MIN_404 "\n" CONCEPT_HEAD, "concept a", "Id",
	  "concept record without an Id field",
	  { "Id", "Codes", "Ko_Title", "En_Title", "Ko_Question",
	    "En_Question", "Ko_Answer", "En_Answer" },
	  { NULL } },
};

static int listed(const char *const *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n && list[i]; i++)
		if (!strcmp(list[i], name))
			return 1;
	return 0;
}

static const char *field_value(const char *name)
{
	for (size_t i = 0; i < N_FIELDS; i++)
		if (!strcmp(field_values[i].name, name))
			return field_values[i].value;
	fail_msg("no value for %s", name);
	return NULL;
}

static char record_buf[2048];

static void put_field(const char *name, const char *after)
{
	size_t n = strlen(record_buf);

	snprintf(record_buf + n, sizeof record_buf - n, "%s: %s\n%s", name,
		 field_value(name), after);
}

/* The kind's record: its mandatory fields, its optional ones if `all`,
 * but for `omit`; then `extra` (followed by `after`). */
static const char *record(const struct kind_case *k, int all,
			  const char *omit, const char *extra,
			  const char *after)
{
	snprintf(record_buf, sizeof record_buf, "%s", k->head);
	for (int i = 0; i < 12 && k->must[i]; i++)
		if (!omit || strcmp(k->must[i], omit))
			put_field(k->must[i], "");
	for (int i = 0; all && i < 12 && k->may[i]; i++)
		if (!omit || strcmp(k->may[i], omit))
			put_field(k->may[i], "");
	if (extra)
		put_field(extra, after);
	return record_buf;
}

/* The parse of text fails with the message what (after "t.rec:LINE: "),
 * or succeeds if what is NULL. */
static void expect(const char *text, const char *what)
{
	struct hc_table t;
	int r = parse(&t, text);
	const char *msg = strstr(err, ": ");

	if (!what && r == 0) {
		hc_table_free(&t);
		return;
	}
	if (!what || r == 0 || strncmp(err, "t.rec:", 6) || !msg ||
	    strcmp(msg + 2, what)) {
		print_error("expected %s%s, got %s\n%s\n",
			    what ? "error " : "success", what ? what : "",
			    r == 0 ? "success" : err, text);
		fail();
	}
}

static void test_fields_by_kind(void **state)
{
	char what[160];

	(void)state;
	for (size_t c = 0; c < sizeof kind_cases / sizeof *kind_cases; c++) {
		const struct kind_case *k = &kind_cases[c];

		/* all it may have, and no more than it must */
		expect(record(k, 1, NULL, NULL, ""), NULL);
		expect(record(k, 0, NULL, NULL, ""), NULL);
		/* each field it must have, left out */
		for (int i = 0; i < 12 && k->must[i]; i++) {
			if (k->key && !strcmp(k->must[i], k->key))
				snprintf(what, sizeof what, "%s", k->no_key);
			else
				snprintf(what, sizeof what, "%s: missing "
					 "mandatory field %s", k->subject,
					 k->must[i]);
			expect(record(k, 1, k->must[i], NULL, ""), what);
		}
		for (size_t f = 0; f < N_FIELDS; f++) {
			const char *name = field_values[f].name;

			/* a field it does not have: unknown */
			if (!listed(k->must, 12, name) &&
			    !listed(k->may, 12, name)) {
				snprintf(what, sizeof what,
					 "unknown field '%s'", name);
				expect(record(k, 1, NULL, name, ""), what);
				continue;
			}
			/* one it has, over two lines (the second blank,
			 * so that the value stays as it was) */
			snprintf(what, sizeof what, "field %s must be one "
				 "line", name);
			expect(record(k, 1, name, name, "+\n"),
			       listed(one_line, SIZE_MAX, name) ? what : NULL);
			/* given twice */
			snprintf(what, sizeof what, "field %s given twice",
				 name);
			expect(record(k, 1, NULL, name, ""),
			       listed(repeated, SIZE_MAX, name) ? NULL : what);
		}
	}
}

/* Continuation lines: a topic's tables keep them, other fields join them. */
static void test_fields_keep_lines(void **state)
{
	struct hc_table t;

	(void)state;
	assert_int_equal(parse(&t, REC_HEAD MIN_404 "\n" TOPIC_HEAD
		"Id: a\nCodes: 404\nKo_Title: t\nEn_Title: t\n"
		"Ko_Summary: s\nEn_Summary: s\nKo_Detail: a\n+ b\n"
		"En_Detail: a\n+ b\nKo_Table: a\n+ b\nEn_Table: a\n+ b\n"
		"Situation: 404 | a\n+ b | c\n"), 0);
	assert_string_equal(t.topics[0].table[HC_KO], "a\nb");
	assert_string_equal(t.topics[0].table[HC_EN], "a\nb");
	assert_string_equal(t.topics[0].detail[HC_KO], "a b");
	assert_string_equal(t.topics[0].detail[HC_EN], "a b");
	assert_string_equal(t.topics[0].situations[0].text[HC_KO], "a b");
	hc_table_free(&t);
}

static void test_builtin(void **state)
{
	struct hc_table t;

	(void)state;
	assert_int_equal(hc_table_load_builtin(&t, err, sizeof err), 0);
	assert_true(t.n >= 91);
	assert_string_equal(hc_table_find(&t, 404)->phrase, "Not Found");
	/* the concept cards are built in with the codes */
	assert_true(t.n_concepts >= 12);
	assert_non_null(hc_table_concept(&t, "conditional-requests"));
	hc_table_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_multiline_and_lists),
		cmocka_unit_test(test_class_records),
		cmocka_unit_test(test_sanitised),
		cmocka_unit_test(test_comments_crlf_and_unknown_types),
		cmocka_unit_test(test_err_duplicate),
		cmocka_unit_test(test_err_missing_field),
		cmocka_unit_test(test_err_bad_status),
		cmocka_unit_test(test_err_code_range),
		cmocka_unit_test(test_err_class_mismatch),
		cmocka_unit_test(test_err_invalid_utf8),
		cmocka_unit_test(test_err_syntax),
		cmocka_unit_test(test_err_related),
		cmocka_unit_test(test_equivalent),
		cmocka_unit_test(test_err_empty),
		cmocka_unit_test(test_err_class_record),
		cmocka_unit_test(test_err_too_many_aliases),
		cmocka_unit_test(test_error_cut_at_a_character),
		cmocka_unit_test(test_load_file_errors),
		cmocka_unit_test(test_topics),
		cmocka_unit_test(test_err_topics),
		cmocka_unit_test(test_many_topics_n_log_n),
		cmocka_unit_test(test_many_topics_duplicate),
		cmocka_unit_test(test_first_duplicate_reported),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_err_headers),
		cmocka_unit_test(test_concepts),
		cmocka_unit_test(test_err_concepts),
		cmocka_unit_test(test_fields_by_kind),
		cmocka_unit_test(test_fields_keep_lines),
		cmocka_unit_test(test_builtin),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
