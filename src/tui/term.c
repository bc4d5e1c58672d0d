/* The terminal: setting it up and giving it back (signals, suspend,
 * bracketed paste, the size), and reading keys from it: escape sequences
 * whole, pasted text as text. */
#include <config.h>

#include "term.h"
#include "fatal.h"
#include "keys.h"
#include "layout.h"
#include "lineedit.h"
#include "theme.h"
#include "model/mem.h"
#include "model/text.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <term.h>
#include <unistd.h>
#include <unistr.h>

static volatile sig_atomic_t got_signal, got_winch;
static int curses_on;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* Ours, not ncurses': ncurses would read the size itself, from exported
 * LINES and COLUMNS too, and without a cap (follow_size). */
static void on_winch(int sig)
{
	(void)sig;
	got_winch = 1;
}

/* Bracketed paste: the terminal marks pasted text, so that it goes into
 * the search box instead of running as keys.  Switched with write(2), so
 * that the SIGTSTP handler can too. */
static const char paste_on[] = "\033[?2004h", paste_off[] = "\033[?2004l";
static volatile sig_atomic_t paste_mode_on;

static void paste_mode(int on)
{
	const char *s = on ? paste_on : paste_off;
	size_t n = sizeof paste_on - 1;

	if (paste_mode_on == on)
		return;
	while (n > 0) {
		ssize_t k = write(STDOUT_FILENO, s, n);

		if (k <= 0)
			break;
		s += k;
		n -= (size_t)k;
	}
	paste_mode_on = on;
}

/* ncurses' own SIGTSTP handler restores the terminal, stops and redraws
 * on SIGCONT; around it, bracketed paste goes off and on again. */
static struct sigaction curses_tstp;

static void on_tstp(int sig)
{
	int saved = errno;

	paste_mode(0);
	curses_tstp.sa_handler(sig);
	paste_mode(1);
	errno = saved;
}

static void wrap_tstp(void)
{
	struct sigaction sa;

	if (sigaction(SIGTSTP, NULL, &curses_tstp) < 0 ||
	    (curses_tstp.sa_flags & SA_SIGINFO) ||
	    curses_tstp.sa_handler == SIG_DFL ||
	    curses_tstp.sa_handler == SIG_IGN)
		return;
	sa = curses_tstp;
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, NULL);
}

static void end_curses(void)
{
	if (curses_on) {
		endwin();
		paste_mode(0);
	}
	curses_on = 0;
	fatal_screen_on(0);
}

/* Restore the terminal before saying anything (DESIGN: die()). */
void term_die(const char *what)
{
	end_curses();
	fprintf(stderr, "httpcodes: %s\n", what);
	exit(2);
}

static void restore_at_exit(void)
{
	end_curses();
}

/* ---- reading keys ------------------------------------------------------ */

/* Bounds for pasted text: a paste whose end marker never comes ends when
 * nothing has come for a second; what is past LE_MAX is dropped. */
#define PASTE_IDLE_MS 1000
/* Keys that come this soon after an Enter in the search box came with it
 * (a paste without the terminal's markers): no hand types that fast. */
#define BURST_MS 15
/* How long the rest of a paste marker may lag its ESC. */
#define STITCH_MS 50
/* Longer escape sequences are no key of any terminal's. */
#define SEQ_MAX 32

static int paste_begin, paste_end; /* the key codes of the markers */

/* Keys read ahead and given back, oldest first. */
static struct key pushed[8];
static int n_pushed;

static void push_key(const struct key *k)
{
	if (n_pushed < (int)(sizeof pushed / sizeof *pushed))
		pushed[n_pushed++] = *k;
}

/* The signals that end the loop, and SIGWINCH, stay blocked but while
 * waiting for a key: one that came while drawing, after got_signal was
 * checked and before read() blocked, would otherwise wait for the next
 * key (found by tests/screen/test_hardening). */
static sigset_t loop_sigs, wait_mask;

