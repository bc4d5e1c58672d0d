/* The comparison screen: the topics that involve the selected code (401 vs
 * 403...), one at a time: title, summary, the table aligned by display
 * width (a list when the terminal is too narrow for it), the detail. */
#include <config.h>

#include "compare_view.h"
#include "hints.h"
#include "study.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TOPICS 64
#define MAX_COLS 8
#define TEXT_MAX 100

struct compare {
	const struct hc_topic *topic[MAX_TOPICS];
	int n, cur;
	struct doc doc; /* the laid-out topic; its key is the topic shown */
	struct scroll sc;
};

/* Paragraphs ('\n') wrapped to width at indent, a blank line between. */
static void wrap(struct doc *d, enum role r, const char *text, int indent,
		 int width)
{
	doc_text(d, r, text, indent, width, NULL, 1);
}

static void add(struct doc *d, enum role r, const char *s, size_t n)
{
	doc_seg(d, r, s, n, NULL, -1);
}

/* ---- the table --------------------------------------------------------- */

struct cell {
	const char *s;
	size_t n;
};

/* Split one row at " | ", trimming the cells. */
static int split_row(const char *s, size_t n, struct cell *cells)
{
	int k = 0;
	size_t i = 0;

	while (i <= n && k < MAX_COLS) {
		const char *bar = NULL;
		size_t end;

		for (size_t j = i; j + 1 < n; j++)
			if (s[j] == '|' && (j == 0 || s[j - 1] == ' ')) {
				bar = s + j;
				break;
			}
		end = bar ? (size_t)(bar - s) : n;
		if (k == MAX_COLS - 1)
			end = n; /* the rest in the last column */
		cells[k].s = s + i;
		cells[k].n = end - i;
		while (cells[k].n && cells[k].s[0] == ' ') {
			cells[k].s++;
			cells[k].n--;
		}
		while (cells[k].n && cells[k].s[cells[k].n - 1] == ' ')
			cells[k].n--;
		k++;
		if (!bar || end == n)
			break;
		i = end + 1;
	}
	return k;
}

static void add_rule(struct doc *c, const int *colw, int ncols, int utf8)
{
	const char *h = utf8 ? "\xe2\x94\x80" : "-";
	const char *x = utf8 ? "\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80" : "-+-";

	doc_line(c, 0);
	doc_pad(c, 2);
	for (int j = 0; j < ncols; j++) {
		if (j)
			add(c, R_SEP, x, strlen(x));
		for (int i = 0; i < colw[j]; i++)
			add(c, R_SEP, h, strlen(h));
	}
}

static void add_table(struct doc *c, const char *tab, int width, int utf8)
{
	const char *vbar = utf8 ? " \xe2\x94\x82 " : " | ";
	struct cell (*rows)[MAX_COLS];
	int nrows = 1, ncols = 0, colw[MAX_COLS] = { 0 }, total = 2, r = 0;
	int ncell[64];
	const char *p = tab;

	for (const char *q = tab; *q; q++)
		nrows += *q == '\n';
	if (nrows > 64)
		nrows = 64;
	rows = calloc((size_t)nrows, sizeof *rows);
	if (!rows)
		return;
	while (r < nrows) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		ncell[r] = split_row(p, n, rows[r]);
		if (ncell[r] > ncols)
			ncols = ncell[r];
		for (int j = 0; j < ncell[r]; j++) {
			int cw = paint_width(rows[r][j].s, rows[r][j].n);

			if (cw > colw[j])
				colw[j] = cw;
		}
		r++;
		if (!nl)
			break;
		p = nl + 1;
	}
	nrows = r;
	for (int j = 0; j < ncols; j++)
		total += colw[j] + (j ? 3 : 0);
	if (total <= width) {
		/* aligned: header, rule, rows */
		for (r = 0; r < nrows; r++) {
			doc_line(c, 0);
			doc_pad(c, 2);
			for (int j = 0; j < ncols; j++) {
				const struct cell *e = &rows[r][j];
				size_t n = j < ncell[r] ? e->n : 0;
				const char *t = n ? e->s : "";
				enum role role = r == 0 ? R_HEADING
					       : j == 0 ? R_LABEL : R_NORMAL;

				if (j)
					add(c, R_SEP, vbar, strlen(vbar));
				add(c, role, t, n);
				if (j < ncols - 1)
					doc_pad(c, colw[j] - paint_width(t, n));
			}
			if (r == 0)
				add_rule(c, colw, ncols, utf8);
		}
	} else {
		/* too narrow: each row as a little list under its first cell */
		for (r = 1; r < nrows; r++) {
			doc_line(c, 0);
			add(c, R_LABEL, rows[r][0].s, rows[r][0].n);
			for (int j = 1; j < ncell[r]; j++) {
				char *item;
				size_t hn = j < ncell[0] ? rows[0][j].n : 0;
				size_t n = hn + rows[r][j].n + 3;

				item = malloc(n);
				if (!item)
					continue;
				snprintf(item, n, "%.*s: %.*s", (int)hn,
					 hn ? rows[0][j].s : "",
					 (int)rows[r][j].n, rows[r][j].s);
				wrap(c, R_NORMAL, doc_own(c, item), 2, width);
				free(item);
			}
		}
	}
	free(rows);
}

