/* Interface strings in Korean and English, switchable at run time. */
#ifndef HC_I18N_H
#define HC_I18N_H

#include "table.h"

enum hc_msg {
	MSG_STATUS, MSG_VENDOR, MSG_SPEC, MSG_ALIAS, MSG_HEADERS, MSG_RELATED,
	MSG_INTERVIEW, MSG_CLASS, MSG_SUMMARY, MSG_DETAIL, MSG_CODES,
	MSG_NO_MATCH,
	/* the header reference */
	MSG_HDR_HEADER, MSG_HDR_DIRECTION, MSG_HDR_KIND, MSG_HDR_SYNTAX,
	MSG_HDR_EXAMPLE, MSG_HDR_SUCCESSOR, MSG_HDR_CODES, MSG_HDR_UNKNOWN,
	MSG_HDR_NEAREST, MSG_HDR_NONE, MSG_HDR_LIST_HINT,
	/* the TUI */
	MSG_T_TITLE, MSG_T_LANG_NAME, MSG_T_OTHER_LANG,
	MSG_G_MOVE, MSG_G_TREE, MSG_G_DETAIL, MSG_G_SEARCH, MSG_G_OTHER,
	MSG_G_STUDY, /* the last group of keys */
	MSG_K_UP, MSG_K_DOWN, MSG_K_PGUP, MSG_K_PGDN, MSG_K_HOME, MSG_K_END,
	MSG_K_OPEN, MSG_K_LEFT, MSG_K_RIGHT, MSG_K_TAB, MSG_K_DIGITS,
	MSG_K_UNOFF, MSG_K_LINK, MSG_K_FOLLOW, MSG_K_BACK, MSG_K_SEARCH,
	MSG_K_TYPE, MSG_K_KEEP, MSG_K_NEXT, MSG_K_PREV, MSG_K_ESC,
	MSG_K_LANG, MSG_K_COPY, MSG_K_HELP, MSG_K_REDRAW, MSG_K_QUIT,
	MSG_H_MOVE, MSG_H_OPEN, MSG_H_SEARCH, MSG_H_HELP, MSG_H_QUIT,
	MSG_H_BACK, MSG_H_PANE, MSG_H_FOLLOW, MSG_H_KEEP, MSG_H_CLEAR,
	MSG_H_NEXT, MSG_H_SCROLL, MSG_H_COPY, MSG_H_LINK, MSG_H_CLOSE,
	MSG_H_EXPAND, MSG_H_COLLAPSE, MSG_H_TREE,
	MSG_T_COPIED, MSG_T_UNOFF_HIDDEN, MSG_T_UNOFF_SHOWN,
	MSG_T_ENLARGE, MSG_T_NO_SEARCH, MSG_T_GOTO, MSG_T_NO_CODE,
	MSG_T_NEED_UTF8, MSG_T_HELP_TITLE, MSG_T_NO_BACK, MSG_T_CLASS_CODES,
	MSG_T_NO_MATCH,
	MSG_TAG_OBSOLETE, MSG_TAG_UNUSED, MSG_TAG_TEMPORARY, MSG_TAG_UNOFFICIAL,
	/* study: the quiz, the statistics, the comparisons (issue 6) */
	MSG_K_QUIZ, MSG_K_STATS, MSG_K_COMPARE, MSG_K_ANSWER, MSG_K_CHOOSE,
	MSG_K_LEAVE, MSG_K_TOPIC,
	MSG_H_ANSWER, MSG_H_CHOOSE, MSG_H_LEAVE, MSG_H_CONTINUE, MSG_H_START,
	MSG_H_CLASS, MSG_H_STATS, MSG_H_TOPIC, MSG_H_ERASE, MSG_H_COMPARE,
	MSG_T_STUDY, MSG_T_STATS_TITLE, MSG_T_COMPARE_TITLE, MSG_T_MENU_ASK,
	MSG_T_SCOPE_STD, MSG_T_SCOPE_ALL, MSG_T_QUESTION, MSG_T_SCORE,
	MSG_T_RIGHT, MSG_T_WRONG, MSG_T_ANSWER_IS, MSG_T_ANY_KEY,
	MSG_T_TYPE_CODE, MSG_T_SUMMARY, MSG_T_LEFT_EARLY, MSG_T_BY_CLASS,
	MSG_T_REVIEW, MSG_T_ALL_RIGHT, MSG_T_NO_QUESTIONS, MSG_T_SESSIONS,
	MSG_T_ANSWERS_RIGHT, MSG_T_ITEMS_TRIED, MSG_T_ITEMS, MSG_T_NO_HOME,
	MSG_T_SESSION_ONLY, MSG_T_NO_TOPIC, MSG_T_TOPIC_CODES,
	MSG_T_PROGRESS_FILE, MSG_T_THIS_SESSION, MSG_T_NO_STUDY,
	MSG_T_STATS_SCOPE,
	/* spaced repetition by date */
	MSG_T_SCOPE_DUE, MSG_T_DUE_OPEN, MSG_T_DUE_NOW, MSG_T_DUE_TODAY,
	MSG_T_NEXT_DUE, MSG_T_NONE, MSG_T_RETENTION,
	MSG_T_SCOPE_ALL_UNOFFICIAL, MSG_T_WITH_UNOFFICIAL,
	MSG_T_NEAREST_CODES, MSG_T_HIDDEN_CODE,
	/* the search box and the ranked results */
	MSG_K_RESULTS, MSG_K_CURSOR, MSG_K_WORD, MSG_K_ENDS, MSG_K_KILL_WORD,
	MSG_K_KILL, MSG_K_RECALL,
	MSG_T_PARTIAL, MSG_T_TRY, MSG_T_TOO_LONG,
	MSG_F_ALIAS, MSG_F_KEYWORD, MSG_F_HEADER, MSG_F_VENDOR, MSG_F_SPEC,
	/* code queries and patterns; the spec's address */
	MSG_Q_EMPTY, MSG_Q_NOT_CODE, MSG_Q_THREE, MSG_Q_SHORT, MSG_Q_RANGE,
	MSG_Q_UNCLOSED, MSG_Q_EMPTY_SET, MSG_Q_BACKWARDS, MSG_Q_SET_CHAR,
	MSG_K_COPY_SPEC, MSG_T_NO_SPEC_URL,
	/* state files: what a file that is not a regular one is */
	MSG_S_DIR, MSG_S_FIFO, MSG_S_CHR, MSG_S_BLK, MSG_S_SOCK, MSG_S_LINK,
	MSG_S_SPECIAL,
	/* the progress file's troubles: %1 the file, %2 a detail
	 * (hc_msg_fill) */
	MSG_P_UNREADABLE, MSG_P_SPECIAL, MSG_P_TOO_BIG, MSG_P_DAMAGED,
	MSG_P_FUTURE, MSG_P_READ_ONLY, MSG_P_LOCK_HELD, MSG_P_LOCK_BAD,
	MSG_P_WRITE, MSG_P_KEPT_ASIDE,
	/* ... and what follows for the study */
	MSG_P_LEFT, MSG_P_RETRY, MSG_P_ASIDE_LATER, MSG_P_UNSAVED,
	/* the settings file */
	MSG_C_UNREADABLE, MSG_C_SPECIAL, MSG_C_TOO_BIG, MSG_C_LINE,
	MSG_C_MORE, MSG_C_EXPECTED, MSG_C_UNKNOWN, MSG_C_VALUE,
	MSG_C_LONG, MSG_C_BINARY,
	/* the mock interview and the Anki deck */
	MSG_K_INTERVIEW, MSG_K_REVEAL, MSG_K_GRADE, MSG_H_REVEAL, MSG_H_GRADE,
	MSG_T_INTERVIEW, MSG_T_IV_THINK, MSG_T_IV_ANSWER, MSG_T_IV_GRADE_ASK,
	MSG_T_IV_AGAIN, MSG_T_IV_HARD, MSG_T_IV_GOOD, MSG_T_IV_EASY,
	MSG_T_IV_CARDS, MSG_T_IV_NONE, MSG_T_IV_CONCEPT,
	MSG_X_SITUATION,
	MSG_K_PAGE_DETAIL, MSG_T_HELP_MORE, MSG_T_ENLARGE_SHORT, MSG_H_STUDY,
	MSG_N
};

