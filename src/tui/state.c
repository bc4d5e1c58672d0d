#include <config.h>

#include "state.h"
#include "model/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALL_OPEN 0x3eu /* bits 1..5 */

static int row_key(const struct tree_row *r)
{
	return r->kind == ROW_CLASS ? r->digit : r->code->code;
}

/* Where a key sorts among rows: a class just before its codes. */
static int key_pos(int key)
{
	return key < 10 ? key * 100 - 1 : key;
}

int tree_init(struct tree *tr, const struct hc_table *t)
{
	memset(tr, 0, sizeof *tr);
	tr->t = t;
	tr->want = calloc(t->n ? t->n : 1, 1);
	tr->rows = calloc(t->n + HC_CLASS_N, sizeof *tr->rows);
	if (!tr->want || !tr->rows) {
		tree_free(tr);
		return -1;
	}
	tr->key = 1;
	tree_rebuild(tr);
	return 0;
}

void tree_free(struct tree *tr)
{
	free(tr->want);
	free(tr->rows);
	tr->want = NULL;
	tr->rows = NULL;
	tr->n = 0;
}

static int code_shown(const struct tree *tr, size_t i)
{
	const struct hc_code *c = &tr->t->codes[i];

	if (tr->hide_unofficial && c->status == HC_UNOFFICIAL &&
	    c->code != tr->reveal)
		return 0;
	return !tr->filtering || tr->want[i];
}

static int find_row(const struct tree *tr, int key)
{
	for (int i = 0; i < tr->n; i++)
		if (row_key(&tr->rows[i]) == key)
			return i;
	return -1;
}

static void select_row(struct tree *tr, int row)
{
	tr->sel = row;
	if (row >= 0 && row < tr->n)
		tr->key = row_key(&tr->rows[row]);
}

/* The selection has left a revealed code: hidden again, the selection
 * kept where it is now. */
static void drop_reveal(struct tree *tr)
{
	if (!tr->reveal || tr->key == tr->reveal)
		return;
	tr->reveal = 0;
	tree_rebuild(tr);
}

void tree_rebuild(struct tree *tr)
{
	const struct hc_table *t = tr->t;
	int row, pos;

	tr->n = 0;
	for (int d = 1; d <= HC_CLASS_N; d++) {
		size_t i = hc_table_lower_bound(t, d * 100);
		size_t end = hc_table_lower_bound(t, d * 100 + 100);
		int count = 0;

		for (size_t k = i; k < end; k++)
			count += code_shown(tr, k);
		if (count == 0 && (tr->filtering || !t->classes[d - 1].digit))
			continue;
		tr->rows[tr->n++] = (struct tree_row){
			.kind = ROW_CLASS, .digit = (unsigned char)d,
			.count = (short)count };
		if (!(tr->open & 1u << d))
			continue;
		for (size_t k = i; k < end; k++)
			if (code_shown(tr, k))
				tr->rows[tr->n++] = (struct tree_row){
					.kind = ROW_CODE,
					.digit = (unsigned char)d,
					.code = &t->codes[k] };
	}
	if (tr->n == 0) {
		tr->sel = tr->top = 0;
		return;
	}
	row = find_row(tr, tr->key);
	if (row < 0 && tr->key >= 100)
		row = find_row(tr, tr->key / 100);
	if (row < 0) {
		/* the nearest row before it, else the first */
		pos = key_pos(tr->key);
		row = 0;
		for (int i = 0; i < tr->n; i++)
			if (key_pos(row_key(&tr->rows[i])) <= pos)
				row = i;
	}
	select_row(tr, row);
}

int tree_set_sel(struct tree *tr, int row)
{
	if (tr->n == 0)
		return 0;
	if (row < 0)
		row = 0;
	if (row >= tr->n)
		row = tr->n - 1;
	if (row == tr->sel && row_key(&tr->rows[row]) == tr->key)
		return 0;
	select_row(tr, row);
	drop_reveal(tr);
	return 1;
}

int tree_move(struct tree *tr, int delta)
{
	return tree_set_sel(tr, tr->sel + delta);
}

static void set_open(struct tree *tr, int digit, int open)
{
	if (open)
		tr->open |= 1u << digit;
	else
		tr->open &= ~(1u << digit);
	tree_rebuild(tr);
}

int tree_toggle(struct tree *tr)
{
	const struct tree_row *r;

	if (tr->n == 0)
		return 0;
	r = &tr->rows[tr->sel];
	if (r->kind != ROW_CLASS)
		return 0;
	set_open(tr, r->digit, !(tr->open & 1u << r->digit));
	return 1;
}