static void block_loop_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
				    SIGWINCH };

	sigemptyset(&loop_sigs);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaddset(&loop_sigs, sigs[i]);
	sigprocmask(SIG_BLOCK, &loop_sigs, &wait_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigdelset(&wait_mask, sigs[i]);
	nodelay(stdscr, TRUE);
}

/* The terminal's size as the kernel has it, never exported LINES and
 * COLUMNS (a shell's stale ones would stop resizes from being followed),
 * and no more than the layout's maximum. */
/* The kernel's size, no more than the layout's maximum; rows and cols
 * stay as given when it has none. */
static void kernel_size(int *rows, int *cols)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0) {
		*rows = ws.ws_row;
		*cols = ws.ws_col;
	}
	if (*rows > LAYOUT_MAX_LINES)
		*rows = LAYOUT_MAX_LINES;
	if (*cols > LAYOUT_MAX_COLS)
		*cols = LAYOUT_MAX_COLS;
}

static void follow_size(void)
{
	int rows = LINES, cols = COLS;

	kernel_size(&rows, &cols);
	resize_term(rows, cols);
	clearok(curscr, TRUE); /* what the terminal shows is unknown now */
}

/* A key; ERR once a signal has come, KEY_TIMEOUT after ms (ms < 0: no
 * limit).  ncurses reads without waiting; the waiting is pselect's, with
 * the signals let in. */
static int wait_key(wint_t *ch, int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	for (;;) {
		struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
		fd_set in;
		int r;

		if (got_signal)
			return ERR;
		if (got_winch) {
			got_winch = 0;
			follow_size();
			*ch = KEY_RESIZE;
			return KEY_CODE_YES;
		}
		r = wget_wch(stdscr, ch);
		if (r != ERR)
			return r;
		FD_ZERO(&in);
		FD_SET(STDIN_FILENO, &in);
		r = pselect(STDIN_FILENO + 1, &in, NULL, NULL,
			    ms < 0 ? NULL : &ts, &wait_mask);
		if (r == 0)
			return KEY_TIMEOUT;
		if (r < 0)
			continue; /* a signal */
		if (poll(&p, 1, 0) == 1 &&
		    (p.revents & (POLLHUP | POLLERR | POLLNVAL))) {
			r = wget_wch(stdscr, ch);
			return r == ERR ? KEY_GONE : r;
		}
	}
}

static int next_key(struct key *k, int ms)
{
	if (n_pushed) {
		*k = pushed[0];
		memmove(pushed, pushed + 1, --n_pushed * sizeof *pushed);
		return k->r;
	}
	k->ch = 0;
	k->r = wait_key(&k->ch, ms);
	return k->r;
}

/* How long the rest of an escape sequence may lag its ESC, at least: a
 * sequence split over two reads (tmux, ssh) is still one key. */
static int seq_wait(void)
{
	int d = get_escdelay();

	return d > STITCH_MS ? d : STITCH_MS;
}

/* ncurses gave a plain ESC: it did not know what followed, or the rest
 * came in a later read.  A CSI (ESC [ parameters final) or SS3 (ESC O
 * final) sequence that follows is read whole: one that ncurses knows
 * (the terminal description's keys, the paste markers) becomes its key,
 * any other is dropped (KEY_DROPPED), never read as Esc and letters.  A
 * lone ESC, or ESC and another key, stays as it came. */
static void read_sequence(struct key *k)
{
	char seq[SEQ_MAX + 2] = "\033";
	struct key got;
	size_t n = 1;
	int code;

	if (next_key(&got, seq_wait()) != OK ||
	    (got.ch != '[' && got.ch != 'O')) {
		if (got.r != KEY_TIMEOUT && got.r != ERR)
			push_key(&got);
		return;
	}
	seq[n++] = (char)got.ch;
	for (;;) {
		int r = next_key(&got, seq_wait());

		if (r == KEY_TIMEOUT || r == ERR)
			break; /* cut short: dropped */
		if (r != OK || got.ch < 0x20 || got.ch > 0x7e) {
			push_key(&got); /* not part of it */
			break;
		}
		if (n < SEQ_MAX)
			seq[n++] = (char)got.ch;
		if (got.ch >= 0x40) { /* the final byte */
			seq[n] = '\0';
			code = n < SEQ_MAX ? key_defined(seq) : 0;
			if (code > 0) {
				k->r = KEY_CODE_YES;
				k->ch = (wint_t)code;
				return;
			}
			break;
		}
	}
	k->r = KEY_DROPPED;
}

