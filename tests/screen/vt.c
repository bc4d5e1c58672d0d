#include <config.h>

#include "vt.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <vterm.h>

struct vt {
	pid_t pid;
	int fd;
	int rows, cols;
	VTerm *vt;
	VTermScreen *screen;
	int altscreen, cursor_visible;
	char *out;
	size_t nout, capout;
	int exited, status;
};

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static int on_prop(VTermProp prop, VTermValue *val, void *user)
{
	struct vt *t = user;

	if (prop == VTERM_PROP_ALTSCREEN)
		t->altscreen = val->boolean;
	else if (prop == VTERM_PROP_CURSORVISIBLE)
		t->cursor_visible = val->boolean;
	return 1;
}

static VTermScreenCallbacks callbacks = { .settermprop = on_prop };

/* Answers to the terminal's queries go back to the program. */
static void on_output(const char *s, size_t len, void *user)
{
	struct vt *t = user;

	if (write(t->fd, s, len) < 0) {
		/* the program may be gone; nothing to do */
	}
}

struct vt *vt_start(int rows, int cols, char *const argv[],
		    const char *const env[])
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
			      .ws_col = (unsigned short)cols };
	struct vt *t = calloc(1, sizeof *t);

	if (!t)
		return NULL;
	t->rows = rows;
	t->cols = cols;
	t->cursor_visible = 1;
	t->pid = forkpty(&t->fd, NULL, NULL, &ws);
	if (t->pid < 0) {
		free(t);
		return NULL;
	}
	if (t->pid == 0) {
		/* a terminal starts programs with the default actions, not
		 * with what this test ignores */
		signal(SIGPIPE, SIG_DFL);
		setenv("TERM", "xterm-256color", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		unsetenv("NO_COLOR");
		unsetenv("LANG");
		unsetenv("LC_MESSAGES");
		/* no settings of the user's */
		setenv("XDG_CONFIG_HOME", "/nonexistent/config", 1);
		for (size_t i = 0; env && env[i]; i++) {
			char *eq = strchr(env[i], '=');

			if (eq) {
				char name[64];
				size_t n = (size_t)(eq - env[i]);

				snprintf(name, sizeof name, "%.*s", (int)n, env[i]);
				setenv(name, eq + 1, 1);
			} else {
				unsetenv(env[i]);
			}
		}
		execv(argv[0], argv);
		fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	fcntl(t->fd, F_SETFL, fcntl(t->fd, F_GETFL) | O_NONBLOCK);
	t->vt = vterm_new(rows, cols);
	vterm_set_utf8(t->vt, 1);
	vterm_output_set_callback(t->vt, on_output, t);
	t->screen = vterm_obtain_screen(t->vt);
	vterm_screen_enable_altscreen(t->screen, 1);
	vterm_screen_set_callbacks(t->screen, &callbacks, t);
	vterm_screen_reset(t->screen, 1);
	return t;
}

static void reap(struct vt *t, int block)
{
	int st;

	if (t->exited)
		return;
	if (waitpid(t->pid, &st, block ? 0 : WNOHANG) == t->pid) {
		t->exited = 1;
		t->status = st;
	}
}

void vt_free(struct vt *t)
{
	if (!t)
		return;
	if (!t->exited) {
		kill(t->pid, SIGKILL);
		reap(t, 1);
	}
	close(t->fd);
	vterm_free(t->vt);
	free(t->out);
	free(t);
}

/* Read what is there within ms; returns bytes read, -1 at EOF. */
static long pump(struct vt *t, int ms)
{
	struct pollfd p = { .fd = t->fd, .events = POLLIN };
	char buf[8192];
	long total = 0;
	ssize_t n;

	if (poll(&p, 1, ms) <= 0)
		return 0;
	while ((n = read(t->fd, buf, sizeof buf)) > 0) {
		if (t->nout + (size_t)n > t->capout) {
			size_t cap = (t->capout + (size_t)n) * 2;
			char *o = realloc(t->out, cap);

			if (!o)
				abort();
			t->out = o;
			t->capout = cap;
		}
		memcpy(t->out + t->nout, buf, (size_t)n);
		t->nout += (size_t)n;
		vterm_input_write(t->vt, buf, (size_t)n);
		total += n;
	}
	if (n == 0 || (n < 0 && errno == EIO)) /* the child closed the pty */
		return total ? total : -1;
	return total;
}

void vt_send(struct vt *t, const char *s)
{
	size_t n = strlen(s);

	while (n > 0) {
		ssize_t w = write(t->fd, s, n);

		if (w < 0) {
			if (errno == EAGAIN) {
				pump(t, 10);
				continue;
			}
			return;
		}
		s += w;
		n -= (size_t)w;
	}
}

void vt_settle(struct vt *t, int quiet_ms, int max_ms)
{
	long end = now_ms() + max_ms, last = now_ms();

	while (now_ms() < end) {
		long n = pump(t, 10);

		if (n < 0)
			return;
		if (n > 0)
			last = now_ms();
		else if (now_ms() - last >= quiet_ms)
			return;
	}
}

typedef int (*pred_fn)(struct vt *t, const void *arg);

/* Wait until pred holds and the output has paused, so the frame is whole. */
static int wait_for(struct vt *t, pred_fn pred, const void *arg, int timeout_ms)
{
	long end = now_ms() + timeout_ms;

	for (;;) {
		long n = pump(t, 20);

		if (n == 0 && pred(t, arg))
			return 1;
		if (n < 0)
			return pred(t, arg);
		if (now_ms() > end)
			return 0;
	}
}

static int has_text(struct vt *t, const void *arg)
{
	return vt_find(t, arg) >= 0;
}

static int lacks_text(struct vt *t, const void *arg)
{
	return vt_find(t, arg) < 0;
}

struct row_arg {
	int row;
	const char *text;
};

static int row_is(struct vt *t, const void *arg)
{
	const struct row_arg *r = arg;

	return !strcmp(vt_row(t, r->row), r->text);
}

int vt_wait_text(struct vt *t, const char *text, int timeout_ms)
{
	return wait_for(t, has_text, text, timeout_ms);
}

int vt_wait_gone(struct vt *t, const char *text, int timeout_ms)
{
	return wait_for(t, lacks_text, text, timeout_ms);
}

int vt_wait_row(struct vt *t, int row, const char *text, int timeout_ms)
{
	struct row_arg r = { row, text };

	return wait_for(t, row_is, &r, timeout_ms);
}

void vt_resize(struct vt *t, int rows, int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
			      .ws_col = (unsigned short)cols };

	pump(t, 0);
	t->rows = rows;
	t->cols = cols;
	vterm_set_size(t->vt, rows, cols);
	ioctl(t->fd, TIOCSWINSZ, &ws);
	kill(t->pid, SIGWINCH);
}

