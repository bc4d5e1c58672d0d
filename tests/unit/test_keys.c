/* The key table: no key is bound twice in one key map (a second row for
 * it would never be reached), every row that is shown says what it does
 * in both languages, and each map finds its own rows. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/i18n.h"
#include "tui/keys.h"

static const char *const map_names[] = {
	"tree", "detail", "box", "help", "quiz", "view", "interview",
};
#define N_MAPS (sizeof map_names / sizeof *map_names)

static void test_no_key_twice(void **state)
{
	size_t n = keys_count(), bad = 0;

	(void)state;
	for (size_t m = 0; m < N_MAPS; m++)
		for (size_t i = 0; i < n; i++) {
			const struct key_binding *a = keys_get(i);

			if (!(a->mode & 1u << m))
				continue;
			for (size_t j = i + 1; j < n; j++) {
				const struct key_binding *b = keys_get(j);

				if (!(b->mode & 1u << m))
					continue;
				for (size_t x = 0; x < 5 && a->keys[x]; x++)
					for (size_t y = 0; y < 5 && b->keys[y]; y++)
						if (a->keys[x] == b->keys[y]) {
							fprintf(stderr, "key %#x bound twice "
								"in the %s map (rows %zu "
								"and %zu)\n",
								(unsigned)a->keys[x],
								map_names[m], i, j);
							bad++;
						}
			}
		}
	assert_int_equal(bad, 0);
}

/* Each row's keys give its action in each map it is in (none is
 * shadowed by an earlier row). */
static void test_rows_reached(void **state)
{
	size_t n = keys_count();

	(void)state;
	for (size_t i = 0; i < n; i++) {
		const struct key_binding *b = keys_get(i);

		for (size_t m = 0; m < N_MAPS; m++) {
			if (!(b->mode & 1u << m))
				continue;
			for (size_t x = 0; x < 5 && b->keys[x]; x++) {
				int k = b->keys[x];

				if (k & KEYS_CAP(0) && !(k & KEYS_FN(0)))
					continue; /* found at run time */
				if (k & KEYS_FN(0))
					assert_int_equal(keys_action(m, 1,
						(wint_t)(k & ~KEYS_FN(0))), b->act);
				else
					assert_int_equal(keys_action(m, 0,
						(wint_t)k), b->act);
			}
		}
	}
}

static void test_help_in_both_languages(void **state)
{
	size_t n = keys_count();

	(void)state;
	for (size_t i = 0; i < n; i++) {
		const struct key_binding *b = keys_get(i);

		assert_non_null(hc_msg(HC_KO, b->help));
		assert_non_null(hc_msg(HC_EN, b->help));
		assert_true(hc_msg(HC_KO, b->help)[0] != '\0');
		assert_true(hc_msg(HC_EN, b->help)[0] != '\0');
		if (!b->hidden) {
			assert_true(b->label[0] != '\0');
			assert_true(b->ascii[0] != '\0');
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_key_twice),
		cmocka_unit_test(test_rows_reached),
		cmocka_unit_test(test_help_in_both_languages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
