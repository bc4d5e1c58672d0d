/* The header view: the detail pane shows a header instead of the code
 * selected in the tree, until Back, or until the selection moves. */
#include <config.h>

#include "header_view.h"
#include "detail.h"
#include "results.h"
#include "model/header.h"

#include <stdio.h>
#include <string.h>

/* Doc keys: codes are 100..599 and classes 1..5, so headers start at
 * KEY_BASE.  A history entry packs the header, the code it was shown over
 * and that code's scroll under HIST_FLAG, in the int the history holds. */
#define KEY_BASE 1000
#define HIST_FLAG (1 << 30)
#define HIST_HDR_BITS 7  /* up to 128 headers */
#define HIST_TOP_BITS 13 /* scroll positions up to 8191 */
#define HIST_CODE_BITS 10

static const struct hc_header *of_key(const struct app *a, int key)
{
	size_t i = (size_t)(key - KEY_BASE);

	return key >= KEY_BASE && i < a->t->n_headers ? &a->t->headers[i]
						      : NULL;
}

int header_view_key(const struct app *a, const struct hc_header *h)
{
	return KEY_BASE + (int)(h - a->t->headers);
}

int header_view_is_key(int key)
{
	return key >= KEY_BASE && key < HIST_FLAG;
}

static int selection(const struct app *a)
{
	return a->tree.n ? a->tree.key : 0;
}

int header_view_shown(struct app *a)
{
	if (a->dt->hv.h && selection(a) != a->dt->hv.from_key)
		a->dt->hv.h = NULL; /* the tree has moved on */
	return a->dt->hv.h != NULL;
}

int header_view_doc_key(const struct app *a)
{
	return header_view_key(a, a->dt->hv.h);
}

/* ---- the explanation --------------------------------------------------- */

void header_view_build(struct doc *d, const struct app *a, int width)
{
	static const enum hc_msg labels[] = {
		MSG_HDR_DIRECTION, MSG_HDR_KIND, MSG_SPEC, MSG_HDR_SYNTAX,
		MSG_HDR_EXAMPLE, MSG_HDR_SUCCESSOR,
	};
	const struct hc_header *h = a->dt->hv.h;
	enum hc_lang L = a->lang;
	int lc = detail_label_cols(a, labels, sizeof labels / sizeof *labels);
	const char *badge;
	char buf[64];

	if (!h)
		return;
	snprintf(buf, sizeof buf, " %s ", ui_msg(a, MSG_HDR_HEADER));
	badge = doc_own(d, buf);
	doc_line(d, 0);
	doc_seg(d, R_SEL, badge, strlen(badge), NULL, -1);
	doc_seg(d, R_NORMAL, "  ", 2, NULL, -1);
	doc_seg(d, R_TITLE, h->name, strlen(h->name), NULL, -1);
	doc_line(d, 0);
	doc_text(d, R_NORMAL, hc_direction_label(L, h->direction), lc, width,
		 ui_msg(a, MSG_HDR_DIRECTION), 0);
	doc_text(d, h->kind == HC_HK_STANDARD ? R_NORMAL : R_WARN,
		 hc_header_kind_label(L, h->kind), lc, width,
		 ui_msg(a, MSG_HDR_KIND), 0);
	if (h->spec)
		doc_text(d, R_NORMAL, h->spec, lc, width, ui_msg(a, MSG_SPEC),
			 0);
	doc_text(d, R_NORMAL, h->syntax, lc, width, ui_msg(a, MSG_HDR_SYNTAX),
		 0);
	doc_text(d, R_NORMAL, h->example, lc, width,
		 ui_msg(a, MSG_HDR_EXAMPLE), 0);
	if (h->successor)
		doc_text(d, R_NORMAL, h->successor, lc, width,
			 ui_msg(a, MSG_HDR_SUCCESSOR), 0);
	doc_blank(d);
	doc_text(d, R_TITLE, h->summary[L], 0, width, NULL, 0);
	doc_blank(d);
	doc_text(d, R_NORMAL, h->detail[L], 0, width, NULL, 1);
	detail_heading(d, a, MSG_HDR_CODES);
	for (int i = 0; i < h->n_codes; i++)
		detail_code_link(d, a, h->codes[i], width);
}

/* ---- opening and coming back ------------------------------------------- */

