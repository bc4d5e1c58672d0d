/* The one key table: it drives the loop, the help screen (?) and the key
 * list in `httpcodes --help`. */
#ifndef HC_TUI_KEYS_H
#define HC_TUI_KEYS_H

#include <stdio.h>
#include <wchar.h>

#include "model/i18n.h"

enum tui_action {
	ACT_NONE, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
	ACT_OPEN, ACT_LEFT, ACT_RIGHT, ACT_TAB, ACT_DIGIT, ACT_UNOFF,
	ACT_LINK_PREV, ACT_LINK_NEXT, ACT_BACK, ACT_SEARCH, ACT_ERASE,
	ACT_KILL, ACT_KEEP, ACT_NEXT, ACT_PREV, ACT_ESC, ACT_LANG, ACT_COPY,
	ACT_HELP, ACT_REDRAW, ACT_QUIT, ACT_QUIZ, ACT_STATS, ACT_COMPARE,
	/* the search box's line editor */
	ACT_WORD_LEFT, ACT_WORD_RIGHT, ACT_DELETE, ACT_KILL_WORD,
	ACT_KILL_END, ACT_RECALL_PREV, ACT_RECALL_NEXT,
	ACT_COPY_SPEC, /* Y: the spec's web address */
	ACT_INTERVIEW, /* i: the mock interview */
	ACT_HALF_DOWN, ACT_HALF_UP, /* ^D ^U in the detail, as in less */
	ACT_N
};

/* Where a key is looked up. */
enum key_mode { KM_TREE, KM_DETAIL, KM_BOX, KM_HELP,
		KM_QUIZ, /* the quiz: its menu, questions and summary */
		KM_VIEW, /* the comparison and statistics screens */
		KM_INTERVIEW, /* the mock interview */
};

/* The help sections are MSG_G_MOVE..MSG_G_LAST. */
#define MSG_G_LAST MSG_G_STUDY

/* Function keys (KEY_UP...) are stored as KEYS_FN(k) so they never clash
 * with characters. */
#define KEYS_FN(k) ((int)(0x40000000 | (k)))
/* Keys without a fixed code (Ctrl-Left...) are named by their terminfo
 * capability; keys_init finds the code ncurses gave each. */
#define KEYS_CAP(i) ((int)(0x20000000 | (i)))
enum { CAP_CTRL_LEFT, CAP_CTRL_RIGHT, CAP_N };

struct key_binding {
	unsigned char mode;  /* bit (1 << enum key_mode) where it applies */
	unsigned char group; /* help section: MSG_G_* - MSG_G_MOVE */
	unsigned char act;
	unsigned char hidden;
	enum hc_msg help;
	const char *label;   /* UTF-8 */
	const char *ascii;
	int keys[5];         /* 0 ends */
};

/* Once the terminal is set up (keypad on): the codes of the keys named by
 * a capability. */
void keys_init(void);
/* The action for a key read by get_wch (is_fn: KEY_CODE_YES). */
enum tui_action keys_action(enum key_mode mode, int is_fn, wint_t ch);
/* The short label of the key for act in mode, for a status-line hint
 * ("↑↓", "Enter"): len bytes of the pointer; "" when none is bound. */
const char *keys_hint(enum key_mode mode, enum tui_action act, int utf8,
		      size_t *len);
size_t keys_count(void);
const struct key_binding *keys_get(size_t i);
/* The key list for --help: ASCII key names, descriptions in lang. */
void keys_print(FILE *f, enum hc_lang lang);

#endif
