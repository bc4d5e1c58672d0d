/* Screen tests of reading in the browser: the help from every screen,
 * scrolled and wrapped; the stacked detail's q and less's paging keys;
 * the "too small" screen at any width, inert behind; the chosen link
 * following a scroll and Back restoring it; the detail's ellipsis and
 * measure; the study keys in the status line. */
#include <config.h>

#include "scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define ELLIPSIS "\xe2\x80\xa6"
/* the detail pane at 80 columns: right of the tree and its separator */
#define DETAIL_COL 33

static char tmp_root[] = "/tmp/httpcodes-reading-XXXXXX";

/* The detail pane's rows 1..last as one string, to compare screens. */
static const char *detail_rows(struct vt *t, int last)
{
	static char buf[8192];
	size_t k = 0;

	buf[0] = '\0';
	for (int r = 1; r <= last; r++) {
		const char *s = vt_cells(t, r, DETAIL_COL, 79);
		size_t n = strlen(s);

		if (k + n + 2 >= sizeof buf)
			break;
		memcpy(buf + k, s, n);
		k += n;
		buf[k++] = '\n';
		buf[k] = '\0';
	}
	return buf;
}

/* The row of the detail whose link is shown chosen (reverse), -1. */
static int chosen_row(struct vt *t, int last)
{
	for (int r = 1; r <= last; r++)
		for (int c = DETAIL_COL + 1; c < 60; c++)
			if (vt_reverse(t, r, c))
				return r;
	return -1;
}

/* ? on a study screen: the help, and Esc comes back to that screen. */
static void help_from(struct vt *t, const char *open, const char *title,
		      int line)
{
	vt_send(t, open);
	if (!vt_wait_text(t, title, TIMEOUT))
		scenario_fail(t, line, "no '%s' after '%s'", title, open);
	vt_send(t, "?");
	if (!vt_wait_text(t, "Moving", TIMEOUT) ||
	    !strstr(vt_row(t, 0), "Keys"))
		scenario_fail(t, line, "? shows no help over '%s'", title);
	vt_send(t, "\033");
	if (!vt_wait_gone(t, "Moving", TIMEOUT) ||
	    !vt_wait_text(t, title, TIMEOUT))
		scenario_fail(t, line, "Esc does not come back to '%s'",
			      title);
	vt_send(t, "\033");
	if (!vt_wait_text(t, "HTTP status codes", TIMEOUT))
		scenario_fail(t, line, "Esc does not leave '%s'", title);
}

