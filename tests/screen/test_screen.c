/* Screen tests: the real binary in a pseudo-terminal, scripted keys, the
 * screen text checked.  TAP, one line per scenario.  Expectations are on
 * codes, phrases, structure and key lines, not on the wording of the
 * descriptions, so edits to the data do not break them. */
#include <config.h>

#include "scenario.h"

#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Keys as xterm sends them in keypad mode. */
#define K_UP "\033OA"
#define K_DOWN "\033OB"
#define K_RIGHT "\033OC"
#define K_LEFT "\033OD"
#define K_HOME "\033OH"
#define K_END "\033OF"
#define K_DEL "\033[3~"
#define K_PGDN "\033[6~"
#define K_CLEFT "\033[1;5D"
#define K_CRIGHT "\033[1;5C"
#define PASTE(s) "\033[200~" s "\033[201~"

static char tmp_root[] = "/tmp/httpcodes-screen-XXXXXX";

/* ---- helpers ----------------------------------------------------------- */

/* The codes `httpcodes -s query` prints, best first: the engine's own
 * order, which the ranked list must show.  query: no quotes. */
static int engine_order_std(const char *query, int *codes, int max,
			    int standard_only);

static int engine_order(const char *query, int *codes, int max)
{
	return engine_order_std(query, codes, max, 0);
}

/* The same, without the unofficial codes (as after u). */
static int engine_order_std(const char *query, int *codes, int max,
			    int standard_only)
{
	char cmd[4400], line[8192];
	FILE *p;
	int n = 0;

	snprintf(cmd, sizeof cmd, "XDG_CONFIG_HOME=/nonexistent '%s' --lang en "
		 "--color=never -s '%s'", scenario_binary(), query);
	p = popen(cmd, "r");
	if (!p)
		return 0;
	while (fgets(line, sizeof line, p))
		if (n < max && isdigit((unsigned char)line[0]) &&
		    isdigit((unsigned char)line[1]) &&
		    isdigit((unsigned char)line[2]) && line[3] == '\t' &&
		    !(standard_only && strstr(line, "[unofficial]")))
			codes[n++] = atoi(line);
	pclose(p);
	return n;
}

/* Wait until cells from c0 of a row start with s. */
static int wait_starts(struct vt *t, int row, int c0, const char *s)
{
	for (int waited = 0; waited < TIMEOUT; waited += 20) {
		if (!strncmp(vt_cells(t, row, c0, -1), s, strlen(s)))
			return 1;
		vt_pump(t, 20);
	}
	return 0;
}
#define WAIT_STARTS(t, r, c0, s) \
	do { if (!wait_starts(t, r, c0, s)) \
		scenario_fail(t, __LINE__, "row %d from col %d is '%s', not " \
			      "'%s...'", r, c0, \
			      scenario_copy(vt_cells(t, r, c0, -1)), s); \
	} while (0)

/* The rows from first to last show the codes, one each, in this order. */
static void rows_in_order(struct vt *t, int first, int last, const int *codes,
			  int n, int line)
{
	for (int i = 0; i < n && first + i <= last; i++) {
		char want[8];

		snprintf(want, sizeof want, " %03d ", codes[i]);
		if (strncmp(vt_cells(t, first + i, 0, -1), want, 5)) {
			scenario_fail(t, line, "row %d is '%s', not code %d "
				      "(rank %d of the engine's order)",
				      first + i,
				      scenario_copy(vt_row(t, first + i)),
				      codes[i], i + 1);
			return;
		}
	}
}

/* The search box (the status line) shows exactly "/" query. */
static void box_is(struct vt *t, int row, const char *query, int line)
{
	char want[1024];
	size_t n;

	snprintf(want, sizeof want, "/%s", query);
	n = strlen(want);
	for (int waited = 0; waited < TIMEOUT; waited += 20) {
		const char *s = vt_cells(t, row, 0, -1);

		if (!strncmp(s, want, n) && (s[n] == ' ' || s[n] == '\0'))
			return;
		vt_pump(t, 20);
	}
	scenario_fail(t, line, "the box is '%s', not '%s'",
		      scenario_copy(vt_row(t, row)), want);
}
#define BOX(t, row, q) box_is(t, row, q, __LINE__)

/* A mouse click on a cell (0-based). */
static void click(struct vt *t, int row, int col)
{
	char buf[64];

	snprintf(buf, sizeof buf, "\033[<0;%d;%dM\033[<0;%d;%dm", col + 1,
		 row + 1, col + 1, row + 1);
	vt_send(t, buf);
}

/* The last "ESC [ ? 2004 h/l" written: 1 on, 0 off, -1 none. */
static int paste_mode(struct vt *t)
{
	size_t n;
	const char *out = vt_output(t, &n), *last = NULL;

	for (const char *p = out; (p = memmem(p, n - (size_t)(p - out),
					      "\033[?2004", 7)); p += 7)
		if (p + 7 < out + n && (p[7] == 'h' || p[7] == 'l'))
			last = p;
	return last ? last[7] == 'h' : -1;
}

/* ---- scenarios --------------------------------------------------------- */

static void startup_80x24(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	STARTS(t, 0, 0, -1, " httpcodes  HTTP status codes");
	CHECK(t, strstr(vt_row(t, 0), "English") != NULL);
	STARTS(t, 1, 0, 32, "\xe2\x96\xb8 1xx Informational");
	STARTS(t, 2, 0, 32, "\xe2\x96\xb8 2xx Successful");
	STARTS(t, 3, 0, 32, "\xe2\x96\xb8 3xx Redirection");
	STARTS(t, 4, 0, 32, "\xe2\x96\xb8 4xx Client Error");
	STARTS(t, 5, 0, 32, "\xe2\x96\xb8 5xx Server Error");
	CELLS(t, 6, 0, 33, "                                \xe2\x94\x82");
	SELECTED(t, 1);
	CHECK(t, !vt_reverse(t, 2, 0));
	/* the separator, and the class in the detail pane */
	STARTS(t, 1, 32, 33, "\xe2\x94\x82");
	STARTS(t, 1, 33, -1, "  1xx   Informational");
	CHECK(t, strstr(vt_row(t, 23), "q quit") != NULL);
	CHECK(t, strstr(vt_row(t, 23), "? help") != NULL);
	CHECK(t, strstr(vt_row(t, 23), "/ search") != NULL);
	CHECK(t, vt_altscreen(t));
	CHECK(t, vt_any_colour(t));
	scenario_quit(t, __LINE__);
	scenario_report("start-up at 80x24: five classes, first selected, "
			"hints", t);
}

static void startup_120x40_ko(void)
{
	struct vt *t = START(40, 120, "--lang", "ko");

	TEXT(t, "5xx 서버 오류");
	STARTS(t, 1, 0, 44, "\xe2\x96\xb8 1xx 정보");
	STARTS(t, 4, 0, 44, "\xe2\x96\xb8 4xx 클라이언트 오류");
	CHECK(t, strstr(vt_row(t, 0), "한국어") != NULL);
	CHECK(t, strstr(vt_row(t, 0), "HTTP 상태 코드") != NULL);
	CHECK(t, strstr(vt_row(t, 39), "q 끝") != NULL);
	CHECK(t, strstr(vt_row(t, 39), "/ 검색") != NULL);
	STARTS(t, 1, 44, 45, "\xe2\x94\x82");
	STARTS(t, 1, 45, -1, "  1xx   정보  Informational");
	scenario_quit(t, __LINE__);
	scenario_report("start-up at 120x40 in Korean", t);
}

