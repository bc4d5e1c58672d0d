/* tools/gentable writes a table with headers as C data that is exactly
 * what the parser reads: linked here in place of the built-in table, it
 * is compared with tests/cli/data/headers.rec parsed at run time. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/search.h"
#include "model/table.h"

static void same_str(const char *what, const char *a, const char *b)
{
	if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)))
		fail_msg("%s differs: '%s' and '%s'", what, a ? a : "(null)",
			 b ? b : "(null)");
}

static void test_generated_equals_file(void **state)
{
	struct hc_table f, g;
	const char *top = getenv("top_srcdir");
	char path[4096], err[512];

	(void)state;
	snprintf(path, sizeof path, "%s/tests/cli/data/headers.rec",
		 top ? top : ".");
	if (hc_table_load_file(&f, path, err, sizeof err) < 0)
		fail_msg("%s", err);
	assert_int_equal(hc_table_load_builtin(&g, err, sizeof err), 0);
	assert_int_equal(g.n, f.n);
	assert_true(f.n_headers >= 5);
	assert_int_equal(g.n_headers, f.n_headers);
	for (size_t i = 0; i < f.n; i++)
		same_str("a code's headers", f.codes[i].headers,
			 g.codes[i].headers);
	for (size_t i = 0; i < f.n_headers; i++) {
		const struct hc_header *a = &f.headers[i], *b = &g.headers[i];

		same_str("name", a->name, b->name);
		assert_int_equal(a->direction, b->direction);
		assert_int_equal(a->kind, b->kind);
		assert_int_equal(a->line, b->line);
		same_str("spec", a->spec, b->spec);
		same_str("syntax", a->syntax, b->syntax);
		same_str("example", a->example, b->example);
		same_str("successor", a->successor, b->successor);
		assert_int_equal(a->n_codes, b->n_codes);
		assert_memory_equal(a->codes, b->codes,
				    sizeof a->codes[0] * (size_t)a->n_codes);
		for (int L = 0; L < HC_LANG_N; L++) {
			same_str("summary", a->summary[L], b->summary[L]);
			same_str("detail", a->detail[L], b->detail[L]);
		}
		/* the generated table is sorted as the lookup needs */
		assert_ptr_equal(hc_table_header(&g, a->name, strlen(a->name)),
				 b);
	}
	hc_table_free(&g);
	hc_table_free(&f);
}

/* The index made at build time answers as one made now. */
static void test_generated_index(void **state)
{
	struct hc_table g;
	struct hc_search *s;
	const struct hc_match *m;
	char err[256];

	(void)state;
	assert_int_equal(hc_table_load_builtin(&g, err, sizeof err), 0);
	s = hc_search_new(&g);
	assert_non_null(s);
	assert_true(hc_search_run(s, "retry-after", 11, &m) >= 2);
	assert_true(m[0].code->code == 429 || m[0].code->code == 503);
	hc_search_free(s);
	hc_table_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_equals_file),
		cmocka_unit_test(test_generated_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
