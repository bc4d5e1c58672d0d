#include <config.h>

#include "detail.h"
#include "header_view.h"
#include "model/header.h"
#include "model/mem.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARGIN 1 /* columns left free on each side */
/* Lines of text no longer than this read well, however wide the pane. */
#define MEASURE 100

static const char spaces[] = "                                        ";

/* ---- building ---------------------------------------------------------- */

static void doc_reset(struct doc *d)
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

static void new_line(struct doc *d, int indent)
{
	if (mem_grow((void **)&d->line, &d->capline,
		     d->nline + 1, sizeof *d->line))
		return;
	d->line[d->nline++] = (struct dline){ (unsigned)d->nseg, 0, indent };
}

static void add_seg(struct doc *d, enum role r, const char *s, size_t n,
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

static const char *own(struct doc *d, const char *s)
{
	char *p;

	if (mem_grow((void **)&d->own, &d->capown, d->nown + 1, sizeof *d->own))
		return "";
	p = strdup(s);
	if (!p)
		return "";
	d->own[d->nown++] = p;
	return p;
}

static int add_link(struct doc *d, int key)
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

static void blank(struct doc *d)
{
	if (d->nline && d->line[d->nline - 1].n)
		new_line(d, 0);
}

/* Wrap text into lines of width columns at indent; a label, when given,
 * sits in the indent of the first line.  Paragraphs ('\n') are separated
 * by a blank line when gap is set. */
static void add_text(struct doc *d, enum role r, const char *text, int indent,
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

			new_line(d, 0);
			add_seg(d, R_LABEL, label, strlen(label), NULL, -1);
			if (indent > lw)
				add_seg(d, R_NORMAL, spaces,
					(size_t)(indent - lw), NULL, -1);
			label = NULL;
		} else {
			new_line(d, indent);
		}
		add_seg(d, r, text + i, len, text, -1);
		if (gap && i + next < n && text[i + next - 1] == '\n')
			new_line(d, 0);
		i += next;
	}
}

static int label_cols(const struct app *a, const enum hc_msg *ids, size_t n)
{
	int w = 0;

	for (size_t i = 0; i < n; i++) {
		const char *s = app_msg(a, ids[i]);
		int lw = paint_width(s, strlen(s));

		if (lw > w)
			w = lw;
	}
	return w + 2;
}

static void add_heading(struct doc *d, const struct app *a, enum hc_msg id)
{
	blank(d);
	new_line(d, 0);
	add_seg(d, R_HEADING, app_msg(a, id), strlen(app_msg(a, id)), NULL, -1);
}

static void add_code_link(struct doc *d, const struct app *a, int code,
			  int width)
{
	const struct hc_code *c = hc_table_find(a->t, code);
	const char *title = c ? c->title[a->lang] : NULL;
	const char *text;
	char *buf;
	int link;

	if (!c)
		return;
	new_line(d, 2);
	link = add_link(d, code);
	/* sized from the phrase: a fixed buffer would cut a character */
	if (asprintf(&buf, "%03d %s", c->code, c->phrase) < 0)
		return;
	text = own(d, buf);
	free(buf);
	add_seg(d, R_LINK, text, strlen(text), NULL, link);
	if (a->lang == HC_KO && title && strcmp(title, c->phrase) &&
	    width > paint_width(text, strlen(text)) + 8) {
		add_seg(d, R_DIM, "  ", 2, NULL, -1);
		add_seg(d, R_DIM, title, strlen(title), title, -1);
	}
}

/* The headers a code names, each one that has a record a link to its
 * explanation; wrapped after the label like a text. */
static void add_header_links(struct doc *d, const struct app *a,
			     const struct hc_code *c, int indent, int width)
{
	const char *label = app_msg(a, MSG_HEADERS), *s = c->headers, *name;
	int lw = paint_width(label, strlen(label)), x;
	size_t n;

	new_line(d, 0);
	add_seg(d, R_LABEL, label, strlen(label), NULL, -1);
	if (indent > lw)
		add_seg(d, R_NORMAL, spaces, (size_t)(indent - lw), NULL, -1);
	x = indent > lw ? indent : lw;
	while ((name = hc_header_list_next(&s, &n))) {
		const struct hc_header *h = hc_table_header(a->t, name, n);
		int nw = paint_width(name, n), more = *s == ',';

		if (x > indent && x + nw + more > width) {
			new_line(d, indent);
			x = indent;
		}
		add_seg(d, h ? R_LINK : R_NORMAL, name, n, c->headers,
			h ? add_link(d, header_view_key(a, h)) : -1);
		x += nw;
		if (more) {
			add_seg(d, R_NORMAL, ", ", 2, NULL, -1);
			x += 2;
		}
	}
}