static void expand_collapse(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "jjj\r");  /* 4xx, Enter */
	TEXT(t, "\xe2\x96\xbe 4xx Client Error");
	STARTS(t, 5, 0, 32, "  400 Bad Request");
	STARTS(t, 6, 0, 32, "  401 Unauthorized");
	SELECTED(t, 4);
	vt_send(t, " ");      /* Space collapses */
	TEXT(t, "\xe2\x96\xb8 4xx Client Error");
	STARTS(t, 5, 0, 32, "\xe2\x96\xb8 5xx Server Error");
	vt_send(t, "l");      /* Right expands */
	TEXT(t, "  400 Bad Request");
	vt_send(t, "l");      /* and then goes to the first code */
	TEXT(t, " 400   Bad Request");
	SELECTED(t, 5);
	vt_send(t, "h");      /* Left goes to the class */
	GONE(t, " 400   Bad Request");
	SELECTED(t, 4);
	vt_send(t, "h");      /* and collapses it */
	GONE(t, "  400 Bad Request");
	scenario_quit(t, __LINE__);
	scenario_report("expand and collapse with Enter, Space, l, h", t);
}

static void move_to_404(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	int r;

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	r = ROW_OF(t, "  404 Not Found");
	SELECTED(t, r);
	STARTS(t, 4, 0, 32, "\xe2\x96\xbe 4xx Client Error");
	TEXT(t, "Status");
	TEXT(t, "RFC 9110");
	/* 4 and 40 on the way: the class, then 400 */
	vt_send(t, "4");
	TEXT(t, " 4xx   Client Error");
	vt_send(t, "1");
	TEXT(t, " 410   Gone");
	scenario_quit(t, __LINE__);
	scenario_report("typing 404 jumps to 404; 4 and 41 to the class and "
			"410", t);
}

static void arrows_and_ends(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "\033OB\033OB"); /* Down Down, as in keypad mode */
	TEXT(t, " 3xx   Redirection");
	SELECTED(t, 3);
	vt_send(t, "k");
	TEXT(t, " 2xx   Successful");
	SELECTED(t, 2);
	vt_send(t, "G");
	TEXT(t, " 5xx   Server Error");
	SELECTED(t, 5);
	vt_send(t, "g");
	TEXT(t, " 1xx   Informational");
	SELECTED(t, 1);
	CHECK(t, !vt_reverse(t, 5, 0));
	scenario_quit(t, __LINE__);
	scenario_report("arrows, j/k, g/G move the selection", t);
}

static void search_teapot(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "/teapot");
	TEXT(t, "/teapot");
	TEXT(t, " 418   ");
	/* one row: the code, its phrase, and the alias that matched */
	WAIT_STARTS(t, 1, 0, " 418 (Unused)  alias: I'm a teapot");
	CELLS(t, 2, 0, 44, "");   /* and no other */
	GONE(t, "1xx Informational");
	SELECTED(t, 1);
	TEXT(t, "I'm a teapot");
	CHECK(t, vt_cursor_visible(t));
	vt_send(t, "\r");        /* keep the results */
	TEXT(t, "n/N");
	GONE(t, "Enter keep");
	STARTS(t, 1, 0, 44, " 418 (Unused)");
	CHECK(t, strstr(vt_row(t, 39), "/teapot  1/1") != NULL);
	vt_send(t, "\033");      /* Esc: the tree; 418 stays selected */
	TEXT(t, "1xx Informational");
	STARTS(t, 4, 0, 44, "\xe2\x96\xbe 4xx Client Error");
	SELECTED(t, ROW_OF(t, "  418 (Unused)"));
	CHECK(t, !vt_cursor_visible(t));
	scenario_quit(t, __LINE__);
	scenario_report("search teapot: one ranked row for 418, Enter keeps, "
			"Esc goes back to the tree on 418", t);
}

static void search_hangul(void)
{
	struct vt *t = START(24, 80, "--lang", "ko");

	TEXT(t, "5xx 서버 오류");
	vt_send(t, "/ㅇㅈ");
	TEXT(t, "/ㅇㅈ");
	WAIT_STARTS(t, 1, 0, " 401 Unauthorized"); /* 인증: authentication */
	TEXT(t, "/ㅇㅈ  1/");
	GONE(t, "1xx 정보");
	{ /* the cursor waits after the two wide characters */
		int r, c;

		vt_cursor_pos(t, &r, &c);
		CHECK(t, vt_cursor_visible(t) && r == 23 && c == 5);
	}
	vt_send(t, "\x7f");       /* Backspace: one whole character */
	TEXT(t, "/ㅇ  ");
	GONE(t, "/ㅇㅈ");
	vt_send(t, "\x7f");
	GONE(t, "/ㅇ");
	vt_send(t, "인증");
	TEXT(t, "/인증");
	WAIT_STARTS(t, 1, 0, " 401 Unauthorized");
	TEXT(t, " 407 Proxy Aut");
	{ /* Left: the cursor before 증, a wide character */
		int r, c;

		vt_send(t, K_LEFT);
		vt_settle(t, 100, TIMEOUT);
		vt_cursor_pos(t, &r, &c);
		CHECK(t, r == 23 && c == 3);
	}
	vt_send(t, "\033");
	TEXT(t, "1xx 정보");
	scenario_quit(t, __LINE__);
	scenario_report("search ㅇㅈ and 인증 in Korean; Backspace deletes a "
			"character", t);
}

static void search_nothing(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "/qqqxzzy");
	TEXT(t, "No code matches");
	vt_send(t, "\r");         /* nothing to keep: back where it was */
	TEXT(t, "5xx Server Error");
	SELECTED(t, 1);
	vt_send(t, "n");
	TEXT(t, "No search yet");
	scenario_quit(t, __LINE__);
	scenario_report("a search with no match says so; n without a "
			"search", t);
}

static void language_toggle(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "4xx Client Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "L");
	TEXT(t, "4xx 클라이언트 오류");
	CHECK(t, strstr(vt_row(t, 0), "한국어") != NULL);
	TEXT(t, "명세");           /* the Spec label */
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	vt_send(t, "L");
	TEXT(t, "4xx Client Error");
	TEXT(t, "Spec");
	scenario_quit(t, __LINE__);
	scenario_report("L switches Korean and English, keeping the "
			"selection", t);
}

static void help_screen(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Moving");
	CHECK(t, strstr(vt_row(t, 0), "Keys") != NULL);
	TEXT(t, "Hide or show unofficial codes");
	vt_send(t, "G");           /* the end of it */
	TEXT(t, "Switch Korean / English");
	TEXT(t, "Search (Korean, English, numbers)");
	GONE(t, "5xx Server Error");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("? shows the help from the key table; Esc closes "
			"it", t);
}

/* Every key that --help lists is on the help screen, and the other way. */
static void help_matches_usage(void)
{
	struct vt *u = START(60, 100, "--help");
	struct vt *t;
	char lines[64][128];
	int n = 0, in = 0;

	vt_wait_exit(u, TIMEOUT);
	for (int r = 0; r < vt_rows(u) && n < 64; r++) {
		const char *s = vt_row(u, r);

		if (strstr(s, "Keys in the browser"))
			in = 1;
		else if (in && !strncmp(s, "    ", 4) && strlen(s) > 20)
			snprintf(lines[n++], sizeof lines[0], "%s", s + 20);
	}
	CHECK(u, n >= 20);
	t = START(60, 120, "--lang", "en");
	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Moving");
	for (int i = 0; i < n; i++)
		if (vt_find(t, lines[i]) < 0)
			scenario_fail(t, __LINE__, "--help has '%s', the help "
				      "screen not", lines[i]);
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	vt_free(u);
	scenario_report("--help and the ? screen list the same keys", t);
}

