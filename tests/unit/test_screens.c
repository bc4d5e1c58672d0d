/* The screen table and the loop's generic actions, with fake screens
 * that ignore every key (or take every key): the key is translated once
 * in the screen's own key map, the generic actions happen only for what
 * a screen ignores, screens open over the one shown and Esc goes back;
 * and the browser's own table has a row for every screen. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "tui/screen.h"

static enum tui_action got[16];
static int n_got;

static int ignore_all(struct app *a, enum tui_action act, struct ui_key k)
{
	(void)a;
	(void)k;
	if (n_got < 16)
		got[n_got++] = act;
	return CH_IGNORED;
}

static int take_all(struct app *a, enum tui_action act, struct ui_key k)
{
	(void)a;
	(void)k;
	if (n_got < 16)
		got[n_got++] = act;
	return CH_DETAIL;
}

static int open_quiz(struct app *a)
{
	return ui_enter(a, MODE_QUIZ);
}

static int open_help(struct app *a)
{
	return ui_enter(a, MODE_HELP);
}

static int open_stats(struct app *a)
{
	return ui_enter(a, MODE_STATS);
}

static const struct screen fake_rows[] = {
	{ .mode = MODE_NORMAL, .keys = KM_TREE, .key = ignore_all },
	{ .mode = MODE_QUIZ, .keys = KM_QUIZ, .full = 1, .wheel = 1,
	  .opens = ACT_QUIZ, .open = open_quiz, .key = ignore_all },
	{ .mode = MODE_HELP, .keys = KM_HELP, .full = 1, .keep_msg = 1,
	  .opens = ACT_HELP, .open = open_help, .key = ignore_all },
	{ .mode = MODE_STATS, .keys = KM_VIEW, .full = 1, .opens = ACT_STATS,
	  .open = open_stats, .key = take_all },
};
static const struct screens fake = { fake_rows,
				      sizeof fake_rows / sizeof *fake_rows };

static struct app a;

static int setup(void **state)
{
	(void)state;
	memset(&a, 0, sizeof a);
	a.utf8 = 1;
	a.lang = HC_EN;
	n_got = 0;
	return 0;
}

static int press(int ch)
{
	struct ui_key k = { 0, (wint_t)ch };

	return screen_key(&a, &fake, k, screen_action(&a, &fake, k));
}

static void test_translated_in_own_map(void **state)
{
	(void)state;
	/* q is Quit in the browser's map, Esc (leave) in the quiz's */
	assert_true(press('q') & CH_QUIT);
	assert_int_equal(n_got, 1);
	assert_int_equal(got[0], ACT_QUIT);
	a.mode = MODE_QUIZ;
	a.back[MODE_QUIZ] = MODE_NORMAL;
	assert_false(press('q') & CH_QUIT);
	assert_int_equal(got[1], ACT_ESC);
	assert_int_equal(a.mode, MODE_NORMAL);
}

static void test_language(void **state)
{
	(void)state;
	assert_int_equal(press('L'), CH_ALL);
	assert_int_equal(a.lang, HC_KO);
	assert_int_equal(press('L'), CH_ALL);
	assert_int_equal(a.lang, HC_EN);
	/* without UTF-8 it cannot be shown: said, not switched */
	a.utf8 = 0;
	assert_true(press('L') & CH_STATUS);
	assert_int_equal(a.lang, HC_EN);
	assert_string_equal(a.msg, hc_msg(HC_EN, MSG_T_NEED_UTF8));
}

static void test_open_and_back(void **state)
{
	(void)state;
	assert_int_equal(press('t'), CH_ALL);
	assert_int_equal(a.mode, MODE_QUIZ);
	assert_int_equal(a.back[MODE_QUIZ], MODE_NORMAL);
	/* the help over the quiz, and back to it */
	press('?');
	assert_int_equal(a.mode, MODE_HELP);
	assert_int_equal(a.back[MODE_HELP], MODE_QUIZ);
	press(27);
	assert_int_equal(a.mode, MODE_QUIZ);
	press(27);
	assert_int_equal(a.mode, MODE_NORMAL);
	/* Esc in the browser is the browser's: no generic leaving */
	press(27);
	assert_int_equal(a.mode, MODE_NORMAL);
	/* the statistics open from the quiz's map too (S) */
	a.mode = MODE_QUIZ;
	press('S');
	assert_int_equal(a.mode, MODE_STATS);
	assert_int_equal(a.back[MODE_STATS], MODE_QUIZ);
}

