/* Every non-interactive mode.  Never starts curses. */
#ifndef HC_CLI_H
#define HC_CLI_H

#include <stdio.h>

#include "model/table.h"

enum cli_mode { CLI_LOOKUP, CLI_LIST, CLI_SEARCH,
		CLI_HEADER /* --header, --list-headers: cli_header.h */ };

struct cli_opts {
	enum cli_mode mode;
	enum hc_lang lang;
	int color; /* 1: SGR colours */
	int width; /* wrap width in columns; 0: do not wrap */
	int json;
	int utf8;  /* the terminal speaks UTF-8: block characters for bars */
	int brief; /* one line a code, for codes asked for one by one too */
	int hyperlink; /* 1: the Spec line is an OSC 8 link */
	int hide_unofficial; /* the settings hide unofficial codes */
};

/* Look up each argument ("-" reads one per line from stdin), list, or
 * search.  Returns the exit status: 0 all found, 1 something not found,
 * 2 usage error. */
int cli_run(const struct hc_table *t, const struct cli_opts *o, int argc,
	    char **argv);

/* Study progress per class as bars (or JSON), from the progress file at
 * path.  Returns the exit status. */
int cli_stats(const struct hc_table *t, const struct cli_opts *o,
	      const char *path);

#endif
