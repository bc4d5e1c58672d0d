/* The TUI's selection, scrolling and tree flattening: pure functions. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/text.h"
#include "tui/lineedit.h"
#include "tui/state.h"

static struct hc_code codes[] = {
	{ .code = 100, .phrase = "Continue" },
	{ .code = 101, .phrase = "Switching Protocols" },
	{ .code = 200, .phrase = "OK" },
	{ .code = 404, .phrase = "Not Found" },
	{ .code = 418, .phrase = "(Unused)", .status = HC_UNUSED },
	{ .code = 419, .phrase = "Page Expired", .status = HC_UNOFFICIAL },
	{ .code = 420, .phrase = "Enhance Your Calm", .status = HC_UNOFFICIAL },
	{ .code = 500, .phrase = "Internal Server Error" },
};

/* 3xx has neither codes nor a class record: it is not shown */
static struct hc_table table = {
	.codes = codes, .n = sizeof codes / sizeof *codes,
	.classes = { { .digit = 1 }, { .digit = 2 }, { .digit = 0 },
		     { .digit = 4 }, { .digit = 5 } },
};

/* The rows as text: "1 2 4 404 418 5" (classes as digits). */
static const char *rows(const struct tree *tr)
{
	static char buf[256];
	size_t n = 0;

	buf[0] = '\0';
	for (int i = 0; i < tr->n; i++) {
		const struct tree_row *r = &tr->rows[i];

		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%d",
				      i ? " " : "",
				      r->kind == ROW_CLASS ? r->digit : r->code->code);
	}
	return buf;
}

static int sel_key(const struct tree *tr)
{
	const struct tree_row *r = &tr->rows[tr->sel];

	return r->kind == ROW_CLASS ? r->digit : r->code->code;
}

static void test_flatten(void **state)
{
	struct tree tr;

	(void)state;
	assert_int_equal(tree_init(&tr, &table), 0);
	assert_string_equal(rows(&tr), "1 2 4 5");
	assert_int_equal(tr.sel, 0);
	assert_int_equal(tr.rows[2].count, 4);
	tree_move(&tr, 2);
	assert_int_equal(tree_toggle(&tr), 1);
	assert_string_equal(rows(&tr), "1 2 4 404 418 419 420 5");
	assert_int_equal(sel_key(&tr), 4);
	assert_int_equal(tree_toggle(&tr), 1);
	assert_string_equal(rows(&tr), "1 2 4 5");
	tree_free(&tr);
}

static void test_move_clamps(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	assert_int_equal(tree_move(&tr, -1), 0);
	assert_int_equal(tree_move(&tr, 100), 1);
	assert_int_equal(sel_key(&tr), 5);
	assert_int_equal(tree_move(&tr, 1), 0);
	assert_int_equal(tree_set_sel(&tr, 0), 1);
	assert_int_equal(sel_key(&tr), 1);
	tree_free(&tr);
}

static void test_left_right(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	assert_int_equal(tree_right(&tr), 1); /* opens 1xx */
	assert_string_equal(rows(&tr), "1 100 101 2 4 5");
	assert_int_equal(tree_right(&tr), 1); /* to 100 */
	assert_int_equal(sel_key(&tr), 100);
	assert_int_equal(tree_right(&tr), 0); /* a code has no children */
	tree_move(&tr, 1);
	assert_int_equal(tree_left(&tr), 1);  /* 101 -> its class */
	assert_int_equal(sel_key(&tr), 1);
	assert_int_equal(tree_left(&tr), 1);  /* collapses */
	assert_string_equal(rows(&tr), "1 2 4 5");
	assert_int_equal(tree_left(&tr), 0);
	tree_free(&tr);
}

static void test_select_code_and_prefix(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	assert_int_equal(tree_select_code(&tr, 404), 1);
	assert_string_equal(rows(&tr), "1 2 4 404 418 419 420 5");
	assert_int_equal(sel_key(&tr), 404);
	assert_int_equal(tree_select_code(&tr, 403), 0); /* unknown */
	assert_int_equal(sel_key(&tr), 404);
	assert_int_equal(tree_jump_prefix(&tr, "5", 1), 1);
	assert_int_equal(sel_key(&tr), 5);
	assert_int_equal(tree_jump_prefix(&tr, "10", 2), 1);
	assert_int_equal(sel_key(&tr), 100);
	assert_int_equal(tree_jump_prefix(&tr, "41", 2), 1);
	assert_int_equal(sel_key(&tr), 418);
	assert_int_equal(tree_jump_prefix(&tr, "9", 1), 0);
	assert_int_equal(tree_jump_prefix(&tr, "30", 2), 0);
	assert_int_equal(sel_key(&tr), 418);
	tree_free(&tr);
}