static void test_taken_keys_stay(void **state)
{
	(void)state;
	a.mode = MODE_STATS;
	a.back[MODE_STATS] = MODE_NORMAL;
	/* a screen that takes every key: no generic action at all */
	assert_int_equal(press('L'), CH_DETAIL);
	assert_int_equal(a.lang, HC_EN);
	assert_int_equal(press(27), CH_DETAIL);
	assert_int_equal(a.mode, MODE_STATS);
	assert_int_equal(got[0], ACT_LANG);
	assert_int_equal(got[1], ACT_ESC);
}

static void test_message_once(void **state)
{
	(void)state;
	ui_set_msg(&a, R_DIM, "copied");
	/* cleared by the next key, which redraws the status line */
	assert_true(press('x') & CH_STATUS);
	assert_string_equal(a.msg, "");
	assert_false(press('x') & CH_STATUS);
	/* the help keeps it */
	a.mode = MODE_HELP;
	ui_set_msg(&a, R_DIM, "copied");
	press('j');
	assert_string_equal(a.msg, "copied");
}

static void test_unbound_and_redraw(void **state)
{
	(void)state;
	/* a key no map has reaches the screen as nothing, and does nothing */
	assert_int_equal(press('Z'), 0);
	assert_int_equal(got[0], ACT_NONE);
	assert_int_equal(a.mode, MODE_NORMAL);
	assert_int_equal(press(0x0c), CH_ALL); /* ^L */
}

static void test_wheel(void **state)
{
	(void)state;
	/* no wheel in a screen without it */
	assert_int_equal(screen_wheel(&a, &fake, 1), 0);
	assert_int_equal(n_got, 0);
	a.mode = MODE_QUIZ;
	screen_wheel(&a, &fake, 1);
	assert_int_equal(n_got, 3);
	assert_int_equal(got[2], ACT_DOWN);
	screen_wheel(&a, &fake, -1);
	assert_int_equal(got[3], ACT_UP);
}

/* The browser's table: one row for each screen, the browser first; each
 * can be drawn, given keys and a status line; each key that opens one is
 * bound in the browser and opens only that one. */
static void test_real_table(void **state)
{
	const struct screens *t = tui_screens();
	int seen[MODE_N] = { 0 };

	(void)state;
	assert_int_equal(t->row[0].mode, MODE_NORMAL);
	for (size_t i = 0; i < t->n; i++) {
		const struct screen *s = &t->row[i];

		assert_true(s->mode < MODE_N);
		assert_int_equal(seen[s->mode]++, 0);
		assert_non_null(s->draw);
		assert_non_null(s->key);
		assert_non_null(s->status);
		assert_true(s->title != 0);
		if (i > 0) {
			int bound = 0;

			assert_true(s->opens != ACT_NONE);
			assert_non_null(s->open);
			for (size_t j = 0; j < keys_count(); j++) {
				const struct key_binding *b = keys_get(j);

				if (b->act == s->opens &&
				    b->mode & 1 << KM_TREE)
					bound = 1;
			}
			assert_true(bound);
			for (size_t j = 1; j < i; j++)
				assert_int_not_equal(t->row[j].opens, s->opens);
		}
	}
	for (int m = 0; m < MODE_N; m++)
		assert_int_equal(seen[m], 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_translated_in_own_map, setup),
		cmocka_unit_test_setup(test_language, setup),
		cmocka_unit_test_setup(test_open_and_back, setup),
		cmocka_unit_test_setup(test_taken_keys_stay, setup),
		cmocka_unit_test_setup(test_message_once, setup),
		cmocka_unit_test_setup(test_unbound_and_redraw, setup),
		cmocka_unit_test_setup(test_wheel, setup),
		cmocka_unit_test(test_real_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