static void resize_keeps_selection(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_resize(t, 20, 50);
	/* stacked: the tree alone, full width, 404 still selected */
	TEXT(t, "  404 Not Found");
	GONE(t, " 404   Not Found");
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	CHECK(t, strchr(vt_row(t, ROW_OF(t, "  404 Not Found")), 0xe2) == NULL);
	CHECK(t, strstr(vt_row(t, 19), "q quit") != NULL);
	vt_resize(t, 40, 120);
	TEXT(t, " 404   Not Found");
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	STARTS(t, 1, 44, 45, "\xe2\x94\x82");
	scenario_quit(t, __LINE__);
	scenario_report("resize 120x40 -> 50x20 -> 120x40 keeps 404 "
			"selected", t);
}

static void stacked_panes(void)
{
	struct vt *t = START(20, 50, "--lang", "en");

	TEXT(t, "5xx Server Error");
	STARTS(t, 1, 0, -1, "\xe2\x96\xb8 1xx Informational");
	vt_send(t, "503");
	TEXT(t, "  503 Service Unavailable");
	vt_send(t, "\r");        /* open: the detail takes the screen */
	TEXT(t, " 503   Service Unavailable");
	GONE(t, "5xx Server Error");
	TEXT(t, "Retry-After");
	vt_send(t, "\033");      /* back to the tree */
	TEXT(t, "5xx Server Error");
	SELECTED(t, ROW_OF(t, "  503 Service Unavailable"));
	scenario_quit(t, __LINE__);
	scenario_report("at 50x20 the panes stack: Enter opens, Esc goes "
			"back", t);
}

static void too_small(void)
{
	struct vt *t = START(8, 30, "--lang", "en");

	TEXT(t, "Too small (40x10)");
	CHECK(t, vt_find(t, "Too small (40x10)") == 4);
	for (int r = 0; r < 8; r++)
		if (r != 4 && *vt_row(t, r))
			scenario_fail(t, __LINE__, "row %d is not empty", r);
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	GONE(t, "Please enlarge");
	vt_resize(t, 6, 79);
	TEXT(t, "Please enlarge the terminal (40x10)");
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("below 40x10 one line asks to enlarge; growing "
			"restores", t);
}

static void check_restored(struct vt *t, int line)
{
	if (vt_altscreen(t))
		scenario_fail(t, line, "still in the alternate screen");
	if (!vt_cursor_visible(t))
		scenario_fail(t, line, "the cursor is hidden");
}

static void quit_restores(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	CHECK(t, vt_altscreen(t));
	CHECK(t, !vt_cursor_visible(t));
	scenario_quit(t, __LINE__);
	check_restored(t, __LINE__);
	GONE(t, "5xx Server Error");
	scenario_report("q restores the screen: main screen, cursor shown, "
			"exit 0", t);
}

static void signal_restores(const char *name, int sig, const char *keys)
{
	struct vt *t = START(24, 80, "--lang", "en");
	char title[80];
	int st;

	TEXT(t, "5xx Server Error");
	vt_send(t, "/abc");       /* in the middle of something */
	TEXT(t, "/abc");
	if (keys)
		vt_send(t, keys);
	else
		kill(vt_pid(t), sig);
	st = vt_wait_exit(t, TIMEOUT);
	if (st < 0 || !WIFSIGNALED(st) || WTERMSIG(st) != sig)
		scenario_fail(t, __LINE__, "status %d, not killed by signal %d",
			      st, sig);
	check_restored(t, __LINE__);
	snprintf(title, sizeof title, "%s restores the terminal", name);
	scenario_report(title, t);
}

static void term_problems(void)
{
	static const char *const unknown[] = { "TERM=no-such-terminal", NULL };
	static const char *const unset[] = { "TERM", NULL };
	struct vt *t = scenario_start(24, 80, unknown, "--lang", "en", NULL);
	int st = vt_wait_exit(t, TIMEOUT);

	CHECK(t, st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 2);
	STARTS(t, 0, 0, -1, "httpcodes: unknown terminal type 'no-such-terminal'");
	CHECK(t, *vt_row(t, 1) == '\0');
	CHECK(t, !vt_altscreen(t));
	scenario_report("TERM unknown: one line, exit 2", t);

	t = scenario_start(24, 80, unset, "--lang", "en", NULL);
	st = vt_wait_exit(t, TIMEOUT);
	CHECK(t, st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 2);
	STARTS(t, 0, 0, -1, "httpcodes: TERM is not set");
	CHECK(t, *vt_row(t, 1) == '\0');
	scenario_report("TERM unset: one line, exit 2", t);
}

static void no_colour(void)
{
	static const char *const env[] = { "NO_COLOR=1", NULL };
	struct vt *t = scenario_start(24, 80, env, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	CHECK(t, !vt_any_colour(t));
	SELECTED(t, 1); /* still visible, by reverse video */
	scenario_quit(t, __LINE__);
	scenario_report("NO_COLOR: no colour, selection still shown", t);

	t = START(24, 80, "--lang", "en", "--color=never");
	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, !vt_any_colour(t));
	scenario_quit(t, __LINE__);
	scenario_report("--color=never: no colour", t);
}

/* 8 colours (TERM=xterm) and none at all (TERM=vt100): same screen,
 * the selection still visible. */
static void small_terminals(void)
{
	static const char *const xterm[] = { "TERM=xterm", NULL };
	static const char *const vt100[] = { "TERM=vt100", NULL };
	static const char *const linux_console[] = { "TERM=linux", NULL };
	struct vt *t = scenario_start(24, 80, xterm, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, vt_any_colour(t));
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	scenario_quit(t, __LINE__);
	scenario_report("8-colour terminal (TERM=xterm)", t);

	t = scenario_start(24, 80, vt100, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, !vt_any_colour(t));
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	scenario_quit(t, __LINE__);
	scenario_report("monochrome terminal (TERM=vt100)", t);

	/* a description without a size of its own: the kernel's is used */
	t = scenario_start(24, 80, linux_console, "--lang", "en", NULL);
	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, strstr(vt_row(t, 23), "q quit") != NULL);
	scenario_quit(t, __LINE__);
	scenario_report("the Linux console (TERM=linux, no lines or cols in "
			"its description) starts at the terminal's size", t);
}

static void unofficial_toggle(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "jjjl");
	TEXT(t, "  419 Page Expired");
	CHECK(t, strstr(vt_row(t, ROW_OF(t, "  419 Page Expired")), "unofficial"));
	CHECK(t, strstr(vt_row(t, ROW_OF(t, "  418 ")), "unused"));
	vt_send(t, "u");
	TEXT(t, "Unofficial codes hidden");
	GONE(t, "  419 Page Expired");
	TEXT(t, "  421 Misdirected Request");
	CHECK(t, vt_find(t, "420 Enhance") < 0);
	vt_send(t, "u");
	TEXT(t, "  419 Page Expired");
	scenario_quit(t, __LINE__);
	scenario_report("unofficial codes are tagged; u hides and shows "
			"them", t);
}

static void copy_osc52(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	const char *want = "\033]52;c;NDA0IE5vdCBGb3VuZA==\a";
	size_t n;
	const char *out;

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "y");
	TEXT(t, "Copied: 404 Not Found");
	out = vt_output(t, &n);
	CHECK(t, memmem(out, n, want, strlen(want)) != NULL);
	scenario_quit(t, __LINE__);
	scenario_report("y copies \"404 Not Found\" with OSC 52", t);
}

