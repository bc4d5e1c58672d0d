/* Screen tests for the browser and the terminal it runs in: escape
 * sequences the terminal description does not know are dropped whole
 * (never read as Esc and letters), a locale that cannot show Korean gets
 * ASCII text, and the Korean tree shows the Korean titles where there is
 * room.  The real binary in a pseudo-terminal (as test_screen.c), TERM
 * xterm-256color.  TAP, one line per scenario. */
#include <config.h>

#include "scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PASTE(s) "\033[200~" s "\033[201~"

/* Give the program time to read and answer what was sent. */
static void settle(struct vt *t)
{
	vt_settle(t, 150, 1500);
}

/* End as the console and rxvt send it ("ESC [ 4 ~"), which xterm's
 * description lacks: the help stays open, and 4 does not jump to 4xx. */
static void unknown_end_in_help(void)
{
	struct vt *t = START(40, 120, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "?");
	TEXT(t, "Moving");
	vt_send(t, "\033[4~");
	settle(t);
	CHECK(t, vt_find(t, "Moving") >= 0);
	CHECK(t, vt_find(t, "5xx Server Error") < 0);
	vt_send(t, "\033");          /* a lone Esc still closes it */
	TEXT(t, "5xx Server Error");
	SELECTED(t, 1);
	CHECK(t, vt_find(t, "\xe2\x96\xbe 4xx") < 0);
	STARTS(t, 1, 45, -1, "  1xx   Informational");
	scenario_quit(t, __LINE__);
	scenario_report("an End sequence the terminfo lacks keeps the help "
			"open and jumps nowhere", t);
}

/* Sequences of every shape, known to ncurses or not, do nothing; the
 * next key works as ever. */
static void unknown_sequences_ignored(void)
{
	static const char *const seqs[] = {
		"\033[1;5H",   /* Ctrl-Home */
		"\033[4~",     /* End elsewhere */
		"\033[99;3X",  /* no such CSI */
		"\033[?1;2c",  /* a device attributes answer */
		"\033O5R",     /* SS3 with a modifier */
		"\033Oz",      /* no such SS3 */
		"\033[1;2;3;4;5;6;7;8;9;10;11;12q", /* long parameters */
	};
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	for (size_t i = 0; i < sizeof seqs / sizeof *seqs; i++)
		vt_send(t, seqs[i]);
	settle(t);
	SELECTED(t, 1);
	CHECK(t, vt_find(t, "\xe2\x96\xbe") < 0); /* no class opened */
	CHECK(t, vt_find(t, "No such code") < 0);
	vt_send(t, "j");
	TEXT(t, "  2xx   Successful");
	SELECTED(t, 2);
	/* inside the search box too: no letters typed into it */
	vt_send(t, "/");
	vt_send(t, "\033[4~\033[1;5H");
	vt_send(t, "teapot");
	TEXT(t, "/teapot");
	CHECK(t, vt_find(t, "/[") < 0 && vt_find(t, "~teapot") < 0);
	vt_send(t, "\033");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("unknown CSI and SS3 sequences are dropped whole, in "
			"the panes and the search box", t);
}

/* A sequence that comes in two reads (the terminal or tmux split it) is
 * still one key; the paste markers still work. */
static void split_sequences(void)
{
	struct vt *t = START(24, 80, "--lang", "en");

	TEXT(t, "5xx Server Error");
	vt_send(t, "\033");
	vt_pump(t, 10);
	vt_send(t, "[4~");
	settle(t);
	SELECTED(t, 1);
	CHECK(t, vt_find(t, "\xe2\x96\xbe 4xx") < 0);
	/* a known key split the same way: Down, as xterm sends it in
	 * keypad mode */
	vt_send(t, "\033");
	vt_pump(t, 10);
	vt_send(t, "OB");
	TEXT(t, "  2xx   Successful");
	SELECTED(t, 2);
	vt_send(t, PASTE("gateway"));
	TEXT(t, "/gateway");
	vt_send(t, "\033");
	vt_send(t, "\033");
	scenario_quit(t, __LINE__);
	scenario_report("a sequence split over two reads is one key; a "
			"bracketed paste still pastes", t);
}

