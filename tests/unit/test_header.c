/* The header reference in the model: lists of names, the nearest names,
 * headers named in a search query. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/header.h"
#include "model/table.h"

static struct hc_table table;

static int setup(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096], err[512];

	(void)state;
	snprintf(path, sizeof path, "%s/tests/cli/data/headers.rec",
		 top ? top : ".");
	if (hc_table_load_file(&table, path, err, sizeof err) < 0) {
		fprintf(stderr, "# %s\n", err);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	hc_table_free(&table);
	return 0;
}

static void test_list_next(void **state)
{
	const char *s = "Retry-After,  ETag ,Vary", *name;
	size_t n;

	(void)state;
	name = hc_header_list_next(&s, &n);
	assert_non_null(name);
	assert_int_equal(n, 11);
	assert_memory_equal(name, "Retry-After", 11);
	name = hc_header_list_next(&s, &n);
	assert_int_equal(n, 4);
	assert_memory_equal(name, "ETag", 4);
	name = hc_header_list_next(&s, &n);
	assert_int_equal(n, 4);
	assert_memory_equal(name, "Vary", 4);
	assert_null(hc_header_list_next(&s, &n));
	s = NULL;
	assert_null(hc_header_list_next(&s, &n));
	s = " , ";
	assert_null(hc_header_list_next(&s, &n));
}

/* The names hc_header_nearest gives for q, joined by spaces. */
static const char *nearest(const char *q)
{
	static char buf[256];
	const struct hc_header *out[3];
	size_t k = hc_header_nearest(&table, q, strlen(q), out, 3);

	buf[0] = '\0';
	for (size_t i = 0; i < k; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, out[i]->name);
	}
	return buf;
}

static void test_nearest(void **state)
{
	(void)state;
	/* a letter off, in any case */
	assert_string_equal(nearest("retry-afterr"), "Retry-After");
	assert_string_equal(nearest("Retyr-After"), "Retry-After");
	assert_string_equal(nearest("etga"), "ETag");
	/* a prefix or a part */
	assert_string_equal(nearest("X-Rate"), "X-RateLimit-Limit");
	assert_string_equal(nearest("authenticate"), "WWW-Authenticate");
	/* the nearest first: a prefix before a part before typos */
	assert_string_equal(nearest("Last"), "Last-Modified");
	/* nothing near */
	assert_string_equal(nearest("zebra-crossing"), "");
	assert_string_equal(nearest(""), "");
	/* no more than asked */
	{
		const struct hc_header *out[1];

		assert_int_equal(hc_header_nearest(&table, "e", 1, out, 0), 0);
	}
}

/* The names hc_header_query finds in q, joined by spaces. */
static const char *in_query(const char *q)
{
	static char buf[256];
	const struct hc_header *out[4];
	size_t k = hc_header_query(&table, q, strlen(q), out, 4);

	buf[0] = '\0';
	for (size_t i = 0; i < k; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, out[i]->name);
	}
	return buf;
}

static void test_query(void **state)
{
	(void)state;
	/* the whole query, in any case and spelling */
	assert_string_equal(in_query("retry-after"), "Retry-After");
	assert_string_equal(in_query("  ETAG "), "ETag");
	assert_string_equal(in_query("Location"), "Location");
	assert_string_equal(in_query("retry after"), "Retry-After");
	assert_string_equal(in_query("retry_after"), "Retry-After");
	assert_string_equal(in_query("x ratelimit limit"), "X-RateLimit-Limit");
	assert_string_equal(in_query("\"Retry-After\""), "Retry-After");
	/* a word with a dash, or "Name:", inside a longer query */
	assert_string_equal(in_query("when to send www-authenticate with 401"),
			    "WWW-Authenticate");
	assert_string_equal(in_query("Retry-After: 120"), "Retry-After");
	assert_string_equal(in_query("ETag: \"x\" and Last-Modified"),
			    "ETag Last-Modified");
	assert_string_equal(in_query("cache control and last modified"),
			    "Cache-Control Last-Modified");
	/* next to the word header, or 헤더, also with a particle */
	assert_string_equal(in_query("location header"), "Location");
	assert_string_equal(in_query("etag 헤더"), "ETag");
	assert_string_equal(in_query("헤더 location"), "Location");
	assert_string_equal(in_query("ETag헤더가 뭐야"), "ETag");
	assert_string_equal(in_query("Retry-After는 언제"), "Retry-After");
	/* one plain word in a longer query is an English word */
	assert_string_equal(in_query("the new location of a page"), "");
	assert_string_equal(in_query("etag 304"), "");
	/* each once */
	assert_string_equal(in_query("etag: ETag:"), "ETag");
	/* nothing */
	assert_string_equal(in_query(""), "");
	assert_string_equal(in_query("retry"), "");
	assert_string_equal(in_query("헤더"), "");
	assert_string_equal(in_query("-"), "");
	assert_string_equal(in_query(":::: ---- ____"), "");
}

static void test_query_bounds(void **state)
{
	char *big = malloc(200001);
	const struct hc_header *out[2];
	struct hc_table empty = { 0 };

	(void)state;
	assert_non_null(big);
	/* one huge word, and a great many words */
	memset(big, 'a', 200000);
	big[200000] = '\0';
	assert_int_equal(hc_header_query(&table, big, 200000, out, 2), 0);
	for (size_t i = 0; i + 5 < 200000; i += 5)
		memcpy(big + i, "etag ", 5);
	assert_int_equal(hc_header_query(&table, big, 200000, out, 2), 0);
	memcpy(big, "ETag: ", 6);
	assert_int_equal(hc_header_query(&table, big, 200000, out, 2), 1);
	free(big);
	/* a table without headers */
	assert_int_equal(hc_header_query(&empty, "ETag", 4, out, 2), 0);
	assert_int_equal(hc_header_nearest(&empty, "ETag", 4, out, 2), 0);
	assert_int_equal(hc_header_query(&table, "ETag", 4, out, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_next),
		cmocka_unit_test(test_nearest),
		cmocka_unit_test(test_query),
		cmocka_unit_test(test_query_bounds),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