/* The loop's key: escape sequences recognised however they came. */
int term_read(struct key *k, int ms)
{
	int r = next_key(k, ms);

	if (r == OK && k->ch == 27)
		read_sequence(k);
	return k->r;
}

/* Collected pasted text, UTF-8. */
struct pastebuf {
	char *s;
	size_t n, cap;
};

static void paste_add(struct pastebuf *p, wint_t ch)
{
	uint8_t buf[6];
	int n;

	if (ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff))
		return;
	n = u8_uctomb(buf, (ucs4_t)ch, (int)sizeof buf);
	if (n <= 0 || p->n + (size_t)n > LE_MAX ||
	    mem_grow((void **)&p->s, &p->cap, p->n + (size_t)n, 1))
		return;
	memcpy(p->s + p->n, buf, (size_t)n);
	p->n += (size_t)n;
}

/* Text until the end marker, or until nothing comes for idle ms (burst:
 * a paste without markers; then markers inside it are skipped).  Keys in
 * it (arrows, mouse, function keys) are dropped, never run.  Returns 1
 * when the terminal was resized meanwhile. */
static int collect(struct pastebuf *p, int idle, int burst)
{
	int resized = 0;

	for (;;) {
		struct key k;
		int r = term_read(&k, idle);

		if (r == KEY_TIMEOUT || r == ERR)
			break;
		if (r == KEY_GONE) {
			push_key(&k);
			break;
		}
		if (r == KEY_DROPPED)
			continue;
		if (r == KEY_CODE_YES) {
			MEVENT ev;

			if ((int)k.ch == paste_end && !burst)
				break;
			if (k.ch == KEY_RESIZE)
				resized = 1;
			else if (k.ch == KEY_MOUSE)
				getmouse(&ev);
			continue;
		}
		paste_add(p, k.ch);
	}
	return resized;
}

/* Enter in the search box: did text come with it, in the same burst? */
int term_text_follows(void)
{
	struct key k;
	int r = next_key(&k, BURST_MS);

	if (r == KEY_TIMEOUT || r == ERR)
		return 0;
	push_key(&k);
	return r == OK && (k.ch >= 0x20 || k.ch == '\n' || k.ch == '\r' ||
			   k.ch == '\t') && k.ch != 0x7f;
}

/* ---- start and stop ---------------------------------------------------- */

int term_check(void)
{
	const char *term = getenv("TERM");
	char *safe;
	int err = 0;

	if (!term || !*term) {
		fputs("httpcodes: TERM is not set; set it, or use "
		      "'httpcodes --list'\n", stderr);
		return -1;
	}
	safe = text_sanitize_dup(term, strlen(term), 0);
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		/* 20 bytes of it, cut at a character */
		fprintf(stderr, "httpcodes: unknown terminal type '%.*s'; "
			"try 'httpcodes --list'\n",
			safe ? (int)text_cut(safe, strlen(safe), 20) : 1,
			safe ? safe : "?");
		free(safe);
		return -1;
	}
	if (!cursor_address || cursor_address == (char *)-1) {
		fprintf(stderr, "httpcodes: the terminal '%s' cannot move the "
			"cursor; use 'httpcodes --list'\n", safe ? safe : "?");
		free(safe);
		del_curterm(cur_term);
		return -1;
	}
	free(safe);
	del_curterm(cur_term);
	return 0;
}

static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: the blocked read returns and the loop sees it */
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, NULL);
	/* before newterm: ncurses installs its own only where none is */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
}

/* A key code for a sequence: the one ncurses has, else a free one. */
static int key_for(const char *seq, int *next)
{
	int code = key_defined(seq);

	if (code > 0)
		return code;
	for (; *next < KEY_MAX + 4096; ++*next) {
		char *bound = keybound(*next, 0);

		free(bound);
		if (!bound && !keyname(*next))
			break;
	}
	if (define_key(seq, *next) != OK)
		return 0;
	return (*next)++;
}

