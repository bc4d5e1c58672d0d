#include <config.h>

#include "keys.h"
#include "model/text.h"

#include <curses.h>
#include <string.h>
#include <term.h>

#define F(k) KEYS_FN(k)
#undef CTRL /* term.h may have its own */
#define CTRL(c) ((c) & 0x1f)

/* in the order of MSG_G_*; Studying comes last, so the browser's keys
 * fill the first screen of the help */
enum { G_MOVE, G_TREE, G_DETAIL, G_SEARCH, G_OTHER, G_STUDY };
#define M_TREE (1 << KM_TREE)
#define M_DETAIL (1 << KM_DETAIL)
#define M_BOX (1 << KM_BOX)
#define M_HELP (1 << KM_HELP)
#define M_QUIZ (1 << KM_QUIZ)
#define M_VIEW (1 << KM_VIEW)
#define M_IV (1 << KM_INTERVIEW)
#define M_PANES (M_TREE | M_DETAIL)
#define M_SCROLL (M_PANES | M_HELP | M_VIEW | M_IV)

/* Earlier rows win, so pane-specific rows come before the general ones. */
static const struct key_binding table[] = {
	{ M_DETAIL, G_DETAIL, ACT_LINK_PREV, 0, MSG_K_LINK,
	  "\xe2\x86\x90 \xe2\x86\x92 h l", "Left Right h l", { F(KEY_LEFT), 'h' } },
	{ M_DETAIL, G_DETAIL, ACT_LINK_NEXT, 1, MSG_K_LINK, "", "",
	  { F(KEY_RIGHT), 'l' } },
	{ M_DETAIL, G_DETAIL, ACT_OPEN, 0, MSG_K_FOLLOW, "Enter", "Enter",
	  { '\n', '\r', F(KEY_ENTER) } },
	/* less's paging keys, for reading a long text */
	{ M_DETAIL, G_DETAIL, ACT_PGDN, 0, MSG_K_PAGE_DETAIL, "Space ^D ^U",
	  "Space ^D ^U", { ' ' } },
	{ M_DETAIL, G_DETAIL, ACT_HALF_DOWN, 1, MSG_K_PAGE_DETAIL, "", "",
	  { CTRL('d') } },
	{ M_DETAIL, G_DETAIL, ACT_HALF_UP, 1, MSG_K_PAGE_DETAIL, "", "",
	  { CTRL('u') } },

	{ M_SCROLL, G_MOVE, ACT_UP, 0, MSG_K_UP,
	  "\xe2\x86\x91 k", "Up k", { F(KEY_UP), 'k' } },
	{ M_SCROLL, G_MOVE, ACT_DOWN, 0, MSG_K_DOWN,
	  "\xe2\x86\x93 j", "Down j", { F(KEY_DOWN), 'j' } },
	{ M_SCROLL, G_MOVE, ACT_PGUP, 0, MSG_K_PGUP, "PgUp ^B",
	  "PgUp ^B", { F(KEY_PPAGE), CTRL('b') } },
	{ M_SCROLL, G_MOVE, ACT_PGDN, 0, MSG_K_PGDN, "PgDn ^F",
	  "PgDn ^F", { F(KEY_NPAGE), CTRL('f') } },
	{ M_SCROLL, G_MOVE, ACT_HOME, 0, MSG_K_HOME, "Home g",
	  "Home g", { F(KEY_HOME), 'g' } },
	{ M_SCROLL, G_MOVE, ACT_END, 0, MSG_K_END, "End G", "End G",
	  { F(KEY_END), 'G' } },

	{ M_TREE, G_TREE, ACT_OPEN, 0, MSG_K_OPEN, "Enter Space",
	  "Enter Space", { '\n', '\r', ' ', F(KEY_ENTER) } },
	{ M_TREE, G_TREE, ACT_LEFT, 0, MSG_K_LEFT, "\xe2\x86\x90 h",
	  "Left h", { F(KEY_LEFT), 'h' } },
	{ M_TREE, G_TREE, ACT_RIGHT, 0, MSG_K_RIGHT, "\xe2\x86\x92 l",
	  "Right l", { F(KEY_RIGHT), 'l' } },
	{ M_PANES, G_TREE, ACT_DIGIT, 0, MSG_K_DIGITS, "0-9", "0-9",
	  { '0' } /* and the other digits, see keys_action */ },
	{ M_PANES, G_TREE, ACT_UNOFF, 0, MSG_K_UNOFF, "u", "u", { 'u' } },
	{ M_PANES, G_TREE, ACT_TAB, 0, MSG_K_TAB, "Tab", "Tab",
	  { '\t', F(KEY_BTAB) } },
	{ M_PANES, G_DETAIL, ACT_BACK, 0, MSG_K_BACK, "Bksp b", "Backspace b",
	  { F(KEY_BACKSPACE), 127, CTRL('h'), 'b' } },

	/* study (issue 6): the browser's keys, then the quiz's and the
	 * screens' */
	{ M_PANES, G_STUDY, ACT_QUIZ, 0, MSG_K_QUIZ, "t", "t", { 't' } },
	{ M_PANES, G_STUDY, ACT_INTERVIEW, 0, MSG_K_INTERVIEW, "i", "i",
	  { 'i' } },
	{ M_IV, G_STUDY, ACT_OPEN, 0, MSG_K_REVEAL, "Space Enter",
	  "Space Enter", { ' ', '\n', '\r', F(KEY_ENTER) } },
	{ M_IV, G_STUDY, ACT_DIGIT, 0, MSG_K_GRADE, "1-4", "1-4", { '0' } },
	{ M_PANES | M_QUIZ, G_STUDY, ACT_STATS, 0, MSG_K_STATS, "S", "S",
	  { 'S' } },
	{ M_PANES | M_QUIZ, G_STUDY, ACT_COMPARE, 0, MSG_K_COMPARE, "c", "c",
	  { 'c' } },
	{ M_QUIZ, G_STUDY, ACT_DIGIT, 0, MSG_K_ANSWER, "1-4", "1-4",
	  { '0' } },
	{ M_QUIZ, G_STUDY, ACT_UP, 1, MSG_K_UP, "", "", { F(KEY_UP), 'k' } },
	{ M_QUIZ, G_STUDY, ACT_DOWN, 1, MSG_K_DOWN, "", "",
	  { F(KEY_DOWN), 'j' } },
	{ M_QUIZ, G_STUDY, ACT_OPEN, 0, MSG_K_CHOOSE,
	  "\xe2\x86\x91 \xe2\x86\x93 Enter", "Up Down Enter",
	  { '\n', '\r', F(KEY_ENTER) } },
	{ M_QUIZ, G_STUDY, ACT_ERASE, 1, MSG_K_TYPE, "Bksp", "Backspace",
	  { F(KEY_BACKSPACE), 127, CTRL('h') } },
	{ M_VIEW, G_STUDY, ACT_RIGHT, 0, MSG_K_TOPIC,
	  "\xe2\x86\x90 \xe2\x86\x92 Tab", "Left Right Tab",
	  { F(KEY_RIGHT), 'l', '\t' } },
	{ M_VIEW, G_STUDY, ACT_LEFT, 1, MSG_K_TOPIC, "", "",
	  { F(KEY_LEFT), 'h', F(KEY_BTAB) } },
	{ M_QUIZ | M_VIEW | M_IV, G_STUDY, ACT_ESC, 0, MSG_K_LEAVE, "Esc q", "Esc q",
	  { 27, 'q' } },

	/* the search: moving in the results while typing, and a line
	 * editor (readline's keys) */
	{ M_PANES, G_SEARCH, ACT_SEARCH, 0, MSG_K_SEARCH, "/", "/", { '/' } },
	{ M_BOX, G_SEARCH, ACT_UP, 0, MSG_K_RESULTS, "\xe2\x86\x91 \xe2\x86\x93",
	  "Up Down", { F(KEY_UP) } },
	{ M_BOX, G_SEARCH, ACT_DOWN, 1, MSG_K_RESULTS, "", "", { F(KEY_DOWN) } },
	{ M_BOX, G_SEARCH, ACT_PGUP, 1, MSG_K_PGUP, "", "", { F(KEY_PPAGE) } },
	{ M_BOX, G_SEARCH, ACT_PGDN, 1, MSG_K_PGDN, "", "", { F(KEY_NPAGE) } },
	{ M_BOX, G_SEARCH, ACT_LEFT, 0, MSG_K_CURSOR, "\xe2\x86\x90 \xe2\x86\x92",
	  "Left Right", { F(KEY_LEFT) } },
	{ M_BOX, G_SEARCH, ACT_RIGHT, 1, MSG_K_CURSOR, "", "", { F(KEY_RIGHT) } },
	{ M_BOX, G_SEARCH, ACT_WORD_LEFT, 0, MSG_K_WORD,
	  "^\xe2\x86\x90 ^\xe2\x86\x92", "^Left ^Right",
	  { KEYS_CAP(CAP_CTRL_LEFT) } },
	{ M_BOX, G_SEARCH, ACT_WORD_RIGHT, 1, MSG_K_WORD, "", "",
	  { KEYS_CAP(CAP_CTRL_RIGHT) } },
	{ M_BOX, G_SEARCH, ACT_HOME, 0, MSG_K_ENDS, "Home End ^A ^E",
	  "Home End ^A ^E", { F(KEY_HOME), CTRL('a') } },
	{ M_BOX, G_SEARCH, ACT_END, 1, MSG_K_ENDS, "", "",
	  { F(KEY_END), CTRL('e') } },
	{ M_BOX, G_SEARCH, ACT_ERASE, 0, MSG_K_TYPE, "Bksp Del",
	  "Backspace Del", { F(KEY_BACKSPACE), 127, CTRL('h') } },
	{ M_BOX, G_SEARCH, ACT_DELETE, 1, MSG_K_TYPE, "", "", { F(KEY_DC) } },
	{ M_BOX, G_SEARCH, ACT_KILL_WORD, 0, MSG_K_KILL_WORD, "^W", "^W",
	  { CTRL('w') } },
	{ M_BOX, G_SEARCH, ACT_KILL, 0, MSG_K_KILL, "^U ^K", "^U ^K",
	  { CTRL('u') } },
	{ M_BOX, G_SEARCH, ACT_KILL_END, 1, MSG_K_KILL, "", "", { CTRL('k') } },
	{ M_BOX, G_SEARCH, ACT_RECALL_PREV, 0, MSG_K_RECALL, "^P ^N", "^P ^N",
	  { CTRL('p') } },
	{ M_BOX, G_SEARCH, ACT_RECALL_NEXT, 1, MSG_K_RECALL, "", "",
	  { CTRL('n') } },
	{ M_BOX, G_SEARCH, ACT_KEEP, 0, MSG_K_KEEP, "Enter", "Enter",
	  { '\n', '\r', F(KEY_ENTER) } },
	{ M_PANES, G_SEARCH, ACT_NEXT, 0, MSG_K_NEXT, "n", "n", { 'n' } },
	{ M_PANES, G_SEARCH, ACT_PREV, 0, MSG_K_PREV, "N", "N", { 'N' } },
	{ M_PANES | M_BOX | M_HELP, G_SEARCH, ACT_ESC, 0, MSG_K_ESC, "Esc",
	  "Esc", { 27 } },

	{ M_PANES | M_QUIZ | M_VIEW | M_IV, G_OTHER, ACT_LANG, 0, MSG_K_LANG, "L",
	  "L", { 'L' } },
	{ M_PANES, G_OTHER, ACT_COPY, 0, MSG_K_COPY, "y", "y", { 'y' } },
	{ M_PANES, G_OTHER, ACT_COPY_SPEC, 0, MSG_K_COPY_SPEC, "Y", "Y",
	  { 'Y' } },
	{ M_PANES | M_HELP | M_QUIZ | M_VIEW | M_IV, G_OTHER, ACT_HELP, 0,
	  MSG_K_HELP, "? F1", "? F1",
	  { '?', F(KEY_F(1)) } },
	{ M_PANES | M_BOX | M_HELP | M_QUIZ | M_VIEW | M_IV, G_OTHER, ACT_REDRAW, 0,
	  MSG_K_REDRAW, "^L", "^L", { CTRL('l') } },
	{ M_PANES | M_HELP, G_OTHER, ACT_QUIT, 0, MSG_K_QUIT, "q ^C",
	  "q ^C", { 'q', CTRL('c') } },
	{ M_BOX, G_OTHER, ACT_QUIT, 1, MSG_K_QUIT, "^C", "^C",
	  { CTRL('c') } },
};

