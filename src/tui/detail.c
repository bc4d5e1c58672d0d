#include <config.h>

#include "detail.h"
#include "header_view.h"
#include "results.h"
#include "search_box.h"
#include "model/header.h"
#include "model/mem.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARGIN 1 /* columns left free on each side */
/* Lines of text no longer than this read well, however wide the pane. */
#define MEASURE 100

/* ---- building ---------------------------------------------------------- */

int detail_label_cols(const struct app *a, const enum hc_msg *ids, size_t n)
{
	int w = 0;

	for (size_t i = 0; i < n; i++) {
		const char *s = ui_msg(a, ids[i]);
		int lw = paint_width(s, strlen(s));

		if (lw > w)
			w = lw;
	}
	return w + 2;
}

void detail_heading(struct doc *d, const struct app *a, enum hc_msg id)
{
	doc_blank(d);
	doc_line(d, 0);
	doc_seg(d, R_HEADING, ui_msg(a, id), strlen(ui_msg(a, id)), NULL, -1);
}

void detail_code_link(struct doc *d, const struct app *a, int code,
			  int width)
{
	const struct hc_code *c = hc_table_find(a->t, code);
	const char *title = c ? c->title[a->lang] : NULL;
	const char *text;
	char *buf;
	int link;

	if (!c)
		return;
	doc_line(d, 2);
	link = doc_link(d, code);
	/* sized from the phrase: a fixed buffer would cut a character */
	if (asprintf(&buf, "%03d %s", c->code, c->phrase) < 0)
		return;
	text = doc_own(d, buf);
	free(buf);
	doc_seg(d, R_LINK, text, strlen(text), NULL, link);
	if (a->lang == HC_KO && title && strcmp(title, c->phrase) &&
	    width > paint_width(text, strlen(text)) + 8) {
		doc_seg(d, R_DIM, "  ", 2, NULL, -1);
		doc_seg(d, R_DIM, title, strlen(title), title, -1);
	}
}

/* The headers a code names, each one that has a record a link to its
 * explanation; wrapped after the label like a text. */
