/* Screen tests for the header reference in the browser: a code's headers
 * are chosen like its related codes, Enter shows the header in the detail
 * pane, Back comes back to the code as it was; a search that names a
 * header shows it above the results.  The real binary in a
 * pseudo-terminal (as test_screen.c), on tests/cli/data/headers.rec, a
 * small table with Header records.  TAP, one line per scenario. */
#include <config.h>

#include "scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define K_LEFT "\033OD"

static char data[4096];
/* the detail pane at 80 columns: right of the tree and its separator */
#define DETAIL_COL 33

/* The detail pane's rows 1..last as one string, to compare screens. */
static const char *detail_rows(struct vt *t, int last)
{
	static char buf[8192];
	size_t k = 0;

	buf[0] = '\0';
	for (int r = 1; r <= last; r++) {
		const char *s = vt_cells(t, r, DETAIL_COL, -1);
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

/* The column where text starts on a row of the detail pane, -1 if it is
 * not there. */
static int col_of(struct vt *t, int row, const char *text)
{
	for (int c = DETAIL_COL; c < 80; c++)
		if (!strncmp(vt_cells(t, row, c, -1), text, strlen(text)))
			return c;
	return -1;
}

static void choose_open_back(void)
{
	struct vt *t = START(24, 80, "--lang", "en", "--data", data);
	char before[8192];
	int row, col;

	TEXT(t, "5xx");
	vt_send(t, "503");
	TEXT(t, " 503   Service Unavailable");
	row = ROW_OF(t, "Headers");
	CHECK(t, strstr(vt_row(t, row), "Retry-After") != NULL);
	vt_send(t, "\t");   /* the detail: its related code is chosen */
	vt_settle(t, 50, TIMEOUT);
	col = col_of(t, row, "Retry-After");
	CHECK(t, col > 0 && !vt_reverse(t, row, col));
	vt_send(t, "h");    /* the link before it: the header */
	vt_settle(t, 50, TIMEOUT);
	CHECK(t, col > 0 && vt_reverse(t, row, col));
	vt_send(t, "jj");   /* the code scrolled two lines down */
	GONE(t, " 503   Service Unavailable");
	vt_settle(t, 50, TIMEOUT);
	snprintf(before, sizeof before, "%s", detail_rows(t, 22));
	CHECK(t, strstr(before, "Retry-After") != NULL);

	vt_send(t, "\r");   /* open the header */
	TEXT(t, " Header   Retry-After");
	TEXT(t, "Used in");
	TEXT(t, "response");
	TEXT(t, "RFC 9110 §10.2.3");
	TEXT(t, "Retry-After: HTTP-date /");
	TEXT(t, "Retry-After: 120");
	TEXT(t, "How long to wait before trying again");
	TEXT(t, "  429 Too Many Requests");
	TEXT(t, "  301 Moved Permanently");
	/* the tree stays on the code */
	SELECTED(t, ROW_OF(t, "  503 Service Unavailable"));

	vt_send(t, "b");    /* back: the code, scrolled as it was */
	GONE(t, " Header   Retry-After");
	vt_settle(t, 50, TIMEOUT);
	if (strcmp(detail_rows(t, 22), before))
		scenario_fail(t, __LINE__, "the code is not scrolled as it "
			      "was");
	row = ROW_OF(t, "Retry-After");
	col = col_of(t, row, "Retry-After");
	CHECK(t, col > 0 && vt_reverse(t, row, col)); /* still chosen */
	vt_send(t, "b");
	TEXT(t, "Nothing to go back to");
	scenario_quit(t, __LINE__);
	scenario_report("a header chosen in the detail, opened with Enter; b "
			"comes back to the code where it was", t);
}

static void follow_from_header(void)
{
	struct vt *t = START(24, 80, "--lang", "en", "--data", data);

	TEXT(t, "5xx");
	vt_send(t, "503");
	TEXT(t, " 503   Service Unavailable");
	vt_send(t, "\th\r"); /* open Retry-After */
	TEXT(t, " Header   Retry-After");
	vt_send(t, "\r");    /* its first code: 429 */
	TEXT(t, " 429   Too Many Requests");
	SELECTED(t, ROW_OF(t, "  429 Too Many Requests"));
	vt_send(t, "b");     /* back to the header */
	TEXT(t, " Header   Retry-After");
	SELECTED(t, ROW_OF(t, "  503 Service Unavailable"));
	vt_send(t, "b");     /* and to the code */
	TEXT(t, " 503   Service Unavailable");
	GONE(t, " Header   Retry-After");
	/* moving in the tree ends the header view */
	vt_send(t, "\r");
	TEXT(t, " Header   Retry-After");
	vt_send(t, "\t401");
	TEXT(t, " 401   Unauthorized");
	GONE(t, " Header   Retry-After");
	scenario_quit(t, __LINE__);
	scenario_report("a header's codes are followed, and b comes back to "
			"the header, then the code; the tree ends the view", t);
}

static void korean_and_narrow(void)
{
	struct vt *t = START(24, 60, "--lang", "ko", "--data", data);

	TEXT(t, "5xx");
	vt_send(t, "429");
	TEXT(t, "  429 Too Many Requests");
	/* stacked: the detail takes the screen; the link before the related
	 * code is the convention */
	vt_send(t, "\t");
	TEXT(t, "X-RateLimit-Limit");
	vt_send(t, K_LEFT "\r");
	TEXT(t, " 헤더   X-RateLimit-Limit");
	TEXT(t, "쓰이는 곳");
	TEXT(t, "관례 (명세 없음)");
	TEXT(t, "표준 후속");
	GONE(t, "명세  ");
	vt_send(t, "L");
	TEXT(t, "convention (no specification)");
	TEXT(t, "Successor");
	vt_send(t, "b");
	TEXT(t, " 429   Too Many Requests");
	vt_send(t, "q");     /* stacked, q leaves the detail for the tree */
	TEXT(t, "  429 Too Many Requests");
	scenario_quit(t, __LINE__);
	scenario_report("a convention's header in Korean and English, in "
			"stacked panes", t);
}

static void search_names_header(void)
{
	struct vt *t = START(24, 80, "--lang", "en", "--data", data);
	int row, col;

	TEXT(t, "5xx");
	vt_send(t, "/x ratelimit limit");
	TEXT(t, " header  X-RateLimit-Limit");
	CELLS(t, 1, 0, 32, " header  X-RateLimit-Limit");
	STARTS(t, 2, 0, 32, " 429 Too Many Req");
	vt_send(t, "\r");   /* keep the results */
	TEXT(t, "n/N");
	vt_send(t, "\r");   /* open the first: the header is chosen */
	row = ROW_OF(t, "Headers");
	vt_settle(t, 50, TIMEOUT);
	col = col_of(t, row, "Retry-After");
	CHECK(t, col > 0 && !vt_reverse(t, row, col));
	col = col_of(t, row + 1, "X-RateLimit-Limit");
	CHECK(t, col > 0 && vt_reverse(t, row + 1, col));
	vt_send(t, "\r");
	TEXT(t, " Header   X-RateLimit-Limit");
	vt_send(t, "b");
	TEXT(t, " 429   Too Many Requests");
	STARTS(t, 1, 0, 32, " header  X-RateLimit-Limit");
	scenario_quit(t, __LINE__);
	scenario_report("a search that names a header shows it above the "
			"results; the detail has its link chosen", t);
}

/* Without Header records (the built-in table may have none), headers are
 * plain text and nothing changes. */
static void table_without_headers(void)
{
	char small[4200];
	struct vt *t;

	snprintf(small, sizeof small, "%.4000s", data);
	strcpy(strrchr(small, '/') + 1, "small.rec");
	t = START(24, 80, "--lang", "en", "--data", small);
	TEXT(t, "4xx");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "\t\r");  /* the only link: 410 */
	TEXT(t, " 410   Gone");
	scenario_quit(t, __LINE__);
	scenario_report("a table without Header records browses as before", t);
}

int main(int argc, char **argv)
{
	int job = scenario_init(argc, argv);
	const char *top = getenv("top_srcdir");

	if (job >= 0)
		return job;
	snprintf(data, sizeof data, "%s/tests/cli/data/headers.rec",
		 top ? top : ".");
	choose_open_back();
	follow_from_header();
	korean_and_narrow();
	search_names_header();
	table_without_headers();
	return scenario_finish();
}
