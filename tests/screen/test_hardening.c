/* Hardening tests (issue 7): the real binary in a pseudo-terminal, and
 * what it leaves behind.  After a signal, a suspend, a resize storm or a
 * fatal error the terminal must be as it was: the same termios settings,
 * the cursor shown, the main screen, no mouse or keypad mode left on.
 * Text from a data file must never reach the terminal as controls.  TAP,
 * one line per scenario. */
#include <config.h>

#include "scenario.h"

#include <ctype.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static char inject[4096]; /* the escape-injection data file */
static struct termios fresh; /* a new pty's settings, before any program */

/* ---- what a sane terminal is ------------------------------------------ */

/* The settings a shell relies on; the same as on a fresh pty. */
static int same_termios(const struct termios *a, const struct termios *b)
{
	static const int cc[] = { VINTR, VQUIT, VERASE, VKILL, VEOF, VTIME,
				  VMIN, VSTART, VSTOP, VSUSP, VEOL, VWERASE,
				  VLNEXT };

	if (a->c_iflag != b->c_iflag || a->c_oflag != b->c_oflag ||
	    a->c_cflag != b->c_cflag || a->c_lflag != b->c_lflag ||
	    cfgetispeed(a) != cfgetispeed(b) ||
	    cfgetospeed(a) != cfgetospeed(b))
		return 0;
	for (size_t i = 0; i < sizeof cc / sizeof *cc; i++)
		if (a->c_cc[cc[i]] != b->c_cc[cc[i]])
			return 0;
	return 1;
}

static int termios_sane(struct vt *t, int line)
{
	struct termios now;

	if (vt_termios(t, &now) < 0) {
		scenario_fail(t, line, "cannot read the pty's settings");
		return 0;
	}
	if (same_termios(&now, &fresh))
		return 1;
	scenario_fail(t, line, "termios not restored: lflag %#lx (want %#lx), "
		      "iflag %#lx (want %#lx), oflag %#lx (want %#lx), "
		      "ICANON %d ECHO %d",
		      (unsigned long)now.c_lflag, (unsigned long)fresh.c_lflag,
		      (unsigned long)now.c_iflag, (unsigned long)fresh.c_iflag,
		      (unsigned long)now.c_oflag, (unsigned long)fresh.c_oflag,
		      !!(now.c_lflag & ICANON), !!(now.c_lflag & ECHO));
	return 0;
}

/* DEC private modes the program may set; all must end as they began. */
static const struct {
	int mode, initial;
	const char *what;
} modes[] = {
	{ 1049, 0, "alternate screen" },
	{ 47, 0, "alternate screen (47)" },
	{ 1047, 0, "alternate screen (1047)" },
	{ 25, 1, "cursor visible" },
	{ 1, 0, "application cursor keys" },
	{ 1000, 0, "mouse reporting" },
	{ 1002, 0, "mouse motion reporting" },
	{ 1003, 0, "mouse any-motion reporting" },
	{ 1006, 0, "SGR mouse" },
	{ 2004, 0, "bracketed paste" },
};
#define N_MODES (sizeof modes / sizeof *modes)

/* Replay the raw bytes: the state of each mode after the last
 * "ESC [ ? n ; m h" or "... l" that names it. */
static void final_modes(const char *s, size_t n, int *state)
{
	for (size_t k = 0; k < N_MODES; k++)
		state[k] = modes[k].initial;
	for (size_t i = 0; i + 3 < n; i++) {
		int params[16], np = 0, v = 0, have = 0;
		size_t j;

		if (s[i] != '\033' || s[i + 1] != '[' || s[i + 2] != '?')
			continue;
		for (j = i + 3; j < n; j++) {
			if (isdigit((unsigned char)s[j])) {
				v = v * 10 + (s[j] - '0');
				have = 1;
			} else if (s[j] == ';') {
				if (have && np < 16)
					params[np++] = v;
				v = have = 0;
			} else {
				break;
			}
		}
		if (have && np < 16)
			params[np++] = v;
		if (j >= n || (s[j] != 'h' && s[j] != 'l'))
			continue;
		for (int p = 0; p < np; p++)
			for (size_t k = 0; k < N_MODES; k++)
				if (modes[k].mode == params[p])
					state[k] = s[j] == 'h';
	}
}

