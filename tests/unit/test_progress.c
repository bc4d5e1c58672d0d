/* Study progress: FSRS scheduling, the file format (version 2, and
 * version 1 migrated), atomic saves. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <time.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <math.h>

#include "model/progress.h"

/* cmocka compares floats only as float: this keeps double precision */
static void near(double a, double b, double eps, int line)
{
	if (!(fabs(a - b) <= eps))
		fail_msg("line %d: %.9f is not %.9f", line, a, b);
}
#define assert_near(a, b, eps) near((a), (b), (eps), __LINE__)

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

static const char *say(const struct progress_note *n)
{
	static char buf[2048];

	progress_note_text(n, HC_EN, 1, buf, sizeof buf);
	return buf;
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

#define T0 1767225600LL /* 2026-01-01T00:00:00Z */
#define DAY 86400LL

/* The schedule is FSRS's (the numbers are py-fsrs's, as in test_fsrs.c);
 * the levels are the old boxes' (stability of 2^(b-1) days). */
static void test_schedule(void **state)
{
	struct progress p;
	struct progress_item *it;

	(void)state;
	progress_init(&p);
	p.session = 1;
	it = progress_item(&p, "404/phrase");
	assert_non_null(it);
	assert_int_equal(it->box, 1);
	assert_true(progress_due(it, T0)); /* never asked: new */
	assert_false(progress_overdue(it, T0));
	progress_review(&p, it, PG_GOOD, T0);
	assert_near(it->fs.stability, 2.3065, 1e-9);
	assert_int_equal(it->fs.last, T0);
	assert_int_equal(it->fs.due, T0 + 2 * DAY);
	assert_int_equal(it->box, 2);
	assert_false(progress_due(it, T0 + 2 * DAY - 1));
	assert_true(progress_due(it, T0 + 2 * DAY));
	assert_true(progress_overdue(it, T0 + 2 * DAY));
	progress_review(&p, it, PG_GOOD, T0 + 2 * DAY);  /* S 10.96 */
	assert_int_equal(it->box, 4);
	progress_review(&p, it, PG_GOOD, T0 + 13 * DAY); /* S 46.3 */
	assert_int_equal(it->box, PROGRESS_BOXES); /* and no further */
	assert_int_equal(it->fs.due, 1772323200);
	progress_review(&p, it, PG_AGAIN, it->fs.due); /* forgotten */
	assert_true(it->fs.stability < 10);
	assert_true(it->fs.difficulty > 5);
	assert_int_equal(it->right, 3);
	assert_int_equal(it->wrong, 1);
	/* Hard and Easy are right answers too */
	progress_review(&p, it, PG_HARD, it->fs.due);
	progress_review(&p, it, PG_EASY, it->fs.due);
	assert_int_equal(it->right, 5);
	assert_int_equal(it->wrong, 1);
	assert_null(progress_item(&p, "has space"));
	assert_null(progress_item(&p, ""));
	/* the quiz's plain answers: Good or Again, now */
	it = progress_item(&p, "500/desc");
	progress_answer(&p, it, 1);
	assert_near(it->fs.stability, 2.3065, 1e-9);
	assert_true(it->fs.last >= T0);
	progress_answer(&p, it, 0);
	assert_int_equal(it->wrong, 1);
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
	progress_review(&p, progress_item(&p, "500/desc"), PG_GOOD, T0);
	progress_review(&p, progress_item(&p, "500/desc"), PG_GOOD, T0 + 2 * DAY);
	progress_review(&p, progress_item(&p, "401-vs-403#1/situation"),
			PG_AGAIN, T0);
	progress_item(&p, "100/type");
	text = progress_format(&p);
	assert_non_null(text);
	assert_int_equal(progress_parse(&q, text, strlen(text), &future), 0);
	assert_int_equal(q.session, 7);
	assert_int_equal(q.n, 3);
	assert_non_null(strstr(text, "httpcodes-progress 2\nsession 7\n"));
	/* six decimals, a point whatever the locale */
	assert_non_null(strstr(text, "500/desc 2 0 10.964332 2.111214 "
				     "1767398400 1768348800\n"));
	assert_non_null(strstr(text, "100/type 0 0 0.000000 0.000000 0 0\n"));
	assert_int_equal(progress_find(&q, "500/desc")->box, 4);
	assert_near(progress_find(&q, "500/desc")->fs.stability,
			   10.964332, 1e-6);
	assert_int_equal(progress_find(&q, "500/desc")->fs.due, 1768348800);
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
		"httpcodes-progress 1\nsession 3\n404/type 4 1 1 0\nsession 0\n",
		"httpcodes-progress 1\nsession 3\nsession 4\n",
		/* version 2: seven words, decimals with a point, due after
		 * the last review, difficulty 1..10, no half schedule */
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 5 10 1\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 5\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2,3 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 10 5\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 11 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 0.5 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 0 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2. 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 .3 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.1234567 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 1e3 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 inf 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 -5 10\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 5 "
		"99999999999999\n",
		"httpcodes-progress 2\nsession 3\n404/phrase 1 0 2.3 2.1 5 10\n"
		"404/phrase 1 0 2.3 2.1 5 10\n",
		"httpcodes-progress 2\nsession 3\n404/frob 1 0 2.3 2.1 5 10\n",
		/* a version 1 line in a version 2 file, and the other way */
		"httpcodes-progress 2\nsession 3\n404/phrase 2 1 1 0\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 1 0 2.3 2.1 5 10\n",
	};
	struct progress p;
	int future;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		size_t n = strlen(bad[i]);

		if (i == 9)
			n += 14; /* past the NUL */
		if (progress_parse(&p, bad[i], n, &future) == 0)
			fail_msg("accepted bad file %zu", i);
		assert_false(future);
	}
	assert_int_equal(progress_parse(&p, "httpcodes-progress 3\n", 21,
					&future), -1);
	assert_true(future);
	{
		static const char v2[] = "httpcodes-progress 2\nsession 3\n"
					 "404/phrase 1 0 2.3 2.1 5 10\n";

		assert_int_equal(progress_parse(&p, v2, strlen(v2), &future),
				 0);
	}
	assert_near(p.items[0].fs.stability, 2.3, 1e-12);
	assert_near(p.items[0].fs.difficulty, 2.1, 1e-12);
	progress_free(&p);
	/* comments and blank lines are fine */
	assert_int_equal(progress_parse(&p, "httpcodes-progress 1\n# x\n\n", 26,
					&future), 0);
	progress_free(&p);
}

