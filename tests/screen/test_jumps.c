/* Screen tests for going to a code in the browser: hiding the unofficial
 * codes (u, or 'unofficial = hide' in the settings file) survives
 * searches, digit jumps and links, and a hidden code asked for is shown
 * with a note; digits name what was typed when no code has that number,
 * with the nearest codes, and a pause starts a new number; a box of
 * blanks is no query.  The real binary in a pseudo-terminal (as
 * test_screen.c).  TAP, one line per scenario. */
#include <config.h>

#include "scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp_root[] = "/tmp/httpcodes-jumps-XXXXXX";

/* Give the program time to read and answer what was sent. */
static void settle(struct vt *t)
{
	vt_settle(t, 150, 1500);
}

/* A settings directory whose file says unofficial = hide. */
static const char *hiding_config(void)
{
	static char dir[600];
	char path[700];
	FILE *f;

	snprintf(dir, sizeof dir, "%s/config", tmp_root);
	snprintf(path, sizeof path, "%s/httpcodes", dir);
	mkdir(dir, 0700);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/httpcodes/config", dir);
	f = fopen(path, "w");
	if (!f || fputs("unofficial = hide\n", f) < 0 || fclose(f) != 0)
		printf("# could not write %s\n", path);
	return dir;
}

static struct vt *start_hiding(int rows, int cols)
{
	static char env0[700];
	static const char *env[] = { env0, NULL };

	snprintf(env0, sizeof env0, "XDG_CONFIG_HOME=%s", hiding_config());
	return scenario_start(rows, cols, env, "--lang", "en", NULL);
}

/* u says which way it went: "shown" means they were hidden until now. */
static void still_hidden(struct vt *t, int line)
{
	vt_send(t, "u");
	if (!vt_wait_text(t, "Unofficial codes shown", TIMEOUT))
		scenario_fail(t, line, "hiding was not on any more");
}

/* The settings file hides them; a search that goes through unofficial
 * codes (440 for "time"), kept or left, does not show them again. */
static void search_keeps_hiding(void)
{
	struct vt *t = start_hiding(50, 100);

	TEXT(t, "5xx Server Error");
	vt_send(t, "4\r");                  /* 4xx open: 440 is not there */
	TEXT(t, "  451 Unavailable");
	CHECK(t, vt_find(t, "440 Login") < 0);
	vt_send(t, "/");
	for (const char *c = "time"; *c; c++) {
		char s[2] = { *c, 0 };

		vt_send(t, s);
		settle(t);
		CHECK(t, vt_find(t, "440 Login") < 0);
	}
	vt_send(t, "\r");                   /* kept */
	TEXT(t, "n/N");
	CHECK(t, vt_find(t, "440 Login") < 0);
	vt_send(t, "\033");
	GONE(t, "n/N");
	TEXT(t, "  451 Unavailable");
	CHECK(t, vt_find(t, "440 Login") < 0);
	still_hidden(t, __LINE__);
	TEXT(t, "440 Login Time-out");
	scenario_quit(t, __LINE__);
	scenario_report("'unofficial = hide' survives a search through "
			"unofficial codes", t);
}

/* 599 typed while it is hidden: shown, with a note, the setting as it
 * was; it goes again when the selection leaves it. */
static void jump_to_hidden(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	int row;

	TEXT(t, "5xx Server Error");
	vt_send(t, "u");
	TEXT(t, "Unofficial codes hidden");
	vt_send(t, "599");
	TEXT(t, "599: hidden in the tree (u shows unofficial codes)");
	row = ROW_OF(t, "  599 Network Conne");
	if (row >= 0)
		SELECTED(t, row);
	STARTS(t, 1, 33, -1, "  599   Network Connect Timeout Error");
	vt_send(t, "k");                    /* up: 599 goes again */
	TEXT(t, "  527 Railgun Error");
	GONE(t, "599 Network Connect");
	GONE(t, "hidden in the tree");
	CHECK(t, vt_find(t, "598 Network") < 0);
	still_hidden(t, __LINE__);
	scenario_quit(t, __LINE__);
	scenario_report("a hidden code typed is shown with a note, hiding "
			"stays on", t);
}

/* A related link to a hidden code (408 to 499), and Back from it. */
static void link_to_hidden(void)
{
	struct vt *t = start_hiding(50, 100);

	TEXT(t, "5xx Server Error");
	vt_send(t, "408");
	TEXT(t, "  408   Request Timeout");
	TEXT(t, "  499 Client Closed Request");  /* in Related */
	vt_send(t, "\t");                   /* the first related code */
	TEXT(t, "Enter follow");
	vt_send(t, "\r");
	TEXT(t, "  499   Client Closed Request");
	TEXT(t, "499: hidden in the tree");
	vt_send(t, "b");
	TEXT(t, "  408   Request Timeout");
	GONE(t, "hidden in the tree");
	vt_send(t, "\033");                 /* the tree: no 499 in it */
	TEXT(t, "Tab pane");
	CHECK(t, vt_find(t, "\xe2\x94\x82  499") < 0);
	CHECK(t, strstr(vt_cells(t, vt_find(t, "  451 Unavailable") + 1, 0,
				 40), "499") == NULL);
	still_hidden(t, __LINE__);
	scenario_quit(t, __LINE__);
	scenario_report("a link to a hidden code shows it with a note, Back "
			"hides it again", t);
}