static int modes_sane(struct vt *t, int line)
{
	size_t n;
	const char *out = vt_output(t, &n);
	int state[N_MODES], ok = 1;

	final_modes(out, n, state);
	for (size_t k = 0; k < N_MODES; k++)
		if (state[k] != modes[k].initial) {
			scenario_fail(t, line, "left %s %s (mode %d)",
				      modes[k].what, state[k] ? "on" : "off",
				      modes[k].mode);
			ok = 0;
		}
	/* keypad transmit mode (smkx ESC =) undone by rmkx (ESC >) */
	{
		const char *kx = NULL, *lx = NULL;

		for (size_t i = 0; i + 1 < n; i++) {
			if (out[i] != '\033')
				continue;
			if (out[i + 1] == '=')
				kx = out + i;
			else if (out[i + 1] == '>')
				lx = out + i;
		}
		if (kx && (!lx || lx < kx)) {
			scenario_fail(t, line,
				      "left the keypad in transmit mode");
			ok = 0;
		}
	}
	if (vt_altscreen(t)) {
		scenario_fail(t, line,
			      "libvterm: still in the alternate screen");
		ok = 0;
	}
	if (!vt_cursor_visible(t)) {
		scenario_fail(t, line, "libvterm: the cursor is hidden");
		ok = 0;
	}
	return ok;
}

static void terminal_sane(struct vt *t, int line)
{
	termios_sane(t, line);
	modes_sane(t, line);
}

/* ---- signals ----------------------------------------------------------- */

/* Somewhere in the middle of things: 404 opened, the detail focused, a
 * search under way. */
static void browse(struct vt *t)
{
	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_send(t, "\t");
	vt_send(t, "/abc");
	TEXT(t, "/abc");
}

static void signal_case(const char *name, int sig)
{
	struct vt *t = START(24, 80, "--lang", "en");
	char title[120];
	struct termios mid;
	int st;

	browse(t);
	/* the program's own mode, so the check below can see a difference */
	if (vt_termios(t, &mid) == 0)
		CHECK(t, !(mid.c_lflag & ICANON) && !(mid.c_lflag & ECHO));
	kill(vt_pid(t), sig);
	st = vt_wait_exit(t, TIMEOUT);
	if (st < 0 || !WIFSIGNALED(st) || WTERMSIG(st) != sig)
		scenario_fail(t, __LINE__,
			      "status %#x, not killed by signal %d", st, sig);
	terminal_sane(t, __LINE__);
	snprintf(title, sizeof title, "%s while browsing: dies of it, termios, "
		 "cursor, main screen and mouse restored", name);
	scenario_report(title, t);
}

/* Every other signal whose default action ends the process: by group,
 * one run of the browser per signal, each restoring the terminal before
 * it dies of the signal.  env: for the faults, the sanitizers' handlers
 * off, so that the default action is what follows ours. */
static void signal_group(const char *what, const int *sigs, int n,
			 const char *const *env)
{
	char title[240], names[160] = "";
	struct vt *t = NULL;

	for (int i = 0; i < n; i++) {
		struct termios mid;
		int st;

		if (sigs[i] >= SIGRTMIN)
			snprintf(names + strlen(names),
				 sizeof names - strlen(names), "%sRTMIN+%d",
				 i ? " " : "", sigs[i] - SIGRTMIN);
		else
			snprintf(names + strlen(names),
				 sizeof names - strlen(names), "%s%s",
				 i ? " " : "", sigabbrev_np(sigs[i]));
		vt_free(t);
		t = scenario_start(24, 80, env, "--lang", "en", NULL);
		browse(t);
		if (vt_termios(t, &mid) == 0)
			CHECK(t, !(mid.c_lflag & ICANON) && !(mid.c_lflag & ECHO));
		kill(vt_pid(t), sigs[i]);
		st = vt_wait_exit(t, TIMEOUT);
		if (st < 0 || !WIFSIGNALED(st) || WTERMSIG(st) != sigs[i])
			scenario_fail(t, __LINE__, "signal %d: status %#x, not "
				      "killed by it", sigs[i], st);
		terminal_sane(t, __LINE__);
		if (scenario_failing()) {
			scenario_fail(t, __LINE__, "(after signal %d, %s)",
				      sigs[i], strsignal(sigs[i]));
			break;
		}
	}
	snprintf(title, sizeof title, "%s (%s) while browsing: the terminal "
		 "restored (termios, cursor, main screen, mouse and paste "
		 "off), then dies of it", what, names);
	scenario_report(title, t);
}