const char *hc_msg(enum hc_lang lang, enum hc_msg id);
/* "standard", "비공식"... */
const char *hc_status_label(enum hc_lang lang, enum hc_status s);
/* Who sends a header, what kind of header: "응답", "convention"... */
const char *hc_direction_label(enum hc_lang lang, enum hc_direction d);
/* the same in a word, for columns: "양쪽", "both" */
const char *hc_direction_short(enum hc_lang lang, enum hc_direction d);
const char *hc_header_kind_label(enum hc_lang lang, enum hc_header_kind k);

/* tmpl (a message of the table) with %1, %2... replaced by args[0],
 * args[1]...: the languages put them in their own order.  Cut to fit n. */
void hc_msg_fill(char *buf, size_t n, const char *tmpl, const char *const *args,
		 int nargs);
/* strerror(err) in the language (a few common ones in Korean). */
const char *hc_errno_text(enum hc_lang lang, int err);

/* Language from LC_ALL, LC_MESSAGES, LANG (the first one set): a Korean
 * locale (hc_lang_is_korean) gives Korean, anything else English. */
enum hc_lang hc_lang_from_env(void);
/* 1 for "ko", "ko_KR.UTF-8", "ko.UTF-8", "ko@x", "korean"; 0 for
 * "kok_IN" (Konkani), "kor", "C". */
int hc_lang_is_korean(const char *locale);
/* Parse "ko"/"en" (also "korean", "english", "kr"); -1 if unknown. */
int hc_lang_parse(const char *s);

#endif