static void test_save_load(void **state)
{
	struct progress p, q;
	struct progress_note msg;

	(void)state;
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	assert_int_equal(p.n, 0); /* no file yet */
	p.session = 1;
	progress_answer(&p, progress_item(&p, "418/class"), 1);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_int_equal(progress_load(&q, path, &msg), PROGRESS_OK);
	assert_int_equal(progress_find(&q, "418/class")->box, 2);
	assert_near(progress_find(&q, "418/class")->fs.stability,
			   2.3065, 1e-6);
	progress_free(&p);
	progress_free(&q);
}

static void test_concurrent_merge(void **state)
{
	struct progress a, b, c;
	struct progress_note msg;

	(void)state;
	/* two copies loaded the same file, each answers its own item */
	progress_load(&a, path, &msg);
	progress_load(&b, path, &msg);
	progress_answer(&a, progress_item(&a, "200/phrase"), 1);
	progress_answer(&b, progress_item(&b, "500/phrase"), 0);
	assert_int_equal(progress_save(&a, path, &msg), 0);
	assert_int_equal(progress_save(&b, path, &msg), 0);
	progress_load(&c, path, &msg);
	assert_non_null(progress_find(&c, "200/phrase"));
	assert_non_null(progress_find(&c, "500/phrase"));
	assert_non_null(progress_find(&c, "418/class"));
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

static void test_unwritable(void **state)
{
	struct progress p;
	struct progress_note msg;

	(void)state;
	progress_init(&p);
	progress_answer(&p, progress_item(&p, "200/phrase"), 1);
	assert_int_equal(progress_save(&p, "/proc/nope/httpcodes/progress",
				       &msg), -1);
	assert_non_null(strstr(say(&msg), "cannot save"));
	progress_free(&p);
	assert_int_equal(progress_load(&p, "/proc/nope/progress", &msg), PROGRESS_OK);
	progress_free(&p);
}

/* ---- the format, read as meant ------------------------------------------ */

static void test_parse_forms(void **state)
{
	static const char *const ok[] = {
		"httpcodes-progress 1\r\nsession 3\r\n404/phrase 2 1 1 0\r\n",
		"\xef\xbb\xbfhttpcodes-progress 1\nsession 3\n404/phrase 2 1 1 0\n",
		"httpcodes-progress 1\nsession 3\n404/phrase 2 1 1 0",
		"httpcodes-progress 1\nsession\t3\n  404/phrase 2\t1 1 0  \n\n",
	};
	char *longc = malloc(20000);
	struct progress p;
	int future;

	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		if (progress_parse(&p, ok[i], strlen(ok[i]), &future) < 0)
			fail_msg("refused good file %zu", i);
		assert_int_equal(p.session, 3);
		assert_int_equal(p.n, 1);
		assert_int_equal(progress_find(&p, "404/phrase")->right, 1);
		progress_free(&p);
	}
	/* a comment of any length */
	assert_non_null(longc);
	if (!longc)
		return;
	strcpy(longc, "httpcodes-progress 1\n# ");
	memset(longc + 23, 'x', 15000);
	strcpy(longc + 23 + 15000, "\nsession 1\n");
	assert_int_equal(progress_parse(&p, longc, strlen(longc), &future), 0);
	assert_int_equal(p.session, 1);
	progress_free(&p);
	free(longc);
}

