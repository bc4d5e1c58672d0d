/* Study progress: Leitner scheduling, the file format, atomic saves. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "model/progress.h"

static char dir[256];
static char path[300];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/hc-progress-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/state/httpcodes/progress", dir);
	return 0;
}

static int teardown(void **state)
{
	char cmd[400];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *p, const char *text)
{
	FILE *f = fopen(p, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int count_aside(void)
{
	char d[300];
	DIR *dp;
	struct dirent *e;
	int n = 0;

	snprintf(d, sizeof d, "%s/state/httpcodes", dir);
	dp = opendir(d);
	if (!dp)
		return 0;
	while ((e = readdir(dp)))
		n += strstr(e->d_name, "progress.corrupt-") != NULL;
	closedir(dp);
	return n;
}

static void test_leitner(void **state)
{
	struct progress p;
	struct progress_item *it;

	(void)state;
	progress_init(&p);
	p.session = 1;
	it = progress_item(&p, "404/phrase");
	assert_non_null(it);
	assert_int_equal(it->box, 1);
	assert_true(progress_due(it, 1)); /* never asked */
	progress_answer(&p, it, 1);
	assert_int_equal(it->box, 2);
	assert_false(progress_due(it, 1));
	assert_true(progress_due(it, 3)); /* box 2: every 2 sessions */
	progress_answer(&p, it, 1);
	progress_answer(&p, it, 1);
	progress_answer(&p, it, 1);
	progress_answer(&p, it, 1);
	assert_int_equal(it->box, PROGRESS_BOXES); /* and no further */
	assert_false(progress_due(it, 1 + 15));
	assert_true(progress_due(it, 1 + 16));
	progress_answer(&p, it, 0); /* a miss: back to the first box */
	assert_int_equal(it->box, 1);
	assert_int_equal(it->right, 5);
	assert_int_equal(it->wrong, 1);
	assert_true(progress_due(it, 2));
	assert_null(progress_item(&p, "has space"));
	assert_null(progress_item(&p, ""));
	progress_free(&p);
}

static void test_round_trip(void **state)
{
	struct progress p, q;
	char *text, *again;
	int future;

	(void)state;
	progress_init(&p);
	p.session = 7;
	progress_answer(&p, progress_item(&p, "500/desc"), 1);
	progress_answer(&p, progress_item(&p, "401-vs-403#1/situation"), 0);
	progress_item(&p, "100/type");
	text = progress_format(&p);
	assert_non_null(text);
	assert_int_equal(progress_parse(&q, text, strlen(text), &future), 0);
	assert_int_equal(q.session, 7);
	assert_int_equal(q.n, 3);
	assert_int_equal(progress_find(&q, "500/desc")->box, 2);
	assert_int_equal(progress_find(&q, "500/desc")->last, 7);
	assert_int_equal(progress_find(&q, "401-vs-403#1/situation")->wrong, 1);
	again = progress_format(&q);
	assert_string_equal(text, again);
	free(text);
	free(again);
	progress_free(&p);
	progress_free(&q);
}

static void test_parse_rejects(void **state)
{
	static const char *const bad[] = {
		"",
		"garbage\n",
		"httpcodes-progress 1", /* cut short: no final newline */
		"httpcodes-progress 1\nsession 3\n404/phrase 9 1 1 1\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 4 1 1\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 1 1\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 1 1 x\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 1 1 -1\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 1 1 1\n404/phrase 2 1 1 1\n",
		"httpcodes-progress 1\nsession\n",
		"httpcodes-progress 1\nsession 3\n404/ph\0rase 2 1 1 1\n",
		"httpcodes-progress 0\n",
		/* found by fuzz_progress: a second session line lowering the
		 * session below an item's */
		"httpcodes-progress 1\nsession 3\n4e 4 1 1 0\nsession 0\n",
		"httpcodes-progress 1\nsession 3\nsession 4\n",
	};
	struct progress p;
	int future;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		size_t n = strlen(bad[i]);

		if (i == 10)
			n += 14; /* past the NUL */
		if (progress_parse(&p, bad[i], n, &future) == 0)
			fail_msg("accepted bad file %zu", i);
		assert_false(future);
	}
	assert_int_equal(progress_parse(&p, "httpcodes-progress 2\n", 21,
					&future), -1);
	assert_true(future);
	/* comments and blank lines are fine */
	assert_int_equal(progress_parse(&p, "httpcodes-progress 1\n# x\n\n", 26,
					&future), 0);
	progress_free(&p);
}

