/* The terminal restored on a fatal signal.  A handler may do little:
 * write(2) bytes worked out before, tcsetattr(3) a copy of the settings
 * taken before, sigaction(2) and raise(3); all four are async-signal-safe.
 * Then the signal goes on to whoever had it before (the default: the
 * process ends, with a core where the signal makes one). */
#include <config.h>

#include "fatal.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

static const int fixed_sigs[] = {
	SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE,
	SIGXCPU, SIGXFSZ, SIGIO, SIGSYS, SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
	SIGILL, SIGTRAP,
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGEMT
	SIGEMT,
#endif
#ifdef SIGLOST
	SIGLOST,
#endif
};

/* The fixed ones and the real-time ones (SIGRTMIN is only known at run
 * time), with what each did before. */
#define MAX_CAUGHT 96
static struct {
	int sig;
	struct sigaction prev;
} caught[MAX_CAUGHT];
static int n_caught;

static char reset[512];
static size_t reset_len;
static struct termios shell_tty;
static int have_tty;
static volatile sig_atomic_t screen_on;

/* Room for a crash on a full stack (runaway recursion). */
static char alt_stack[1 << 16];

void fatal_save_tty(void)
{
	have_tty = tcgetattr(STDOUT_FILENO, &shell_tty) == 0;
}

void fatal_screen_on(int on)
{
	screen_on = on;
}

static void put_all(const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(STDOUT_FILENO, s, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return;
		s += k;
		n -= (size_t)k;
	}
}

static void on_fatal(int sig)
{
	int saved = errno;

	if (screen_on) {
		screen_on = 0;
		put_all(reset, reset_len);
		if (have_tty)
			tcsetattr(STDOUT_FILENO, TCSANOW, &shell_tty);
	}
	/* the signal again, to what had it before; it is held back until
	 * this handler returns, then ends the process (or, for a fault,
	 * the instruction faults again) */
	for (int i = 0; i < n_caught; i++)
		if (caught[i].sig == sig) {
			sigaction(sig, &caught[i].prev, NULL);
			break;
		}
	raise(sig);
	errno = saved;
}

static int collect_char(int c)
{
	if (reset_len < sizeof reset)
		reset[reset_len++] = (char)c;
	return c;
}

static void add_cap(const char *name)
{
	char *s = tigetstr(name);

	if (s && s != (char *)-1)
		tputs(s, 1, collect_char);
}

static void add_raw(const char *s)
{
	while (*s)
		collect_char(*s++);
}

/* What endwin would undo, in the order it would: mouse reporting and
 * bracketed paste off (xterm's modes; other terminals ignore them),
 * attributes and colours, keypad, cursor, and last the alternate screen. */
static void make_reset(void)
{
	reset_len = 0;
	add_raw("\033[?1006l\033[?1003l\033[?1002l\033[?1000l\033[?2004l");
	add_cap("sgr0");
	add_cap("op");
	add_cap("rmkx");
	add_cap("cnorm");
	add_cap("rmcup");
}

static void catch_one(int sig)
{
	struct sigaction sa, prev;

	if (n_caught == MAX_CAUGHT || sigaction(sig, NULL, &prev) < 0 ||
	    (!(prev.sa_flags & SA_SIGINFO) && prev.sa_handler == SIG_IGN))
		return; /* ignored by whoever started us: so be it */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_ONSTACK;
	caught[n_caught].sig = sig;
	caught[n_caught].prev = prev;
	if (sigaction(sig, &sa, NULL) == 0)
		n_caught++;
}

void fatal_catch(void)
{
	stack_t ss;

	make_reset();
	/* a stack of our own for faults, unless one is set (a sanitizer's) */
	if (sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_DISABLE)) {
		ss.ss_sp = alt_stack;
		ss.ss_size = sizeof alt_stack;
		ss.ss_flags = 0;
		sigaltstack(&ss, NULL);
	}
	n_caught = 0;
	for (size_t i = 0; i < sizeof fixed_sigs / sizeof *fixed_sigs; i++)
		catch_one(fixed_sigs[i]);
	for (int s = SIGRTMIN; s <= SIGRTMAX; s++)
		catch_one(s);
}

void fatal_release(void)
{
	screen_on = 0;
	for (int i = 0; i < n_caught; i++)
		sigaction(caught[i].sig, &caught[i].prev, NULL);
	n_caught = 0;
}
