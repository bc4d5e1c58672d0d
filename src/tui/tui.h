/* The interactive browser, as main.c and options.c see it. */
#ifndef HC_TUI_H
#define HC_TUI_H

#include <stdint.h>
#include <stdio.h>

#include "model/table.h"

struct tui_opts {
	enum hc_lang lang;
	int color; /* 0: no colour (NO_COLOR, --color=never) */
	int utf8;  /* the locale is UTF-8; else English and ASCII lines */
	int hide_unofficial; /* start with unofficial codes hidden (u) */
	int quiz;            /* start in the quiz (--quiz) */
	int interview;       /* start in the mock interview (--interview) */
	char **interview_args; /* its classes, topics or cards (checked) */
	int n_interview_args;
	int seeded;          /* seed was given (--seed): reproducible order */
	uint64_t seed;
	const char *notice;  /* a warning for the status line at start, or "" */
};

/* Run the browser on the terminal (stdin/stdout).  Returns the exit
 * status: 0 after q, 2 when the terminal cannot be used (one line on
 * stderr says why). */
int tui_run(const struct hc_table *t, const struct tui_opts *o);

/* The key list from the key table, for --help (and the man pages). */
void tui_print_keys(FILE *f, enum hc_lang lang);

#endif
