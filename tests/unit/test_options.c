/* The command line apart from doing anything: options parsed, settings
 * and environment filling in, the options that do not go together. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "options.h"
#include "model/settings.h"
#include "model/table.h"

static char err[1024];
static char *argv_buf[64];
static char words_buf[4096];

/* opts_parse on "httpcodes" and copies of the given words (they stay
 * until the next call) */
static enum opts_status parse_list(struct args *a, const char *const *words)
{
	size_t used = 0;
	int argc = 0;

	for (const char *w = "httpcodes"; w && argc < 63; w = *words++) {
		size_t len = strlen(w) + 1;

		assert_true(used + len <= sizeof words_buf);
		argv_buf[argc++] = memcpy(words_buf + used, w, len);
		used += len;
	}
	argv_buf[argc] = NULL;
	err[0] = '\0';
	return opts_parse(a, argc, argv_buf, err, sizeof err);
}

#define PARSE(a, ...) parse_list(a, (const char *const[]){ __VA_ARGS__, NULL })

/* a terminal, UTF-8, English locale, no NO_COLOR */
static struct opts_env term_env(void)
{
	return (struct opts_env){ .utf8 = 1, .stdin_tty = 1, .stdout_tty = 1,
				  .columns = 80, .locale_lang = HC_EN };
}

static struct hc_config no_config(void)
{
	struct hc_config c;

	hc_config_init(&c);
	return c;
}

/* parsed (must parse) and resolved */
static void resolve_list(struct resolved *r, const struct hc_config *cfg,
			 const struct opts_env *e, const char *const *words)
{
	struct args a;

	assert_int_equal(parse_list(&a, words), OPTS_OK);
	opts_resolve(&a, cfg, e, r);
}

#define RESOLVE(r, cfg, e, ...) \
	resolve_list(r, cfg, e, (const char *const[]){ __VA_ARGS__, NULL })

/* parsed, then checked: the status; err says why */
static enum opts_status check_list(const struct opts_env *e,
				   const char *const *words)
{
	struct args a;

	assert_int_equal(parse_list(&a, words), OPTS_OK);
	return opts_check(&a, e, err, sizeof err);
}

#define CHECK(e, ...) check_list(e, (const char *const[]){ __VA_ARGS__, NULL })

/* a usage error, saying msg */
#define assert_usage(e, msg, ...) do { \
		assert_int_equal(CHECK(e, __VA_ARGS__), OPTS_USAGE); \
		assert_string_equal(err, msg); \
	} while (0)

static void test_color_words(void **state)
{
	struct args a;

	(void)state;
	assert_int_equal(PARSE(&a, "404"), OPTS_OK);
	assert_int_equal(a.color, WHEN_UNSET);
	assert_int_equal(PARSE(&a, "--color=auto"), OPTS_OK);
	assert_int_equal(a.color, WHEN_AUTO);
	assert_int_equal(PARSE(&a, "--color=always"), OPTS_OK);
	assert_int_equal(a.color, WHEN_ALWAYS);
	assert_int_equal(PARSE(&a, "--colour=never"), OPTS_OK);
	assert_int_equal(a.color, WHEN_NEVER);
	/* no value: always */
	assert_int_equal(PARSE(&a, "--color"), OPTS_OK);
	assert_int_equal(a.color, WHEN_ALWAYS);
	/* the last one counts */
	assert_int_equal(PARSE(&a, "--color=never", "--color"), OPTS_OK);
	assert_int_equal(a.color, WHEN_ALWAYS);
}

static void test_color_two_words(void **state)
{
	struct args a;

	(void)state;
	/* "--color never" as people type it: the word is the value */
	assert_int_equal(PARSE(&a, "--color", "never", "404"), OPTS_OK);
	assert_int_equal(a.color, WHEN_NEVER);
	assert_int_equal(a.argc, 1);
	assert_string_equal(a.argv[0], "404");
	assert_int_equal(PARSE(&a, "--color", "auto"), OPTS_OK);
	assert_int_equal(a.color, WHEN_AUTO);
	assert_int_equal(a.argc, 0);
	/* anything else after it is a code: always */
	assert_int_equal(PARSE(&a, "--color", "404"), OPTS_OK);
	assert_int_equal(a.color, WHEN_ALWAYS);
	assert_int_equal(a.argc, 1);
	assert_string_equal(a.argv[0], "404");
	/* the same for --hyperlink */
	assert_int_equal(PARSE(&a, "--hyperlink", "never", "413"), OPTS_OK);
	assert_int_equal(a.hyperlink, WHEN_NEVER);
	assert_int_equal(a.argc, 1);
}