void vt_resize_pty(struct vt *t, int rows, int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows,
			      .ws_col = (unsigned short)cols };

	pump(t, 0);
	ioctl(t->fd, TIOCSWINSZ, &ws);
	kill(t->pid, SIGWINCH);
}

static size_t put_utf8(char *p, uint32_t c)
{
	if (c < 0x80) {
		p[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		p[0] = (char)(0xc0 | c >> 6);
		p[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		p[0] = (char)(0xe0 | c >> 12);
		p[1] = (char)(0x80 | (c >> 6 & 0x3f));
		p[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	p[0] = (char)(0xf0 | c >> 18);
	p[1] = (char)(0x80 | (c >> 12 & 0x3f));
	p[2] = (char)(0x80 | (c >> 6 & 0x3f));
	p[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

long vt_pump(struct vt *t, int ms)
{
	return pump(t, ms);
}

size_t vt_cell(struct vt *t, int row, int col, char *text,
	       unsigned long *style)
{
	VTermScreenCell cell;
	VTermPos pos = { .row = row, .col = col };
	size_t n = 0;

	*style = 0;
	text[0] = '\0';
	if (!vterm_screen_get_cell(t->screen, pos, &cell))
		return 0;
	if (cell.chars[0] == (uint32_t)-1)
		return 0;
	if (cell.chars[0] == 0)
		text[n++] = ' ';
	for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
		n += put_utf8(text + n, cell.chars[i]);
	text[n] = '\0';
	*style = (unsigned long)cell.attrs.bold | cell.attrs.underline << 1 |
		 cell.attrs.reverse << 3 | cell.attrs.italic << 4 |
		 (unsigned long)cell.fg.indexed.idx << 8 |
		 (unsigned long)cell.fg.type << 16 |
		 (unsigned long)cell.bg.indexed.idx << 24 |
		 (unsigned long)cell.bg.type << 32;
	return n;
}

const char *vt_cells(struct vt *t, int row, int c0, int c1)
{
	static char line[4096];
	size_t n = 0;

	if (c1 < 0 || c1 > t->cols)
		c1 = t->cols;
	for (int c = c0; c < c1 && n + 32 < sizeof line; c++) {
		VTermScreenCell cell;
		VTermPos pos = { .row = row, .col = c };

		if (!vterm_screen_get_cell(t->screen, pos, &cell))
			break;
		if (cell.chars[0] == (uint32_t)-1) /* right half of a wide char */
			continue;
		if (cell.chars[0] == 0) {
			line[n++] = ' ';
			continue;
		}
		for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
			n += put_utf8(line + n, cell.chars[i]);
	}
	while (n > 0 && line[n - 1] == ' ')
		n--;
	line[n] = '\0';
	return line;
}

const char *vt_row(struct vt *t, int row)
{
	return vt_cells(t, row, 0, -1);
}

int vt_find(struct vt *t, const char *text)
{
	for (int r = 0; r < t->rows; r++)
		if (strstr(vt_row(t, r), text))
			return r;
	return -1;
}

int vt_rows(const struct vt *t)
{
	return t->rows;
}

int vt_reverse(struct vt *t, int row, int col)
{
	VTermScreenCell cell;
	VTermPos pos = { .row = row, .col = col };

	if (!vterm_screen_get_cell(t->screen, pos, &cell))
		return 0;
	/* a selection is reverse video or a coloured background */
	return cell.attrs.reverse || !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg);
}

int vt_any_colour(struct vt *t)
{
	for (int r = 0; r < t->rows; r++)
		for (int c = 0; c < t->cols; c++) {
			VTermScreenCell cell;
			VTermPos pos = { .row = r, .col = c };

			if (!vterm_screen_get_cell(t->screen, pos, &cell))
				continue;
			if (!VTERM_COLOR_IS_DEFAULT_FG(&cell.fg) ||
			    !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg))
				return 1;
		}
	return 0;
}

int vt_altscreen(const struct vt *t)
{
	return t->altscreen;
}

int vt_cursor_visible(const struct vt *t)
{
	return t->cursor_visible;
}

void vt_cursor_pos(struct vt *t, int *row, int *col)
{
	VTermPos pos;

	vterm_state_get_cursorpos(vterm_obtain_state(t->vt), &pos);
	*row = pos.row;
	*col = pos.col;
}

const char *vt_output(const struct vt *t, size_t *n)
{
	*n = t->nout;
	return t->out ? t->out : "";
}

void vt_output_reset(struct vt *t)
{
	t->nout = 0;
}

int vt_wait_exit(struct vt *t, int timeout_ms)
{
	long end = now_ms() + timeout_ms;

	while (!t->exited && now_ms() < end) {
		pump(t, 10);
		reap(t, 0);
	}
	pump(t, 0);
	return t->exited ? t->status : -1;
}

int vt_termios(const struct vt *t, struct termios *tio)
{
	/* on Linux the master's TCGETS answers for the slave */
	return tcgetattr(t->fd, tio);
}

pid_t vt_foreground(const struct vt *t)
{
	return tcgetpgrp(t->fd);
}

pid_t vt_pid(const struct vt *t)
{
	return t->pid;
}

void vt_dump(struct vt *t)
{
	printf("# screen %dx%d (alt %d, cursor %d):\n", t->cols, t->rows,
	       t->altscreen, t->cursor_visible);
	for (int r = 0; r < t->rows; r++)
		printf("# |%s\n", vt_row(t, r));
}