static void test_collapse_keeps_class(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	tree_select_code(&tr, 419);
	tr.open = 0;
	tree_rebuild(&tr);
	/* the hidden code's class takes the selection */
	assert_int_equal(sel_key(&tr), 4);
	tree_free(&tr);
}

static void test_hide_unofficial(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	tree_select_code(&tr, 420);
	assert_int_equal(tree_set_hide_unofficial(&tr, 1), 1);
	assert_string_equal(rows(&tr), "1 2 4 404 418 5");
	assert_int_equal(tr.rows[2].count, 2);
	assert_int_equal(sel_key(&tr), 4);
	assert_int_equal(tree_set_hide_unofficial(&tr, 1), 0);
	/* a hidden code selected (a jump, a link) is shown alone, hiding
	 * stays on, and it goes again once the selection leaves it */
	assert_int_equal(tree_select_code(&tr, 419), 1);
	assert_int_equal(tr.hide_unofficial, 1);
	assert_int_equal(tree_revealed(&tr), 1);
	assert_string_equal(rows(&tr), "1 2 4 404 418 419 5");
	assert_int_equal(sel_key(&tr), 419);
	assert_int_equal(tree_move(&tr, -1), 1);
	assert_int_equal(sel_key(&tr), 418);
	assert_int_equal(tree_revealed(&tr), 0);
	assert_string_equal(rows(&tr), "1 2 4 404 418 5");
	/* a shown code is no reveal; showing all ends one */
	tree_select_code(&tr, 404);
	assert_int_equal(tree_revealed(&tr), 0);
	tree_select_code(&tr, 420);
	assert_int_equal(tree_set_hide_unofficial(&tr, 0), 1);
	assert_int_equal(tree_revealed(&tr), 0);
	assert_string_equal(rows(&tr), "1 2 4 404 418 419 420 5");
	assert_int_equal(sel_key(&tr), 420);
	tree_free(&tr);
}

static void test_filter(void **state)
{
	struct tree tr;
	unsigned char want[8] = { 0, 1, 0, 1, 0, 0, 0, 0 }; /* 101, 404 */

	(void)state;
	tree_init(&tr, &table);
	tree_select_code(&tr, 200);
	tree_filter(&tr, want);
	/* only classes with matches, opened, with their match count */
	assert_string_equal(rows(&tr), "1 101 4 404");
	assert_int_equal(tr.rows[0].count, 1);
	tree_select_code(&tr, 404);
	tree_filter(&tr, NULL);
	/* the classes open before come back, plus the selection's */
	assert_string_equal(rows(&tr), "1 2 200 4 404 418 419 420 5");
	assert_int_equal(sel_key(&tr), 404);
	memset(want, 0, sizeof want);
	tree_filter(&tr, want);
	assert_int_equal(tr.n, 0);
	assert_null(tree_sel_code(&tr));
	assert_int_equal(tree_move(&tr, 1), 0);
	tree_free(&tr);
}

static void test_scroll_fit(void **state)
{
	struct tree tr;

	(void)state;
	tree_init(&tr, &table);
	tr.open = 0x3e;
	tree_rebuild(&tr);
	assert_int_equal(tr.n, 12);
	tree_set_sel(&tr, 11);
	tree_scroll_fit(&tr, 5);
	assert_int_equal(tr.top, 7);
	tree_set_sel(&tr, 3);
	tree_scroll_fit(&tr, 5);
	assert_int_equal(tr.top, 3);
	/* growing the window never leaves blank rows at the end */
	tree_scroll_fit(&tr, 20);
	assert_int_equal(tr.top, 0);
	/* the wheel moves the view; the selection stays inside */
	tree_scroll_fit(&tr, 5);
	assert_int_equal(tree_scroll(&tr, 3, 5), 1);
	assert_int_equal(tr.top, 3);
	assert_int_equal(tr.sel, 3);
	assert_int_equal(tree_scroll(&tr, 100, 5), 1);
	assert_int_equal(tr.top, 7);
	assert_int_equal(tr.sel, 7);
	assert_int_equal(tree_scroll(&tr, 1, 5), 0);
	tree_free(&tr);
}