static void test_color_bad(void **state)
{
	struct args a;

	(void)state;
	assert_int_equal(PARSE(&a, "--color=sometimes", "404"), OPTS_USAGE);
	assert_string_equal(err, "--color takes auto, always or never, not "
			    "'sometimes'");
	/* --hyperlink takes ls's other names, --color does not */
	assert_int_equal(PARSE(&a, "--color=yes"), OPTS_USAGE);
	assert_int_equal(PARSE(&a, "--hyperlink=yes"), OPTS_OK);
	assert_int_equal(a.hyperlink, WHEN_ALWAYS);
	assert_int_equal(PARSE(&a, "--hyperlink=tty"), OPTS_OK);
	assert_int_equal(a.hyperlink, WHEN_AUTO);
	assert_int_equal(PARSE(&a, "--hyperlink=none"), OPTS_OK);
	assert_int_equal(a.hyperlink, WHEN_NEVER);
	assert_int_equal(PARSE(&a, "--hyperlink=maybe"), OPTS_USAGE);
	assert_string_equal(err, "--hyperlink takes auto, always or never, "
			    "not 'maybe'");
}

static void test_parse_other(void **state)
{
	struct args a;

	(void)state;
	assert_int_equal(PARSE(&a, "--help"), OPTS_HELP);
	assert_int_equal(a.lang, -1);
	/* the help is in the language given before it */
	assert_int_equal(PARSE(&a, "--lang", "ko", "-h"), OPTS_HELP);
	assert_int_equal(a.lang, HC_KO);
	assert_int_equal(PARSE(&a, "-V"), OPTS_VERSION);
	assert_int_equal(PARSE(&a, "--lang=fr"), OPTS_USAGE);
	assert_string_equal(err, "unknown language 'fr' (use ko or en)");
	assert_int_equal(PARSE(&a, "--seed", " -1"), OPTS_USAGE);
	assert_int_equal(PARSE(&a, "--seed=42", "--quiz"), OPTS_OK);
	assert_true(a.seeded);
	assert_int_equal(a.seed, 42);
	assert_int_equal(PARSE(&a, "--bogus"), OPTS_USAGE);
	assert_string_equal(err, "unknown option '--bogus'");
	assert_int_equal(PARSE(&a, "--st"), OPTS_OK);
	assert_true(a.stats);
	assert_int_equal(PARSE(&a, "--s"), OPTS_USAGE);
	assert_string_equal(err, "option '--s' is ambiguous: --search, "
			    "--seed, --stats");
	assert_int_equal(PARSE(&a, "--lang"), OPTS_USAGE);
	assert_string_equal(err, "option '--lang' needs a value");
	/* --header=NAME: the first of the names */
	assert_int_equal(PARSE(&a, "--header=etag", "age"), OPTS_OK);
	assert_int_equal(a.mode, CLI_HEADER);
	assert_int_equal(a.argc, 2);
	assert_string_equal(a.argv[0], "etag");
	assert_string_equal(a.argv[1], "age");
}

static void test_no_color_only_auto(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 1);
	assert_int_equal(r.tui.color, 1);
	e.no_color = "1";
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.tui.color, 0);
	RESOLVE(&r, &cfg, &e, "--color=auto", "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.tui.color, 0);
	/* always is always */
	RESOLVE(&r, &cfg, &e, "--color=always", "404");
	assert_int_equal(r.cli.color, 1);
	assert_int_equal(r.tui.color, 1);
	/* set but empty: as if not set */
	e.no_color = "";
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 1);
	RESOLVE(&r, &cfg, &e, "--color=never", "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.tui.color, 0);
}

static void test_color_terminal(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	/* auto: the CLI colours a terminal only */
	e.stdout_tty = 0;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.cli.width, 0);
	RESOLVE(&r, &cfg, &e, "--color", "404");
	assert_int_equal(r.cli.color, 1);
	e.stdout_tty = 1;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.width, 80);
}