/* Keys no question can have are damage, like any other bad line. */
static void test_parse_keys(void **state)
{
	static const char *const bad[] = {
		"099/phrase", "600/phrase", "4040/phrase", "40/phrase",
		"404/frob", "404/situation", "404", "/phrase", "4e4/phrase",
		"x#8/situation", "#1/situation", "x#/situation", "x#12/situation",
		/* a topic Id longer than HC_TOPIC_ID_MAX (35) */
		"abcdefghijklmnopqrstuvwxyz0123456789#1/situation",
		"x#1/phrase",
	};
	static const char *const good[] = {
		"100/phrase", "599/class", "404/desc", "201/type",
		"401-vs-403#0/situation", "a#b#7/situation",
		"abcdefghijklmnopqrstuvwx#1/situation",
		"abcdefghijklmnopqrstuvwxyz012345678#1/situation",
	};
	char text[256];
	struct progress p;
	unsigned long line;
	int future;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		snprintf(text, sizeof text, "httpcodes-progress 1\nsession 1\n"
			 "%s 1 1 1 0\n", bad[i]);
		/* (a line that starts with '#' is a comment) */
		if (bad[i][0] != '#' &&
		    progress_parse_line(&p, text, strlen(text), &future,
					&line) == 0)
			fail_msg("accepted key %s", bad[i]);
		assert_true(bad[i][0] == '#' || line == 3);
		progress_init(&p);
		assert_null(progress_item(&p, bad[i]));
	}
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		snprintf(text, sizeof text, "httpcodes-progress 1\nsession 1\n"
			 "%s 1 1 1 0\n", good[i]);
		if (progress_parse(&p, text, strlen(text), &future) < 0)
			fail_msg("refused key %s", good[i]);
		progress_free(&p);
	}
}

/* The mock interview's items: a code's interview note, a concept card;
 * they are kept and read back like the quiz's. */
static void test_interview_keys(void **state)
{
	static const char *const bad[] = {
		"099/interview", "600/interview", "4040/interview",
		"40/interview", "404/interviews", "/concept", "Caching/concept",
		"has space/concept", "a_b/concept", "a#1/concept",
		"0123456789012345678901234567890123456789/concept",
		"404/concept/x", "404/Interview",
	};
	static const char *const good[] = {
		"100/interview", "599/interview", "404/concept",
		"caching-errors/concept", "1xx-in-practice/concept",
		"012345678901234567890123456789012345678/concept",
	};
	struct progress p, q;
	char *text;
	int future;

	(void)state;
	progress_init(&p);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (progress_item(&p, bad[i]))
			fail_msg("accepted key %s", bad[i]);
	assert_int_equal(p.n, 0);
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		struct progress_item *it = progress_item(&p, good[i]);

		if (!it)
			fail_msg("refused key %s", good[i]);
		progress_review(&p, it, i % 2 ? PG_AGAIN : PG_GOOD, 1000);
	}
	text = progress_format(&p);
	assert_non_null(text);
	progress_init(&q);
	assert_int_equal(progress_parse(&q, text, strlen(text), &future), 0);
	assert_int_equal(q.n, sizeof good / sizeof *good);
	assert_int_equal(progress_find(&q, "caching-errors/concept")->wrong, 1);
	assert_int_equal(progress_find(&q, "404/concept")->right, 1);
	assert_int_equal(progress_find(&q, "599/interview")->wrong, 1);
	free(text);
	progress_free(&q);
	progress_free(&p);
}

/* CPU time of parsing text, the least of three runs. */
static double parse_cost(const char *text, size_t n, size_t *items)
{
	double best = 1e9;

	for (int r = 0; r < 3; r++) {
		struct progress p;
		int future;
		clock_t t0 = clock();

		assert_int_equal(progress_parse(&p, text, n, &future), 0);
		if ((double)(clock() - t0) < best)
			best = (double)(clock() - t0);
		*items = p.n;
		progress_free(&p);
	}
	return best;
}

static char *many_items(size_t n, int reverse)
{
	char *s = malloc(64 + n * 48);
	size_t k;

	assert_non_null(s);
	k = (size_t)sprintf(s, "httpcodes-progress 1\nsession 9\n");
	for (size_t i = 0; i < n; i++)
		k += (size_t)sprintf(s + k, "t%07zu#1/situation 2 3 1 0\n",
				     reverse ? n - i : i + 1);
	return s;
}

/* Lines in reverse order cost what lines in order cost (each used to be
 * a sorted insert: 200,000 lines took 53 s).  A ratio of the same
 * machine's times, not a wall-clock limit. */
static void test_parse_n_log_n(void **state)
{
	const size_t n = 40000;
	char *fwd = many_items(n, 0), *rev = many_items(n, 1);
	size_t a, b;
	double tf = parse_cost(fwd, strlen(fwd), &a);
	double tr = parse_cost(rev, strlen(rev), &b);

	(void)state;
	assert_int_equal(a, n);
	assert_int_equal(b, n);
	print_message("# %zu items: in order %.0f, reversed %.0f clock ticks\n",
		      n, tf, tr);
	/* quadratic: reversed was over 100 times slower at this size */
	assert_true(tr <= 3 * tf + CLOCKS_PER_SEC / 50);
	free(fwd);
	free(rev);
}