int header_view_open(struct app *a, int key)
{
	const struct hc_header *h = of_key(a, key);

	if (!h)
		return 0;
	if (!header_view_shown(a)) {
		a->dt->hv.from_key = selection(a);
		a->dt->hv.from_top = a->dt->ds.top;
		a->dt->hv.from_link = a->dt->link;
	}
	a->dt->hv.h = h;
	detail_prepare(a); /* read from the top; its first code is ready */
	return CH_DETAIL | CH_HEAD | CH_STATUS;
}

int header_view_back(struct app *a)
{
	if (!header_view_shown(a))
		return 0;
	a->dt->hv.h = NULL;
	detail_restore(a, a->dt->hv.from_top, a->dt->hv.from_link);
	return CH_DETAIL | CH_HEAD | CH_STATUS;
}

void header_view_close(struct app *a)
{
	a->dt->hv.h = NULL;
}

int header_view_history_key(struct app *a)
{
	int idx, top;

	if (!header_view_shown(a))
		return selection(a);
	idx = (int)(a->dt->hv.h - a->t->headers);
	top = a->dt->hv.from_top;
	if (idx >= 1 << HIST_HDR_BITS)
		return a->dt->hv.from_key; /* too many headers: back to the code */
	if (top >= 1 << HIST_TOP_BITS)
		top = (1 << HIST_TOP_BITS) - 1;
	return HIST_FLAG | idx << (HIST_TOP_BITS + HIST_CODE_BITS) |
	       top << HIST_CODE_BITS | a->dt->hv.from_key;
}

int header_view_is_history(int key)
{
	return key >= HIST_FLAG;
}

int header_view_reopen(struct app *a, int key)
{
	int idx = key >> (HIST_TOP_BITS + HIST_CODE_BITS) &
		  ((1 << HIST_HDR_BITS) - 1);
	int top = key >> HIST_CODE_BITS & ((1 << HIST_TOP_BITS) - 1);
	int code = key & ((1 << HIST_CODE_BITS) - 1);
	int bits = results_goto(a, code), hkey = KEY_BASE + idx, link = -1;

	if (!of_key(a, hkey) || selection(a) != code)
		return bits;
	/* the code as it was, its link to the header chosen, then the
	 * header over it */
	a->dt->hv.h = NULL;
	detail_prepare(a);
	for (int i = 0; i < a->dt->doc.nlinks; i++)
		if (a->dt->doc.links[i] == hkey)
			link = i;
	detail_restore(a, top, link);
	return bits | header_view_open(a, hkey);
}

/* ---- search ------------------------------------------------------------- */

void header_view_query(struct app *a, const char *q, size_t n)
{
	const struct hc_header *h[1];

	a->dt->hv.query = hc_header_query(a->t, q, n, h, 1) ? h[0] : NULL;
}

int header_view_named(const struct app *a)
{
	return a->dt->hv.query != NULL;
}

void header_view_pick_link(struct app *a)
{
	int key;

	if (!a->dt->hv.query || !results_shown(a) || !a->dt->doc.valid ||
	    a->dt->doc.key != selection(a))
		return;
	key = header_view_key(a, a->dt->hv.query);
	for (int i = 0; i < a->dt->doc.nlinks; i++)
		if (a->dt->doc.links[i] == key) {
			a->dt->link = i;
			scroll_show(&a->dt->ds, a->dt->doc.link_line[i]);
			return;
		}
}

/* " header  Retry-After  How long to wait before trying again" */
void header_view_draw_row(const struct app *a, WINDOW *w, int width)
{
	const struct hc_header *h = a->dt->hv.query;
	const char *label = ui_msg(a, MSG_F_HEADER), *sum;
	int x = 0;

	if (!h)
		return;
	sum = h->summary[a->lang];
	wmove(w, 0, 0);
	x += paint_str(w, R_NORMAL, " ", width);
	x += paint_str(w, R_DIM, label, width - x);
	x += paint_str(w, R_NORMAL, "  ", width - x);
	x += paint_clip(w, R_TITLE, h->name, strlen(h->name), width - x - 1);
	if (width - x > 8) {
		x += paint_str(w, R_NORMAL, "  ", width - x);
		x += paint_clip(w, R_DIM, sum, strlen(sum), width - x - 1);
	}
	paint_fill(w, R_NORMAL, width - x);
}
