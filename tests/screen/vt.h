/* A terminal for tests: the real binary in a pseudo-terminal (forkpty),
 * its output fed to libvterm, the screen read back as text. */
#ifndef HC_TEST_VT_H
#define HC_TEST_VT_H

#include <stddef.h>
#include <sys/types.h>

struct vt;

/* Start argv[0] with args in a rows x cols terminal.  env: "NAME=value"
 * entries to set, "NAME" (no '=') to unset; NULL-terminated or NULL. */
struct vt *vt_start(int rows, int cols, char *const argv[],
		    const char *const env[]);
void vt_free(struct vt *t);

/* Send bytes as typed. */
void vt_send(struct vt *t, const char *s);
/* Read output until nothing has come for quiet_ms (at most max_ms). */
void vt_settle(struct vt *t, int quiet_ms, int max_ms);
/* Wait until the screen contains text (1) or timeout_ms passes (0). */
int vt_wait_text(struct vt *t, const char *text, int timeout_ms);
/* Wait until the text is gone. */
int vt_wait_gone(struct vt *t, const char *text, int timeout_ms);
/* Wait until row equals text (trailing spaces ignored). */
int vt_wait_row(struct vt *t, int row, const char *text, int timeout_ms);
/* Resize the terminal (TIOCSWINSZ, then SIGWINCH to the child). */
void vt_resize(struct vt *t, int rows, int cols);
/* Only the size the program sees; the emulator keeps its own (libvterm
 * 0.1 can crash when resized many times while output arrives). */
void vt_resize_pty(struct vt *t, int rows, int cols);

/* Screen text: one row, wide characters as one cell, trailing spaces
 * trimmed; columns [c0, c1) only (c1 < 0: to the end).  Static buffer. */
const char *vt_row(struct vt *t, int row);
const char *vt_cells(struct vt *t, int row, int c0, int c1);
/* Row of the first line containing text, -1 if none. */
int vt_find(struct vt *t, const char *text);
int vt_rows(const struct vt *t);
/* Cell attributes at (row, col). */
int vt_reverse(struct vt *t, int row, int col);
/* 1 when some cell on screen has a non-default colour. */
int vt_any_colour(struct vt *t);
/* Terminal state set by the program. */
int vt_altscreen(const struct vt *t);
int vt_cursor_visible(const struct vt *t);
/* Where the cursor is (0-based). */
void vt_cursor_pos(struct vt *t, int *row, int *col);
/* All bytes the program wrote, and how many. */
const char *vt_output(const struct vt *t, size_t *n);
void vt_output_reset(struct vt *t);

/* Read what arrives within ms; bytes read, -1 at end of output. */
long vt_pump(struct vt *t, int ms);
/* One cell: its characters as UTF-8 into text (room for 32 bytes), and
 * a value that differs when its look differs.  Returns the bytes of
 * text; 0 for the right half of a wide character. */
size_t vt_cell(struct vt *t, int row, int col, char *text,
	       unsigned long *style);

/* The pseudo-terminal's settings as the program sees them (read through
 * the master side, so also after the program has exited); 0 or -1. */
struct termios;
int vt_termios(const struct vt *t, struct termios *tio);
/* The terminal's foreground process group (a job shell's job). */
pid_t vt_foreground(const struct vt *t);

/* Wait for the child to exit; returns the wait status, or -1 on timeout. */
int vt_wait_exit(struct vt *t, int timeout_ms);
pid_t vt_pid(const struct vt *t);

/* Print the screen as TAP comments. */
void vt_dump(struct vt *t);

#endif
