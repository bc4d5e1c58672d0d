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
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "model/settings.h"
#include "model/table.h"

static char warnings[1024];

/* The notes as English lines "N: what", as the tests read them. */
static int parse_len(struct hc_config *c, const char *text, size_t len)
{
	struct hc_config_notes w;
	char line[600];
	int bad;

	memset(&w, 0, sizeof w);
	w.file_what = -1;
	w.path = strdup("F");
	warnings[0] = '\0';
	hc_config_init(c);
	bad = hc_config_parse(c, text, len, &w);
	for (unsigned i = 0; hc_config_note_text(&w, i, HC_EN, line,
						 sizeof line); i++) {
		size_t n = strlen(warnings);

		/* "F:3: what (line ignored)" -> "3: what" */
		snprintf(warnings + n, sizeof warnings - n, "%s\n",
			 !strncmp(line, "F:", 2) ? line + 2 : line);
	}
	hc_config_notes_free(&w);
	return bad;
}

static int parse(struct hc_config *c, const char *text)
{
	return parse_len(c, text, strlen(text));
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
	assert_int_equal(parse_len(&c, "a\0b = c\nlang = en\n", 18), 1);
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

/* What editors write: a BOM, CRLF, bare CR (old Macs), no last newline. */
static void test_line_ends(void **state)
{
	struct hc_config c;

	(void)state;
	assert_int_equal(parse(&c, "\xef\xbb\xbflang = ko\r\ncolor = never\r\n"), 0);
	assert_int_equal(c.lang, HC_KO);
	assert_int_equal(c.color, 2);
	assert_int_equal(parse(&c, "\xef\xbb\xbf# mine\rlang = ko\rtheme = mono"), 0);
	assert_int_equal(c.lang, HC_KO);
	assert_int_equal(c.theme, HC_THEME_MONO);
	assert_int_equal(parse(&c, "lang = en\r\rfrob = 1\r\n"), 1);
	assert_non_null(strstr(warnings, "3: unknown setting 'frob'"));
}

/* Twenty bad lines: five said, the rest counted in one line. */
static void test_warnings_capped(void **state)
{
	struct hc_config c;
	char text[400] = "";

	(void)state;
	for (int i = 0; i < 20; i++)
		strcat(text, "bogus\n");
	assert_int_equal(parse(&c, text), 20);
	assert_non_null(strstr(warnings, "5: expected"));
	assert_null(strstr(warnings, "6: expected"));
	assert_non_null(strstr(warnings, "15 more bad lines (ignored)"));
}

/* A FIFO where the file should be is refused unread: no hang. */
static void test_fifo(void **state)
{
	char dir[] = "/tmp/hc-settings-XXXXXX", p[128], line[600];
	struct hc_config_notes w;
	struct hc_config c;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(p, sizeof p, "%s/httpcodes", dir);
	mkdir(p, 0700);
	snprintf(p, sizeof p, "%s/httpcodes/config", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	setenv("XDG_CONFIG_HOME", dir, 1);
	hc_config_load(&c, &w);
	assert_int_equal(c.lang, -1);
	assert_int_equal(hc_config_note_text(&w, 0, HC_EN, line, sizeof line), 1);
	assert_non_null(strstr(line, "not a regular file (a FIFO), ignored"));
	assert_int_equal(hc_config_note_text(&w, 1, HC_EN, line, sizeof line), 0);
	hc_config_notes_free(&w);
	unlink(p);
	snprintf(p, sizeof p, "%s/httpcodes", dir);
	rmdir(p);
	rmdir(dir);
	unsetenv("XDG_CONFIG_HOME");
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
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_warnings_capped),
		cmocka_unit_test(test_fifo),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