static void test_save_load(void **state)
{
	struct progress p, q;
	char msg[512];

	(void)state;
	assert_int_equal(progress_load(&p, path, msg, sizeof msg), PROGRESS_OK);
	assert_int_equal(p.n, 0); /* no file yet */
	p.session = 1;
	progress_answer(&p, progress_item(&p, "418/class"), 1);
	assert_int_equal(progress_save(&p, path, msg, sizeof msg), 0);
	assert_int_equal(progress_load(&q, path, msg, sizeof msg), PROGRESS_OK);
	assert_int_equal(progress_find(&q, "418/class")->box, 2);
	progress_free(&p);
	progress_free(&q);
}

static void test_concurrent_merge(void **state)
{
	struct progress a, b, c;
	char msg[512];

	(void)state;
	/* two copies loaded the same file, each answers its own item */
	progress_load(&a, path, msg, sizeof msg);
	progress_load(&b, path, msg, sizeof msg);
	progress_answer(&a, progress_item(&a, "200/phrase"), 1);
	progress_answer(&b, progress_item(&b, "500/phrase"), 0);
	assert_int_equal(progress_save(&a, path, msg, sizeof msg), 0);
	assert_int_equal(progress_save(&b, path, msg, sizeof msg), 0);
	progress_load(&c, path, msg, sizeof msg);
	assert_non_null(progress_find(&c, "200/phrase"));
	assert_non_null(progress_find(&c, "500/phrase"));
	assert_non_null(progress_find(&c, "418/class"));
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

static void test_corrupt_moved_aside(void **state)
{
	struct progress p;
	char msg[512];
	int before = count_aside();

	(void)state;
	write_file(path, "httpcodes-progress 1\nsession 2\n404/phrase oops\n");
	assert_int_equal(progress_load(&p, path, msg, sizeof msg),
			 PROGRESS_CORRUPT);
	assert_non_null(strstr(msg, "damaged"));
	assert_non_null(strstr(msg, "progress.corrupt-"));
	assert_int_equal(p.n, 0);
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(count_aside(), before + 1);
	sleep(1); /* the next one gets its own name */
	write_file(path, "httpcodes-progress 99\n");
	assert_int_equal(progress_load(&p, path, msg, sizeof msg),
			 PROGRESS_FUTURE);
	assert_non_null(strstr(msg, "newer"));
	assert_int_equal(count_aside(), before + 2);
	progress_free(&p);
}

static void test_unwritable(void **state)
{
	struct progress p;
	char msg[512];

	(void)state;
	progress_init(&p);
	progress_answer(&p, progress_item(&p, "200/phrase"), 1);
	assert_int_equal(progress_save(&p, "/proc/nope/httpcodes/progress",
				       msg, sizeof msg), -1);
	assert_non_null(strstr(msg, "cannot save"));
	progress_free(&p);
	assert_int_equal(progress_load(&p, "/proc/nope/progress", msg,
				       sizeof msg), PROGRESS_OK);
	progress_free(&p);
}

static void test_default_path(void **state)
{
	char *p;

	(void)state;
	setenv("XDG_STATE_HOME", "/x/state", 1);
	p = progress_default_path();
	assert_string_equal(p, "/x/state/httpcodes/progress");
	free(p);
	setenv("XDG_STATE_HOME", "relative", 1); /* ignored, as XDG says */
	setenv("HOME", "/home/u", 1);
	p = progress_default_path();
	assert_string_equal(p, "/home/u/.local/state/httpcodes/progress");
	free(p);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	assert_null(progress_default_path());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leitner),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_save_load),
		cmocka_unit_test(test_concurrent_merge),
		cmocka_unit_test(test_corrupt_moved_aside),
		cmocka_unit_test(test_unwritable),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