static void test_counters_saturate(void **state)
{
	struct progress p;
	struct progress_item *it;

	(void)state;
	progress_init(&p);
	it = progress_item(&p, "404/phrase");
	it->right = UINT_MAX;
	progress_answer(&p, it, 1);
	assert_int_equal(it->right, UINT_MAX);
	progress_free(&p);
}

/* ---- files: nothing is written that should not be ------------------------ */

static const char *file_in(const char *name)
{
	static char buf[8][400];
	static int k;

	k = (k + 1) % 8;
	snprintf(buf[k], sizeof buf[k], "%s/state/httpcodes/%s", dir, name);
	return buf[k];
}

static void make_state_dir(void)
{
	char d[300];

	snprintf(d, sizeof d, "%s/state", dir);
	mkdir(d, 0700);
	snprintf(d, sizeof d, "%s/state/httpcodes", dir);
	mkdir(d, 0700);
}

static void clear_state_dir(void)
{
	char cmd[400];

	snprintf(cmd, sizeof cmd, "rm -rf '%s/state'", dir);
	assert_int_equal(system(cmd), 0);
	make_state_dir();
}

/* The names in the state directory, sorted, one a line. */
static const char *listing(void)
{
	static char buf[4096];
	char cmd[400];
	FILE *f;
	size_t n;

	snprintf(cmd, sizeof cmd, "ls -A '%s/state/httpcodes' 2>/dev/null",
		 dir);
	f = popen(cmd, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	pclose(f);
	return buf;
}

static char *slurp(const char *p)
{
	static char buf[65536];
	FILE *f = fopen(p, "r");
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* A version 1 file (Leitner boxes) is read as version 2 and written so by
 * the next save; counts and sessions stay, boxes become stabilities. */
static void test_migrate_v1(void **state)
{
	static const char v1[] =
		"httpcodes-progress 1\n"
		"session 10\n"
		"404/phrase 3 9 5 2\n"   /* box 3, asked a session ago */
		"500/desc 1 4 0 3\n"     /* box 1, six sessions ago: due */
		"200/type 5 10 12 0\n"   /* box 5, this session */
		"301/class 1 0 0 0\n";   /* never answered */
	struct progress p, q;
	struct progress_note msg;
	const struct progress_item *it;
	long long before = (long long)time(NULL), after;
	const char *text;

	(void)state;
	clear_state_dir();
	write_file(path, v1);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	after = (long long)time(NULL);
	assert_int_equal(msg.why, PW_NONE);
	assert_int_equal(p.session, 10);
	assert_int_equal(p.n, 4);
	it = progress_find(&p, "404/phrase");
	assert_int_equal(it->right, 5);
	assert_int_equal(it->wrong, 2);
	assert_int_equal(it->box, 3);     /* mastery as before */
	assert_near(it->fs.stability, 4, 1e-12);
	/* between D0(Good) 2.118 and D0(Again) 6.413 by the misses: 2/7 */
	assert_near(it->fs.difficulty,
			   2.118104 + (6.4133 - 2.118104) * 2 / 7, 1e-5);
	assert_true(it->fs.last >= before - DAY && it->fs.last <= after - DAY);
	assert_int_equal(it->fs.due, it->fs.last + 4 * DAY); /* in 3 days */
	assert_false(progress_overdue(it, after));
	it = progress_find(&p, "500/desc");
	assert_int_equal(it->box, 1);
	assert_true(progress_overdue(it, after)); /* was due: due now */
	assert_near(it->fs.difficulty, 6.4133, 1e-9); /* all wrong */
	it = progress_find(&p, "200/type");
	assert_int_equal(it->box, PROGRESS_BOXES);
	assert_int_equal(it->fs.due, it->fs.last + 16 * DAY);
	assert_true(it->fs.last >= before && it->fs.last <= after);
	it = progress_find(&p, "301/class");
	assert_near(it->fs.stability, 0, 0); /* still new */
	assert_true(progress_due(it, after));
	assert_false(progress_overdue(it, after));
	/* loading wrote nothing: still version 1 on disk */
	text = slurp(path);
	assert_string_equal(text, v1);
	/* the next save writes version 2, nothing lost, its answer added */
	progress_answer(&p, progress_item(&p, "404/phrase"), 1);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	text = slurp(path);
	assert_non_null(strstr(text, "httpcodes-progress 2\nsession 10\n"));
	assert_int_equal(progress_load(&q, path, &msg), PROGRESS_OK);
	assert_int_equal(q.n, 4);
	assert_int_equal(progress_find(&q, "404/phrase")->right, 6);
	assert_int_equal(progress_find(&q, "404/phrase")->wrong, 2);
	assert_int_equal(progress_find(&q, "500/desc")->wrong, 3);
	assert_int_equal(progress_find(&q, "200/type")->right, 12);
	assert_int_equal(progress_find(&q, "200/type")->box, PROGRESS_BOXES);
	assert_true(progress_overdue(progress_find(&q, "500/desc"), after));
	assert_non_null(progress_find(&q, "301/class"));
	progress_free(&p);
	progress_free(&q);
	clear_state_dir();
}

/* Two copies review the same item: the counts add up, and the schedule
 * is that of the review latest in time, whichever copy saves last. */
static void test_merge_latest_review(void **state)
{
	struct progress a, b, c;
	struct progress_note msg;
	const struct progress_item *it;

	(void)state;
	clear_state_dir();
	write_file(path, "httpcodes-progress 2\nsession 4\n"
		   "404/phrase 1 0 2.306500 2.118104 1767225600 1767398400\n");
	progress_load(&a, path, &msg);
	progress_load(&b, path, &msg);
	/* a reviews later in time, but saves first */
	progress_review(&a, progress_item(&a, "404/phrase"), PG_AGAIN,
			T0 + 5 * DAY);
	progress_review(&b, progress_item(&b, "404/phrase"), PG_GOOD,
			T0 + 2 * DAY);
	assert_int_equal(progress_save(&a, path, &msg), 0);
	assert_int_equal(progress_save(&b, path, &msg), 0);
	progress_load(&c, path, &msg);
	it = progress_find(&c, "404/phrase");
	assert_int_equal(it->right, 2);
	assert_int_equal(it->wrong, 1);
	assert_int_equal(it->fs.last, T0 + 5 * DAY);
	assert_near(it->fs.stability,
			   progress_find(&a, "404/phrase")->fs.stability, 1e-6);
	assert_int_equal(it->box, 1);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
	clear_state_dir();
}


static void answer(struct progress *p, const char *key, int right)
{
	struct progress_item *it = progress_item(p, key);

	assert_non_null(it);
	progress_answer(p, it, right);
}

/* A damaged file: load says so and touches nothing; the first save keeps
 * it under a name of its own, even twice in one second. */
static void test_damaged_kept_aside(void **state)
{
	static const char bad[] = "httpcodes-progress 1\nsession 2\n404/phrase oops\n";
	struct progress p;
	struct progress_note msg;
	char aside1[4300];

	(void)state;
	clear_state_dir();
	write_file(path, bad);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_CORRUPT);
	assert_int_equal(msg.why, PW_DAMAGED);
	assert_int_equal(msg.line, 3);
	assert_non_null(strstr(say(&msg), "is damaged (line 3)"));
	assert_string_equal(listing(), "progress\n"); /* no lock, no move */
	assert_int_equal(count_aside(), 0);
	p.session++;
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_int_equal(msg.why, PW_KEPT_ASIDE);
	assert_non_null(strstr(say(&msg), "progress.corrupt-"));
	snprintf(aside1, sizeof aside1, "%s", msg.aside);
	assert_string_equal(slurp(aside1), bad);
	assert_non_null(strstr(slurp(path), "200/phrase 1 0 "));
	/* again at once: a second backup, the first one kept */
	write_file(path, bad);
	answer(&p, "201/phrase", 0);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_int_equal(msg.why, PW_KEPT_ASIDE);
	assert_string_not_equal(msg.aside, aside1);
	assert_string_equal(slurp(aside1), bad);
	assert_string_equal(slurp(msg.aside), bad);
	assert_int_equal(count_aside(), 2);
	progress_free(&p);
}

/* A newer version's file is left alone; saving is refused. */
static void test_future_left_alone(void **state)
{
	static const char future[] = "httpcodes-progress 3\nsomething new\n";
	struct progress p;
	struct progress_note msg;

	(void)state;
	clear_state_dir();
	write_file(path, future);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_FUTURE);
	assert_int_equal(msg.version, 3);
	assert_non_null(strstr(say(&msg), "newer httpcodes (format 3)"));
	assert_string_equal(listing(), "progress\n");
	p.session++;
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_int_equal(msg.why, PW_FUTURE);
	assert_string_equal(slurp(path), future);
	assert_int_equal(count_aside(), 0);
	assert_int_equal(progress_unsaved(&p), 1); /* kept for the run */
	progress_free(&p);
}