/* Three digits that are no code: what was typed, and the nearest codes
 * as the CLI gives them (without the hidden ones when hiding). */
static void no_such_code(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "999");
	TEXT(t, "999: No such code; nearest: 599, 598, 561");
	vt_send(t, "j");
	GONE(t, "No such code");
	vt_send(t, "600");
	TEXT(t, "600: No such code; nearest: 599, 598, 561");
	vt_send(t, "u");
	TEXT(t, "Unofficial codes hidden");
	vt_send(t, "600");
	TEXT(t, "600: No such code; nearest: 527, 511, 510");
	vt_send(t, "099");
	TEXT(t, "099: No such code; nearest: 100, 101, 102");
	vt_send(t, "L");
	settle(t);
	vt_send(t, "999");
	TEXT(t, "999: \xec\x97\x86\xeb\x8a\x94 \xec\xbd\x94\xeb\x93\x9c"
		"\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4; \xea\xb0\x80\xea\xb9"
		"\x8c\xec\x9a\xb4 \xec\xbd\x94\xeb\x93\x9c: 527, 511, 510");
	scenario_quit(t, __LINE__);
	scenario_report("digits that are no code say what was typed and the "
			"nearest codes", t);
}

/* "20", a pause, "204": 204, not 202; the pause clears "Go to code". */
static void digits_time_out(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "20");
	TEXT(t, "Go to code: 20");
	TEXT(t, "  200   OK");
	GONE(t, "Go to code");              /* about a second */
	vt_send(t, "204");
	TEXT(t, "  204   No Content");
	settle(t);
	STARTS(t, 1, 33, -1, "  204   No Content");
	CHECK(t, vt_find(t, "No such code") < 0);
	vt_send(t, "404");                  /* no pause: one number */
	TEXT(t, "  404   Not Found");
	scenario_quit(t, __LINE__);
	scenario_report("a pause after digits starts a new number", t);
}

/* With a search kept, u leaves the hidden codes out of the count and of
 * n's round. */
static void kept_search_hides(void)
{
	struct vt *t = START(40, 120, "--lang", "en");
	char want[32];
	int n = 0;

	TEXT(t, "5xx Server Error");
	vt_send(t, "/login\r");
	TEXT(t, "n/N");
	TEXT(t, "440 Login Time-out");
	vt_send(t, "u");
	GONE(t, "440 Login Time-out");
	settle(t);
	for (int r = 1; r < 39; r++)
		if (vt_cells(t, r, 0, 3)[0] == ' ' &&
		    strspn(vt_cells(t, r, 1, 4), "0123456789") == 3)
			n++;
	CHECK(t, n >= 3);
	snprintf(want, sizeof want, "/login  1/%d ", n);
	TEXT(t, want);
	for (int i = 1; i <= n; i++) {
		vt_send(t, "n");
		snprintf(want, sizeof want, "/login  %d/%d ", i % n + 1, n);
		TEXT(t, want);
		CHECK(t, vt_find(t, "Status         unofficial") < 0);
	}
	scenario_quit(t, __LINE__);
	scenario_report("u with a search kept: the count and n leave hidden "
			"codes out", t);
}

/* Blanks in the box are no query: no warning, the tree stays. */
static void blank_box(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "/   ");
	settle(t);
	CHECK(t, vt_find(t, "No code matches") < 0);
	CHECK(t, vt_find(t, "Try fewer words") < 0);
	TEXT(t, "5xx Server Error");
	vt_send(t, "\r");                   /* nothing to keep */
	TEXT(t, "/ search");
	CHECK(t, vt_find(t, "n/N") < 0);
	scenario_quit(t, __LINE__);
	scenario_report("a box of blanks shows no 'No code matches'", t);
}

int main(int argc, char **argv)
{
	int job = scenario_init(argc, argv);
	char cmd[200];

	if (job >= 0)
		return job;
	if (!mkdtemp(tmp_root)) {
		printf("Bail out! cannot make %s\n", tmp_root);
		return 99;
	}
	search_keeps_hiding();
	jump_to_hidden();
	link_to_hidden();
	no_such_code();
	digits_time_out();
	kept_search_hides();
	blank_box();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp_root);
	return scenario_finish();
}