/* Y copies the spec's address as y copies the code; a code without a
 * spec, or a class, says there is none and copies nothing. */
static void copy_spec_url(void)
{
	struct vt *t = START(24, 100, "--lang", "en");
	const char *want = "\033]52;c;aHR0cHM6Ly93d3cucmZjLWVkaXRvci5vcmcvcmZj"
			   "L3JmYzkxMTAjc2VjdGlvbi0xNS41LjU=\a";
	size_t n;
	const char *out;

	TEXT(t, "5xx Server Error");
	vt_send(t, "Y");           /* on the class 1xx */
	TEXT(t, "No spec address to copy");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "Y");
	TEXT(t, "Copied: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
	out = vt_output(t, &n);
	CHECK(t, memmem(out, n, want, strlen(want)) != NULL);
	vt_send(t, "444");         /* unofficial: no spec */
	TEXT(t, " 444   No Response");
	vt_send(t, "Y");
	TEXT(t, "No spec address to copy");
	out = vt_output(t, &n);
	/* the one copy is the one of 404 */
	CHECK(t, memmem(out, n, "\033]52;", 5) ==
		 memmem(out, n, want, strlen(want)));
	vt_send(t, "L");
	TEXT(t, "HTTP 상태 코드");
	vt_send(t, "Y");
	TEXT(t, "명세 주소가 없습니다");
	scenario_quit(t, __LINE__);
	scenario_report("Y copies the spec's address with OSC 52; none "
			"for a code without a spec", t);
}

/* ---- long texts (tests/cli/data/long-utf8-*.rec) ----------------------- */

static int b64_value(char c)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				  "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(set, c) : NULL;

	return p ? (int)(p - set) : -1;
}

/* What the last OSC 52 put on the clipboard, decoded (static). */
static const char *last_copy(struct vt *t)
{
	static char out[8192];
	size_t n, k = 0;
	const char *s = vt_output(t, &n), *p = NULL, *q;
	unsigned v = 0;
	int bits = 0;

	for (q = s; (q = memmem(q, n - (size_t)(q - s), "\033]52;c;", 7));
	     q += 7)
		p = q + 7;
	out[0] = '\0';
	if (!p)
		return out;
	for (; p < s + n && *p != '\a' && k + 1 < sizeof out; p++) {
		int d = b64_value(*p);

		if (d < 0)
			continue; /* the '=' padding */
		v = v << 6 | (unsigned)d;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[k++] = (char)(v >> bits & 0xff);
		}
	}
	out[k] = '\0';
	return out;
}

static int count_of(const char *s, const char *what)
{
	int k = 0;

	for (; (s = strstr(s, what)); s += strlen(what))
		k++;
	return k;
}

/* A phrase of 900 bytes of Hangul after 0, 1 or 2 ASCII letters: y
 * copies it whole, the related-code link shows as much as its pane has
 * room for, and the status line ends at a character. */
static void long_texts(void)
{
	const char *srcdir = getenv("top_srcdir");

	for (int k = 0; k < 3; k++) {
		char data[4200], want[2048], name[160];
		struct vt *t;
		int row;

		snprintf(data, sizeof data, "%s/tests/cli/data/long-utf8-%d.rec",
			 srcdir ? srcdir : ".", k);
		snprintf(want, sizeof want, "404 %.*s", k, "aa");
		for (int i = 0; i < 150; i++)
			strcat(want, "없음");
		t = START(40, 200, "--lang", "en", "--data", data);
		TEXT(t, "4xx");
		vt_send(t, "404");
		TEXT(t, " 404   ");
		vt_send(t, "y");
		TEXT(t, "Copied: 404 ");
		if (strcmp(last_copy(t), want))
			scenario_fail(t, __LINE__, "copied %zu bytes, not the "
				      "%zu of \"404 <phrase>\"",
				      strlen(last_copy(t)), strlen(want));
		CHECK(t, vt_find(t, "\xef\xbf\xbd") < 0); /* no U+FFFD */
		/* the link to 410: past the 52 characters a 160-byte buffer
		 * held */
		vt_send(t, "410");
		TEXT(t, " 410   ");
		row = ROW_OF(t, "\xe2\x94\x82   404 "); /* a link in the detail */
		/* cut at the detail's measure, with an ellipsis */
		if (row >= 0) {
			CHECK(t, count_of(vt_row(t, row), "없음") > 20);
			CHECK(t, strstr(vt_row(t, row), "\xe2\x80\xa6") != NULL);
		}
		CHECK(t, vt_find(t, "\xef\xbf\xbd") < 0);
		scenario_quit(t, __LINE__);
		snprintf(name, sizeof name, "a long Hangul phrase after %d "
			 "letter%s: y copies it whole, links and messages cut "
			 "at a character", k, k == 1 ? "" : "s");
		scenario_report(name, t);
	}
}

static void follow_related(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "401");
	TEXT(t, " 401   Unauthorized");
	TEXT(t, "Related");
	TEXT(t, "  403 Forbidden");
	vt_send(t, "\t");          /* to the detail pane: 403 is chosen */
	vt_send(t, "\r");          /* follow it */
	TEXT(t, " 403   Forbidden");
	SELECTED(t, ROW_OF(t, "  403 Forbidden"));
	vt_send(t, "b");           /* back */
	TEXT(t, " 401   Unauthorized");
	SELECTED(t, ROW_OF(t, "  401 Unauthorized"));
	vt_send(t, "b");
	TEXT(t, "Nothing to go back to");
	scenario_quit(t, __LINE__);
	scenario_report("related codes: Tab, Enter follows, b comes back", t);
}

/* The row whose cells from c0 on hold s, or -1. */
static int row_in(struct vt *t, int c0, int c1, const char *s)
{
	for (int r = 0; r < vt_rows(t); r++)
		if (strstr(vt_cells(t, r, c0, c1), s))
			return r;
	return -1;
}

/* In the detail, the wheel scrolls and a click on a related code follows
 * it (Back comes to the place left); in the help the wheel scrolls. */
static void mouse_detail(void)
{
	struct vt *t = START(24, 100, "--lang", "en");
	char buf[64];
	int r;

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, row_in(t, 42, 100, "Related") < 0);
	for (int i = 0; i < 6; i++)
		vt_send(t, "\033[<65;60;12M"); /* the wheel, over the detail */
	TEXT(t, "Related");
	r = row_in(t, 42, 100, "410 Gone");
	CHECK(t, r > 0);
	snprintf(buf, sizeof buf, "\033[<0;70;%dM\033[<0;70;%dm", r + 1,
		 r + 1);
	vt_send(t, buf);
	TEXT(t, " 410   Gone");
	vt_send(t, "b");               /* back, scrolled as it was */
	GONE(t, " 410   Gone");
	CHECK(t, row_in(t, 42, 100, "410 Gone") == r);
	vt_send(t, "?");
	TEXT(t, "Moving");
	for (int i = 0; i < 4; i++)
		vt_send(t, "\033[<65;20;12M");
	GONE(t, "Moving");
	vt_send(t, "\033");
	TEXT(t, "Related");
	scenario_quit(t, __LINE__);
	scenario_report("mouse in the detail: the wheel scrolls, a click on a "
			"related code follows it, Back returns scrolled; the "
			"wheel scrolls the help", t);
}