static void test_scroll(void **state)
{
	struct scroll s = { 0, 50, 10 };

	(void)state;
	assert_int_equal(scroll_by(&s, -1), 0);
	assert_int_equal(scroll_by(&s, 45), 1);
	assert_int_equal(s.top, 40);
	assert_int_equal(scroll_show(&s, 5), 1);
	assert_int_equal(s.top, 5);
	assert_int_equal(scroll_show(&s, 14), 0);
	assert_int_equal(scroll_show(&s, 20), 1);
	assert_int_equal(s.top, 11);
	s.total = 4; /* shorter than the window */
	assert_int_equal(scroll_clamp(&s), 1);
	assert_int_equal(s.top, 0);
}

static void test_history(void **state)
{
	struct history h = { .n = 0 };

	(void)state;
	assert_int_equal(hist_pop(&h), -1);
	for (int i = 0; i < HIST_MAX + 5; i++)
		hist_push(&h, 100 + i);
	assert_int_equal(h.n, HIST_MAX);
	assert_int_equal(hist_pop(&h), 100 + HIST_MAX + 4);
}

/* Back shows a code as it was left: its scroll and chosen link come
 * back with it, also after the oldest entries were dropped. */
static void test_history_view(void **state)
{
	struct history h = { .n = 0 };
	int top, link;

	(void)state;
	assert_int_equal(hist_pop_view(&h, &top, &link), -1);
	assert_int_equal(top, 0);
	assert_int_equal(link, -1);
	for (int i = 0; i < HIST_MAX + 3; i++)
		hist_push_view(&h, 100 + i, i * 2, i % 5);
	hist_push(&h, 300);
	assert_int_equal(hist_pop_view(&h, &top, &link), 300);
	assert_int_equal(top, 0);
	assert_int_equal(link, -1);
	assert_int_equal(hist_pop_view(&h, &top, &link), 100 + HIST_MAX + 2);
	assert_int_equal(top, (HIST_MAX + 2) * 2);
	assert_int_equal(link, (HIST_MAX + 2) % 5);
	while (h.n > 1)
		hist_pop(&h);
	/* the oldest kept is the fifth pushed: four were dropped */
	assert_int_equal(hist_pop_view(&h, &top, &link), 104);
	assert_int_equal(top, 8);
	assert_int_equal(link, 4);
}

static void put(struct lineedit *e, const char *s)
{
	assert_int_equal(le_insert(e, s, strlen(s)), strlen(s));
}

static void test_lineedit_middle(void **state)
{
	struct lineedit e = { 0 };

	(void)state;
	assert_string_equal(le_text(&e), "");
	assert_int_equal(le_backspace(&e), 0);
	assert_int_equal(le_left(&e), 0);
	put(&e, "tmeout");
	assert_int_equal(le_home(&e), 1);
	assert_int_equal(le_right(&e), 1);
	put(&e, "i");
	assert_string_equal(le_text(&e), "timeout");
	assert_int_equal(e.cur, 2);
	assert_int_equal(le_delete(&e), 1);           /* at the cursor */
	assert_string_equal(le_text(&e), "tieout");
	assert_int_equal(le_backspace(&e), 1);        /* before it */
	assert_string_equal(le_text(&e), "teout");
	assert_int_equal(le_end(&e), 1);
	assert_int_equal(le_delete(&e), 0);
	assert_int_equal(le_right(&e), 0);
	/* Hangul: whole characters; a combining mark goes with its base */
	le_clear(&e);
	put(&e, "인증e\xcc\x81");
	assert_int_equal(le_left(&e), 1);
	assert_int_equal(e.cur, strlen("인증"));
	assert_int_equal(le_left(&e), 1);
	assert_int_equal(e.cur, strlen("인"));
	assert_int_equal(le_end(&e), 1);
	assert_int_equal(le_backspace(&e), 1);
	assert_string_equal(le_text(&e), "인증");
	assert_int_equal(le_backspace(&e), 1);
	assert_string_equal(le_text(&e), "인");
	assert_int_equal(le_set(&e, "abc", 3), 0);
	assert_int_equal(e.cur, 3);
	le_free(&e);
}