#define N_KEYS (sizeof table / sizeof *table)

/* The status line's short names for keys whose label's first key is not
 * the one to show ("↑↓" for Up and Down together). */
static const struct {
	unsigned char mode, act;
	const char *utf8, *ascii;
} hints[] = {
	{ M_SCROLL | M_QUIZ | M_BOX, ACT_UP, "\xe2\x86\x91\xe2\x86\x93", "j/k" },
	{ M_DETAIL, ACT_LINK_PREV, "\xe2\x86\x90\xe2\x86\x92", "h/l" },
	{ M_VIEW, ACT_RIGHT, "\xe2\x86\x90\xe2\x86\x92", "h/l" },
	{ M_PANES, ACT_BACK, "b", "b" },
	{ M_PANES, ACT_NEXT, "n/N", "n/N" },
	{ M_QUIZ, ACT_OPEN, "Enter", "Enter" },
	{ M_QUIZ, ACT_ERASE, "Bksp", "Bksp" },
};

/* The codes ncurses gave the keys named by a capability; 0: none. */
static int cap_code[CAP_N];

void keys_init(void)
{
	static const char *const names[CAP_N] = {
		[CAP_CTRL_LEFT] = "kLFT5", [CAP_CTRL_RIGHT] = "kRIT5",
	};

	for (int i = 0; i < CAP_N; i++) {
		const char *s = tigetstr(names[i]);
		int code = s && s != (const char *)-1 ? key_defined(s) : 0;

		cap_code[i] = code > 0 ? code : 0;
	}
}