static void build_code(struct doc *d, const struct app *a,
		       const struct hc_code *c, int width)
{
	static const enum hc_msg labels[] = {
		MSG_STATUS, MSG_SPEC, MSG_VENDOR, MSG_ALIAS, MSG_HEADERS,
	};
	enum hc_lang L = a->lang;
	int lc = label_cols(a, labels, sizeof labels / sizeof *labels);
	const char *st = hc_status_label(L, c->status);
	char num[8];

	snprintf(num, sizeof num, " %03d ", c->code);
	new_line(d, 0);
	add_seg(d, role_badge(c->code / 100), own(d, num), strlen(num), NULL, -1);
	add_seg(d, R_NORMAL, "  ", 2, NULL, -1);
	add_seg(d, role_class(c->code / 100), c->phrase, strlen(c->phrase),
		c->phrase, -1);
	if (L == HC_KO && c->title[HC_KO] && strcmp(c->title[HC_KO], c->phrase))
		add_text(d, R_TITLE, c->title[HC_KO], 7, width, NULL, 0);
	new_line(d, 0);

	add_text(d, c->status == HC_STANDARD ? R_NORMAL : R_WARN, st, lc,
		 width, app_msg(a, MSG_STATUS), 0);
	if (c->spec)
		add_text(d, R_NORMAL, c->spec, lc, width, app_msg(a, MSG_SPEC), 0);
	if (c->vendor)
		add_text(d, R_NORMAL, c->vendor, lc, width,
			 app_msg(a, MSG_VENDOR), 0);
	for (int i = 0; i < c->n_alias; i++)
		add_text(d, R_NORMAL, c->alias[i], lc, width,
			 i ? "" : app_msg(a, MSG_ALIAS), 0);
	if (c->headers)
		add_header_links(d, a, c, lc, width);

	blank(d);
	add_text(d, R_TITLE, c->summary[L], 0, width, NULL, 0);
	if (c->detail[L]) {
		blank(d);
		add_text(d, R_NORMAL, c->detail[L], 0, width, NULL, 1);
	}
	if (c->n_related) {
		add_heading(d, a, MSG_RELATED);
		for (int i = 0; i < c->n_related; i++)
			add_code_link(d, a, c->related[i], width);
	}
	if (c->interview[L]) {
		add_heading(d, a, MSG_INTERVIEW);
		add_text(d, R_NORMAL, c->interview[L], 0, width, NULL, 1);
	}
}

static void build_class(struct doc *d, const struct app *a, int digit,
			int width)
{
	const struct hc_class *k = hc_table_class(a->t, digit);
	enum hc_lang L = a->lang;
	size_t i = hc_table_lower_bound(a->t, digit * 100);
	size_t end = hc_table_lower_bound(a->t, digit * 100 + 100);
	char num[8], count[64];

	snprintf(num, sizeof num, " %dxx ", digit);
	new_line(d, 0);
	add_seg(d, role_badge(digit), own(d, num), strlen(num), NULL, -1);
	if (k && k->name[L]) {
		add_seg(d, R_NORMAL, "  ", 2, NULL, -1);
		add_seg(d, role_class(digit), k->name[L], strlen(k->name[L]),
			NULL, -1);
		/* the other language's name: none where Korean cannot
		 * be shown */
		if (a->utf8 && k->name[!L] &&
		    paint_width(k->name[!L], strlen(k->name[!L])) +
			 paint_width(k->name[L], strlen(k->name[L])) + 10 < width) {
			add_seg(d, R_DIM, "  ", 2, NULL, -1);
			add_seg(d, R_DIM, k->name[!L], strlen(k->name[!L]),
				NULL, -1);
		}
	}
	new_line(d, 0);
	if (k && k->summary[L]) {
		add_text(d, R_TITLE, k->summary[L], 0, width, NULL, 0);
		blank(d);
	}
	if (k && k->detail[L])
		add_text(d, R_NORMAL, k->detail[L], 0, width, NULL, 1);
	snprintf(count, sizeof count, "%s (%d)", app_msg(a, MSG_T_CLASS_CODES),
		 a->tree.rows[a->tree.sel].count);
	blank(d);
	new_line(d, 0);
	add_seg(d, R_HEADING, own(d, count), strlen(count), NULL, -1);
	for (; i < end; i++)
		if (!a->tree.hide_unofficial ||
		    a->t->codes[i].status != HC_UNOFFICIAL)
			add_code_link(d, a, a->t->codes[i].code, width);
}

