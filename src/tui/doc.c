/* The line model: building a doc and drawing it. */
#include <config.h>

#include "doc.h"
#include "ui.h"
#include "model/mem.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

static const char spaces[] = "                                        ";

void doc_reset(struct doc *d)
{
	for (size_t i = 0; i < d->nown; i++)
		free(d->own[i]);
	d->nown = d->nseg = d->nline = 0;
	d->nlinks = 0;
	d->valid = 0;
}

void doc_free(struct doc *d)
{
	doc_reset(d);
	free(d->seg);
	free(d->line);
	free(d->links);
	free(d->link_line);
	free(d->own);
	memset(d, 0, sizeof *d);
}

void doc_line(struct doc *d, int indent)
{
	if (mem_grow((void **)&d->line, &d->capline,
		     d->nline + 1, sizeof *d->line))
		return;
	d->line[d->nline++] = (struct dline){ (unsigned)d->nseg, 0, indent };
}

void doc_seg(struct doc *d, enum role r, const char *s, size_t n,
	     const char *base, int link)
{
	if (!d->nline || !n)
		return;
	if (mem_grow((void **)&d->seg, &d->capseg, d->nseg + 1, sizeof *d->seg))
		return;
	d->seg[d->nseg++] = (struct dseg){ s, (unsigned)n, (unsigned char)r,
					   (short)link, base };
	d->line[d->nline - 1].n++;
}

void doc_pad(struct doc *d, int n)
{
	while (n > 0) {
		int k = n < (int)sizeof spaces - 1 ? n : (int)sizeof spaces - 1;

		doc_seg(d, R_NORMAL, spaces, (size_t)k, NULL, -1);
		n -= k;
	}
}

const char *doc_own_n(struct doc *d, const char *s, size_t n)
{
	char *p;

	if (mem_grow((void **)&d->own, &d->capown, d->nown + 1, sizeof *d->own))
		return "";
	p = malloc(n + 1);
	if (!p)
		return "";
	memcpy(p, s, n);
	p[n] = '\0';
	d->own[d->nown++] = p;
	return p;
}

const char *doc_own(struct doc *d, const char *s)
{
	return doc_own_n(d, s, strlen(s));
}

int doc_link(struct doc *d, int key)
{
	size_t cap = (size_t)d->caplinks;

	if ((size_t)d->nlinks >= cap) {
		size_t c1 = cap, c2 = cap;

		if (mem_grow((void **)&d->links, &c1, (size_t)d->nlinks + 1,
			 sizeof *d->links) ||
		    mem_grow((void **)&d->link_line, &c2, (size_t)d->nlinks + 1,
			 sizeof *d->link_line))
			return -1;
		d->caplinks = (int)(c1 < c2 ? c1 : c2);
	}
	d->links[d->nlinks] = key;
	d->link_line[d->nlinks] = (int)d->nline - 1;
	return d->nlinks++;
}

void doc_blank(struct doc *d)
{
	if (d->nline && d->line[d->nline - 1].n)
		doc_line(d, 0);
}

void doc_text(struct doc *d, enum role r, const char *text, int indent,
	      int width, const char *label, int gap)
{
	size_t n = strlen(text), i = 0;
	int w = width - indent;

	if (w < 10)
		w = 10;
	while (i < n) {
		size_t next, len = text_wrap(text + i, n - i, w, &next);

		if (label) {
			int lw = paint_width(label, strlen(label));

			doc_line(d, 0);
			doc_seg(d, R_LABEL, label, strlen(label), NULL, -1);
			if (indent > lw)
				doc_pad(d, indent - lw);
			label = NULL;
		} else {
			doc_line(d, indent);
		}
		doc_seg(d, r, text + i, len, text, -1);
		if (gap && i + next < n && text[i + next - 1] == '\n')
			doc_line(d, 0);
		i += next;
	}
}

static void draw_line(WINDOW *w, const struct doc *d, const struct dline *l,
		      const struct doc_view *v)
{
	int x = v->margin + l->indent, right = v->margin + v->width;

	wmove(w, getcury(w), x);
	for (unsigned i = 0; i < l->n && x < right; i++) {
		const struct dseg *s = &d->seg[l->first + i];
		enum role r = (enum role)s->role;
		int room = right - x;
		int cut = paint_width(s->s, s->len) > room;

		if (s->link >= 0 && s->link == v->chosen)
			r = R_LINK_SEL;
		/* the chosen link shows as chosen, matched or not; what
		 * does not fit ends in an ellipsis */
		x += paint_spans(w, v->m, s->base,
				 s->base ? (unsigned)(s->s - s->base) : 0,
				 s->s, s->len, cut ? room - 1 : room, r,
				 r == R_LINK_SEL ? r : R_MATCH);
		if (cut) {
			paint_str(w, r, theme_glyphs()->ellipsis, 1);
			break;
		}
	}
}

void doc_draw(WINDOW *w, int y0, int h, const struct doc *d,
	      const struct doc_view *v)
{
	for (int y = 0; y < h && v->top + y < (int)d->nline; y++) {
		wmove(w, y0 + y, 0);
		draw_line(w, d, &d->line[v->top + y], v);
	}
}