static void mouse(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "\033[<0;5;5M\033[<0;5;5m"); /* click row 4: 4xx */
	TEXT(t, " 4xx   Client Error");
	SELECTED(t, 4);
	vt_send(t, "\033[<0;5;5M\033[<0;5;5m"); /* again: opens it */
	TEXT(t, "  400 Bad Request");
	for (int i = 0; i < 4; i++)
		vt_send(t, "\033[<65;5;10M");   /* wheel down */
	GONE(t, "1xx Informational");
	vt_send(t, "\033[<64;5;10M\033[<64;5;10M\033[<64;5;10M\033[<64;5;10M");
	TEXT(t, "1xx Informational");
	scenario_quit(t, __LINE__);
	scenario_report("mouse: a click selects, a second opens, the wheel "
			"scrolls", t);
}

static void ascii_locale(void)
{
	static const char *const env[] = { "LC_ALL=C", NULL };
	struct vt *t = scenario_start(24, 80, env, NULL);

	TEXT(t, "5xx Server Error");
	STARTS(t, 1, 0, 32, "+ 1xx Informational");
	STARTS(t, 1, 32, 33, "|");
	vt_send(t, "L");
	TEXT(t, "Korean needs a UTF-8 terminal");
	vt_send(t, "jjj\r");
	TEXT(t, "- 4xx Client Error");
	scenario_quit(t, __LINE__);
	scenario_report("C locale: English, ASCII tree lines", t);
}

static void detail_scroll(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "\t");
	vt_send(t, "\033[6~");     /* PgDn in the detail */
	GONE(t, " 404   Not Found");
	SELECTED(t, ROW_OF(t, "  404 Not Found") );
	vt_send(t, "g");
	TEXT(t, " 404   Not Found");
	vt_send(t, "\t");          /* back to the tree; j moves it again */
	vt_send(t, "j");
	TEXT(t, " 405   Method Not Allowed");
	scenario_quit(t, __LINE__);
	scenario_report("the detail scrolls on its own; Tab switches panes", t);
}

static void suspend_resume(void)
{
	struct vt *t = scenario_start_job(24, 80, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "\032");       /* Ctrl-Z */
	TEXT(t, "[stopped]");
	check_restored(t, __LINE__);
	CHECK(t, paste_mode(t) == 0);
	GONE(t, "5xx Server Error");
	vt_send(t, "fg\r");
	TEXT(t, " 404   Not Found");
	CHECK(t, vt_altscreen(t));
	vt_settle(t, 100, TIMEOUT);
	CHECK(t, paste_mode(t) == 1);
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	scenario_quit(t, __LINE__);
	check_restored(t, __LINE__);
	scenario_report("Ctrl-Z suspends with the terminal restored; fg "
			"redraws", t);
}

/* ---- the ranked list, the line editor, pasting (the search issue) ---- */

/* Every row of the left pane ends before the separator: the rows fit. */
static void separator_intact(struct vt *t, int col, int last, int line)
{
	for (int r = 1; r <= last; r++)
		if (strncmp(vt_cells(t, r, col, col + 1), "\xe2\x94\x82", 3)) {
			scenario_fail(t, line, "row %d: no separator at col %d "
				      "('%s')", r, col,
				      scenario_copy(vt_row(t, r)));
			return;
		}
}

static void ranked_timeout(void)
{
	int codes[64], n = engine_order("timeout", codes, 64);
	struct vt *t = START(24, 80, "--lang", "en");
	char count[32];

	CHECK(t, n >= 2);
	TEXT(t, "5xx Server Error");
	vt_send(t, "/timeout");
	BOX(t, 23, "timeout");
	snprintf(count, sizeof count, "1/%d", n);
	TEXT(t, count);
	/* best first: a timeout code on top, then the engine's order */
	CHECK(t, !strncmp(vt_row(t, 1), " 408 ", 5) ||
	      !strncmp(vt_row(t, 1), " 504 ", 5));
	rows_in_order(t, 1, 22, codes, n, __LINE__);
	SELECTED(t, 1);
	CHECK(t, !vt_reverse(t, 2, 0));
	separator_intact(t, 32, 22, __LINE__);
	/* the detail follows the selected row */
	snprintf(count, sizeof count, "  %03d ", codes[0]);
	STARTS(t, 1, 33, -1, count);
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("/timeout at 80x24: a flat list in the engine's rank "
			"order, a timeout first, rows fit", t);
}

static void ranked_not_found(void)
{
	int codes[64], n = engine_order("not found", codes, 64);
	struct vt *t = START(40, 120, "--lang", "en");

	CHECK(t, n >= 2 && codes[0] == 404);
	TEXT(t, "5xx Server Error");
	vt_send(t, "/not found");
	BOX(t, 39, "not found");
	WAIT_STARTS(t, 1, 0, " 404 Not Found");
	rows_in_order(t, 1, 38, codes, n, __LINE__);
	separator_intact(t, 44, 38, __LINE__);
	TEXT(t, " 404   Not Found");
	vt_send(t, "\033");
	TEXT(t, "1xx Informational");
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	scenario_quit(t, __LINE__);
	scenario_report("/not found at 120x40: 404 first, the rest in rank "
			"order", t);
}

/* No code has every word: the closest, under a line that says so; none
 * close at all: a hint. */
static void ranked_partial(void)
{
	int codes[64], n = engine_order("maintenance qqqqqq", codes, 64);
	struct vt *t = START(40, 120, "--lang", "en");
	char count[32];

	CHECK(t, n >= 1 && codes[0] == 503);
	TEXT(t, "5xx Server Error");
	vt_send(t, "/maintenance qqqqqq");
	BOX(t, 39, "maintenance qqqqqq");
	WAIT_STARTS(t, 1, 0, " No code matches every word; closest:");
	rows_in_order(t, 2, 38, codes, n, __LINE__);
	snprintf(count, sizeof count, "1/%d", n);
	TEXT(t, count);
	SELECTED(t, 2);
	TEXT(t, " 503   Service Unavailable");
	vt_send(t, "\025qqqqqq zzzzzz");  /* ^U, then nothing close */
	GONE(t, "closest:");
	GONE(t, " 503 ");
	TEXT(t, "Try fewer words");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("no code has every word: the closest, under a line "
			"that says so; none close: a hint", t);
	t = START(40, 120, "--lang", "ko");
	TEXT(t, "5xx");
	vt_send(t, "/점검 qqqqqq");
	WAIT_STARTS(t, 1, 0, " 모든 단어가 맞는 코드가 없습니다");
	TEXT(t, " 503   Service Unavailable");
	vt_send(t, "\033");
	GONE(t, "모든 단어");
	scenario_quit(t, __LINE__);
	scenario_report("the same line in Korean", t);
}

/* Below 80 columns: the list alone, full width; Enter keeps, Enter opens
 * the detail, Esc goes back to the list, then to the tree. */
