/* Screen tests: the real binary in a pseudo-terminal, scripted keys, the
 * screen text checked.  TAP, one line per scenario.  Expectations are on
 * codes, phrases, structure and key lines, not on the wording of the
 * descriptions, so edits to the data do not break them. */
#include <config.h>

#include "scenario.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

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
	STARTS(t, 1, 0, 44, "\xe2\x96\xbe 4xx Client Error");
	STARTS(t, 2, 0, 44, "  418 ");
	GONE(t, "1xx Informational");
	SELECTED(t, 2);
	TEXT(t, "I'm a teapot");
	CHECK(t, vt_cursor_visible(t));
	vt_send(t, "\r");        /* keep the results */
	TEXT(t, "n/N");
	GONE(t, "Enter keep");
	vt_send(t, "\033");      /* Esc clears; 418 stays selected */
	TEXT(t, "1xx Informational");
	STARTS(t, 4, 0, 44, "\xe2\x96\xbe 4xx Client Error");
	SELECTED(t, ROW_OF(t, "  418 (Unused)"));
	CHECK(t, !vt_cursor_visible(t));
	scenario_quit(t, __LINE__);
	scenario_report("search teapot: filtered to 418, Enter keeps, Esc "
			"clears", t);
}

static void search_hangul(void)
{
	struct vt *t = START(24, 80, "--lang", "ko");

	TEXT(t, "5xx 서버 오류");
	vt_send(t, "/ㅇㅈ");
	TEXT(t, "/ㅇㅈ");
	TEXT(t, "  401 Unauthorized"); /* 인증: authentication */
	TEXT(t, "개 일치");
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
	TEXT(t, "  401 Unauthorized");
	TEXT(t, "  407 Proxy Auth");
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
	TEXT(t, "Switch Korean / English");
	TEXT(t, "Hide or show unofficial codes");
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

	TEXT(t, "Please enlarge");
	CHECK(t, vt_find(t, "Please enlarge") == 4);
	for (int r = 0; r < 8; r++)
		if (r != 4 && *vt_row(t, r))
			scenario_fail(t, __LINE__, "row %d is not empty", r);
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	GONE(t, "Please enlarge");
	vt_resize(t, 6, 79);
	TEXT(t, "Please enlarge");
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
	GONE(t, "5xx Server Error");
	vt_send(t, "fg\r");
	TEXT(t, " 404   Not Found");
	CHECK(t, vt_altscreen(t));
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	scenario_quit(t, __LINE__);
	check_restored(t, __LINE__);
	scenario_report("Ctrl-Z suspends with the terminal restored; fg "
			"redraws", t);
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
	follow_related();
	mouse();
	ascii_locale();
	detail_scroll();
	return scenario_finish();
}