/* Unreadable in any way: never written over. */
static void check_never_written(const char *what, enum progress_why why)
{
	struct progress p;
	struct progress_note msg;

	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_IO);
	if (msg.why != why)
		fail_msg("%s: load said %d (%s)", what, msg.why, say(&msg));
	p.session++;
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	if (msg.why != why)
		fail_msg("%s: save said %d (%s)", what, msg.why, say(&msg));
	assert_int_equal(progress_unsaved(&p), 1);
	progress_free(&p);
}

static void test_unreadable_never_written(void **state)
{
	struct stat st;
	int fd;

	(void)state;
	/* a directory */
	clear_state_dir();
	assert_int_equal(mkdir(path, 0700), 0);
	check_never_written("directory", PW_SPECIAL);
	assert_int_equal(stat(path, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	/* a FIFO: no hang, nothing written */
	clear_state_dir();
	assert_int_equal(mkfifo(path, 0600), 0);
	check_never_written("FIFO", PW_SPECIAL);
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	/* over 16 MiB */
	clear_state_dir();
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)PROGRESS_FILE_MAX + 1), 0);
	close(fd);
	check_never_written("big", PW_TOO_BIG);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, (off_t)PROGRESS_FILE_MAX + 1);
	/* a link to itself */
	clear_state_dir();
	assert_int_equal(symlink("progress", path), 0);
	check_never_written("loop", PW_UNREADABLE);
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(count_aside(), 0);
}

