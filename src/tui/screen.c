/* The loop's part of a key, the same for every screen. */
#include <config.h>

#include "screen.h"

const struct screen *screen_of(const struct screens *t, enum mode m)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->row[i].mode == m)
			return &t->row[i];
	return &t->row[0];
}

enum key_mode screen_keymap(const struct screen *s, const struct app *a)
{
	return s->keymap ? s->keymap(a) : s->keys;
}

int screen_generic(struct app *a, const struct screens *t,
		   enum tui_action act)
{
	const struct screen *cur = screen_of(t, a->mode);

	switch (act) {
	case ACT_NONE:
		return 0;
	case ACT_LANG:
		return ui_toggle_lang(a);
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return CH_ALL;
	case ACT_QUIT:
		return CH_QUIT;
	case ACT_ESC:
		return cur->full ? ui_leave(a) : 0;
	default:
		break;
	}
	for (size_t i = 0; i < t->n; i++)
		if (t->row[i].opens == act && t->row[i].open &&
		    t->row[i].mode != a->mode)
			return t->row[i].open(a);
	return 0;
}

enum tui_action screen_action(const struct app *a, const struct screens *t,
			      struct ui_key k)
{
	return keys_action(screen_keymap(screen_of(t, a->mode), a), k.is_fn,
			   k.ch);
}

int screen_key(struct app *a, const struct screens *t, struct ui_key k,
	       enum tui_action act)
{
	const struct screen *s = screen_of(t, a->mode);
	int bits = 0, r;

	if (!s->keep_msg && a->msg[0]) {
		a->msg[0] = '\0'; /* a message lasts until the next key */
		bits |= CH_STATUS;
	}
	r = s->key ? s->key(a, act, k) : CH_IGNORED;
	if (r & CH_IGNORED)
		r = (r & ~CH_IGNORED) | screen_generic(a, t, act);
	return bits | r;
}

int screen_wheel(struct app *a, const struct screens *t, int dir)
{
	const struct screen *s = screen_of(t, a->mode);
	enum tui_action act = dir < 0 ? ACT_UP : ACT_DOWN;
	struct ui_key none = { 0, 0 };
	int bits = 0;

	if (!s->wheel || !s->key)
		return 0;
	for (int i = 0; i < 3; i++) {
		int r = s->key(a, act, none);

		if (!(r & CH_IGNORED))
			bits |= r;
	}
	return bits;
}