int tree_left(struct tree *tr)
{
	const struct tree_row *r;

	if (tr->n == 0)
		return 0;
	r = &tr->rows[tr->sel];
	if (r->kind == ROW_CODE)
		return tree_set_sel(tr, find_row(tr, r->digit));
	if (tr->open & 1u << r->digit) {
		set_open(tr, r->digit, 0);
		return 1;
	}
	return 0;
}

int tree_right(struct tree *tr)
{
	const struct tree_row *r;

	if (tr->n == 0)
		return 0;
	r = &tr->rows[tr->sel];
	if (r->kind != ROW_CLASS)
		return 0;
	if (!(tr->open & 1u << r->digit)) {
		set_open(tr, r->digit, 1);
		return 1;
	}
	return r->count > 0 ? tree_move(tr, 1) : 0;
}

int tree_select_class(struct tree *tr, int digit)
{
	int row = find_row(tr, digit);

	return row < 0 ? 0 : tree_set_sel(tr, row) || 1;
}

int tree_select_code(struct tree *tr, int code)
{
	const struct hc_code *c = hc_table_find(tr->t, code);
	int row;

	if (!c)
		return 0;
	tr->reveal = tr->hide_unofficial && c->status == HC_UNOFFICIAL
		     ? code : 0;
	if (tr->filtering && !tr->want[c - tr->t->codes])
		tree_filter(tr, NULL);
	tr->open |= 1u << (code / 100);
	tr->key = code;
	tree_rebuild(tr);
	row = find_row(tr, code);
	if (row < 0)
		return 0;
	select_row(tr, row);
	return 1;
}

int tree_jump_prefix(struct tree *tr, const char *digits, size_t n)
{
	const struct hc_table *t = tr->t;
	char buf[8];

	if (n == 0 || n > 3)
		return 0;
	if (n == 1)
		return digits[0] >= '1' && digits[0] <= '5' &&
		       tree_select_class(tr, digits[0] - '0');
	for (size_t i = 0; i < t->n; i++) {
		if (!code_shown(tr, i))
			continue;
		snprintf(buf, sizeof buf, "%03d", t->codes[i].code);
		if (!memcmp(buf, digits, n))
			return tree_select_code(tr, t->codes[i].code);
	}
	return 0;
}

int tree_set_hide_unofficial(struct tree *tr, int hide)
{
	if (tr->hide_unofficial == !!hide)
		return 0;
	tr->hide_unofficial = !!hide;
	tr->reveal = 0;
	tree_rebuild(tr);
	return 1;
}

void tree_filter(struct tree *tr, const unsigned char *want)
{
	if (want) {
		if (!tr->filtering) {
			tr->saved_open = tr->open;
			tr->filtering = 1;
		}
		memcpy(tr->want, want, tr->t->n);
		tr->open = ALL_OPEN;
	} else if (tr->filtering) {
		tr->filtering = 0;
		tr->open = tr->saved_open;
		if (tr->key >= 100)
			tr->open |= 1u << (tr->key / 100);
	}
	tree_rebuild(tr);
}

void tree_scroll_fit(struct tree *tr, int height)
{
	int max;

	if (height <= 0)
		return;
	if (tr->sel < tr->top)
		tr->top = tr->sel;
	if (tr->sel >= tr->top + height)
		tr->top = tr->sel - height + 1;
	max = tr->n > height ? tr->n - height : 0;
	if (tr->top > max)
		tr->top = max;
	if (tr->top < 0)
		tr->top = 0;
}

int tree_scroll(struct tree *tr, int delta, int height)
{
	int top = tr->top, sel = tr->sel;
	int max = tr->n > height ? tr->n - height : 0;

	if (height <= 0 || tr->n == 0)
		return 0;
	tr->top += delta;
	if (tr->top > max)
		tr->top = max;
	if (tr->top < 0)
		tr->top = 0;
	if (tr->sel < tr->top)
		select_row(tr, tr->top);
	if (tr->sel >= tr->top + height)
		select_row(tr, tr->top + height - 1);
	return top != tr->top || sel != tr->sel;
}

const struct hc_code *tree_sel_code(const struct tree *tr)
{
	if (tr->n == 0 || tr->rows[tr->sel].kind != ROW_CODE)
		return NULL;
	return tr->rows[tr->sel].code;
}

int tree_sel_digit(const struct tree *tr)
{
	return tr->n ? tr->rows[tr->sel].digit : 0;
}

int tree_revealed(const struct tree *tr)
{
	return tr->reveal && tr->key == tr->reveal;
}

int tree_row_of_code(const struct tree *tr, int code)
{
	return find_row(tr, code);
}

int scroll_clamp(struct scroll *s)
{
	int old = s->top;
	int max = s->total > s->height ? s->total - s->height : 0;

	if (s->top > max)
		s->top = max;
	if (s->top < 0)
		s->top = 0;
	return old != s->top;
}