/* chmod 000: as a user who cannot read it (root reads everything, so a
 * child becomes nobody). */
static void test_permission_denied(void **state)
{
	static const char good[] = "httpcodes-progress 1\nsession 40\n404/phrase 5 40 39 1\n";
	char d[300];
	pid_t pid;
	int st;

	(void)state;
	clear_state_dir();
	write_file(path, good);
	chmod(path, 0);
	snprintf(d, sizeof d, "%s/state/httpcodes", dir);
	chmod(d, 0777);
	snprintf(d, sizeof d, "%s/state", dir);
	chmod(d, 0777);
	chmod(dir, 0777);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct progress p;
		struct progress_note msg;

		if (geteuid() == 0 && (setgid(65534) < 0 || setuid(65534) < 0))
			_exit(3);
		if (progress_load(&p, path, &msg) != PROGRESS_IO ||
		    msg.why != PW_UNREADABLE || msg.err != EACCES)
			_exit(4);
		if (!strstr(say(&msg), "Permission denied; the file is left"))
			_exit(5);
		p.session++;
		answer(&p, "200/phrase", 1);
		if (progress_save(&p, path, &msg) != -1 ||
		    msg.why != PW_UNREADABLE)
			_exit(6);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	chmod(dir, 0700);
	chmod(path, 0600);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		fail_msg("child: status %d", st);
	assert_string_equal(slurp(path), good); /* 40 sessions still there */
}

/* Loading never writes: no directory, no lock file, nothing moved. */
static void test_load_writes_nothing(void **state)
{
	struct progress p;
	struct progress_note msg;
	char other[400];
	struct stat st;

	(void)state;
	snprintf(other, sizeof other, "%s/none/httpcodes/progress", dir);
	assert_int_equal(progress_load(&p, other, &msg), PROGRESS_OK);
	snprintf(other, sizeof other, "%s/none", dir);
	assert_int_equal(stat(other, &st), -1);
	clear_state_dir();
	write_file(path, "httpcodes-progress 1\nsession 1\n");
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	assert_string_equal(listing(), "progress\n");
	progress_free(&p);
}

/* A read-only file is read, not written over. */
static void test_read_only_file(void **state)
{
	static const char good[] = "httpcodes-progress 1\nsession 1\n";
	struct progress p;
	struct progress_note msg;

	(void)state;
	clear_state_dir();
	write_file(path, good);
	chmod(path, 0444);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	assert_int_equal(msg.why, PW_READ_ONLY);
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_int_equal(msg.why, PW_READ_ONLY);
	assert_string_equal(slurp(path), good);
	chmod(path, 0600);
	progress_free(&p);
}

/* A progress file kept elsewhere through a link: the target is updated,
 * the link stays, the temporary file goes beside the target. */