static void ranked_narrow(void)
{
	int codes[64], n = engine_order("timeout", codes, 64);
	struct vt *t = START(20, 50, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "/timeout");
	BOX(t, 19, "timeout");
	rows_in_order(t, 1, 18, codes, n, __LINE__);
	vt_send(t, "\r");
	TEXT(t, "n/N");
	vt_send(t, "\r");          /* open the selected code */
	{
		char head[16];

		snprintf(head, sizeof head, "  %03d ", codes[0]);
		WAIT_STARTS(t, 1, 0, head);
	}
	GONE(t, "n/N");
	TEXT(t, "/timeout");       /* the query stays in sight */
	vt_send(t, "\033");        /* back to the list */
	TEXT(t, "n/N");
	rows_in_order(t, 1, 18, codes, n, __LINE__);
	vt_send(t, "\033");        /* and to the tree */
	TEXT(t, "1xx Informational");
	GONE(t, "/timeout");
	scenario_quit(t, __LINE__);
	scenario_report("the ranked list at 50x20: full width, Enter opens, "
			"Esc back to the list, then the tree", t);

	t = START(20, 50, "--lang", "ko");
	TEXT(t, "5xx 서버 오류");
	vt_send(t, "/토큰");
	TEXT(t, "/토큰  1/");
	/* a match outside the phrase is shown with its field */
	TEXT(t, "키워드: ");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("the ranked list at 50x20 in Korean: keyword "
			"excerpts", t);
}

/* Hangul in the rows: two columns each, never past the separator. */
static void ranked_korean(void)
{
	struct vt *t = START(24, 80, "--lang", "ko");

	TEXT(t, "5xx 서버 오류");
	vt_send(t, "/재시도");
	TEXT(t, "/재시도  1/");
	separator_intact(t, 32, 22, __LINE__);
	vt_send(t, "\025토큰 만료");
	TEXT(t, "/토큰 만료  1/");
	separator_intact(t, 32, 22, __LINE__);
	vt_resize(t, 40, 120);
	TEXT(t, "/토큰 만료  1/");
	separator_intact(t, 44, 38, __LINE__);
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("Korean rows fit at 80x24 and 120x40", t);
}

/* Kept results: digits jump among the rows, u hides unofficial rows, a
 * related code among the results selects its row, one outside them goes
 * back to the tree. */
static void kept_results(void)
{
	int std[64], ns = engine_order_std("timeout", std, 64, 1);
	struct vt *t = START(24, 80, "--lang", "en");
	char want[32];

	TEXT(t, "5xx Server Error");
	vt_send(t, "/timeout");
	BOX(t, 23, "timeout");
	vt_send(t, "\r");
	TEXT(t, "n/N");
	vt_send(t, "408");
	TEXT(t, " 408   Request Timeout");
	SELECTED(t, ROW_OF(t, " 408 Request Timeout"));
	vt_send(t, "u");                        /* hide unofficial codes */
	snprintf(want, sizeof want, "/%d", ns);
	TEXT(t, want);
	rows_in_order(t, 1, 22, std, ns, __LINE__);
	TEXT(t, " 408   Request Timeout");      /* still selected */
	vt_send(t, "u");
	vt_send(t, "g");
	TEXT(t, "/timeout  1/");
	vt_send(t, "\t");                       /* 504's related codes */
	vt_send(t, "\033OC");                   /* the second: 408 */
	TEXT(t, "Related");
	vt_send(t, "\r");
	TEXT(t, " 408   Request Timeout");
	TEXT(t, "/timeout  2/");                /* its row, still kept */
	vt_send(t, "\033");                     /* to the list */
	TEXT(t, "n/N");
	vt_send(t, "g");
	TEXT(t, "/timeout  1/");
	vt_send(t, "\t\r");     /* 504's first, 502, out of sight: followed */
	TEXT(t, " 502   Bad Gateway");
	GONE(t, "/timeout");                    /* not a result: the tree */
	SELECTED(t, ROW_OF(t, "  502 Bad Gateway"));
	vt_send(t, "\033b");                    /* and back */
	TEXT(t, " 504   Gateway Timeout");
	scenario_quit(t, __LINE__);
	scenario_report("kept results: digits, u, related codes in and out "
			"of the results", t);
}

/* Digit jumps name the whole number typed, with the CLI's nearest
 * codes; a pause of over a second starts a new number ("20", a pause,
 * "209" is 209, not 202). */
static void digit_jumps(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "999");
	TEXT(t, "999: No such code; nearest: 599, 598, 561");
	vt_send(t, "600");
	TEXT(t, "600: No such code; nearest: 599");
	vt_send(t, "20");
	TEXT(t, " 200   OK");
	usleep(1300 * 1000);
	vt_send(t, "209");
	TEXT(t, "209: No such code; nearest: 208");
	vt_send(t, "404");                  /* and a real code still jumps */
	TEXT(t, " 404   Not Found");
	vt_send(t, "u599");                 /* hidden by u: shown, said */
	TEXT(t, "599: hidden in the tree (u shows unofficial codes)");
	scenario_quit(t, __LINE__);
	scenario_report("digit jumps: the whole number named, its nearest "
			"codes, a new number after a pause", t);
}

static void counter_follows(void)
{
	int codes[64], n = engine_order("time", codes, 64);
	struct vt *t = START(24, 80, "--lang", "en");
	char want[32];

	CHECK(t, n >= 8);
	TEXT(t, "5xx Server Error");
	vt_send(t, "/time");
	BOX(t, 23, "time");
	vt_send(t, K_DOWN K_DOWN);
	snprintf(want, sizeof want, "/time  3/%d", n);
	TEXT(t, want);
	SELECTED(t, 3);
	snprintf(want, sizeof want, "  %03d ", codes[2]);
	WAIT_STARTS(t, 1, 33, want);        /* the detail follows */
	vt_send(t, K_UP);
	snprintf(want, sizeof want, "2/%d", n);
	TEXT(t, want);
	vt_send(t, "\r");                   /* keep: the same row */
	TEXT(t, "n/N");
	TEXT(t, want);
	vt_send(t, "G");                    /* End of the list */
	snprintf(want, sizeof want, "%d/%d", n, n);
	TEXT(t, want);
	vt_send(t, "g");                    /* Home */
	snprintf(want, sizeof want, "1/%d", n);
	TEXT(t, want);
	vt_send(t, K_PGDN);
	snprintf(want, sizeof want, "%d/%d", n < 22 ? n : 22, n);
	TEXT(t, want);
	vt_send(t, K_HOME);
	snprintf(want, sizeof want, "1/%d", n);
	TEXT(t, want);
	click(t, 5, 4);                     /* the fifth row */
	snprintf(want, sizeof want, "5/%d", n);
	TEXT(t, want);
	SELECTED(t, 5);
	/* n and N: the next and previous rows, wrapping round */
	vt_send(t, "n");
	snprintf(want, sizeof want, "6/%d", n);
	TEXT(t, want);
	SELECTED(t, 6);
	snprintf(want, sizeof want, "  %03d ", codes[5]);
	WAIT_STARTS(t, 1, 33, want);
	vt_send(t, "NN");
	snprintf(want, sizeof want, "4/%d", n);
	TEXT(t, want);
	SELECTED(t, 4);
	vt_send(t, "g");
	TEXT(t, "/time  1/");
	vt_send(t, "N");
	snprintf(want, sizeof want, "%d/%d", n, n);
	TEXT(t, want);
	vt_send(t, "n");
	snprintf(want, sizeof want, "1/%d", n);
	TEXT(t, want);
	SELECTED(t, 1);
	/* Esc: the tree, on the code that was selected */
	vt_send(t, "n");
	snprintf(want, sizeof want, "2/%d", n);
	TEXT(t, want);
	vt_send(t, "\033");
	TEXT(t, "1xx Informational");
	GONE(t, "/time");
	snprintf(want, sizeof want, "  %03d ", codes[1]);
	{ /* in the tree, not the detail */
		int found = 0;

		for (int r = 1; r < 23 && !found; r++)
			if (!strncmp(vt_cells(t, r, 0, 32), want, 6)) {
				SELECTED(t, r);
				found = 1;
			}
		CHECK(t, found);
	}
	scenario_quit(t, __LINE__);
	scenario_report("the counter follows arrows, Enter, Home/End, PgDn, "
			"a click, n/N (rank order, wrapping); Esc goes back to "
			"the tree on the code", t);
}