int scroll_to(struct scroll *s, int top)
{
	int old = s->top;

	s->top = top;
	scroll_clamp(s);
	return old != s->top;
}

int scroll_by(struct scroll *s, int delta)
{
	return scroll_to(s, s->top + delta);
}

int scroll_show(struct scroll *s, int line)
{
	if (line < s->top)
		return scroll_to(s, line);
	if (s->height > 0 && line >= s->top + s->height)
		return scroll_to(s, line - s->height + 1);
	return 0;
}

int list_set(struct listsel *l, int sel)
{
	if (l->n <= 0)
		return 0;
	if (sel < 0)
		sel = 0;
	if (sel >= l->n)
		sel = l->n - 1;
	if (sel == l->sel)
		return 0;
	l->sel = sel;
	return 1;
}

int list_move(struct listsel *l, int delta)
{
	return list_set(l, l->sel + delta);
}

int list_step(struct listsel *l, int delta)
{
	if (l->n <= 0)
		return 0;
	return list_set(l, ((l->sel + delta) % l->n + l->n) % l->n);
}

void list_fit(struct listsel *l, int height)
{
	int max;

	if (height <= 0)
		return;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + height)
		l->top = l->sel - height + 1;
	max = l->n > height ? l->n - height : 0;
	if (l->top > max)
		l->top = max;
	if (l->top < 0)
		l->top = 0;
}

int list_scroll(struct listsel *l, int delta, int height)
{
	int top = l->top, sel = l->sel;
	int max = l->n > height ? l->n - height : 0;

	if (height <= 0 || l->n <= 0)
		return 0;
	l->top += delta;
	if (l->top > max)
		l->top = max;
	if (l->top < 0)
		l->top = 0;
	if (l->sel < l->top)
		l->sel = l->top;
	if (l->sel >= l->top + height)
		l->sel = l->top + height - 1;
	return top != l->top || sel != l->sel;
}

static size_t prev_char(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	return i;
}

void excerpt_find(const char *s, unsigned start, unsigned len, int cols,
		  int items, struct excerpt *x)
{
	size_t n = strlen(s), a = start < n ? start : n;
	size_t b = (size_t)start + len < n ? (size_t)start + len : n;
	size_t lo = a, hi = b, from;
	int w = 0, room;

	memset(x, 0, sizeof *x);
	x->off = a;
	if (cols <= 0)
		return;
	/* the paragraph, or the item, that holds the match */
	while (lo > 0 && s[lo - 1] != '\n' && !(items && s[lo - 1] == ','))
		lo--;
	while (hi < n && s[hi] != '\n' && !(items && s[hi] == ','))
		hi++;
	while (lo < a && s[lo] == ' ')
		lo++;
	while (hi > b && s[hi - 1] == ' ')
		hi--;
	if (text_width(s + lo, hi - lo) <= cols) {
		x->off = lo;
		x->n = hi - lo;
		return;
	}
	/* up to a third of the room before the match, from a word start */
	from = a;
	while (from > lo) {
		size_t p = prev_char(s, from);
		unsigned uc;
		int cw;

		text_next_char(s + p, from - p, &uc);
		cw = text_char_width(uc);
		if (w + cw > cols / 3)
			break;
		w += cw;
		from = p;
	}
	if (from > lo)
		for (size_t q = from; q < a; q++)
			if (s[q] == ' ') {
				from = q + 1;
				break;
			}
	x->off = from;
	x->lead = from > lo;
	room = cols - x->lead;
	if (text_width(s + from, hi - from) <= room) {
		x->n = hi - from;
	} else {
		x->tail = 1;
		x->n = text_fit(s + from, hi - from, room > 1 ? room - 1 : 0,
				NULL);
	}
}

void hist_push_view(struct history *h, int code, int top, int link)
{
	if (h->n == HIST_MAX) {
		memmove(h->code, h->code + 1, (HIST_MAX - 1) * sizeof *h->code);
		memmove(h->top, h->top + 1, (HIST_MAX - 1) * sizeof *h->top);
		memmove(h->link, h->link + 1, (HIST_MAX - 1) * sizeof *h->link);
		h->n--;
	}
	h->code[h->n] = code;
	h->top[h->n] = top;
	h->link[h->n++] = link;
}

int hist_pop_view(struct history *h, int *top, int *link)
{
	*top = 0;
	*link = -1;
	if (!h->n)
		return -1;
	h->n--;
	*top = h->top[h->n];
	*link = h->link[h->n];
	return h->code[h->n];
}

void hist_push(struct history *h, int code)
{
	hist_push_view(h, code, 0, -1);
}

int hist_pop(struct history *h)
{
	int top, link;

	return hist_pop_view(h, &top, &link);
}
