#include <config.h>

#include "lineedit.h"
#include "model/mem.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

void le_free(struct lineedit *e)
{
	free(e->s);
	memset(e, 0, sizeof *e);
}

const char *le_text(const struct lineedit *e)
{
	return e->s ? e->s : "";
}

void le_clear(struct lineedit *e)
{
	e->len = e->cur = e->scroll = 0;
	if (e->s)
		e->s[0] = '\0';
}

/* ---- characters -------------------------------------------------------- */

static size_t char_len(const char *s, size_t n, unsigned *uc)
{
	return text_next_char(s, n, uc);
}

/* The end of the character at i and the combining marks after it. */
static size_t cluster_end(const struct lineedit *e, size_t i)
{
	unsigned uc;

	if (i >= e->len)
		return e->len;
	i += char_len(e->s + i, e->len - i, &uc);
	while (i < e->len) {
		size_t k = char_len(e->s + i, e->len - i, &uc);

		if (uc < 0x20 || text_char_width(uc) != 0)
			break;
		i += k;
	}
	return i;
}

static size_t char_start(const struct lineedit *e, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)e->s[i] & 0xc0) == 0x80)
		i--;
	return i;
}

/* The start of the cluster that ends at i. */
static size_t cluster_start(const struct lineedit *e, size_t i)
{
	while (i > 0) {
		size_t p = char_start(e, i);
		unsigned uc;

		char_len(e->s + p, e->len - p, &uc);
		i = p;
		if (uc < 0x20 || text_char_width(uc) != 0)
			break;
	}
	return i;
}

static int space_at(const struct lineedit *e, size_t i)
{
	return e->s[i] == ' ';
}

/* ---- changing the text ------------------------------------------------- */

static int reserve(struct lineedit *e, size_t need)
{
	int fresh = !e->s;

	if (mem_grow((void **)&e->s, &e->cap, need + 1, 1) < 0)
		return -1;
	if (fresh)
		e->s[0] = '\0';
	return 0;
}

int le_set(struct lineedit *e, const char *s, size_t n)
{
	if (n > LE_MAX)
		n = LE_MAX;
	if (reserve(e, n) < 0)
		return -1;
	memmove(e->s, s, n);
	e->s[n] = '\0';
	e->len = e->cur = n;
	e->scroll = 0;
	return 0;
}