static void edit_in_the_middle(void)
{
	int codes[64], n = engine_order("timeout", codes, 64);
	struct vt *t = START(24, 80, "--lang", "en");
	int r, c;

	TEXT(t, "5xx Server Error");
	vt_send(t, "/tmeout");
	BOX(t, 23, "tmeout");
	vt_send(t, K_HOME K_RIGHT "i");
	BOX(t, 23, "timeout");
	vt_settle(t, 100, TIMEOUT);
	vt_cursor_pos(t, &r, &c);
	CHECK(t, r == 23 && c == 3);        /* after "/ti" */
	rows_in_order(t, 1, 22, codes, n, __LINE__);
	/* ^A ^E, Delete at the cursor, End */
	vt_send(t, "\001" K_DEL);
	BOX(t, 23, "imeout");
	vt_send(t, K_END "s");
	BOX(t, 23, "imeouts");
	vt_send(t, "\001\005\b");           /* ^A, ^E, ^H */
	BOX(t, 23, "imeout");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("the box edits in the middle: tmeout, Home, Right, i "
			"is timeout with timeout's results", t);
}

static void edit_words(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	int r, c;

	TEXT(t, "5xx Server Error");
	vt_send(t, "/404 not found");
	BOX(t, 23, "404 not found");
	vt_send(t, "\027");                 /* ^W: a word back */
	BOX(t, 23, "404 not");
	vt_send(t, "found");
	vt_send(t, K_CLEFT);                /* Ctrl-Left: before "found" */
	vt_settle(t, 100, TIMEOUT);
	vt_cursor_pos(t, &r, &c);
	CHECK(t, r == 23 && c == 9);
	vt_send(t, K_CLEFT K_CLEFT K_CRIGHT);   /* after "404" */
	vt_settle(t, 100, TIMEOUT);
	vt_cursor_pos(t, &r, &c);
	CHECK(t, r == 23 && c == 4);
	vt_send(t, "\013");                 /* ^K: to the end */
	BOX(t, 23, "404");
	WAIT_STARTS(t, 1, 0, " 404 Not Found");
	vt_send(t, " gone" K_CLEFT);
	vt_send(t, "\025");                 /* ^U: to the start */
	BOX(t, 23, "gone");
	WAIT_STARTS(t, 1, 0, " 410 Gone");
	vt_send(t, "\025");                 /* nothing before the cursor */
	BOX(t, 23, "gone");
	vt_send(t, "\005\025");             /* ^E ^U: all of it */
	TEXT(t, "5xx Server Error");       /* an empty box: the tree */
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("^W, Ctrl-Left/Right, ^K, ^U in the box", t);
}

static void long_query(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	char q[400];
	int r, c;

	for (int i = 0; i < 300; i++)
		q[i] = (char)('a' + i % 26);
	q[300] = '\0';
	TEXT(t, "5xx Server Error");
	vt_send(t, "/");
	TEXT(t, "Enter keep");
	vt_send(t, q);
	vt_send(t, "XYZ");
	/* the end is shown, where the cursor is; the start is out of sight */
	TEXT(t, "XYZ");
	CHECK(t, !strncmp(vt_row(t, 23), "/\xe2\x80\xa6", 4));
	vt_cursor_pos(t, &r, &c);
	CHECK(t, r == 23 && c < 80 && !strncmp(vt_cells(t, 23, c - 3, c), "XYZ", 3));
	vt_send(t, K_HOME);                 /* nothing was cut at 255 */
	WAIT_STARTS(t, 23, 0, "/abcdefghij");
	/* the ellipsis at the end of the box may come in a later read */
	vt_settle(t, 50, TIMEOUT);
	CHECK(t, strstr(vt_row(t, 23), "\xe2\x80\xa6") != NULL);
	CHECK(t, vt_find(t, "XYZ") < 0);
	vt_send(t, K_END "\b");
	TEXT(t, "XY ");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	/* past what the search reads: said, and kept */
	{
		static char big[1300];

		memcpy(big, "\033[200~", 6);
		for (int i = 0; i < 1100; i++)
			big[6 + i] = (char)('a' + i % 7);
		memcpy(big + 1106, "\033[201~", 7);
		vt_send(t, big);
	}
	TEXT(t, "only the start is searched");
	vt_send(t, "\033");
	TEXT(t, "5xx Server Error");
	scenario_quit(t, __LINE__);
	scenario_report("a query of 300 characters scrolls in the box and is "
			"kept whole; past 1024 bytes it says so", t);
}

/* The progress file the quiz would write in state. */
static const char *progress_path(const char *state)
{
	static char path[700];

	snprintf(path, sizeof path, "%s/httpcodes/progress", state);
	return path;
}

static const char *fresh_state(const char *name)
{
	static char dir[600];

	snprintf(dir, sizeof dir, "%s/%s", tmp_root, name);
	mkdir(dir, 0700);
	return dir;
}

/* Nothing of the paste ran: no quiz, no progress, still searching. */
static void paste_inert(struct vt *t, const char *state, int rows, int line)
{
	vt_settle(t, 300, TIMEOUT);
	if (vt_find(t, "practise") >= 0 || strstr(vt_row(t, 0), "Study"))
		scenario_fail(t, line, "the quiz opened");
	if (!strstr(vt_row(t, rows - 1), "Enter keep"))
		scenario_fail(t, line, "not in the search box any more");
	if (!vt_cursor_visible(t))
		scenario_fail(t, line, "the cursor is hidden");
	vt_send(t, "\033");
	/* the tree, on the code that was selected */
	if (!vt_wait_text(t, "1xx Informational", TIMEOUT) ||
	    strstr(vt_row(t, rows - 1), "Enter keep"))
		scenario_fail(t, line, "Esc did not go back to the tree");
	scenario_quit(t, line);
	if (access(progress_path(state), F_OK) == 0)
		scenario_fail(t, line, "a progress file was written");
}

static struct vt *start_state(int rows, int cols, const char *state)
{
	char env0[700];
	const char *env[] = { env0, NULL };

	snprintf(env0, sizeof env0, "XDG_STATE_HOME=%s", state);
	return scenario_start(rows, cols, env, "--lang", "en", NULL);
}

static void paste_bracketed(void)
{
	const char *state = fresh_state("paste-box");
	struct vt *t = start_state(24, 80, state);

	TEXT(t, "5xx Server Error");
	CHECK(t, paste_mode(t) == 1);       /* turned on at start */
	vt_send(t, "/");
	TEXT(t, "Enter keep");
	vt_send(t, PASTE("HTTP/1.1 404 Not Found\nt1"));
	BOX(t, 23, "HTTP/1.1 404 Not Found t1");
	paste_inert(t, state, 24, __LINE__);
	CHECK(t, paste_mode(t) == 0);       /* and off at the end */
	scenario_report("a bracketed paste with a newline goes into the box "
			"as one line; nothing runs, no progress written", t);

	state = fresh_state("paste-tree");
	t = start_state(24, 80, state);
	TEXT(t, "5xx Server Error");
	vt_send(t, PASTE("HTTP/1.1 404 Not Found\r\nt1"));
	BOX(t, 23, "HTTP/1.1 404 Not Found t1");
	paste_inert(t, state, 24, __LINE__);
	scenario_report("a paste while the tree has focus opens the box with "
			"the text", t);

	/* in the middle of the query, tabs and controls as single spaces */
	t = START(24, 80, "--lang", "en");
	TEXT(t, "5xx Server Error");
	vt_send(t, "/4 found");
	BOX(t, 23, "4 found");
	vt_send(t, K_HOME K_RIGHT);
	vt_send(t, PASTE("04\t\x01\n not\x1b[31m"));
	BOX(t, 23, "404 not found");
	WAIT_STARTS(t, 1, 0, " 404 Not Found");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("a paste goes in at the cursor; tabs, controls and "
			"escapes never reach the query", t);
}