static void test_color_from_config(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	cfg.color = 2; /* never */
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.tui.color, 0);
	/* the command line wins */
	RESOLVE(&r, &cfg, &e, "--color=auto", "404");
	assert_int_equal(r.cli.color, 1);
	assert_int_equal(r.tui.color, 1);
	cfg.color = 1; /* always: also when piped */
	e.stdout_tty = 0;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 1);
	RESOLVE(&r, &cfg, &e, "--color", "never", "404");
	assert_int_equal(r.cli.color, 0);
	/* the mono theme is the browser's alone */
	cfg.theme = HC_THEME_MONO;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.color, 1);
	assert_int_equal(r.tui.color, 0);
}

static void test_json_no_color(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	RESOLVE(&r, &cfg, &e, "--json", "--color=always", "404");
	assert_int_equal(r.cli.color, 0);
	cfg.color = 1;
	RESOLVE(&r, &cfg, &e, "--json", "404");
	assert_int_equal(r.cli.color, 0);
	assert_int_equal(r.cli.json, 1);
}

static void test_lang(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.lang, HC_EN);
	e.locale_lang = HC_KO;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.lang, HC_KO);
	assert_int_equal(r.tui.lang, HC_KO);
	/* Korean from the locale needs UTF-8 */
	e.utf8 = 0;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.lang, HC_EN);
	/* asked for by name it does not */
	RESOLVE(&r, &cfg, &e, "--lang", "ko", "404");
	assert_int_equal(r.cli.lang, HC_KO);
	e = term_env();
	cfg.lang = HC_KO;
	RESOLVE(&r, &cfg, &e, "404");
	assert_int_equal(r.cli.lang, HC_KO);
	assert_int_equal(r.tui.lang, HC_KO);
	/* the command line wins over the settings */
	RESOLVE(&r, &cfg, &e, "--lang=en", "404");
	assert_int_equal(r.cli.lang, HC_EN);
	assert_int_equal(r.tui.lang, HC_EN);
}

static void test_hyperlink_unofficial(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	RESOLVE(&r, &cfg, &e, "413");
	assert_int_equal(r.cli.hyperlink, 1);
	assert_int_equal(r.cli.hide_unofficial, 0);
	cfg.hyperlink = 2;
	cfg.unofficial = 0;
	RESOLVE(&r, &cfg, &e, "413");
	assert_int_equal(r.cli.hyperlink, 0);
	assert_int_equal(r.cli.hide_unofficial, 1);
	assert_int_equal(r.tui.hide_unofficial, 1);
	e.stdout_tty = 0;
	RESOLVE(&r, &cfg, &e, "--hyperlink", "413");
	assert_int_equal(r.cli.hyperlink, 1);
	RESOLVE(&r, &cfg, &e, "--hyperlink=auto", "413");
	assert_int_equal(r.cli.hyperlink, 0);
}

static void test_browse_or_list(void **state)
{
	struct hc_config cfg = no_config();
	struct opts_env e = term_env();
	struct resolved r;

	(void)state;
	RESOLVE(&r, &cfg, &e, "--color=never");
	assert_true(r.browse);
	assert_int_equal(r.cli.mode, CLI_LIST);
	RESOLVE(&r, &cfg, &e, "--json");
	assert_false(r.browse);
	assert_int_equal(r.cli.mode, CLI_LIST);
	RESOLVE(&r, &cfg, &e, "404");
	assert_false(r.browse);
	assert_int_equal(r.cli.mode, CLI_LOOKUP);
	e.stdin_tty = 0;
	RESOLVE(&r, &cfg, &e, "--color=never");
	assert_false(r.browse);
	RESOLVE(&r, &cfg, &e, "--interview", "4xx", "cors");
	assert_int_equal(r.tui.interview, 1);
	assert_int_equal(r.tui.n_interview_args, 2);
	assert_string_equal(r.tui.interview_args[1], "cors");
}

static void test_stats_alone(void **state)
{
	struct opts_env e = term_env();

	(void)state;
	assert_int_equal(CHECK(&e, "--stats"), OPTS_OK);
	assert_int_equal(CHECK(&e, "--stats", "--json"), OPTS_OK);
	assert_usage(&e, "--stats takes no other arguments", "--stats", "404");
	assert_usage(&e, "--stats takes no other arguments", "--stats", "-l");
	assert_usage(&e, "--stats takes no other arguments", "--stats", "-H");
}

