/* The detail pane: the chosen code or class, wrapped, scrolled, with
 * related codes that can be followed. */
#ifndef HC_TUI_DETAIL_H
#define HC_TUI_DETAIL_H

#include "app.h"

/* Building the pane's doc, for the header view (header_view.c), which
 * shows a header in the same pane: a line at indent, a segment of it
 * (link: from doc_link, or -1), a copy the doc owns, a link to key,
 * a blank line, wrapped text (a label in the indent of its first line),
 * the label column for these labels, a heading, a code as a link. */
void doc_line(struct doc *d, int indent);
void doc_seg(struct doc *d, enum role r, const char *s, size_t n,
	     const char *base, int link);
const char *doc_own(struct doc *d, const char *s);
int doc_link(struct doc *d, int key);
void doc_blank(struct doc *d);
void doc_text(struct doc *d, enum role r, const char *text, int indent,
	      int width, const char *label, int gap);
int doc_label_cols(const struct app *a, const enum hc_msg *ids, size_t n);
void doc_heading(struct doc *d, const struct app *a, enum hc_msg id);
void doc_code_link(struct doc *d, const struct app *a, int code, int width);

/* The chosen link follows the view: when it has been scrolled out of
 * sight, the first link in sight is chosen (none in sight: it stays). */
void detail_follow_view(struct app *a);

#endif