static void add_header_links(struct doc *d, const struct app *a,
			     const struct hc_code *c, int indent, int width)
{
	const char *label = ui_msg(a, MSG_HEADERS), *s = c->headers, *name;
	int lw = paint_width(label, strlen(label)), x;
	size_t n;

	doc_line(d, 0);
	doc_seg(d, R_LABEL, label, strlen(label), NULL, -1);
	if (indent > lw)
		doc_pad(d, indent - lw);
	x = indent > lw ? indent : lw;
	while ((name = hc_header_list_next(&s, &n))) {
		const struct hc_header *h = hc_table_header(a->t, name, n);
		int nw = paint_width(name, n), more = *s == ',';

		if (x > indent && x + nw + more > width) {
			doc_line(d, indent);
			x = indent;
		}
		doc_seg(d, h ? R_LINK : R_NORMAL, name, n, c->headers,
			h ? doc_link(d, header_view_key(a, h)) : -1);
		x += nw;
		if (more) {
			doc_seg(d, R_NORMAL, ", ", 2, NULL, -1);
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
	int lc = detail_label_cols(a, labels, sizeof labels / sizeof *labels);
	const char *st = hc_status_label(L, c->status);
	char num[8];

	snprintf(num, sizeof num, " %03d ", c->code);
	doc_line(d, 0);
	doc_seg(d, role_badge(c->code / 100), doc_own(d, num), strlen(num), NULL, -1);
	doc_seg(d, R_NORMAL, "  ", 2, NULL, -1);
	doc_seg(d, role_class(c->code / 100), c->phrase, strlen(c->phrase),
		c->phrase, -1);
	if (L == HC_KO && c->title[HC_KO] && strcmp(c->title[HC_KO], c->phrase))
		doc_text(d, R_TITLE, c->title[HC_KO], 7, width, NULL, 0);
	doc_line(d, 0);

	doc_text(d, c->status == HC_STANDARD ? R_NORMAL : R_WARN, st, lc,
		 width, ui_msg(a, MSG_STATUS), 0);
	if (c->spec)
		doc_text(d, R_NORMAL, c->spec, lc, width, ui_msg(a, MSG_SPEC), 0);
	if (c->vendor)
		doc_text(d, R_NORMAL, c->vendor, lc, width,
			 ui_msg(a, MSG_VENDOR), 0);
	for (int i = 0; i < c->n_alias; i++)
		doc_text(d, R_NORMAL, c->alias[i], lc, width,
			 i ? "" : ui_msg(a, MSG_ALIAS), 0);
	if (c->headers)
		add_header_links(d, a, c, lc, width);

	doc_blank(d);
	doc_text(d, R_TITLE, c->summary[L], 0, width, NULL, 0);
	if (c->detail[L]) {
		doc_blank(d);
		doc_text(d, R_NORMAL, c->detail[L], 0, width, NULL, 1);
	}
	if (c->n_related) {
		detail_heading(d, a, MSG_RELATED);
		for (int i = 0; i < c->n_related; i++)
			detail_code_link(d, a, c->related[i], width);
	}
	if (c->interview[L]) {
		detail_heading(d, a, MSG_INTERVIEW);
		doc_text(d, R_NORMAL, c->interview[L], 0, width, NULL, 1);
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
	doc_line(d, 0);
	doc_seg(d, role_badge(digit), doc_own(d, num), strlen(num), NULL, -1);
	if (k && k->name[L]) {
		doc_seg(d, R_NORMAL, "  ", 2, NULL, -1);
		doc_seg(d, role_class(digit), k->name[L], strlen(k->name[L]),
			NULL, -1);
		/* the other language's name: none where Korean cannot
		 * be shown */
		if (a->utf8 && k->name[!L] &&
		    paint_width(k->name[!L], strlen(k->name[!L])) +
			 paint_width(k->name[L], strlen(k->name[L])) + 10 < width) {
			doc_seg(d, R_DIM, "  ", 2, NULL, -1);
			doc_seg(d, R_DIM, k->name[!L], strlen(k->name[!L]),
				NULL, -1);
		}
	}
	doc_line(d, 0);
	if (k && k->summary[L]) {
		doc_text(d, R_TITLE, k->summary[L], 0, width, NULL, 0);
		doc_blank(d);
	}
	if (k && k->detail[L])
		doc_text(d, R_NORMAL, k->detail[L], 0, width, NULL, 1);
	snprintf(count, sizeof count, "%s (%d)", ui_msg(a, MSG_T_CLASS_CODES),
		 a->tree.rows[a->tree.sel].count);
	doc_blank(d);
	doc_line(d, 0);
	doc_seg(d, R_HEADING, doc_own(d, count), strlen(count), NULL, -1);
	for (; i < end; i++)
		if (!a->tree.hide_unofficial ||
		    a->t->codes[i].status != HC_UNOFFICIAL)
			detail_code_link(d, a, a->t->codes[i].code, width);
}

/* The key of the doc the pane shows: the selection, or a header over it. */
static int shown_key(struct app *a)
{
	if (header_view_shown(a))
		return header_view_doc_key(a);
	return a->tree.n ? a->tree.key : 0;
}

/* Another code (class, header) is read from its top, with no link
 * chosen yet; kept even while the pane has no window (stacked). */
static void track_key(struct app *a)
{
	int key = shown_key(a);

	if (key == a->dt->ds_key)
		return;
	a->dt->ds_key = key;
	a->dt->ds.top = 0;
	a->dt->link = -1;
}

void detail_prepare(struct app *a)
{
	struct doc *d = &a->dt->doc;
	int key, width;

	track_key(a);
	if (!a->w_detail)
		return;
	key = a->dt->ds_key;
	width = getmaxx(a->w_detail) - 2 * MARGIN - 1; /* and a scroll bar */
	if (width > MEASURE)
		width = MEASURE;
	if (!(d->valid && d->key == key && d->width == width &&
	      d->lang == (int)a->lang)) {
		if (!d->valid)
			a->dt->link = -1; /* another list (u) */
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
	}
	/* in the pane, a link is always chosen: on entering it, the first
	 * related code, or the header a search named */
	if (a->focus == FOCUS_DETAIL && a->dt->link < 0 && d->nlinks) {
		a->dt->link = doc_first_link(d);
		header_view_pick_link(a);
	}
	if (a->dt->link >= d->nlinks)
		a->dt->link = d->nlinks - 1;
}

struct detail *detail_new(void)
{
	struct detail *dt = calloc(1, sizeof *dt);

	if (dt) {
		dt->link = -1;
		dt->ds_key = -1;
	}
	return dt;
}

void detail_free(struct app *a)
{
	if (!a->dt)
		return;
	doc_free(&a->dt->doc);
	free(a->dt);
	a->dt = NULL;
}

int detail_back(struct app *a)
{
	int key, top, link, bits = header_view_back(a);

	if (bits) /* a header: back to the code it was opened from */
		return bits;
	key = hist_pop_view(&a->dt->hist, &top, &link);
	if (key < 0) {
		ui_set_msg(a, R_DIM, ui_msg(a, MSG_T_NO_BACK));
		return CH_STATUS;
	}
	bits = header_view_is_history(key) ? header_view_reopen(a, key)
					   : results_goto(a, key);
	/* the code as it was left: its scroll and its chosen link */
	detail_restore(a, top, link);
	return bits;
}

int detail_enter(struct app *a)
{
	a->dt->link = -1; /* chosen afresh when the pane is drawn */
	return ui_focus(a, FOCUS_DETAIL);
}

void detail_restore(struct app *a, int top, int link)
{
	detail_prepare(a);
	a->dt->ds.top = top;
	if (link >= 0 && link < a->dt->doc.nlinks)
		a->dt->link = link;
}

void detail_invalidate(struct app *a)
{
	a->dt->doc.valid = 0;
	if (a->dt->doc.key >= 1 && a->dt->doc.key <= 5)
		a->dt->ds.top = 0; /* a class: its list is another one now */
}

int doc_first_link(const struct doc *d)
{
	for (int i = 0; i < d->nlinks; i++)
		if (!header_view_is_key(d->links[i]))
			return i;
	return d->nlinks ? 0 : -1;
}

/* ---- drawing ----------------------------------------------------------- */

void detail_draw(struct app *a)
{
	WINDOW *w = a->w_detail;
	const struct doc *d = &a->dt->doc;
	struct doc_view v = { 0, MARGIN, 0, -1, NULL };
	int h, width;

	/* also without a window (stacked, the tree shown): another code is
	 * then read from its top when the pane comes back */
	detail_prepare(a);
	if (!w)
		return;
	getmaxyx(w, h, width);
	a->dt->ds.total = (int)d->nline;
	a->dt->ds.height = h;
	scroll_clamp(&a->dt->ds);
	if (d->key >= 100)
		v.m = search_match_for(a, hc_table_find(a->t, d->key));
	v.top = a->dt->ds.top;
	v.width = d->width;
	v.chosen = a->focus == FOCUS_DETAIL ? a->dt->link : -1;
	werase(w);
	doc_draw(w, 0, h, d, &v);
	paint_scrollbar(w, 0, width - 1, h, a->dt->ds.total, a->dt->ds.top);
	wnoutrefresh(w);
}

/* ---- keys and mouse ---------------------------------------------------- */

static int follow(struct app *a, int key)
{
	if (header_view_is_key(key))
		return header_view_open(a, key);
	/* from a header, Back comes back to the header, scrolled as it
	 * was */
	hist_push_view(&a->dt->hist, header_view_history_key(a), a->dt->ds.top,
		       a->dt->link);
	header_view_close(a);
	results_goto(a, key);
	detail_prepare(a);
	return CH_TREE | CH_DETAIL | CH_HEAD | CH_STATUS;
}

static int link_in_view(const struct app *a, int link)
{
	int line = a->dt->doc.link_line[link];

	return line >= a->dt->ds.top && line < a->dt->ds.top + a->dt->ds.height;
}

static int any_in_view(const struct app *a)
{
	for (int i = 0; i < a->dt->doc.nlinks; i++)
		if (link_in_view(a, i))
			return 1;
	return 0;
}

void detail_follow_view(struct app *a)
{
	if (a->focus != FOCUS_DETAIL || a->dt->ds.height <= 0 ||
	    (a->dt->link >= 0 && a->dt->link < a->dt->doc.nlinks &&
	     link_in_view(a, a->dt->link)))
		return;
	for (int i = 0; i < a->dt->doc.nlinks; i++)
		if (link_in_view(a, i)) {
			a->dt->link = i;
			return;
		}
}

static int choose_link(struct app *a, int delta)
{
	int n = a->dt->doc.nlinks;

	if (n == 0)
		return 0;
	if (a->dt->link >= 0 && !link_in_view(a, a->dt->link) && !any_in_view(a)) {
		/* scrolled past every link: the next one from what is seen,
		 * not from where the choice was left */
		int i = delta > 0 ? 0 : n - 1;

		while (i >= 0 && i < n &&
		       (delta > 0 ? a->dt->doc.link_line[i] < a->dt->ds.top
				  : a->dt->doc.link_line[i] >=
					    a->dt->ds.top + a->dt->ds.height))
			i += delta > 0 ? 1 : -1;
		if (i >= 0 && i < n && i != a->dt->link) {
			a->dt->link = i;
			scroll_show(&a->dt->ds, a->dt->doc.link_line[i]);
			return CH_DETAIL;
		}
	}
	a->dt->link += delta;
	if (a->dt->link >= n)
		a->dt->link = n - 1;
	if (a->dt->link < 0) {
		a->dt->link = -1;
		/* past the first link: back to the tree */
		return ui_focus(a, FOCUS_TREE);
	}
	scroll_show(&a->dt->ds, a->dt->doc.link_line[a->dt->link]);
	return CH_DETAIL;
}

int detail_key(struct app *a, enum tui_action act)
{
	int r = ui_scroll(&a->dt->ds, act);

	if (r != CH_IGNORED) {
		if (r) /* the chosen link follows the view */
			detail_follow_view(a);
		return r;
	}
	switch (act) {
	case ACT_LINK_PREV:
		if (a->dt->doc.nlinks == 0 || a->dt->link < 0)
			return ui_focus(a, FOCUS_TREE);
		return choose_link(a, -1);
	case ACT_LINK_NEXT:
		return choose_link(a, 1);
	case ACT_OPEN:
		if (a->dt->link < 0 || a->dt->link >= a->dt->doc.nlinks)
			return choose_link(a, 1);
		/* followed at once: after a scroll the choice is one in
		 * sight, and on entering the pane it is the first related
		 * code (Tab Enter) */
		return follow(a, a->dt->doc.links[a->dt->link]);
	default:
		return CH_IGNORED;
	}
}

void detail_click(struct app *a, int row, int col, int wheel)
{
	const struct doc *d = &a->dt->doc;
	int line = a->dt->ds.top + row;

	/* the wheel as three lines of scrolling, a click on a link as its
	 * choice and Enter */
	for (int i = 0; wheel && i < 3; i++)
		detail_key(a, wheel < 0 ? ACT_UP : ACT_DOWN);
	if (wheel)
		return;
	ui_focus(a, FOCUS_DETAIL);
	if (line < 0 || line >= (int)d->nline)
		return;
	for (unsigned i = 0; i < d->line[line].n; i++) {
		const struct dseg *s = &d->seg[d->line[line].first + i];

		if (s->link >= 0 && col >= MARGIN + d->line[line].indent) {
			a->dt->link = s->link;
			detail_key(a, ACT_OPEN);
			return;
		}
	}
}