void detail_prepare(struct app *a)
{
	struct doc *d = &a->doc;
	int key = a->tree.n ? a->tree.key : 0;
	int width;

	if (header_view_shown(a))
		key = header_view_doc_key(a);

	if (!a->w_detail)
		return;
	width = getmaxx(a->w_detail) - 2 * MARGIN - 1; /* and a scroll bar */
	if (width > MEASURE)
		width = MEASURE;
	if (d->valid && d->key == key && d->width == width &&
	    d->lang == (int)a->lang)
		return;
	int moved = !d->valid || d->key != key;

	doc_reset(d);
	d->key = key;
	d->width = width;
	d->lang = (int)a->lang;
	d->valid = 1;
	if (key >= 100 && hc_table_find(a->t, key))
		build_code(d, a, hc_table_find(a->t, key), width);
	else if (key >= 1 && key <= 5)
		build_class(d, a, key, width);
	else if (header_view_is_key(key))
		header_view_build(d, a, width);
	if (moved) /* reading a new code: its first link is ready for Enter */
		a->link = a->focus == FOCUS_DETAIL ? doc_first_link(d) : -1;
	if (moved && a->focus == FOCUS_DETAIL)
		header_view_pick_link(a);
	if (a->link >= d->nlinks)
		a->link = d->nlinks - 1;
}

int doc_first_link(const struct doc *d)
{
	for (int i = 0; i < d->nlinks; i++)
		if (!header_view_is_key(d->links[i]))
			return i;
	return d->nlinks ? 0 : -1;
}

/* The builders, for the header view: it fills the same pane. */
void doc_line(struct doc *d, int indent)
{
	new_line(d, indent);
}

void doc_seg(struct doc *d, enum role r, const char *s, size_t n,
	     const char *base, int link)
{
	add_seg(d, r, s, n, base, link);
}

const char *doc_own(struct doc *d, const char *s)
{
	return own(d, s);
}

int doc_link(struct doc *d, int key)
{
	return add_link(d, key);
}

void doc_blank(struct doc *d)
{
	blank(d);
}

void doc_text(struct doc *d, enum role r, const char *text, int indent,
	      int width, const char *label, int gap)
{
	add_text(d, r, text, indent, width, label, gap);
}

int doc_label_cols(const struct app *a, const enum hc_msg *ids, size_t n)
{
	return label_cols(a, ids, n);
}

void doc_heading(struct doc *d, const struct app *a, enum hc_msg id)
{
	add_heading(d, a, id);
}

void doc_code_link(struct doc *d, const struct app *a, int code, int width)
{
	add_code_link(d, a, code, width);
}

/* ---- drawing ----------------------------------------------------------- */

void detail_draw(struct app *a)
{
	WINDOW *w = a->w_detail;
	const struct doc *d = &a->doc;
	const struct hc_match *m = NULL;
	int h, width;

	if (!w)
		return;
	detail_prepare(a);
	getmaxyx(w, h, width);
	a->ds.total = (int)d->nline;
	a->ds.height = h;
	scroll_clamp(&a->ds);
	if (d->key >= 100)
		m = app_match_for(a, hc_table_find(a->t, d->key));
	werase(w);
	for (int y = 0; y < h && a->ds.top + y < (int)d->nline; y++) {
		const struct dline *l = &d->line[a->ds.top + y];
		int x = MARGIN + l->indent, right = MARGIN + d->width;

		wmove(w, y, x);
		for (unsigned i = 0; i < l->n && x < right; i++) {
			const struct dseg *s = &d->seg[l->first + i];
			enum role r = (enum role)s->role;

			int room = right - x;
			int cut = paint_width(s->s, s->len) > room;

			if (s->link >= 0 && s->link == a->link &&
			    a->focus == FOCUS_DETAIL)
				r = R_LINK_SEL;
			/* the chosen link shows as chosen, matched or not;
			 * what does not fit ends in an ellipsis */
			x += paint_spans(w, m, s->base,
					 s->base ? (unsigned)(s->s - s->base) : 0,
					 s->s, s->len, cut ? room - 1 : room, r,
					 r == R_LINK_SEL ? r : R_MATCH);
			if (cut) {
				paint_str(w, r, theme_glyphs()->ellipsis, 1);
				break;
			}
		}
	}
	paint_scrollbar(w, 0, width - 1, h, a->ds.total, a->ds.top);
	wnoutrefresh(w);
}

/* ---- keys and mouse ---------------------------------------------------- */

static int follow(struct app *a, int key)
{
	if (header_view_is_key(key))
		return header_view_open(a, key);
	/* from a header, Back comes back to the header, scrolled as it
	 * was */
	hist_push_view(&a->hist, header_view_history_key(a), a->ds.top,
		       a->link);
	header_view_close(a);
	a->link = -1;
	a->ds.top = 0;
	app_goto(a, key);
	detail_prepare(a);
	return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
}

