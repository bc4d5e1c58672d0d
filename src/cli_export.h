/* --export: the table as a deck for other programs.  Never starts curses. */
#ifndef HC_CLI_EXPORT_H
#define HC_CLI_EXPORT_H

#include <stdio.h>

#include "model/table.h"

/* A plain-text deck that Anki imports as it is: file headers, then one
 * note a line, front, back and tags separated by TABs, the fields in
 * HTML.  A note per code, per interview note, per situation and per
 * concept card.  Returns the exit status (2 when writing fails). */
int cli_export_anki(const struct hc_table *t, enum hc_lang L, FILE *out);

#endif
