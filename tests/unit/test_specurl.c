/* Spec addresses: one rule for each form a Spec field takes, every Spec of
 * the built-in table linked, and nothing unsafe ever written. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/specurl.h"
#include "model/table.h"

static const char *url(const char *spec)
{
	static char buf[HC_SPEC_URL_MAX];
	size_t n = hc_spec_url(spec, buf, sizeof buf);

	assert_int_equal(n, strlen(buf));
	return buf;
}

static void test_forms(void **state)
{
	(void)state;
	assert_string_equal(url("RFC 9110 §15.5.5"),
			    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
	assert_string_equal(url("RFC 6585 §4"),
			    "https://www.rfc-editor.org/rfc/rfc6585#section-4");
	assert_string_equal(url("RFC 3229 §10.4.1"),
			    "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1");
	assert_string_equal(url("RFC 8297"),
			    "https://www.rfc-editor.org/rfc/rfc8297");
	assert_string_equal(url("RFC 9110 §A.2"),
			    "https://www.rfc-editor.org/rfc/rfc9110#appendix-A.2");
	assert_string_equal(url("RFC 9110 §B"),
			    "https://www.rfc-editor.org/rfc/rfc9110#appendix-B");
	/* spacing as people write it */
	assert_string_equal(url("RFC9110 § 15.5.5"),
			    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
	assert_string_equal(url("draft-ietf-httpbis-resumable-upload"),
			    "https://datatracker.ietf.org/doc/"
			    "draft-ietf-httpbis-resumable-upload/");
	assert_string_equal(url("draft-ietf-httpbis-resumable-upload-05"),
			    "https://datatracker.ietf.org/doc/"
			    "draft-ietf-httpbis-resumable-upload-05/");
}

/* What is not one of the forms has no address, rather than a guess. */
static void test_none(void **state)
{
	static const char *const none[] = {
		"", "RFC", "RFC ", "RFC x", "RFC 0110 §1", "RFC 1234567",
		"RFC 9110 §", "RFC 9110 §15.", "RFC 9110 §15..5",
		"RFC 9110 §.5", "RFC 9110 15.5", "RFC 9110 §15.5 (old)",
		"RFC 9110 §AB", "RFC 9110 §a.1", "RFC 9110 §15.a",
		"RFC 9110 §15.5.5\x1b]8;;x\a", "RFC 9110 §15\"", "rfc 9110",
		"draft-", "draft-Foo", "draft-ietf-x-", "draft-a b",
		"draft-a\x1b[2J", "draft-a/../b", "ISO 8601", "Cloudflare docs",
		"https://example.com/", "IETF draft",
	};
	char buf[HC_SPEC_URL_MAX];

	(void)state;
	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		if (hc_spec_url(none[i], buf, sizeof buf) || buf[0])
			fail_msg("'%s' got an address: %s", none[i], buf);
	assert_int_equal(hc_spec_url(NULL, buf, sizeof buf), 0);
	assert_string_equal(buf, "");
}

/* An address that does not fit is none, never a cut one. */
static void test_room(void **state)
{
	char small[20], spec[300], buf[HC_SPEC_URL_MAX];

	(void)state;
	assert_int_equal(hc_spec_url("RFC 9110 §15.5.5", small, sizeof small), 0);
	assert_string_equal(small, "");
	assert_int_equal(hc_spec_url("RFC 9110", small, 0), 0);
	snprintf(spec, sizeof spec, "RFC 9110 §1");
	for (size_t k = strlen(spec); k + 2 < sizeof spec; k += 2)
		memcpy(spec + k, ".1", 3);
	assert_int_equal(hc_spec_url(spec, buf, sizeof buf), 0);
	memset(spec, 'a', sizeof spec - 1);
	memcpy(spec, "draft-", 6);
	spec[sizeof spec - 1] = '\0';
	assert_int_equal(hc_spec_url(spec, buf, sizeof buf), 0);
}

/* Every Spec of the built-in table has an address of its own form: each
 * distinct value is checked, so a new form in the data fails here until
 * the rule knows it. */
static void test_every_spec(void **state)
{
	struct hc_table t;
	char err[256], buf[HC_SPEC_URL_MAX], want[HC_SPEC_URL_MAX];
	int with = 0;

	(void)state;
	assert_int_equal(hc_table_load_builtin(&t, err, sizeof err), 0);
	for (size_t i = 0; i < t.n; i++) {
		const char *s = t.codes[i].spec;
		unsigned rfc;
		int used = 0;
		char sec[64] = "";

		if (!s)
			continue;
		with++;
		if (!hc_spec_url(s, buf, sizeof buf))
			fail_msg("%d: Spec '%s' has no address", t.codes[i].code, s);
		if (!strncmp(s, "draft-", 6)) {
			snprintf(want, sizeof want,
				 "https://datatracker.ietf.org/doc/%s/", s);
		} else if (sscanf(s, "RFC %u %n", &rfc, &used) == 1 && !s[used]) {
			snprintf(want, sizeof want,
				 "https://www.rfc-editor.org/rfc/rfc%u", rfc);
		} else if (sscanf(s, "RFC %u \xc2\xa7%63s", &rfc, sec) == 2) {
			snprintf(want, sizeof want,
				 "https://www.rfc-editor.org/rfc/rfc%u#section-%s",
				 rfc, sec);
		} else {
			fail_msg("%d: Spec '%s' is of a form this test does not "
				 "know", t.codes[i].code, s);
		}
		assert_string_equal(buf, want);
	}
	assert_true(with > 60);
	hc_table_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_none),
		cmocka_unit_test(test_room),
		cmocka_unit_test(test_every_spec),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