static int link_in_view(const struct app *a, int link)
{
	int line = a->doc.link_line[link];

	return line >= a->ds.top && line < a->ds.top + a->ds.height;
}

static int any_in_view(const struct app *a)
{
	for (int i = 0; i < a->doc.nlinks; i++)
		if (link_in_view(a, i))
			return 1;
	return 0;
}

void detail_follow_view(struct app *a)
{
	if (a->focus != FOCUS_DETAIL || a->ds.height <= 0 ||
	    (a->link >= 0 && a->link < a->doc.nlinks &&
	     link_in_view(a, a->link)))
		return;
	for (int i = 0; i < a->doc.nlinks; i++)
		if (link_in_view(a, i)) {
			a->link = i;
			return;
		}
}

/* A scroll of the pane; the chosen link follows it. */
static int scrolled(struct app *a, int moved)
{
	if (!moved)
		return 0;
	detail_follow_view(a);
	return CH_DETAIL;
}

static int choose_link(struct app *a, int delta)
{
	int n = a->doc.nlinks;

	if (n == 0)
		return 0;
	if (a->link >= 0 && !link_in_view(a, a->link) && !any_in_view(a)) {
		/* scrolled past every link: the next one from what is seen,
		 * not from where the choice was left */
		int i = delta > 0 ? 0 : n - 1;

		while (i >= 0 && i < n &&
		       (delta > 0 ? a->doc.link_line[i] < a->ds.top
				  : a->doc.link_line[i] >=
					    a->ds.top + a->ds.height))
			i += delta > 0 ? 1 : -1;
		if (i >= 0 && i < n && i != a->link) {
			a->link = i;
			scroll_show(&a->ds, a->doc.link_line[i]);
			return CH_DETAIL;
		}
	}
	a->link += delta;
	if (a->link >= n)
		a->link = n - 1;
	if (a->link < 0) {
		a->link = -1;
		/* past the first link: back to the tree */
		a->focus = FOCUS_TREE;
		if (a->lay.stacked) {
			a->show_detail = 0;
			return CH_ALL;
		}
		return CH_TREE | CH_DETAIL | CH_STATUS;
	}
	scroll_show(&a->ds, a->doc.link_line[a->link]);
	return CH_DETAIL;
}

int detail_key(struct app *a, enum tui_action act)
{
	struct scroll *s = &a->ds;
	int page = s->height > 2 ? s->height - 1 : 1;

	switch (act) {
	case ACT_UP:
		return scrolled(a, scroll_by(s, -1));
	case ACT_DOWN:
		return scrolled(a, scroll_by(s, 1));
	case ACT_PGUP:
		return scrolled(a, scroll_by(s, -page));
	case ACT_PGDN:
		return scrolled(a, scroll_by(s, page));
	case ACT_HALF_UP:
		return scrolled(a, scroll_by(s, -(page + 1) / 2));
	case ACT_HALF_DOWN:
		return scrolled(a, scroll_by(s, (page + 1) / 2));
	case ACT_HOME:
		return scrolled(a, scroll_to(s, 0));
	case ACT_END:
		return scrolled(a, scroll_to(s, s->total));
	case ACT_LINK_PREV:
		if (a->doc.nlinks == 0 || a->link < 0) {
			a->focus = FOCUS_TREE;
			a->show_detail = 0;
			return a->lay.stacked ? CH_ALL
					      : CH_TREE | CH_DETAIL | CH_STATUS;
		}
		return choose_link(a, -1);
	case ACT_LINK_NEXT:
		return choose_link(a, 1);
	case ACT_OPEN:
		if (a->link < 0 || a->link >= a->doc.nlinks)
			return choose_link(a, 1);
		/* followed at once: after a scroll the choice is one in
		 * sight, and on entering the pane it is the first related
		 * code (Tab Enter) */
		return follow(a, a->doc.links[a->link]);
	default:
		return 0;
	}
}

void detail_click(struct app *a, int row, int col, int wheel)
{
	const struct doc *d = &a->doc;
	int line = a->ds.top + row;

	if (wheel) {
		scrolled(a, scroll_by(&a->ds, wheel * 3));
		return;
	}
	a->focus = FOCUS_DETAIL;
	if (line < 0 || line >= (int)d->nline)
		return;
	for (unsigned i = 0; i < d->line[line].n; i++) {
		const struct dseg *s = &d->seg[d->line[line].first + i];

		if (s->link >= 0 && col >= MARGIN + d->line[line].indent) {
			a->link = s->link;
			follow(a, d->links[s->link]);
			return;
		}
	}
}
