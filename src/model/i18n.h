/* Interface strings in Korean and English, switchable at run time. */
#ifndef HC_I18N_H
#define HC_I18N_H

#include "table.h"

enum hc_msg {
	MSG_STATUS, MSG_VENDOR, MSG_SPEC, MSG_ALIAS, MSG_HEADERS, MSG_RELATED,
	MSG_INTERVIEW, MSG_CLASS, MSG_SUMMARY, MSG_DETAIL, MSG_CODES,
	MSG_NO_MATCH,
	/* the TUI */
	MSG_T_TITLE, MSG_T_LANG_NAME, MSG_T_OTHER_LANG,
	MSG_G_MOVE, MSG_G_TREE, MSG_G_DETAIL, MSG_G_SEARCH, MSG_G_OTHER,
	MSG_K_UP, MSG_K_DOWN, MSG_K_PGUP, MSG_K_PGDN, MSG_K_HOME, MSG_K_END,
	MSG_K_OPEN, MSG_K_LEFT, MSG_K_RIGHT, MSG_K_TAB, MSG_K_DIGITS,
	MSG_K_UNOFF, MSG_K_LINK, MSG_K_FOLLOW, MSG_K_BACK, MSG_K_SEARCH,
	MSG_K_TYPE, MSG_K_KEEP, MSG_K_NEXT, MSG_K_PREV, MSG_K_ESC,
	MSG_K_LANG, MSG_K_COPY, MSG_K_HELP, MSG_K_REDRAW, MSG_K_QUIT,
	MSG_H_MOVE, MSG_H_OPEN, MSG_H_SEARCH, MSG_H_HELP, MSG_H_QUIT,
	MSG_H_BACK, MSG_H_PANE, MSG_H_FOLLOW, MSG_H_KEEP, MSG_H_CLEAR,
	MSG_H_NEXT, MSG_H_SCROLL, MSG_H_COPY, MSG_H_LINK, MSG_H_CLOSE,
	MSG_H_EXPAND, MSG_H_COLLAPSE, MSG_H_TREE,
	MSG_T_MATCHES, MSG_T_COPIED, MSG_T_UNOFF_HIDDEN, MSG_T_UNOFF_SHOWN,
	MSG_T_ENLARGE, MSG_T_NO_SEARCH, MSG_T_GOTO, MSG_T_NO_CODE,
	MSG_T_NEED_UTF8, MSG_T_HELP_TITLE, MSG_T_NO_BACK, MSG_T_CLASS_CODES,
	MSG_T_NO_MATCH,
	MSG_TAG_OBSOLETE, MSG_TAG_UNUSED, MSG_TAG_TEMPORARY, MSG_TAG_UNOFFICIAL,
	MSG_N
};

const char *hc_msg(enum hc_lang lang, enum hc_msg id);
/* "standard", "비공식"... */
const char *hc_status_label(enum hc_lang lang, enum hc_status s);

/* Language from LC_ALL, LC_MESSAGES, LANG (the first one set): "ko..."
 * gives Korean, anything else English. */
enum hc_lang hc_lang_from_env(void);
/* Parse "ko"/"en" (also "korean", "english", "kr"); -1 if unknown. */
int hc_lang_parse(const char *s);

#endif