/* ---- the topic --------------------------------------------------------- */

static void build(struct compare *c, const struct app *a, int width)
{
	const struct hc_topic *tp = c->topic[c->cur];
	enum hc_lang L = a->lang;
	struct doc *d = &c->doc;

	doc_reset(d);
	d->key = c->cur;
	d->width = width;
	d->lang = (int)L;
	d->valid = 1;
	wrap(d, R_HEADING, tp->title[L], 0, width);
	doc_blank(d);
	wrap(d, R_TITLE, tp->summary[L], 0, width);
	if (tp->table[L]) {
		doc_blank(d);
		add_table(d, tp->table[L], width, a->utf8);
	}
	if (tp->detail[L]) {
		doc_blank(d);
		wrap(d, R_NORMAL, tp->detail[L], 0, width);
	}
	doc_blank(d);
	doc_line(d, 0);
	add(d, R_LABEL, ui_msg(a, MSG_T_TOPIC_CODES),
	    strlen(ui_msg(a, MSG_T_TOPIC_CODES)));
	for (int i = 0; i < tp->n_codes; i++) {
		const struct hc_code *k = hc_table_find(a->t, tp->codes[i]);
		char buf[16];

		if (!k)
			continue;
		doc_line(d, 2);
		snprintf(buf, sizeof buf, "%03d ", k->code);
		add(d, role_class(k->code / 100), doc_own(d, buf), strlen(buf));
		add(d, R_NORMAL, k->phrase, strlen(k->phrase));
		if (L == HC_KO && k->title[HC_KO] &&
		    strcmp(k->title[HC_KO], k->phrase)) {
			add(d, R_DIM, "  ", 2);
			add(d, R_DIM, k->title[HC_KO], strlen(k->title[HC_KO]));
		}
	}
}

/* ---- opening, keys ----------------------------------------------------- */

void compare_free(struct app *a)
{
	struct compare *c = a->cmp;

	if (!c)
		return;
	doc_free(&c->doc);
	free(c);
	a->cmp = NULL;
}

static struct compare *compare_get(struct app *a)
{
	if (!a->cmp)
		a->cmp = calloc(1, sizeof *a->cmp);
	if (!a->cmp)
		ui_set_msg(a, R_WARN, "out of memory");
	return a->cmp;
}

static int show(struct app *a)
{
	struct compare *c = a->cmp;

	c->cur = 0;
	c->doc.valid = 0;
	c->sc.top = 0;
	return ui_enter(a, MODE_COMPARE);
}

int compare_open_for(struct app *a, int code, const struct hc_topic *topic)
{
	struct compare *c = compare_get(a);

	if (!c)
		return CH_STATUS;
	c->n = (int)hc_table_topics_for(a->t, code, c->topic, MAX_TOPICS);
	if (c->n > MAX_TOPICS)
		c->n = MAX_TOPICS;
	for (int i = 1; topic && i < c->n; i++)
		if (c->topic[i] == topic) { /* the one asked about first */
			c->topic[i] = c->topic[0];
			c->topic[0] = topic;
		}
	return c->n ? show(a) : 0;
}