/* A key of the table as keys_action sees them. */
static int table_key(int k)
{
	if (k & KEYS_CAP(0) && !(k & KEYS_FN(0))) {
		int i = k & 0xffff;

		return i < CAP_N && cap_code[i] ? F(cap_code[i]) : -1;
	}
	return k;
}

enum tui_action keys_action(enum key_mode mode, int is_fn, wint_t ch)
{
	int k = is_fn ? F((int)ch) : (int)ch;

	if (!is_fn && ch >= '0' && ch <= '9')
		k = '0';
	for (size_t i = 0; i < N_KEYS; i++) {
		if (!(table[i].mode & 1 << mode))
			continue;
		for (size_t j = 0; j < 5 && table[i].keys[j]; j++)
			if (table_key(table[i].keys[j]) == k &&
			    (k != '0' || table[i].act == ACT_DIGIT))
				return (enum tui_action)table[i].act;
	}
	return ACT_NONE;
}

const char *keys_hint(enum key_mode mode, enum tui_action act, int utf8,
		      size_t *len)
{
	const struct key_binding *first = NULL;

	for (size_t i = 0; i < sizeof hints / sizeof *hints; i++)
		if (hints[i].mode & 1 << mode && hints[i].act == act) {
			const char *h = utf8 ? hints[i].utf8 : hints[i].ascii;

			*len = strlen(h);
			return h;
		}
	for (size_t i = 0; i < N_KEYS && !first; i++)
		if (table[i].mode & 1 << mode && table[i].act == act &&
		    *table[i].label)
			first = &table[i];
	if (!first) {
		*len = 0;
		return "";
	}
	/* the label's first key: "Enter" of "Enter Space" */
	{
		const char *l = utf8 ? first->label : first->ascii;

		*len = strcspn(l, " ");
		return l;
	}
}

size_t keys_count(void)
{
	return N_KEYS;
}

const struct key_binding *keys_get(size_t i)
{
	return i < N_KEYS ? &table[i] : NULL;
}

void keys_print(FILE *f, enum hc_lang lang)
{
	int last = -1;

	fprintf(f, "\n%s\n", hc_msg(lang, MSG_KEYS_TITLE));
	for (size_t g = G_MOVE; g <= G_STUDY; g++) {
		for (size_t i = 0; i < N_KEYS; i++) {
			const struct key_binding *b = &table[i];

			if (b->group != g || b->hidden)
				continue;
			if (last != (int)g) {
				fprintf(f, "  %s\n", hc_msg(lang, MSG_G_MOVE + g));
				last = (int)g;
			}
			fprintf(f, "    %-16s%s\n", b->ascii,
				hc_msg(lang, b->help));
		}
	}
}