size_t le_insert(struct lineedit *e, const char *s, size_t n)
{
	if (n > LE_MAX - e->len) {
		/* cut at a character */
		n = LE_MAX - e->len;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	if (n == 0 || reserve(e, e->len + n) < 0)
		return 0;
	memmove(e->s + e->cur + n, e->s + e->cur, e->len - e->cur + 1);
	memcpy(e->s + e->cur, s, n);
	e->len += n;
	e->cur += n;
	return n;
}

static int cut(struct lineedit *e, size_t from, size_t to)
{
	if (from >= to)
		return 0;
	memmove(e->s + from, e->s + to, e->len - to + 1);
	e->len -= to - from;
	e->cur = from;
	if (e->scroll > from)
		e->scroll = from;
	return 1;
}

/* ---- moving ------------------------------------------------------------ */

static int move_to(struct lineedit *e, size_t to)
{
	if (to == e->cur)
		return 0;
	e->cur = to;
	return 1;
}

int le_left(struct lineedit *e)
{
	return move_to(e, cluster_start(e, e->cur));
}

int le_right(struct lineedit *e)
{
	return move_to(e, cluster_end(e, e->cur));
}

int le_home(struct lineedit *e)
{
	return move_to(e, 0);
}

int le_end(struct lineedit *e)
{
	return move_to(e, e->len);
}

static size_t word_back(const struct lineedit *e)
{
	size_t i = e->cur;

	while (i > 0 && space_at(e, i - 1))
		i--;
	while (i > 0 && !space_at(e, i - 1))
		i--;
	return i;
}

int le_word_left(struct lineedit *e)
{
	return move_to(e, word_back(e));
}

int le_word_right(struct lineedit *e)
{
	size_t i = e->cur;

	while (i < e->len && space_at(e, i))
		i++;
	while (i < e->len && !space_at(e, i))
		i++;
	return move_to(e, i);
}

/* ---- deleting ---------------------------------------------------------- */

int le_backspace(struct lineedit *e)
{
	return cut(e, cluster_start(e, e->cur), e->cur);
}

int le_delete(struct lineedit *e)
{
	return cut(e, e->cur, cluster_end(e, e->cur));
}

int le_kill_word(struct lineedit *e)
{
	return cut(e, word_back(e), e->cur);
}

int le_kill_start(struct lineedit *e)
{
	return cut(e, 0, e->cur);
}

int le_kill_end(struct lineedit *e)
{
	if (e->cur >= e->len)
		return 0;
	e->len = e->cur;
	e->s[e->len] = '\0';
	return 1;
}

/* ---- what is shown ----------------------------------------------------- */

static int width(const struct lineedit *e, size_t from, size_t to)
{
	return to > from ? text_width(e->s + from, to - from) : 0;
}

/* Columns needed when the view starts at first: the marker on the left,
 * the text up to the cursor, the cursor's own cell(s) and the marker on
 * the right if text follows it. */
static int need(const struct lineedit *e, size_t first)
{
	int n = (first > 0) + width(e, first, e->cur);
	size_t end;

	if (e->cur >= e->len)
		return n + 1;
	end = cluster_end(e, e->cur);
	n += width(e, e->cur, end);
	return n + (end < e->len);
}

void le_view(struct lineedit *e, int cols, struct le_view *v)
{
	size_t first;
	int avail;

	memset(v, 0, sizeof *v);
	if (!e->s || e->len == 0) {
		e->scroll = 0;
		return;
	}
	if (cols < 1)
		cols = 1;
	first = e->scroll <= e->cur ? e->scroll : e->cur;
	while (first < e->cur && need(e, first) > cols)
		first = cluster_end(e, first);
	/* no columns wasted on the left when the rest fits */
	while (first > 0) {
		size_t p = cluster_start(e, first);

		if ((p > 0) + width(e, p, e->len) + (e->cur >= e->len) > cols)
			break;
		first = p;
	}
	e->scroll = first;
	v->first = first;
	v->more_left = first > 0;
	avail = cols - v->more_left;
	if (width(e, first, e->len) + (e->cur >= e->len) <= avail) {
		v->len = e->len - first;
	} else {
		v->more_right = 1;
		v->len = text_fit(e->s + first, e->len - first,
				  avail > 1 ? avail - 1 : 0, NULL);
	}
	v->cursor_col = width(e, first, e->cur);
}

/* ---- pasted text ------------------------------------------------------- */

size_t le_clean_paste(char *dst, const char *src, size_t n, int utf8)
{
	size_t i = 0, o = 0, run = (size_t)-1; /* where a run of blanks began */
	int run_ctl = 0;

	while (i < n) {
		unsigned uc;
		size_t k;
		char safe[16];

		if (src[i] == '\033') {
			i += text_escape_len(src + i, n - i);
			continue;
		}
		k = char_len(src + i, n - i, &uc);
		if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0)) {
			if (run == (size_t)-1)
				run = o;
			o = run;
			dst[o++] = ' ';
			run_ctl = 1;
		} else if (uc == ' ') {
			if (run == (size_t)-1)
				run = o;
			if (!run_ctl)
				dst[o++] = ' ';
		} else if ((uc == 0xfffd && k == 1) || (!utf8 && uc >= 0x80) ||
			   text_sanitize(safe, src + i, k, 0) != k) {
			/* invalid, not shown, or not for this locale: dropped */
		} else {
			memcpy(dst + o, src + i, k);
			o += k;
			run = (size_t)-1;
			run_ctl = 0;
		}
		i += k;
	}
	dst[o] = '\0';
	return o;
}
