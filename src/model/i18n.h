/* Interface strings in Korean and English, switchable at run time. */
#ifndef HC_I18N_H
#define HC_I18N_H

#include <stddef.h>
#include <stdio.h>

#include "table.h"

enum hc_msg {
#define M(id, ko, en) id,
#include "messages.def"
#undef M
	MSG_N
};

const char *hc_msg(enum hc_lang lang, enum hc_msg id);
/* A message that is a printf format (its conversions the same in both
 * languages, or numbered as %1$d where the languages order them apart),
 * printed on f as fprintf does, or into buf as text_format does.  The
 * compiler cannot check the arguments against it: keep them in step with
 * the message. */
int hc_msg_print(FILE *f, enum hc_lang lang, enum hc_msg id, ...);
size_t hc_msg_format(char *buf, size_t n, enum hc_lang lang, enum hc_msg id,
		     ...);
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
