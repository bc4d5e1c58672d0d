/* What the explanations of codes and of headers print alike: colour,
 * text wrapped to the terminal, "Label: value" lines, the Spec line with
 * its link, JSON strings, and the message about a query on stderr. */
#ifndef HC_CLI_PUT_H
#define HC_CLI_PUT_H

#include <stddef.h>
#include <stdio.h>

#include "cli.h"
#include "model/i18n.h"

#define CLI_SGR_RESET "\033[0m"
#define CLI_SGR_BOLD "\033[1m"
#define CLI_SGR_DIM "\033[2m"

/* seq when colour is on, else nothing. */
void cli_sgr(FILE *f, const struct cli_opts *o, const char *seq);
/* s wrapped to o->width (whole lines when piped), each line indented;
 * paragraphs ('\n') apart by a blank line when gap is set. */
void cli_put_wrapped(FILE *f, const struct cli_opts *o, const char *s,
		     int indent, int gap);
/* "Label: value", the label dim, continuation lines indented; nothing
 * for a NULL or empty value. */
void cli_put_label(FILE *f, const struct cli_opts *o, enum hc_msg m,
		   const char *value);
/* After a blank line, the summary in bold, a blank line, and the detail
 * wrapped, its paragraphs apart. */
void cli_put_texts(FILE *f, const struct cli_opts *o, const char *summary,
		   const char *detail);
/* The Spec line, its value a link to the text (OSC 8) on a terminal that
 * takes links (--hyperlink). */
void cli_put_spec(FILE *f, const struct cli_opts *o, const char *spec);
/* s as a JSON string (null for NULL); bytes that are not UTF-8 become
 * U+FFFD, so the output is valid JSON whatever the input. */
void cli_json_str(FILE *f, const char *s);
/* "httpcodes: 'Q': what" on stderr, then the hint on a line of its own
 * when there is one.  What a terminal would not show ('\r', controls,
 * zero-width characters) is shown escaped, so '404\r' does not read as
 * 404; past 60 bytes the query is cut at a character, with "...". */
void cli_complain(const char *q, size_t n, const char *what,
		  const char *hint);

#endif