static void help_everywhere(void)
{
	char env0[600];
	const char *env[2] = { env0, NULL };
	struct vt *t;

	snprintf(env0, sizeof env0, "XDG_STATE_HOME=%s", tmp_root);
	t = scenario_start(24, 80, env, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	help_from(t, "t", "Study", __LINE__);
	help_from(t, "S", "Study statistics", __LINE__);
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	help_from(t, "c", "Codes compared", __LINE__);
	help_from(t, "i", "Mock interview", __LINE__);
	scenario_quit(t, __LINE__);
	scenario_report("? opens the help in the quiz, statistics, "
			"comparison and interview; Esc goes back there", t);
}

static void help_scrolls(int rows, int cols)
{
	struct vt *t = START(rows, cols, "--lang", "en");
	char name[120];

	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Moving");
	/* the last row of the body says there is more */
	TEXT(t, "\xe2\x86\x93 more");
	CHECK(t, vt_find(t, "\xe2\x86\x93 more") == rows - 2);
	CHECK(t, vt_find(t, "Leave the quiz") < 0);
	vt_send(t, "G");
	TEXT(t, "Leave the quiz");
	TEXT(t, "\xe2\x86\x91 more");
	GONE(t, "\xe2\x86\x93 more");
	vt_send(t, "g");
	TEXT(t, "Moving");
	TEXT(t, "\xe2\x86\x93 more");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	snprintf(name, sizeof name, "the help scrolls at %dx%d, a 'more' "
		 "marker says what is left", cols, rows);
	scenario_report(name, t);
}

/* 50 columns: descriptions go on on the next line, never cut. */
static void help_wraps(void)
{
	struct vt *t = START(20, 50, "--lang", "en");
	int row;

	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Moving");
	vt_send(t, "G");
	TEXT(t, "Leave the quiz, comparison");
	row = ROW_OF(t, "Leave the quiz, comparison");
	if (row >= 0)
		CHECK(t, !strcmp(vt_cells(t, row + 1, 20, 48),
				 "or statistics"));
	for (int r = 1; r < 19; r++)
		if (strstr(vt_row(t, r), ELLIPSIS))
			scenario_fail(t, __LINE__, "row %d is cut: '%s'", r,
				      scenario_copy(vt_row(t, r)));
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("the help wraps descriptions at 50 columns, no "
			"ellipsis", t);
}

/* Stacked, the detail is its own screen: q goes back, Space ^D ^U page. */
static void stacked_detail_keys(void)
{
	struct vt *t = START(20, 50, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "503");
	TEXT(t, "  503 Service Unavailable");
	vt_send(t, "\r");
	TEXT(t, " 503   Service Unavailable");
	TEXT(t, "Esc to the tree");      /* q is no quit here: not offered */
	GONE(t, "q quit");
	vt_send(t, " ");                 /* a page down */
	GONE(t, " 503   Service Unavailable");
	vt_send(t, "\025\025");          /* ^U ^U: two half pages up */
	TEXT(t, " 503   Service Unavailable");
	vt_send(t, "\004");              /* ^D: half a page down */
	GONE(t, " 503   Service Unavailable");
	vt_send(t, "q");                 /* back to the tree, not out */
	TEXT(t, "5xx Server Error");
	TEXT(t, "q quit");
	SELECTED(t, ROW_OF(t, "  503 Service Unavailable"));
	CHECK(t, vt_wait_exit(t, 300) < 0);
	scenario_quit(t, __LINE__);
	scenario_report("stacked: q in the detail goes back to the tree (and "
			"is not offered as quit there); Space, ^D, ^U page it",
			t);
}

/* Stacked, the detail is not drawn while the tree is shown; another code
 * chosen there is still read from its top, and Enter chooses its first
 * related code afresh. */
static void stacked_scroll_resets(void)
{
	struct vt *t = START(20, 60, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, "  404 Not Found");
	vt_send(t, "\r");
	TEXT(t, " 404   Not Found");
	vt_send(t, "jjjjjj");            /* read on, the title scrolls away */
	GONE(t, " 404   Not Found");
	vt_send(t, "q");
	TEXT(t, "  404 Not Found");          /* the tree's row */
	vt_send(t, "503");
	TEXT(t, "  503 Service Unavailable");
	usleep(1200 * 1000);              /* the number is done */
	vt_send(t, "404");
	TEXT(t, "  404 Not Found");
	vt_send(t, "\r");
	TEXT(t, " 404   Not Found");         /* from the top again */
	vt_send(t, "q");                  /* the tree, then out */
	TEXT(t, "  404 Not Found");
	scenario_quit(t, __LINE__);
	scenario_report("stacked: a code left scrolled, another chosen in the "
			"tree, then it again: read from its top", t);
}

static void too_small_fits(void)
{
	static const struct { int cols; const char *text; } sizes[] = {
		{ 39, "Please enlarge the terminal (40x10)" },
		{ 34, "Too small (40x10)" },
		{ 17, "Too small (40x10)" },
		{ 16, "40x10" },
		{ 5, "40x10" },
		{ 3, "40x" },
	};
	struct vt *t = START(8, 39, "--lang", "en");

	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		if (i)
			vt_resize(t, 8, sizes[i].cols);
		TEXT(t, sizes[i].text);
		CHECK(t, vt_find(t, sizes[i].text) == 4);
	}
	/* keys behind it do nothing: no jump, no search box */
	vt_send(t, "404/");
	vt_settle(t, 100, TIMEOUT);
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	SELECTED(t, 1);
	CHECK(t, vt_find(t, "404 Not Found") < 0);
	CHECK(t, vt_row(t, 23)[0] != '/'); /* no search box */
	vt_resize(t, 8, 20);
	TEXT(t, "Too small (40x10)");
	vt_send(t, "q");                 /* q still quits */
	CHECK(t, vt_wait_exit(t, TIMEOUT) == 0);
	scenario_report("'too small' fits down to 3 columns; behind it only "
			"q and resizing act", t);
}

/* " 4xx   ": the detail's header of the code on a row of links. */
static const char *code_header(struct vt *t, int row)
{
	static char want[16];

	snprintf(want, sizeof want, " %.3s   ",
		 vt_cells(t, row, DETAIL_COL + 3, DETAIL_COL + 6));
	return want;
}

/* In a class's list: scrolled down, the next link is one in sight (not
 * 401, the one after the first), and Enter follows it. */
static void links_follow_view(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	int row;

	TEXT(t, "5xx Server Error");
	vt_send(t, "jjj");               /* 4xx */
	TEXT(t, " 4xx   Client Error");
	vt_send(t, "\t");
	vt_send(t, "\033[6~\033[6~");    /* two pages down */
	GONE(t, " 4xx   Client Error");
	vt_settle(t, 100, TIMEOUT);
	vt_send(t, "l");                 /* the next link: in sight */
	vt_settle(t, 100, TIMEOUT);
	CHECK(t, vt_find(t, " 4xx   Client Error") < 0);
	row = chosen_row(t, 22);
	CHECK(t, row > 1);
	if (row > 1) {
		const char *want = scenario_copy(code_header(t, row));

		CHECK(t, strcmp(want, " 401   "));
		vt_send(t, "\r");        /* follows the one in sight */
		TEXT(t, want);
	}
	scenario_quit(t, __LINE__);
	scenario_report("the link choice follows the view: after a scroll "
			"the next link is one in sight", t);
}

