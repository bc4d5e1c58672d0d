/* The optional configuration file, $XDG_CONFIG_HOME/httpcodes/config:
 *     # comment
 *     lang = ko            ko | en
 *     color = auto         auto | always | never
 *     unofficial = show    show | hide
 *     theme = default      default | mono
 *     hyperlink = auto     auto | always | never (OSC 8 links in the CLI)
 * Command-line options override it.  A bad line is reported and skipped;
 * the other lines still apply. */
#ifndef HC_SETTINGS_H
#define HC_SETTINGS_H

#include <stddef.h>

#include "table.h"

struct hc_config {
	int lang;       /* -1 unset, else enum hc_lang */
	int color;      /* -1 unset, 0 auto, 1 always, 2 never */
	int unofficial; /* -1 unset, 0 hide, 1 show */
	int theme;      /* -1 unset, else enum hc_theme_id */
	int hyperlink;  /* -1 unset, 0 auto, 1 always, 2 never */
};

enum hc_theme_id { HC_THEME_DEFAULT, HC_THEME_MONO, HC_THEME_N };

const char *hc_theme_name(enum hc_theme_id t);

/* What was wrong with the settings file, kept until the language is
 * known (the file itself may set it), then said one line at a time. */
#define HC_CONFIG_NOTES 5 /* bad lines told one by one; the rest counted */
struct hc_config_note {
	unsigned line;
	int what;       /* enum hc_msg */
	char a[48], b[16];
};
struct hc_config_notes {
	char *path;     /* the file (malloc'd), NULL when there is no place */
	int file_what;  /* enum hc_msg about the whole file, or -1 */
	int err;
	unsigned mode;
	struct hc_config_note line[HC_CONFIG_NOTES];
	unsigned n_bad; /* bad lines, also those past HC_CONFIG_NOTES */
};

void hc_config_init(struct hc_config *c);
/* Parse text: a UTF-8 BOM, CRLF and bare CR line ends are read as the
 * user meant; each bad line is noted (if notes is not NULL) and skipped.
 * Returns the number of bad lines. */
int hc_config_parse(struct hc_config *c, const char *text, size_t len,
		    struct hc_config_notes *notes);
/* $XDG_CONFIG_HOME/httpcodes/config or ~/.config/httpcodes/config (malloc'd),
 * NULL when neither is usable. */
char *hc_config_default_path(void);
/* Read the file at the default path into c (nothing there: nothing set).
 * Never blocks: a FIFO or a device there is refused unread. */
void hc_config_load(struct hc_config *c, struct hc_config_notes *notes);
/* Line i (from 0) of what to say about the file, names made safe to
 * print; 0 when there is no line i. */
int hc_config_note_text(const struct hc_config_notes *w, unsigned i,
			enum hc_lang lang, char *buf, size_t n);
void hc_config_notes_free(struct hc_config_notes *w);

#endif