static void signal_groups(void)
{
	static const int user[] = { SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
				    SIGPROF };
	static const int limits[] = { SIGXCPU, SIGXFSZ };
	static const int io[] = { SIGPIPE, SIGIO, SIGPWR, SIGSTKFLT };
	static const int faults[] = { SIGABRT, SIGSEGV, SIGBUS, SIGTRAP,
				      SIGSYS, SIGFPE, SIGILL };
	const int rt[] = { SIGRTMIN, SIGRTMIN + 1, SIGRTMAX };
	static char asan[1024];
	const char *old = getenv("ASAN_OPTIONS");
	const char *const no_handlers[] = { asan, NULL };

	snprintf(asan, sizeof asan, "ASAN_OPTIONS=%s%shandle_segv=0:"
		 "handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
		 "handle_abort=0:handle_sigtrap=0", old ? old : "",
		 old && *old ? ":" : "");
	signal_group("user and timer signals", user, 5, NULL);
	signal_group("resource limits", limits, 2, NULL);
	signal_group("pipe, I/O and power", io, 4, NULL);
	signal_group("faults", faults, 7, no_handlers);
	signal_group("real-time signals", rt, 3, NULL);
}

/* A signal that was ignored when the program started (nohup, a parent's
 * trap '') stays ignored: not caught, not turned into an end. */
static void ignored_signal_stays_ignored(void)
{
	char sh[] = "/bin/sh", c[] = "-c", cmd[4200];
	char *argv[] = { sh, c, cmd, NULL };
	struct vt *t;

	snprintf(cmd, sizeof cmd, "trap '' USR1 ALRM; exec '%s' --lang en",
		 scenario_binary());
	t = vt_start(24, 80, argv, NULL);
	browse(t);
	kill(vt_pid(t), SIGUSR1);
	kill(vt_pid(t), SIGALRM);
	vt_send(t, "\033");
	GONE(t, "/abc");
	CHECK(t, kill(vt_pid(t), 0) == 0);
	vt_send(t, "j");
	TEXT(t, " 405   Method Not Allowed");
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("SIGUSR1 and SIGALRM ignored by the parent: still "
			"ignored, the browser goes on", t);
}

/* The checks are not vacuous: SIGKILL cannot be caught, so the terminal
 * stays in the program's mode, and both checks must notice. */
static void kill_control(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	struct termios now;
	int state[N_MODES];
	size_t n;
	const char *out;

	browse(t);
	vt_send(t, "\033");        /* out of the search: the cursor hidden */
	GONE(t, "/abc");
	kill(vt_pid(t), SIGKILL);
	CHECK(t, vt_wait_exit(t, TIMEOUT) >= 0);
	CHECK(t, vt_termios(t, &now) == 0 && !same_termios(&now, &fresh));
	out = vt_output(t, &n);
	final_modes(out, n, state);
	CHECK(t, state[0] == 1); /* 1049: still in the alternate screen */
	CHECK(t, state[3] == 0); /* 25: cursor still hidden */
	scenario_report("control: after SIGKILL the checks do see a broken "
			"terminal", t);
}

/* A signal that comes while the program is drawing, not waiting for a
 * key, must not wait for the next key: SIGTERM at growing delays after a
 * resize to 500x200 (a big redraw), with no key pending. */
