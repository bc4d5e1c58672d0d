/* The helpers below the panes: messages, roles, spans, status tags, the
 * language toggle.  They include no pane. */
#include <config.h>

#include "ui.h"
#include "model/text.h"

#include <string.h>

const char *ui_msg(const struct app *a, enum hc_msg id)
{
	return hc_msg(a->lang, id);
}

void ui_set_msg(struct app *a, int role, const char *text)
{
	/* a long message (a copied phrase) ends at a character */
	text_format(a->msg, sizeof a->msg, "%s", text);
	a->msg_role = role;
}

enum role role_class(int digit)
{
	return digit >= 1 && digit <= 5 ? (enum role)(R_CLASS1 + digit - 1)
					: R_TITLE;
}

enum role role_badge(int digit)
{
	return digit >= 1 && digit <= 5 ? (enum role)(R_BADGE1 + digit - 1)
					: R_SEL;
}

const char *ui_status_tag(const struct app *a, enum hc_status s)
{
	switch (s) {
	case HC_OBSOLETE:
		return ui_msg(a, MSG_TAG_OBSOLETE);
	case HC_UNUSED:
		return ui_msg(a, MSG_TAG_UNUSED);
	case HC_TEMPORARY:
		return ui_msg(a, MSG_TAG_TEMPORARY);
	case HC_UNOFFICIAL:
		return ui_msg(a, MSG_TAG_UNOFFICIAL);
	default:
		return NULL;
	}
}

int paint_spans(WINDOW *w, const struct hc_match *m, const char *base,
		unsigned off, const char *s, size_t n, int maxw, enum role r,
		enum role hl)
{
	size_t i = 0;
	int x = 0;

	if (!m || !base)
		return paint(w, r, s, n, maxw);
	while (i < n && x < maxw) {
		size_t hs = n, he = n, len;

		for (int k = 0; k < m->n_spans; k++) {
			const struct hc_span *sp = &m->spans[k];
			size_t a0 = sp->start, a1 = (size_t)sp->start + sp->len;

			if (sp->base != base || a1 <= off + i || a0 >= off + n)
				continue;
			a0 = a0 > off + i ? a0 - off : i;
			if (a0 < hs) {
				hs = a0;
				he = a1 - off < n ? a1 - off : n;
			}
		}
		len = hs - i;
		if (len) {
			int room = maxw - x;

			x += paint(w, r, s + i, len, room);
			if (paint_width(s + i, len) > room)
				break;
		}
		if (hs < n) {
			int room = maxw - x;

			x += paint(w, hl, s + hs, he - hs, room);
			if (paint_width(s + hs, he - hs) > room)
				break;
		}
		i = he;
	}
	return x;
}

int ui_toggle_lang(struct app *a)
{
	if (!a->utf8) {
		ui_set_msg(a, R_WARN, ui_msg(a, MSG_T_NEED_UTF8));
		return CH_STATUS;
	}
	a->lang = a->lang == HC_KO ? HC_EN : HC_KO;
	return CH_ALL;
}

int ui_enter(struct app *a, enum mode m)
{
	if (a->mode != m) {
		a->back[m] = a->mode;
		a->mode = m;
	}
	return CH_ALL;
}

int ui_leave(struct app *a)
{
	a->mode = a->back[a->mode];
	return CH_ALL;
}

int ui_focus(struct app *a, enum focus f)
{
	if (a->focus == f)
		return 0;
	a->focus = f;
	/* stacked, the other pane is a screen of its own */
	return a->lay.stacked ? CH_ALL : CH_TREE | CH_DETAIL | CH_STATUS;
}

int ui_scroll(struct scroll *s, enum tui_action act)
{
	int page = s->height > 2 ? s->height - 1 : 1, moved;

	switch (act) {
	case ACT_UP:
		moved = scroll_by(s, -1);
		break;
	case ACT_DOWN:
		moved = scroll_by(s, 1);
		break;
	case ACT_PGUP:
		moved = scroll_by(s, -page);
		break;
	case ACT_PGDN:
		moved = scroll_by(s, page);
		break;
	case ACT_HALF_UP:
		moved = scroll_by(s, -(page + 1) / 2);
		break;
	case ACT_HALF_DOWN:
		moved = scroll_by(s, (page + 1) / 2);
		break;
	case ACT_HOME:
		moved = scroll_to(s, 0);
		break;
	case ACT_END:
		moved = scroll_to(s, s->total);
		break;
	default:
		return CH_IGNORED;
	}
	return moved ? CH_DETAIL : 0;
}