static void test_lineedit_words(void **state)
{
	struct lineedit e = { 0 };

	(void)state;
	put(&e, "404 not  found");
	assert_int_equal(le_kill_word(&e), 1);
	assert_string_equal(le_text(&e), "404 not  ");
	assert_int_equal(le_kill_word(&e), 1);        /* spaces, then a word */
	assert_string_equal(le_text(&e), "404 ");
	put(&e, "not found");
	assert_int_equal(le_word_left(&e), 1);
	assert_int_equal(e.cur, strlen("404 not "));
	assert_int_equal(le_word_left(&e), 1);
	assert_int_equal(e.cur, strlen("404 "));
	assert_int_equal(le_word_right(&e), 1);
	assert_int_equal(e.cur, strlen("404 not"));
	assert_int_equal(le_kill_end(&e), 1);
	assert_string_equal(le_text(&e), "404 not");
	assert_int_equal(le_kill_end(&e), 0);
	assert_int_equal(le_word_left(&e), 1);
	assert_int_equal(le_kill_start(&e), 1);
	assert_string_equal(le_text(&e), "not");
	assert_int_equal(e.cur, 0);
	assert_int_equal(le_kill_start(&e), 0);
	assert_int_equal(le_kill_word(&e), 0);
	le_free(&e);
}

static void test_lineedit_grows(void **state)
{
	struct lineedit e = { 0 };
	char chunk[100];
	size_t n = 0;

	(void)state;
	memset(chunk, 'x', sizeof chunk);
	for (int i = 0; i < 30; i++)
		n += le_insert(&e, chunk, sizeof chunk);
	assert_int_equal(n, 3000);                    /* no cut at 255 */
	assert_int_equal(e.len, 3000);
	assert_int_equal(strlen(le_text(&e)), 3000);
	/* up to LE_MAX, cut at a character */
	while (le_insert(&e, "인", 3) == 3)
		;
	assert_true(e.len <= LE_MAX && e.len > LE_MAX - 3);
	assert_int_equal((e.len - 3000) % 3, 0);
	le_free(&e);
}

static void test_lineedit_view(void **state)
{
	struct lineedit e = { 0 };
	struct le_view v;

	(void)state;
	le_view(&e, 10, &v);
	assert_int_equal(v.len, 0);
	assert_int_equal(v.cursor_col, 0);
	put(&e, "abc");
	le_view(&e, 10, &v);
	assert_int_equal(v.first, 0);
	assert_int_equal(v.len, 3);
	assert_int_equal(v.cursor_col, 3);
	assert_false(v.more_left || v.more_right);
	/* wider than the box: the end, with the cursor's cell */
	le_clear(&e);
	put(&e, "가나다라마");                        /* 10 columns */
	le_view(&e, 6, &v);
	assert_true(v.more_left);
	assert_false(v.more_right);
	assert_int_equal(v.first, strlen("가나다"));
	assert_int_equal(v.cursor_col, 4);
	assert_true(1 + v.cursor_col + 1 <= 6);
	le_home(&e);
	le_view(&e, 6, &v);
	assert_int_equal(v.first, 0);
	assert_false(v.more_left);
	assert_true(v.more_right);
	assert_int_equal(v.len, strlen("가나"));
	assert_int_equal(v.cursor_col, 0);
	/* moving right keeps the view until the cursor would leave it */
	le_right(&e);
	le_view(&e, 6, &v);
	assert_int_equal(v.first, 0);
	assert_int_equal(v.cursor_col, 2);
	le_right(&e);
	le_right(&e);
	le_view(&e, 6, &v);
	assert_true(v.first > 0);
	assert_true(v.more_left + v.cursor_col + 2 + v.more_right <= 6);
	le_free(&e);
}

