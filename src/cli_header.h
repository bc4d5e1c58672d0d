/* The header reference on the command line: --header, --list-headers,
 * and the header entries of a search. */
#ifndef HC_CLI_HEADER_H
#define HC_CLI_HEADER_H

#include <stddef.h>

#include "cli.h"

/* Explain each header named in argv (any case), or list them all when
 * there are no names.  Returns the exit status: 0 all found, 1 a name is
 * no header (the nearest ones are named on stderr) or there are none. */
int cli_header_run(const struct hc_table *t, const struct cli_opts *o,
		   int argc, char **argv);

/* The headers a search query names, one line each, before the codes the
 * search found (then a blank line, when more is set).  Text only: JSON
 * stays a list of codes.  Returns how many were printed. */
size_t cli_header_search(const struct hc_table *t, const struct cli_opts *o,
			 const char *q, size_t n, int more);

#endif