static void paste_split(void)
{
	const char *state = fresh_state("paste-split");
	struct vt *t = start_state(24, 80, state);

	TEXT(t, "5xx Server Error");
	/* the marker's ESC alone in one read, the rest later */
	vt_send(t, "\033");
	usleep(35000);
	vt_send(t, "[200~HTTP/1.1 4");
	usleep(100000);
	vt_send(t, "04 Not Found\rt1\033[20");
	usleep(35000);
	vt_send(t, "1~");
	BOX(t, 23, "HTTP/1.1 404 Not Found t1");
	paste_inert(t, state, 24, __LINE__);
	scenario_report("a paste split across reads, its markers too", t);

	state = fresh_state("paste-open");
	t = start_state(24, 80, state);
	TEXT(t, "5xx Server Error");
	vt_send(t, "\033[200~abc\nt1");     /* the end marker never comes */
	BOX(t, 23, "abc t1");
	usleep(1500000);                   /* the paste has ended by now */
	vt_send(t, "d");
	BOX(t, 23, "abc t1d");
	paste_inert(t, state, 24, __LINE__);
	scenario_report("a paste without its end marker ends after a second "
			"of quiet, its text in the box", t);
}

/* A terminal without bracketed paste: the Enter of a pasted line and what
 * comes with it are text. */
static void paste_unmarked(void)
{
	const char *state = fresh_state("paste-plain");
	struct vt *t = start_state(24, 80, state);

	TEXT(t, "5xx Server Error");
	vt_send(t, "/");
	TEXT(t, "Enter keep");
	vt_send(t, "HTTP/1.1 404 Not Found\rt1");
	BOX(t, 23, "HTTP/1.1 404 Not Found t1");
	paste_inert(t, state, 24, __LINE__);
	scenario_report("without bracketed paste, text arriving with an Enter "
			"in the box is text, not keys", t);

	/* a typed Enter, alone, still keeps the results */
	t = START(24, 80, "--lang", "en");
	TEXT(t, "5xx Server Error");
	vt_send(t, "/gone");
	WAIT_STARTS(t, 1, 0, " 410 Gone");
	vt_send(t, "\r");
	TEXT(t, "n/N");
	vt_send(t, "\033");
	TEXT(t, "1xx Informational");
	GONE(t, "/gone");
	SELECTED(t, ROW_OF(t, "  410 Gone"));
	scenario_quit(t, __LINE__);
	scenario_report("a typed Enter alone keeps the results", t);
}

/* The style of the first cell of text s on a row, or 0. */
static unsigned long style_of(struct vt *t, int row, const char *s)
{
	const char *line = vt_row(t, row), *p = strstr(line, s);
	char cell[32];
	unsigned long st = 0;

	if (p)
		vt_cell(t, row, (int)(p - line), cell, &st);
	return st;
}

static void empty_box(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	unsigned long warn;
	char cell[32];

	TEXT(t, "5xx Server Error");
	vt_send(t, "/qqqxzzy");
	TEXT(t, "No code matches");
	TEXT(t, "Try fewer words");           /* a hint in the list */
	warn = style_of(t, 23, "No code matches");
	CHECK(t, warn != 0);
	vt_send(t, "\025");                   /* ^U: an empty box */
	TEXT(t, "5xx Server Error");
	GONE(t, "No code matches");
	for (int r = 1; r <= 5; r++)          /* everything, as before */
		CHECK(t, strstr(vt_row(t, r), "xx ") != NULL);
	for (int c = 0; c < 80; c++) {
		unsigned long st;

		vt_cell(t, 23, c, cell, &st);
		if (st == warn) {
			scenario_fail(t, __LINE__, "col %d of the status line "
				      "is in the warning colour", c);
			break;
		}
	}
	CHECK(t, vt_cursor_visible(t));
	vt_send(t, K_DOWN);                   /* the tree moves */
	TEXT(t, " 2xx   Successful");
	SELECTED(t, 2);
	vt_send(t, "\033");
	GONE(t, "Enter keep");
	SELECTED(t, 2);
	scenario_quit(t, __LINE__);
	scenario_report("an empty box: the whole tree, no warning colour", t);
}

static void recall(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "/timeout");
	BOX(t, 23, "timeout");
	vt_send(t, "\r");
	TEXT(t, "n/N");
	vt_send(t, "\033");
	GONE(t, "/timeout");
	vt_send(t, "/gone");
	BOX(t, 23, "gone");
	vt_send(t, "\033");
	GONE(t, "/gone");
	vt_send(t, "/teap");
	BOX(t, 23, "teap");
	vt_send(t, "\020");                   /* ^P: the last one */
	BOX(t, 23, "gone");
	vt_send(t, "\020");
	BOX(t, 23, "timeout");
	vt_send(t, "\016\016");               /* ^N ^N: back to the draft */
	BOX(t, 23, "teap");
	WAIT_STARTS(t, 1, 0, " 418 ");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("^P/^N recall this session's queries, then the "
			"draft", t);
}

static void paste_mode_exit(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	CHECK(t, paste_mode(t) == 1);
	vt_send(t, "\003");                   /* ^C: SIGINT */
	vt_wait_exit(t, TIMEOUT);
	CHECK(t, paste_mode(t) == 0);
	scenario_report("bracketed paste is off after Ctrl-C", t);
}

int main(int argc, char **argv)
{
	int job = scenario_init(argc, argv);

	if (job >= 0)
		return job;
	startup_80x24();
	startup_120x40_ko();
	expand_collapse();
	move_to_404();
	arrows_and_ends();
	search_teapot();
	search_hangul();
	search_nothing();
	language_toggle();
	help_screen();
	help_matches_usage();
	resize_keeps_selection();
	stacked_panes();
	too_small();
	quit_restores();
	signal_restores("Ctrl-C", SIGINT, "\003");
	signal_restores("SIGTERM", SIGTERM, NULL);
	signal_restores("SIGHUP", SIGHUP, NULL);
	if (scenario_can_job())
		suspend_resume();
	term_problems();
	no_colour();
	small_terminals();
	unofficial_toggle();
	copy_osc52();
	copy_spec_url();
	long_texts();
	follow_related();
	mouse();
	mouse_detail();
	ascii_locale();
	detail_scroll();
	ranked_timeout();
	ranked_not_found();
	ranked_narrow();
	ranked_partial();
	ranked_korean();
	kept_results();
	counter_follows();
	digit_jumps();
	edit_in_the_middle();
	edit_words();
	long_query();
	if (!mkdtemp(tmp_root)) {
		printf("Bail out! cannot make %s\n", tmp_root);
		return 99;
	}
	paste_bracketed();
	paste_split();
	paste_unmarked();
	empty_box();
	recall();
	paste_mode_exit();
	{
		char cmd[200];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
		if (system(cmd) != 0)
			printf("# could not remove %s\n", tmp_root);
	}
	return scenario_finish();
}