static void test_symlink_followed(void **state)
{
	char repo[300], target[400], cmd[800];
	struct progress p;
	struct progress_note msg;
	struct stat st;

	(void)state;
	clear_state_dir();
	snprintf(repo, sizeof repo, "%s/dotfiles", dir);
	mkdir(repo, 0700);
	snprintf(target, sizeof target, "%s/progress", repo);
	write_file(target, "httpcodes-progress 1\nsession 4\n404/phrase 2 4 1 0\n");
	assert_int_equal(symlink("../../dotfiles/progress", path), 0);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	assert_int_equal(p.session, 4);
	p.session++;
	answer(&p, "404/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_non_null(strstr(slurp(target), "404/phrase 2 0 "));
	assert_non_null(strstr(slurp(target), "session 5\n"));
	snprintf(cmd, sizeof cmd, "ls -A '%s'", repo);
	/* only the target and its lock: no temporary file left anywhere */
	{
		FILE *f = popen(cmd, "r");
		char buf[256];
		size_t n = fread(buf, 1, sizeof buf - 1, f);

		buf[n] = '\0';
		pclose(f);
		assert_string_equal(buf, "progress\nprogress.lock\n");
	}
	assert_string_equal(listing(), "progress\n");
	/* a link to a file not there yet: written there */
	unlink(target);
	progress_free(&p);
	assert_int_equal(progress_load(&p, path, &msg), PROGRESS_OK);
	assert_int_equal(p.n, 0);
	answer(&p, "500/desc", 0);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_non_null(strstr(slurp(target), "500/desc 0 1 "));
	progress_free(&p);
}

/* A link planted at the old predictable temporary name, and leftovers of
 * writers killed mid-save: the victim is untouched, the leftovers go. */
static void test_temp_files(void **state)
{
	char victim[400], planted[400];
	struct progress p;
	struct progress_note msg;
	struct stat st;

	(void)state;
	clear_state_dir();
	snprintf(victim, sizeof victim, "%s/victim", dir);
	write_file(victim, "precious\n");
	snprintf(planted, sizeof planted, "%s.tmp%ld", path, (long)getpid());
	assert_int_equal(symlink(victim, planted), 0);
	write_file(file_in("progress.tmp-a1B2c3"), "left by a kill -9\n");
	write_file(file_in("progress.tmp4242"), "left by an old version\n");
	write_file(file_in("progress.tmpl"), "not ours\n");
	progress_init(&p);
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_string_equal(slurp(victim), "precious\n");
	assert_string_equal(listing(), "progress\nprogress.lock\nprogress.tmpl\n");
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* the lock is not followed either */
	unlink(file_in("progress.lock"));
	assert_int_equal(symlink(victim, file_in("progress.lock")), 0);
	answer(&p, "200/phrase", 1);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_int_equal(msg.why, PW_LOCK_BAD);
	assert_non_null(strstr(say(&msg), "cannot use the lock"));
	assert_string_equal(slurp(victim), "precious\n");
	assert_int_equal(progress_unsaved(&p), 1);
	progress_free(&p);
}

/* The lock as a directory, a FIFO: a message, no hang, answers kept. */
static void test_lock_special(void **state)
{
	struct progress p;
	struct progress_note msg;

	(void)state;
	clear_state_dir();
	progress_init(&p);
	answer(&p, "200/phrase", 1);
	assert_int_equal(mkdir(file_in("progress.lock"), 0700), 0);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_int_equal(msg.why, PW_LOCK_BAD);
	rmdir(file_in("progress.lock"));
	assert_int_equal(mkfifo(file_in("progress.lock"), 0600), 0);
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_int_equal(msg.why, PW_LOCK_BAD);
	assert_non_null(strstr(say(&msg), "a FIFO"));
	unlink(file_in("progress.lock"));
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_non_null(strstr(slurp(path), "200/phrase 1 0 "));
	progress_free(&p);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int stop_now(void)
{
	return 1;
}

/* Another process holds the lock: the save gives up after about a second
 * (at once when told to stop), and the answers go in with the next one. */
static void test_lock_held(void **state)
{
	struct progress p;
	struct progress_note msg;
	int fd, pipefd[2], st;
	pid_t pid;
	double t0, t;
	char c;

	(void)state;
	clear_state_dir();
	assert_int_equal(pipe(pipefd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		fd = open(file_in("progress.lock"), O_RDWR | O_CREAT, 0600);
		if (fd < 0 || flock(fd, LOCK_EX) < 0)
			_exit(1);
		if (write(pipefd[1], "x", 1) != 1)
			_exit(1);
		sleep(4);
		_exit(0);
	}
	assert_int_equal(read(pipefd[0], &c, 1), 1);
	progress_init(&p);
	answer(&p, "200/phrase", 1);
	t0 = now_s();
	assert_int_equal(progress_save(&p, path, &msg), -1);
	t = now_s() - t0;
	assert_int_equal(msg.why, PW_LOCK_HELD);
	assert_non_null(strstr(say(&msg), "another httpcodes holds the lock"));
	assert_true(t > 0.8 && t < 3.0);
	p.interrupted = stop_now;
	t0 = now_s();
	assert_int_equal(progress_save(&p, path, &msg), -1);
	assert_true(now_s() - t0 < 0.5);
	p.interrupted = NULL;
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	answer(&p, "200/phrase", 0);
	assert_int_equal(progress_save(&p, path, &msg), 0);
	assert_non_null(strstr(slurp(path), "200/phrase 1 1 "));
	close(pipefd[0]);
	close(pipefd[1]);
	progress_free(&p);
}

/* Two copies answer the same item between saves: both count. */
static void test_delta_merge(void **state)
{
	struct progress a, b, c;
	struct progress_note msg;
	const struct progress_item *it;

	(void)state;
	clear_state_dir();
	write_file(path, "httpcodes-progress 1\nsession 10\n404/phrase 3 9 5 2\n"
		   "500/desc 2 8 1 0\n");
	progress_load(&a, path, &msg);
	progress_load(&b, path, &msg);
	a.session++;
	b.session++;
	for (int i = 0; i < 10; i++) {
		answer(&a, "404/phrase", i % 2);
		answer(&b, "404/phrase", 1);
	}
	answer(&b, "500/desc", 0);
	assert_int_equal(progress_save(&a, path, &msg), 0);
	assert_int_equal(progress_save(&b, path, &msg), 0);
	progress_load(&c, path, &msg);
	assert_int_equal(c.session, 12);           /* both sessions */
	it = progress_find(&c, "404/phrase");
	assert_int_equal(it->right, 5 + 5 + 10);   /* twenty answers, twenty */
	assert_int_equal(it->wrong, 2 + 5);
	/* the schedule of the latest review: b answered last */
	assert_true(it->fs.last >= progress_find(&a, "404/phrase")->fs.last);
	assert_near(it->fs.stability,
			   progress_find(&b, "404/phrase")->fs.stability, 1e-6);
	it = progress_find(&c, "500/desc");
	assert_int_equal(it->wrong, 1);
	assert_int_equal(it->box, 1);
	/* forgotten: less than the migrated box 2's two days */
	assert_true(it->fs.stability < 2);
	/* b took a's answers in: saving again adds nothing twice */
	assert_int_equal(progress_find(&b, "404/phrase")->right, 20);
	assert_int_equal(progress_save(&b, path, &msg), 0);
	progress_free(&c);
	progress_load(&c, path, &msg);
	assert_int_equal(progress_find(&c, "404/phrase")->right, 20);
	assert_int_equal(c.session, 12);
	progress_free(&a);
	progress_free(&b);
	progress_free(&c);
}

/* A full disk (here a file size limit): the old file stays whole, no
 * temporary file is left, the answers go in once there is room. */
static void test_write_fails(void **state)
{
	static const char good[] = "httpcodes-progress 1\nsession 1\n";
	pid_t pid;
	int st;

	(void)state;
	clear_state_dir();
	write_file(path, good);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit rl = { 16, RLIM_INFINITY };
		struct progress p;
		struct progress_note msg;

		signal(SIGXFSZ, SIG_IGN);
		progress_load(&p, path, &msg);
		for (int i = 100; i < 140; i++) {
			char key[24];

			snprintf(key, sizeof key, "%d/phrase", i);
			answer(&p, key, 1);
		}
		if (setrlimit(RLIMIT_FSIZE, &rl) < 0)
			_exit(2);
		if (progress_save(&p, path, &msg) != -1 || msg.why != PW_WRITE ||
		    msg.err != EFBIG)
			_exit(3);
		if (!strstr(say(&msg), "saving is tried again"))
			_exit(4);
		rl.rlim_cur = RLIM_INFINITY;
		setrlimit(RLIMIT_FSIZE, &rl);
		if (strcmp(listing(), "progress\nprogress.lock\n") ||
		    strcmp(slurp(path), good))
			_exit(5);
		if (progress_save(&p, path, &msg) != 0 ||
		    !strstr(slurp(path), "139/phrase 1 0 "))
			_exit(6);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		fail_msg("child: status %d", st);
}

/* Messages: names from the environment cannot reach the terminal raw;
 * the Korean text is there too. */
static void test_note_text(void **state)
{
	struct progress_note n;
	char buf[1024];

	(void)state;
	memset(&n, 0, sizeof n);
	n.why = PW_WRITE;
	n.err = ENOSPC;
	snprintf(n.file, sizeof n.file, "/tmp/\033]0;owned\007x/\xff/progress");
	progress_note_text(&n, HC_EN, 1, buf, sizeof buf);
	assert_null(strchr(buf, '\033'));
	assert_null(strchr(buf, '\007'));
	assert_non_null(strstr(buf, "No space left on device"));
	assert_non_null(strstr(buf, "\xef\xbf\xbd")); /* the bad byte */
	progress_note_text(&n, HC_KO, 1, buf, sizeof buf);
	assert_non_null(strstr(buf, "저장할 수 없습니다: 디스크에 남은 공간이 없습니다"));
	progress_note_text(&n, HC_EN, 0, buf, 10); /* cut, terminated */
	assert_int_equal(strlen(buf), 9);
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
		cmocka_unit_test(test_schedule),
		cmocka_unit_test(test_migrate_v1),
		cmocka_unit_test(test_merge_latest_review),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_interview_keys),
		cmocka_unit_test(test_save_load),
		cmocka_unit_test(test_concurrent_merge),
		cmocka_unit_test(test_unwritable),
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_keys),
		cmocka_unit_test(test_parse_n_log_n),
		cmocka_unit_test(test_counters_saturate),
		cmocka_unit_test(test_damaged_kept_aside),
		cmocka_unit_test(test_future_left_alone),
		cmocka_unit_test(test_unreadable_never_written),
		cmocka_unit_test(test_permission_denied),
		cmocka_unit_test(test_load_writes_nothing),
		cmocka_unit_test(test_read_only_file),
		cmocka_unit_test(test_symlink_followed),
		cmocka_unit_test(test_temp_files),
		cmocka_unit_test(test_lock_special),
		cmocka_unit_test(test_lock_held),
		cmocka_unit_test(test_delta_merge),
		cmocka_unit_test(test_write_fails),
		cmocka_unit_test(test_note_text),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
