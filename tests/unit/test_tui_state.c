/* The TUI's selection, scrolling and tree flattening: pure functions. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

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
	/* selecting a hidden code shows them again */
	assert_int_equal(tree_select_code(&tr, 419), 1);
	assert_int_equal(tr.hide_unofficial, 0);
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

static void test_backspace(void **state)
{
	char s[32] = "aㅇ인";
	size_t n = strlen(s);

	(void)state;
	assert_int_equal(text_backspace(s, &n), 1);
	assert_string_equal(s, "aㅇ");
	assert_int_equal(text_backspace(s, &n), 1);
	assert_string_equal(s, "a");
	assert_int_equal(text_backspace(s, &n), 1);
	assert_int_equal(n, 0);
	assert_int_equal(text_backspace(s, &n), 0);
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
		cmocka_unit_test(test_backspace),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