static void signal_while_drawing(void)
{
	for (int round = 0; round < 40; round++) {
		struct vt *t = START(24, 80, "--lang", "en");
		int st;

		TEXT(t, "5xx Server Error");
		vt_send(t, "404");
		TEXT(t, " 404   Not Found");
		vt_resize(t, 200, 500);
		usleep((useconds_t)round * 300);
		kill(vt_pid(t), SIGTERM);
		st = vt_wait_exit(t, TIMEOUT);
		if (st < 0 || !WIFSIGNALED(st) || WTERMSIG(st) != SIGTERM)
			scenario_fail(t, __LINE__, "round %d: status %#x after "
				      "SIGTERM sent while drawing", round, st);
		else
			terminal_sane(t, __LINE__);
		if (scenario_failing() || round == 39) {
			scenario_report("SIGTERM during a redraw ends the "
					"program at once (40 rounds)", t);
			return;
		}
		vt_free(t);
	}
}

/* ---- suspend and resume (SIGTSTP, SIGCONT) ----------------------------- */

static void suspend_resume(void)
{
	struct vt *t = scenario_start_job(24, 80, "--lang", "en", NULL);
	struct termios mid;
	pid_t job;

	browse(t);
	vt_send(t, "\033");        /* leave the search: 404 in the tree */
	GONE(t, "/abc");
	job = vt_foreground(t);
	CHECK(t, job > 0 && job != vt_pid(t));
	if (job > 0)
		kill(-job, SIGTSTP);
	TEXT(t, "[stopped]");
	terminal_sane(t, __LINE__);
	GONE(t, "5xx Server Error");
	vt_output_reset(t);
	vt_send(t, "fg\r");        /* the shell sends SIGCONT */
	TEXT(t, " 404   Not Found");
	CHECK(t, vt_altscreen(t));
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	CHECK(t, vt_termios(t, &mid) == 0 && !(mid.c_lflag & ICANON));
	vt_send(t, "j");           /* and it still answers keys */
	TEXT(t, " 405   Method Not Allowed");
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("SIGTSTP stops with the terminal restored; SIGCONT "
			"redraws; q restores again", t);
}

/* ---- resize storm ------------------------------------------------------ */

/* Every row the same as on another terminal (text and look). */
static void same_screen(struct vt *a, struct vt *b, int line)
{
	for (int r = 0; r < vt_rows(a); r++)
		for (int c = 0; c < 80; c++) {
			char ta[32], tb[32];
			unsigned long sa, sb;

			vt_cell(a, r, c, ta, &sa);
			vt_cell(b, r, c, tb, &sb);
			if (strcmp(ta, tb) || sa != sb) {
				char row[4096];

				snprintf(row, sizeof row, "%s", vt_row(b, r));
				scenario_fail(a, line, "row %d col %d differs "
					      "from a fresh start's ('%s' vs "
					      "'%s'; fresh row: %s)",
					      r, c, ta, tb, row);
				return;
			}
		}
}

static void resize_storm(void)
{
	static const int sizes[][2] = { /* rows, cols */
		{ 1, 1 }, { 2, 2 }, { 200, 500 }, { 3, 10 }, { 24, 80 },
		{ 10, 40 }, { 9, 39 }, { 50, 200 }, { 1, 300 }, { 300, 1 },
		{ 20, 50 }, { 40, 120 }, { 5, 5 },
	};
	const int ns = (int)(sizeof sizes / sizeof *sizes);
	struct vt *t = START(24, 80, "--lang", "en");
	struct vt *ref;

	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	for (int i = 0; i < 200; i++) {
		vt_resize_pty(t, sizes[i % ns][0], sizes[i % ns][1]);
		usleep(5000); /* 200 in about a second */
	}
	vt_resize(t, 24, 80);
	TEXT(t, " 404   Not Found");
	TEXT(t, "4xx Client Error");
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	CHECK(t, kill(vt_pid(t), 0) == 0);
	/* the whole screen as a fresh start at 80x24 draws it */
	ref = START(24, 80, "--lang", "en");
	TEXT(ref, "5xx Server Error");
	vt_send(ref, "404");
	TEXT(ref, " 404   Not Found");
	vt_settle(t, 200, TIMEOUT);
	vt_settle(ref, 200, TIMEOUT);
	same_screen(t, ref, __LINE__);
	vt_free(ref);
	vt_send(t, "j");
	TEXT(t, " 405   Method Not Allowed");
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("resize storm: 200 sizes in a second, 1x1 to 500x200; "
			"the final 80x24 screen equals a fresh one", t);
}