int compare_open(struct app *a)
{
	const struct hc_code *code = tree_sel_code(&a->tree);
	int digit = tree_sel_digit(&a->tree);
	struct compare *c = compare_get(a);
	char msg[200];

	if (!c)
		return CH_STATUS;
	c->n = 0;
	if (code) {
		c->n = (int)hc_table_topics_for(a->t, code->code, c->topic,
					       MAX_TOPICS);
		if (c->n > MAX_TOPICS)
			c->n = MAX_TOPICS;
	} else {
		/* a class: the topics about any of its codes */
		for (size_t i = 0; i < a->t->n_topics && c->n < MAX_TOPICS;
		     i++) {
			const struct hc_topic *tp = &a->t->topics[i];

			for (int j = 0; j < tp->n_codes; j++)
				if (tp->codes[j] / 100 == digit) {
					c->topic[c->n++] = tp;
					break;
				}
		}
	}
	if (c->n == 0) {
		/* nothing about this one: the whole list is the next best */
		for (size_t i = 0; i < a->t->n_topics && c->n < MAX_TOPICS;
		     i++)
			c->topic[c->n++] = &a->t->topics[i];
		if (code)
			snprintf(msg, sizeof msg, "%03d%s", code->code,
				 ui_msg(a, MSG_T_NO_TOPIC));
		else
			snprintf(msg, sizeof msg, "%dxx%s", digit,
				 ui_msg(a, MSG_T_NO_TOPIC));
		ui_set_msg(a, R_DIM, msg);
	}
	if (c->n == 0)
		return CH_STATUS; /* a data file without topics */
	return show(a);
}

static int go(struct compare *c, int delta)
{
	if (c->n < 2)
		return 0;
	c->cur = (c->cur + delta + c->n) % c->n;
	c->sc.top = 0;
	return CH_DETAIL;
}

int compare_key(struct app *a, enum tui_action act, struct ui_key k)
{
	struct compare *c = a->cmp;

	(void)k;
	switch (act) {
	case ACT_RIGHT:
		return go(c, 1);
	case ACT_LEFT:
		return go(c, -1);
	default:
		return ui_scroll(&c->sc, act);
	}
}

void compare_status(struct app *a)
{
	static const struct hint h[] = {
		{ ACT_ESC, 0, MSG_H_BACK, NULL },
		{ ACT_RIGHT, 1, MSG_H_TOPIC, NULL },
		{ ACT_UP, 2, MSG_H_SCROLL, NULL },
		{ ACT_LANG, 3, MSG_T_OTHER_LANG, NULL },
	};

	study_status(a, KM_VIEW, h, sizeof h / sizeof *h);
}

/* ---- drawing ----------------------------------------------------------- */

/* The topics as tabs ("401 vs 403"): the part of each title before ':'. */
static void draw_tabs(struct app *a, WINDOW *w, int x, int width)
{
	struct compare *c = a->cmp;
	char pos[32];
	int cx = x, pw;

	snprintf(pos, sizeof pos, "%d/%d", c->cur + 1, c->n);
	pw = (int)strlen(pos) + 2;
	wmove(w, 0, x);
	cx += paint_str(w, R_DIM, pos, width);
	cx += paint_str(w, R_NORMAL, "  ", 2);
	/* from the current tab on, as many as fit */
	for (int i = 0; i < c->n; i++) {
		int k = (c->cur + i) % c->n;
		const char *t = c->topic[k]->title[a->lang];
		const char *colon = strchr(t, ':');
		size_t n = colon ? (size_t)(colon - t) : strlen(t);
		int tw = paint_width(t, n) + 2;

		if (cx + tw > x + width - (i ? 0 : pw))
			break;
		cx += paint_str(w, k == c->cur ? R_SEL : R_NORMAL, " ", 1);
		cx += paint(w, k == c->cur ? R_SEL : R_LINK, t, n, tw);
		cx += paint_str(w, k == c->cur ? R_SEL : R_NORMAL, " ", 1);
		cx += paint_str(w, R_NORMAL, " ", 1);
	}
}

void compare_draw(struct app *a, WINDOW *w, int ch)
{
	struct compare *c = a->cmp;
	int h, width, x = 2, tw, y0;

	(void)ch;
	if (!w || !c)
		return;
	getmaxyx(w, h, width);
	tw = width - 2 * x - 1; /* and a scroll bar */
	if (tw > TEXT_MAX)
		tw = TEXT_MAX;
	if (!c->doc.valid || c->doc.width != tw ||
	    c->doc.lang != (int)a->lang || c->doc.key != c->cur)
		build(c, a, tw);
	werase(w);
	y0 = c->n > 1 ? 2 : 0;
	if (c->n > 1)
		draw_tabs(a, w, x, tw);
	c->sc.total = (int)c->doc.nline;
	c->sc.height = h - y0;
	scroll_clamp(&c->sc);
	{
		struct doc_view v = { c->sc.top, x, tw, -1, NULL };

		doc_draw(w, y0, h - y0, &c->doc, &v);
	}
	paint_scrollbar(w, y0, width - 1, h - y0, c->sc.total, c->sc.top);
	wnoutrefresh(w);
}