static void test_clean_paste(void **state)
{
	static const struct {
		const char *in, *out;
		int utf8;
	} cases[] = {
		{ "HTTP/1.1 404 Not Found\nt1", "HTTP/1.1 404 Not Found t1", 1 },
		{ "a\r\n\t\tb", "a b", 1 },
		{ "a \n  b", "a b", 1 },
		{ "a  b", "a  b", 1 },            /* spaces alone stay */
		{ "\n404\n", " 404 ", 1 },
		{ "a\033[31mb\033]0;t\a", "ab", 1 },
		{ "x\xe2\x80\xaey\xffz", "xyz", 1 },  /* bidi, bad UTF-8 */
		{ "a\xc2\x85" "b\x7f", "a b ", 1 },     /* C1, DEL */
		{ "토큰\t만료", "토큰 만료", 1 },
		{ "토큰 404", " 404", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char out[64];
		size_t n = le_clean_paste(out, cases[i].in, strlen(cases[i].in),
					  cases[i].utf8);

		assert_int_equal(n, strlen(out));
		assert_string_equal(out, cases[i].out);
	}
}

static void test_list(void **state)
{
	struct listsel l = { 5, 0, 0 };

	(void)state;
	assert_int_equal(list_move(&l, -1), 0);
	assert_int_equal(list_move(&l, 3), 1);
	assert_int_equal(l.sel, 3);
	assert_int_equal(list_move(&l, 10), 1);
	assert_int_equal(l.sel, 4);
	assert_int_equal(list_step(&l, 1), 1);        /* wraps round */
	assert_int_equal(l.sel, 0);
	assert_int_equal(list_step(&l, -1), 1);
	assert_int_equal(l.sel, 4);
	list_fit(&l, 2);
	assert_int_equal(l.top, 3);
	assert_int_equal(list_set(&l, 0), 1);
	list_fit(&l, 2);
	assert_int_equal(l.top, 0);
	assert_int_equal(list_scroll(&l, 10, 2), 1);  /* the selection follows */
	assert_int_equal(l.top, 3);
	assert_int_equal(l.sel, 3);
	l = (struct listsel){ 0, 0, 0 };
	assert_int_equal(list_step(&l, 1), 0);
	assert_int_equal(list_scroll(&l, 1, 5), 0);
}

static void test_excerpt(void **state)
{
	const char *kw = "권한, 토큰 만료, 세션";
	const char *sum = "The proxy waited for the upstream server and gave "
			  "up after its timeout ran out.";
	const char *det = "First paragraph.\nSecond one, with the word here.";
	struct excerpt x;
	unsigned at;

	(void)state;
	/* a list: only the item that matched */
	at = (unsigned)(strstr(kw, "만료") - kw);
	excerpt_find(kw, at, (unsigned)strlen("만료"), 30, 1, &x);
	assert_int_equal(x.n, strlen("토큰 만료"));
	assert_memory_equal(kw + x.off, "토큰 만료", x.n);
	assert_false(x.lead || x.tail);
	/* prose: cut around the match, from a word, never mid-character */
	at = (unsigned)(strstr(sum, "timeout") - sum);
	excerpt_find(sum, at, 7, 20, 0, &x);
	assert_true(x.lead && x.tail);
	assert_true(x.off <= at && x.off + x.n >= at + 7);
	assert_true(x.off == 0 || sum[x.off - 1] == ' ');
	assert_true(text_width(sum + x.off, x.n) + x.lead + x.tail <= 20);
	/* the paragraph of the match */
	at = (unsigned)(strstr(det, "word") - det);
	excerpt_find(det, at, 4, 60, 0, &x);
	assert_memory_equal(det + x.off, "Second one", 10);
	assert_int_equal(x.off + x.n, strlen(det));
	assert_false(x.lead);
	/* Hangul, two columns each */
	at = (unsigned)(strstr(kw, "세션") - kw);
	excerpt_find("가나다라마바사 세션", (unsigned)strlen("가나다라마바사 "),
		     (unsigned)strlen("세션"), 7, 0, &x);
	assert_true(text_width("가나다라마바사 세션" + x.off, x.n) + x.lead +
		    x.tail <= 7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flatten),
		cmocka_unit_test(test_move_clamps),
		cmocka_unit_test(test_left_right),
		cmocka_unit_test(test_select_code_and_prefix),
		cmocka_unit_test(test_collapse_keeps_class),
		cmocka_unit_test(test_hide_unofficial),
		cmocka_unit_test(test_filter),
		cmocka_unit_test(test_scroll_fit),
		cmocka_unit_test(test_scroll),
		cmocka_unit_test(test_history),
		cmocka_unit_test(test_history_view),
		cmocka_unit_test(test_lineedit_middle),
		cmocka_unit_test(test_lineedit_words),
		cmocka_unit_test(test_lineedit_grows),
		cmocka_unit_test(test_lineedit_view),
		cmocka_unit_test(test_clean_paste),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_excerpt),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