/* ---- the terminal's size -------------------------------------------- */

/* The program's peak resident memory, in KiB (0 if unknown). */
static long peak_kib(pid_t pid)
{
	char path[64], line[256];
	long kib = 0;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %ld", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

/* Exported COLUMNS and LINES (a shell's, from another window) are not the
 * terminal's size: the real one is used, and resizes are followed. */
static void env_size_ignored(void)
{
	static const char *const env[] = { "COLUMNS=5000", "LINES=5000",
					   NULL };
	struct vt *t = scenario_start(24, 80, env, "--lang", "en", NULL);

	TEXT(t, "5xx Server Error");
	CHECK(t, strstr(vt_row(t, 23), "q quit") != NULL);
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	vt_resize(t, 40, 120);
	TEXT(t, "  431 Request Header"); /* rows 24 lines had no room for */
	vt_settle(t, 200, TIMEOUT);
	CHECK(t, strstr(vt_row(t, 39), "q quit") != NULL);
	SELECTED(t, ROW_OF(t, "  404 Not Found"));
	vt_resize(t, 20, 50);  /* stacked */
	GONE(t, " 404   Not Found");
	vt_settle(t, 200, TIMEOUT);
	CHECK(t, strstr(vt_row(t, 19), "q quit") != NULL);
	CHECK(t, peak_kib(vt_pid(t)) < 512 * 1024);
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("COLUMNS=5000 LINES=5000 exported: the terminal's "
			"own 80x24 is used, and resizes to 120x40 and 50x20 are "
			"followed", t);
}

/* A terminal that says it is 5000x5000 costs no more than the largest
 * screen the program uses (LAYOUT_MAX_COLS x LAYOUT_MAX_LINES), and the
 * program goes on when it is 80x24 again. */
static void huge_size_capped(void)
{
	struct vt *t = START(24, 80, "--lang", "en");
	long kib;

	TEXT(t, "5xx Server Error");
	vt_resize_pty(t, 5000, 5000);
	vt_settle(t, 300, TIMEOUT);
	CHECK(t, kill(vt_pid(t), 0) == 0);
	kib = peak_kib(vt_pid(t));
	if (kib <= 0 || kib > 512 * 1024)
		scenario_fail(t, __LINE__, "peak memory %ld KiB at 5000x5000",
			      kib);
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	CHECK(t, strstr(vt_row(t, 23), "q quit") != NULL);
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("a 5000x5000 terminal: under 512 MiB (the screen is "
			"capped), then 80x24 browses again", t);
}

/* ---- escape injection -------------------------------------------------- */

/* Bytes that must never reach the terminal from a data file.  ncurses
 * itself writes ESC [ 2 J only after ESC [ H (clear), BEL only to end an
 * OSC, and none of the others with TERM=xterm-256color and no colour. */
static const struct {
	const char *bytes, *what;
} banned[] = {
	{ "\033]", "OSC (title, clipboard, hyperlink)" },
	{ "\033P", "DCS" },
	{ "\033_", "APC" },
	{ "\033c", "RIS (full reset)" },
	{ "\033[31m", "SGR red" },
	{ "\033[6n", "cursor position query" },
	{ "\033[?1000h", "mouse from the data" },
	{ "\a", "BEL" },
	{ "\x05", "ENQ" },
	{ "\x0b", "VT" },
	{ "\x0c", "FF" },
	{ "\x0e", "SO" },
	{ "\x0f", "SI" },
	{ "\x18", "CAN" },
	{ "\x1a", "SUB" },
	{ "\x7f", "DEL" },
	{ "\xc2\x9b", "C1 CSI (U+009B)" },
	{ "\xe2\x80\xae", "U+202E RIGHT-TO-LEFT OVERRIDE" },
	{ "\xe2\x80\x8f", "U+200F RIGHT-TO-LEFT MARK" },
	{ "\xe2\x81\xa6", "U+2066 LEFT-TO-RIGHT ISOLATE" },
	{ "\xe2\x81\xa9", "U+2069 POP DIRECTIONAL ISOLATE" },
};

static size_t count(const char *s, size_t n, const char *what)
{
	size_t k = 0, w = strlen(what);

	for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), what, w));
	     p += w)
		k++;
	return k;
}