/* No question mark anywhere on screen: nothing that could not be shown. */
static void no_question_marks(struct vt *t, int line)
{
	for (int r = 0; r < vt_rows(t); r++)
		if (strchr(vt_row(t, r), '?') &&
		    !strstr(vt_row(t, r), "? help")) {
			scenario_fail(t, line, "row %d has a '?': '%s'", r,
				      scenario_copy(vt_row(t, r)));
			return;
		}
}

/* In the C locale: no Korean label beside the class, the section sign as
 * "Sec.", and L is not offered (pressing it says why it cannot work). */
static void ascii_fallbacks(void)
{
	static const char *const env[] = { "LC_ALL=C", NULL };
	struct vt *t = scenario_start(24, 80, env, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	STARTS(t, 1, 33, -1, "  1xx   Informational");
	no_question_marks(t, __LINE__);
	CHECK(t, strstr(vt_row(t, 23), "? help") != NULL);
	CHECK(t, strstr(vt_row(t, 23), "L ") == NULL);
	vt_send(t, "404");
	TEXT(t, "RFC 9110 Sec. 15.5.5");
	no_question_marks(t, __LINE__);
	vt_send(t, "\t");         /* the detail's hints */
	settle(t);
	CHECK(t, strstr(vt_row(t, 23), "L ") == NULL);
	no_question_marks(t, __LINE__);
	vt_send(t, "L");
	TEXT(t, "Korean needs a UTF-8 terminal");
	scenario_quit(t, __LINE__);
	scenario_report("C locale: no '?' for what cannot be shown, Sec. for "
			"the section sign, no L in the hints", t);
}

/* In Korean, from 100 columns, the tree shows the Korean title beside
 * the phrase, as the detail does; narrower, or in English, the phrase
 * alone. */
static void korean_tree_titles(void)
{
	struct vt *t = START(40, 120, "--lang", "ko");
	int row;

	TEXT(t, "5xx");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	row = ROW_OF(t, "  404 Not Found");
	STARTS(t, row, 0, 44, "  404 Not Found  \xec\xb0\xbe\xec\x9d\x84 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c");
	SELECTED(t, row);
	/* the tag of an unofficial code keeps its place at the right */
	vt_send(t, "420");
	row = ROW_OF(t, "  420 Enhance Your Calm");
	CHECK(t, strstr(vt_cells(t, row, 0, 44), "\xeb\xb9\x84\xea\xb3\xb5\xec\x8b\x9d") != NULL);
	scenario_quit(t, __LINE__);
	scenario_report("Korean tree at 120 columns: the Korean title beside "
			"the phrase", t);

	t = START(24, 99, "--lang", "ko");
	TEXT(t, "5xx");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	row = ROW_OF(t, "  404 Not Found");
	CHECK(t, strstr(vt_cells(t, row, 0, 39), "\xec\xb0\xbe") == NULL);
	scenario_quit(t, __LINE__);
	scenario_report("Korean tree below 100 columns: the phrase alone", t);

	t = START(40, 120, "--lang", "en");
	TEXT(t, "5xx");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	row = ROW_OF(t, "  404 Not Found");
	CELLS(t, row, 0, 44, "  404 Not Found");
	scenario_quit(t, __LINE__);
	scenario_report("English tree at 120 columns: the phrase alone", t);
}

int main(int argc, char **argv)
{
	int job = scenario_init(argc, argv);

	if (job >= 0)
		return job;
	unknown_end_in_help();
	unknown_sequences_ignored();
	split_sequences();
	ascii_fallbacks();
	korean_tree_titles();
	return scenario_finish();
}
