/* The one line model of the text views: a document of lines, each a row
 * of segments with a role, an optional link and, for highlights, the
 * table string it points into; wrapped by display columns when built,
 * drawn by one function (tig's struct line and draw.c). */
#ifndef HC_TUI_DOC_H
#define HC_TUI_DOC_H

#include <curses.h>
#include <stddef.h>

#include "theme.h"
#include "model/search.h"

struct dseg {
	const char *s;
	unsigned len;
	unsigned char role;
	short link;       /* index into links, or -1 */
	const char *base; /* the table string s points into, for highlights */
};
struct dline {
	unsigned first, n; /* segments */
	int indent;
};
struct doc {
	struct dseg *seg;
	size_t nseg, capseg;
	struct dline *line;
	size_t nline, capline;
	int *links;      /* a key per link (a code, a class digit, a header) */
	int *link_line;  /* the line it is on */
	int nlinks, caplinks;
	char **own;      /* strings the doc made */
	size_t nown, capown;
	int key, width, lang, valid; /* what it was built for */
};

/* Empty it for building again (the memory is kept). */
void doc_reset(struct doc *d);
void doc_free(struct doc *d);
/* A new line at indent; the segments that follow go on it. */
void doc_line(struct doc *d, int indent);
/* A segment of the last line; link from doc_link, or -1. */
void doc_seg(struct doc *d, enum role r, const char *s, size_t n,
	     const char *base, int link);
/* n blanks (up to 40) on the last line. */
void doc_pad(struct doc *d, int n);
/* A copy the doc owns, for text made while building ("" without memory). */
const char *doc_own(struct doc *d, const char *s);
/* The same for n bytes of s (not ended by a NUL). */
const char *doc_own_n(struct doc *d, const char *s, size_t n);
/* A link to key on the last line; its index, -1 without memory. */
int doc_link(struct doc *d, int key);
/* A blank line, unless the last one is blank already. */
void doc_blank(struct doc *d);
/* text wrapped into lines of width columns at indent; a label, when
 * given, sits in the indent of the first line.  Paragraphs ('\n') are
 * separated by a blank line when gap is set. */
void doc_text(struct doc *d, enum role r, const char *text, int indent,
	      int width, const char *label, int gap);

/* How lines are drawn: from line top, at column margin, at most width
 * columns of text; the link chosen shows as chosen (-1: none), and the
 * spans of m on the table strings are highlighted (NULL: none). */
struct doc_view {
	int top, margin, width;
	int chosen;
	const struct hc_match *m;
};
/* Draw into w's rows from y0 on, h of them; text cut by the width ends
 * in an ellipsis. */
void doc_draw(WINDOW *w, int y0, int h, const struct doc *d,
	      const struct doc_view *v);

#endif