static void no_injection(struct vt *t, int line)
{
	size_t n;
	const char *out = vt_output(t, &n);

	for (size_t i = 0; i < sizeof banned / sizeof *banned; i++)
		if (memmem(out, n, banned[i].bytes, strlen(banned[i].bytes)))
			scenario_fail(t, line, "wrote %s", banned[i].what);
	/* bracketed paste: the program turns it on once, at start; the data
	 * file's copy must not reach the terminal */
	if (count(out, n, "\033[?2004h") > 1)
		scenario_fail(t, line, "wrote bracketed paste on from the data");
	if (count(out, n, "\033[2J") != count(out, n, "\033[H\033[2J"))
		scenario_fail(t, line,
			      "wrote ESC [ 2 J (erase screen) from the data");
	/* any C1 control encoded in UTF-8 */
	for (size_t i = 0; i + 1 < n; i++)
		if ((unsigned char)out[i] == 0xc2 &&
		    (unsigned char)out[i + 1] >= 0x80 &&
		    (unsigned char)out[i + 1] < 0xa0) {
			scenario_fail(t, line, "wrote C1 control U+%04X",
				      (unsigned char)out[i + 1]);
			break;
		}
}

static void injection_tui(void)
{
	static const char *const env[] = { "NO_COLOR=1", NULL };
	struct vt *t = scenario_start(40, 120, env, "--data", inject, "--lang",
				      "en", NULL);

	TEXT(t, "4xx Client Error");
	vt_send(t, "404");
	TEXT(t, " 404   Evil Phrase");
	SELECTED(t, ROW_OF(t, "  404 Evil Phrase"));
	TEXT(t, "Summary of the injection");
	TEXT(t, "RFC 9999 \xc2\xa7" "1");
	TEXT(t, "Alias One");
	TEXT(t, "X-Evil-Header");
	TEXT(t, "Detail line one. Second line two. Third link end.");
	TEXT(t, "Ask about it.");
	vt_send(t, "\t");          /* into the detail, and back */
	vt_send(t, "\033");
	vt_send(t, "L");           /* Korean texts */
	TEXT(t, "한국어 요약");
	TEXT(t, "설명입니다");
	TEXT(t, "악성");
	vt_send(t, "L");
	TEXT(t, "Summary of the injection");
	vt_send(t, "4");           /* the class */
	TEXT(t, " 4xx   Client Error");
	TEXT(t, "Class summary");
	TEXT(t, "Class detail");
	vt_send(t, "\033599");     /* an unofficial code with a vendor */
	TEXT(t, " 599   Unofficial Code");
	TEXT(t, "Evil Vendor");
	vt_send(t, "/injection");  /* search for it */
	TEXT(t, "/injection");
	TEXT(t, " 404 Evil Phrase");
	vt_send(t, "\r");
	vt_send(t, "\033");
	vt_send(t, "/evilword");   /* by its keyword */
	TEXT(t, " 404 Evil Phrase");
	/* typed, or pasted: C1 CSI, bidi controls, BEL */
	vt_send(t, "\xc2\x9b\xe2\x80\xae\xe2\x81\xa6\xe2\x80\x8f\a");
	TEXT(t, "/evilword");
	vt_send(t, "\033");
	GONE(t, "/evilword");
	scenario_quit(t, __LINE__);
	no_injection(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("escape injection: browse, open, search a hostile "
			"data file; no control from it is written, the clean "
			"text is shown", t);
}

/* ---- fatal errors ------------------------------------------------------ */

static void too_small_then_enlarge(void)
{
	struct vt *t = START(1, 1, "--lang", "en");

	vt_settle(t, 200, TIMEOUT);
	CHECK(t, kill(vt_pid(t), 0) == 0);
	vt_resize(t, 5, 20);
	TEXT(t, "Too small (40x10)");
	vt_resize(t, 24, 80);
	TEXT(t, "5xx Server Error");
	GONE(t, "Too small");
	vt_send(t, "404");
	TEXT(t, " 404   Not Found");
	scenario_quit(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("started at 1x1, then 20x5, then 80x24: asks to "
			"enlarge, then browses", t);
}

static void term_dumb(void)
{
	static const char *const env[] = { "TERM=dumb", NULL };
	static const char want[] = "httpcodes: the terminal 'dumb' cannot "
				   "move the cursor; use 'httpcodes --list'\r\n";
	struct vt *t = scenario_start(24, 80, env, "--lang", "en", NULL);
	int st = vt_wait_exit(t, TIMEOUT);
	size_t n;
	const char *out;

	CHECK(t, st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 2);
	out = vt_output(t, &n);
	if (n != strlen(want) || memcmp(out, want, n))
		scenario_fail(t, __LINE__,
			      "wrote %zu bytes, not just the one line", n);
	terminal_sane(t, __LINE__);
	scenario_report("TERM=dumb: exactly one line of error, exit 2, "
			"terminal untouched", t);
}

static void term_hostile(void)
{
	/* the name is echoed; it must not carry controls with it */
	static const char *const env[] = { "TERM=\033]0;evil\a\033[2Jx", NULL };
	struct vt *t = scenario_start(24, 80, env, "--lang", "en", NULL);
	int st = vt_wait_exit(t, TIMEOUT);

	CHECK(t, st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 2);
	TEXT(t, "httpcodes: unknown terminal type");
	no_injection(t, __LINE__);
	terminal_sane(t, __LINE__);
	scenario_report("TERM with escapes in it: one clean line, exit 2", t);
}

static void stdin_not_tty(void)
{
	/* the browser needs a terminal on both ends; with stdin elsewhere
	 * the list is printed and nothing touches the terminal's modes */
	char sh[] = "/bin/sh", c[] = "-c", cmd[4200];
	char *argv[] = { sh, c, cmd, NULL };
	struct vt *t;
	int st;

	snprintf(cmd, sizeof cmd, "exec '%s' --lang en --color=never "
		 "</dev/null", scenario_binary());
	t = vt_start(24, 80, argv, NULL);
	st = vt_wait_exit(t, TIMEOUT);
	CHECK(t, st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0);
	vt_settle(t, 100, TIMEOUT);
	{
		size_t n;
		const char *out = vt_output(t, &n);

		CHECK(t, memmem(out, n, "404  Not Found", 14) != NULL);
		CHECK(t, memchr(out, '\033', n) == NULL);
	}
	terminal_sane(t, __LINE__);
	scenario_report("stdin not a terminal: lists, writes no escape, exit "
			"0", t);
}

int main(int argc, char **argv)
{
	const char *srcdir = getenv("top_srcdir");
	int job = scenario_init(argc, argv);
	int m, s;

	if (job >= 0)
		return job;
	snprintf(inject, sizeof inject, "%s/tests/screen/data/inject.rec",
		 srcdir ? srcdir : ".");
	if (access(inject, R_OK) != 0) {
		printf("Bail out! %s: not readable (set top_srcdir)\n", inject);
		return 99;
	}
	/* what a terminal is before any program changes it */
	if (openpty(&m, &s, NULL, NULL, NULL) < 0 || tcgetattr(s, &fresh) < 0) {
		printf("Bail out! cannot open a pseudo-terminal\n");
		return 99;
	}
	close(m);
	close(s);
	/* a reader that leaves must not kill the tests */
	signal(SIGPIPE, SIG_IGN);
	/* the faults make no core files */
	setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 });

	kill_control();
	signal_case("SIGINT", SIGINT);
	signal_case("SIGTERM", SIGTERM);
	signal_case("SIGHUP", SIGHUP);
	signal_case("SIGQUIT", SIGQUIT);
	signal_groups();
	ignored_signal_stays_ignored();
	signal_while_drawing();
	if (scenario_can_job())
		suspend_resume();
	resize_storm();
	env_size_ignored();
	huge_size_capped();
	injection_tui();
	too_small_then_enlarge();
	term_dumb();
	term_hostile();
	stdin_not_tty();
	return scenario_finish();
}