static void test_quiz_alone(void **state)
{
	struct opts_env e = term_env();

	(void)state;
	assert_int_equal(CHECK(&e, "--quiz", "--seed=3"), OPTS_OK);
	assert_usage(&e, "--quiz takes no other arguments", "--quiz", "--json");
	assert_usage(&e, "--quiz takes no other arguments", "--quiz", "404");
	assert_usage(&e, "--quiz takes no other arguments", "--quiz",
		     "--stats");
	assert_usage(&e, "--quiz takes no other arguments", "--interview",
		     "--quiz");
	/* not a usage error: said without the hint */
	e.stdin_tty = 0;
	assert_int_equal(CHECK(&e, "--quiz"), OPTS_FAIL);
	assert_string_equal(err, "--quiz needs a terminal; 'httpcodes --stats' "
			    "shows study progress without one");
	e = term_env();
	e.stdout_tty = 0;
	assert_int_equal(CHECK(&e, "--quiz"), OPTS_FAIL);
}

static void test_export_alone(void **state)
{
	struct opts_env e = term_env();
	const char *alone = "--export anki takes no other arguments (but "
			    "--lang)";

	(void)state;
	assert_int_equal(CHECK(&e, "--export", "anki", "--lang", "ko"), OPTS_OK);
	assert_usage(&e, "--export takes anki, not 'csv'", "--export", "csv");
	assert_usage(&e, alone, "--export", "anki", "404");
	assert_usage(&e, alone, "--export", "anki", "--json");
	assert_usage(&e, alone, "--export", "anki", "--interview");
	assert_usage(&e, alone, "--export", "anki", "-b");
	assert_usage(&e, alone, "--export", "anki", "-s", "x");
	/* the format first */
	assert_usage(&e, "--export takes anki, not 'csv'", "--export", "csv",
		     "404");
}

static void test_interview_args(void **state)
{
	struct opts_env e = term_env();
	const char *only = "--interview takes only classes, topics or concept "
			   "cards";

	(void)state;
	assert_int_equal(CHECK(&e, "--interview", "4xx"), OPTS_OK);
	assert_usage(&e, only, "--interview", "--json");
	assert_usage(&e, only, "--interview", "-l");
	assert_usage(&e, only, "--interview", "-b");
	assert_usage(&e, "--stats takes no other arguments", "--interview",
		     "--stats", "-s");
}

static void test_search_words(void **state)
{
	struct opts_env e = term_env();

	(void)state;
	assert_int_equal(CHECK(&e, "-s", " ", "timeout"), OPTS_OK);
	assert_usage(&e, "--search needs words to look for", "-s");
	assert_usage(&e, "--search needs words to look for, not only spaces",
		     "-s", "  ");
	/* spaces of other scripts, and what shows as nothing */
	assert_usage(&e, "--search needs words to look for, not only spaces",
		     "--search", "\xe3\x80\x80", "\t", "\xe2\x80\x8b");
}

static void test_one_dash(void **state)
{
	struct opts_env e = term_env();

	(void)state;
	assert_int_equal(CHECK(&e, "-", "404"), OPTS_OK);
	assert_usage(&e, "'-' (standard input) can be given only once", "-",
		     "404", "-");
	/* a search for "-" is no input */
	assert_int_equal(CHECK(&e, "-s", "-", "-"), OPTS_OK);
}

static void test_list_alone(void **state)
{
	struct opts_env e = term_env();

	(void)state;
	assert_int_equal(CHECK(&e, "-l", "--json"), OPTS_OK);
	assert_usage(&e, "--list takes no arguments, got '404'", "-l", "404",
		     "500");
	assert_int_equal(CHECK(&e, "--list-headers"), OPTS_OK);
	assert_int_equal(CHECK(&e, "-H", "etag"), OPTS_OK);
	assert_usage(&e, "--list-headers takes no arguments, got 'etag'",
		     "--list-headers", "etag");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_color_words),
		cmocka_unit_test(test_color_two_words),
		cmocka_unit_test(test_color_bad),
		cmocka_unit_test(test_parse_other),
		cmocka_unit_test(test_no_color_only_auto),
		cmocka_unit_test(test_color_terminal),
		cmocka_unit_test(test_color_from_config),
		cmocka_unit_test(test_json_no_color),
		cmocka_unit_test(test_lang),
		cmocka_unit_test(test_hyperlink_unofficial),
		cmocka_unit_test(test_browse_or_list),
		cmocka_unit_test(test_stats_alone),
		cmocka_unit_test(test_quiz_alone),
		cmocka_unit_test(test_export_alone),
		cmocka_unit_test(test_interview_args),
		cmocka_unit_test(test_search_words),
		cmocka_unit_test(test_one_dash),
		cmocka_unit_test(test_list_alone),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
