/* The terminal below the loop: started and stopped (whatever ends the
 * process, it gets its modes back), and read a key at a time. */
#ifndef HC_TUI_TERM_H
#define HC_TUI_TERM_H

#include "tui.h"

#include <stddef.h>
#include <wchar.h>

/* A key as wget_wch gives it (r: OK or KEY_CODE_YES), or one of these. */
enum { KEY_GONE = -2,    /* the terminal hung up */
       KEY_TIMEOUT = -3, /* nothing came in time */
       KEY_DROPPED = -4  /* an escape sequence no key has: nothing */ };
struct key {
	int r;
	wint_t ch;
};

/* 0 when the terminal can be used; else -1, and stderr says why. */
int term_check(void);
void term_start(const struct tui_opts *o);
/* Give the terminal back (what is said on stderr after it is seen) ... */
void term_stop(void);
/* ... then the signal handlers: one that ended the loop is raised again. */
void term_release(void);
/* The terminal back, then "httpcodes: what" and exit 2. */
void term_die(const char *what);
/* A key; ERR once a signal has come (term_signal says which),
 * KEY_TIMEOUT after ms (ms < 0: no limit).  Escape sequences are read
 * whole, however they came. */
int term_read(struct key *k, int ms);
int term_signal(void);
/* 1: the key starts a bracketed paste; 2: a stray end marker. */
int term_paste_key(const struct key *k);
/* The pasted text after the start marker, until its end (burst: the
 * Enter of an unmarked paste, and what came right after it); malloc'd,
 * n bytes, NULL for none.  resized: a resize came meanwhile. */
char *term_paste(size_t *n, int *resized, int burst);
/* After an Enter: did more text come with it, in the same burst? */
int term_text_follows(void);

#endif
