/* Interface strings in Korean and English, switchable at run time. */
#ifndef HC_I18N_H
#define HC_I18N_H

#include "table.h"

enum hc_msg {
	MSG_STATUS, MSG_VENDOR, MSG_SPEC, MSG_ALIAS, MSG_HEADERS, MSG_RELATED,
	MSG_INTERVIEW, MSG_CLASS, MSG_SUMMARY, MSG_DETAIL, MSG_CODES,
	MSG_NO_MATCH,
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
