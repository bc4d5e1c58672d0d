/* What the CLI says of a three-digit number that names no code. */
#ifndef HC_CLI_UNASSIGNED_H
#define HC_CLI_UNASSIGNED_H

#include <stdio.h>

#include "cli.h"

/* Explain on f that code is not in the table: inside 100-599 that it is
 * unassigned (or hidden by the settings), its class, how a client treats
 * it, and the nearest codes of its class first; outside, that it is not a
 * status code, with the nearest codes. */
void cli_unassigned(FILE *f, const struct hc_table *t,
		    const struct cli_opts *o, int code);
/* "; nearest: 100, 101, 102" for a number that is not a status code. */
void cli_put_nearest(FILE *f, const struct hc_table *t,
		     const struct cli_opts *o, int code);

#endif