static void back_restores_scroll(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	char before[8192];
	int row;

	TEXT(t, "5xx Server Error");
	vt_send(t, "jjj");
	TEXT(t, " 4xx   Client Error");
	vt_send(t, "\t\033[6~");
	GONE(t, " 4xx   Client Error");
	vt_settle(t, 100, TIMEOUT);
	row = chosen_row(t, 22);
	CHECK(t, row > 0);
	snprintf(before, sizeof before, "%s", detail_rows(t, 22));
	if (row > 0) {
		const char *want = scenario_copy(code_header(t, row));

		vt_send(t, "\r");
		TEXT(t, want);
	}
	vt_send(t, "b");
	GONE(t, "Status  ");
	vt_settle(t, 100, TIMEOUT);
	if (strcmp(detail_rows(t, 22), before))
		scenario_fail(t, __LINE__, "Back does not show the class "
			      "scrolled as it was");
	CHECK(t, chosen_row(t, 22) == row);
	scenario_quit(t, __LINE__);
	scenario_report("Back restores the scroll and the chosen link", t);
}

/* A long phrase in the detail's first line ends in an ellipsis. */
static void header_ellipsis(void)
{
	const char *srcdir = getenv("top_srcdir");
	char data[4200];
	struct vt *t;

	snprintf(data, sizeof data, "%s/tests/cli/data/long-utf8-0.rec",
		 srcdir ? srcdir : ".");
	t = START(24, 80, "--lang", "en", "--data", data);
	TEXT(t, "4xx");
	vt_send(t, "404");
	TEXT(t, " 404   ");
	CHECK(t, strstr(vt_cells(t, ROW_OF(t, " 404   "), DETAIL_COL, 80),
			ELLIPSIS) != NULL);
	scenario_quit(t, __LINE__);
	scenario_report("the detail's header cuts a long phrase with an "
			"ellipsis", t);
}

/* u rebuilds a class's list: its view starts at the top again. */
static void class_scroll_after_u(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "jjj");
	TEXT(t, " 4xx   Client Error");
	vt_send(t, "\tG");
	GONE(t, " 4xx   Client Error");
	vt_send(t, "u");
	TEXT(t, "Unofficial codes hidden");
	TEXT(t, " 4xx   Client Error");
	CHECK(t, vt_find(t, " 4xx   Client Error") == 1);
	scenario_quit(t, __LINE__);
	scenario_report("u shows a class's shorter list from its top", t);
}

static void study_keys_hinted(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	TEXT(t, "t study");
	CHECK(t, strstr(vt_row(t, 39), "t study") != NULL);
	vt_resize(t, 40, 200);
	TEXT(t, "c compare");
	TEXT(t, "S stats");
	scenario_quit(t, __LINE__);
	scenario_report("t, c and S are in the status line where there is "
			"room", t);
}

/* At 200 columns the text of the detail keeps a readable measure. */
static void detail_measure(void)
{
	struct vt *t = START(40, 200, "--lang", "en");
	int sep = -1, widest = 0;

	TEXT(t, "5xx Server Error");
	vt_send(t, "503");
	TEXT(t, " 503   Service Unavailable");
	for (int c = 0; c < 200; c++)
		if (!strcmp(vt_cells(t, 2, c, c + 1), "\xe2\x94\x82")) {
			sep = c;
			break;
		}
	CHECK(t, sep > 0);
	for (int r = 1; r < 39 && sep > 0; r++) {
		const char *s = vt_cells(t, r, sep + 1, 199);
		int w = (int)strlen(s);

		if (w > widest)
			widest = w;
	}
	CHECK(t, widest > 60);
	CHECK(t, widest <= 102);
	scenario_quit(t, __LINE__);
	scenario_report("at 200 columns the detail's lines are at most 100 "
			"columns of text", t);
}

int main(int argc, char **argv)
{
	int job = scenario_init(argc, argv);

	if (job >= 0)
		return job;
	if (!mkdtemp(tmp_root)) {
		printf("Bail out! cannot make %s\n", tmp_root);
		return 99;
	}
	help_everywhere();
	help_scrolls(24, 80);
	help_scrolls(40, 120);
	help_wraps();
	stacked_detail_keys();
	stacked_scroll_resets();
	too_small_fits();
	links_follow_view();
	back_restores_scroll();
	header_ellipsis();
	class_scroll_after_u();
	study_keys_hinted();
	detail_measure();
	{
		char cmd[200];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
		if (system(cmd) != 0)
			printf("# could not remove %s\n", tmp_root);
	}
	return scenario_finish();
}
