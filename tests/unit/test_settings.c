/* The configuration file: values, bad lines reported with their number,
 * the rest still applied. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/settings.h"
#include "model/table.h"

static char warnings[1024];

static void warn(void *ctx, unsigned line, const char *msg)
{
	size_t n = strlen(warnings);

	(void)ctx;
	snprintf(warnings + n, sizeof warnings - n, "%u: %s\n", line, msg);
}

static int parse(struct hc_config *c, const char *text)
{
	warnings[0] = '\0';
	hc_config_init(c);
	return hc_config_parse(c, text, strlen(text), warn, NULL);
}

static void test_values(void **state)
{
	struct hc_config c;

	(void)state;
	assert_int_equal(parse(&c, "# my settings\n\nlang = ko\n  color=never  \n"
			       "unofficial = hide\ntheme = mono\n"), 0);
	assert_int_equal(c.lang, HC_KO);
	assert_int_equal(c.color, 2);
	assert_int_equal(c.unofficial, 0);
	assert_int_equal(c.theme, HC_THEME_MONO);
	assert_string_equal(warnings, "");
	assert_int_equal(parse(&c, "Language = English\ncolour = ALWAYS\n"
			       "unofficial = yes\r\n"), 0);
	assert_int_equal(c.lang, HC_EN);
	assert_int_equal(c.color, 1);
	assert_int_equal(c.unofficial, 1);
	assert_int_equal(c.theme, -1); /* unset */
}

static void test_bad_lines_skipped(void **state)
{
	struct hc_config c;

	(void)state;
	assert_int_equal(parse(&c, "lang = ko\nfrobnicate = 1\ncolor = purple\n"
			       "just words\ntheme = mono\n"), 3);
	assert_int_equal(c.lang, HC_KO);
	assert_int_equal(c.color, -1);
	assert_int_equal(c.theme, HC_THEME_MONO);
	assert_non_null(strstr(warnings, "2: unknown setting 'frobnicate'"));
	assert_non_null(strstr(warnings, "3: bad value 'purple' for color"));
	assert_non_null(strstr(warnings, "4: expected 'key = value'"));
}

static void test_odd_input(void **state)
{
	struct hc_config c;
	char big[2000];

	(void)state;
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(parse(&c, big), 1);
	assert_non_null(strstr(warnings, "1: line too long"));
	assert_int_equal(parse(&c, ""), 0);
	assert_int_equal(parse(&c, "lang = ko"), 0); /* no final newline */
	assert_int_equal(c.lang, HC_KO);
	warnings[0] = '\0';
	hc_config_init(&c);
	assert_int_equal(hc_config_parse(&c, "a\0b = c\nlang = en\n", 18, warn,
					 NULL), 1);
	assert_int_equal(c.lang, HC_EN);
}

/* hyperlink: when the CLI makes the Spec line a link, as --hyperlink */
static void test_hyperlink(void **state)
{
	struct hc_config c;

	(void)state;
	assert_int_equal(parse(&c, "lang = ko\n"), 0);
	assert_int_equal(c.hyperlink, -1); /* unset */
	assert_int_equal(parse(&c, "hyperlink = never\n"), 0);
	assert_int_equal(c.hyperlink, 2);
	assert_int_equal(parse(&c, "Hyperlink=ALWAYS\n"), 0);
	assert_int_equal(c.hyperlink, 1);
	assert_int_equal(parse(&c, "hyperlink = auto\n"), 0);
	assert_int_equal(c.hyperlink, 0);
	assert_int_equal(parse(&c, "hyperlink = sometimes\nhyperlink\n"), 2);
	assert_int_equal(c.hyperlink, -1);
	assert_non_null(strstr(warnings, "1: bad value 'sometimes' for hyperlink"));
}

static void test_default_path(void **state)
{
	char *p;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/cfg", 1);
	p = hc_config_default_path();
	assert_string_equal(p, "/cfg/httpcodes/config");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", "/home/u", 1);
	p = hc_config_default_path();
	assert_string_equal(p, "/home/u/.config/httpcodes/config");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_bad_lines_skipped),
		cmocka_unit_test(test_odd_input),
		cmocka_unit_test(test_hyperlink),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