/* The paste markers as keys: the terminal's (PS, PE), or xterm's. */
static void setup_paste(void)
{
	const char *ps = tigetstr("PS"), *pe = tigetstr("PE");
	int next = KEY_MAX + 1;

	if (!ps || ps == (const char *)-1)
		ps = "\033[200~";
	if (!pe || pe == (const char *)-1)
		pe = "\033[201~";
	paste_begin = key_for(ps, &next);
	paste_end = key_for(pe, &next);
}

/* The user's LINES and COLUMNS, put back once ncurses has started. */
static char *saved_lines, *saved_cols;
static int had_lines, had_cols;

static void set_one(const char *name, int v, char **saved, int *had)
{
	const char *old = getenv(name);
	char buf[16];

	*had = old != NULL;
	*saved = old ? strdup(old) : NULL;
	snprintf(buf, sizeof buf, "%d", v);
	setenv(name, buf, 1);
}

static void set_start_size(void)
{
	int rows = 24, cols = 80;

	kernel_size(&rows, &cols);
	set_one("LINES", rows, &saved_lines, &had_lines);
	set_one("COLUMNS", cols, &saved_cols, &had_cols);
}

static void restore_one(const char *name, char **saved, int had)
{
	if (had && *saved)
		setenv(name, *saved, 1);
	else
		unsetenv(name);
	free(*saved);
	*saved = NULL;
}

static void restore_size_env(void)
{
	restore_one("LINES", &saved_lines, had_lines);
	restore_one("COLUMNS", &saved_cols, had_cols);
}

static void start_curses(const struct tui_opts *o)
{
	SCREEN *scr;

	/* the size comes from the kernel, capped, never from exported LINES
	 * and COLUMNS (a shell's stale ones) nor unbounded (each cell costs
	 * memory); told to ncurses as LINES and COLUMNS, which it takes
	 * before the terminal description's (the Linux console's has none) */
	set_start_size();
	use_env(TRUE);
	use_tioctl(FALSE);
	scr = newterm(NULL, stdout, stdin);
	restore_size_env();
	if (!scr)
		term_die("cannot start the terminal interface");
	set_term(scr);
	follow_size();
	curses_on = 1;
	atexit(restore_at_exit);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	/* a short wait for the rest of a sequence, unless the user chose
	 * one (ncurses has read ESCDELAY then) */
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	keys_init();
	setup_paste();
	wrap_tstp();
	theme_init(o->color, o->utf8);
	wbkgdset(stdscr, theme_attr(R_NORMAL));
	/* stdscr is only a backdrop; untouched, reading keys from it never
	 * repaints over the panes */
	wnoutrefresh(stdscr);
	paste_mode(1);
	/* from here on, any signal that ends the process undoes all this */
	fatal_catch();
	fatal_screen_on(1);
}


void term_start(const struct tui_opts *o)
{
	catch_signals();
	fatal_save_tty();
	start_curses(o);
	block_loop_signals();
}

int term_signal(void)
{
	return got_signal;
}

void term_stop(void)
{
	end_curses();
}

void term_release(void)
{
	fatal_release();
	sigprocmask(SIG_UNBLOCK, &loop_sigs, NULL);
	if (got_signal) {
		signal(got_signal, SIG_DFL);
		raise(got_signal);
	}
}

int term_paste_key(const struct key *k)
{
	if (k->r != KEY_CODE_YES)
		return 0;
	if ((int)k->ch == paste_begin)
		return 1;
	return (int)k->ch == paste_end ? 2 : 0;
}

char *term_paste(size_t *n, int *resized, int burst)
{
	struct pastebuf p = { NULL, 0, 0 };

	if (burst)
		paste_add(&p, '\n');
	*resized = collect(&p, burst ? BURST_MS : PASTE_IDLE_MS, burst);
	*n = p.n;
	return p.s;
}
