/* The one-line form of a code, shared by lists, masks, searches and
 * --brief, and the terminal's hyperlinks. */
#ifndef HC_CLI_FORMAT_H
#define HC_CLI_FORMAT_H

#include <stdio.h>

#include "cli.h"

/* The phrase column's width for these codes: the widest phrase with its
 * status tag, in display columns; on a terminal (o->width) at most about
 * half of what the code leaves.  0 when piped: no padding. */
int cli_line_cols(const struct hc_code *const *codes, size_t n,
		  const struct cli_opts *o);
/* One line: on a terminal "404  Not Found   The server found…", the
 * phrase padded or cut to cols and the summary cut to the width; piped,
 * whole fields separated by one TAB each: "404\tNot Found\tThe server".
 * A code that is not standard has its status after the phrase, in
 * brackets ("[unofficial]"). */
void cli_line_put(FILE *f, const struct cli_opts *o, const struct hc_code *c,
		  int cols);

/* The SGR colour of a class (1-5), "" for others. */
const char *cli_class_sgr(int digit);

/* OSC 8 around a link's text, written as GNU ls writes it; nothing when
 * o->hyperlink is off or there is no url. */
void cli_link_open(FILE *f, const struct cli_opts *o, const char *url);
void cli_link_close(FILE *f, const struct cli_opts *o, const char *url);

#endif
