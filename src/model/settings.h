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

struct hc_config {
	int lang;       /* -1 unset, else enum hc_lang */
	int color;      /* -1 unset, 0 auto, 1 always, 2 never */
	int unofficial; /* -1 unset, 0 hide, 1 show */
	int theme;      /* -1 unset, else enum hc_theme_id */
	int hyperlink;  /* -1 unset, 0 auto, 1 always, 2 never */
};

enum hc_theme_id { HC_THEME_DEFAULT, HC_THEME_MONO, HC_THEME_N };

const char *hc_theme_name(enum hc_theme_id t);

void hc_config_init(struct hc_config *c);
/* Parse text; each bad line is reported through warn(ctx, line, message)
 * and skipped.  Returns the number of bad lines. */
int hc_config_parse(struct hc_config *c, const char *text, size_t len,
		    void (*warn)(void *ctx, unsigned line, const char *msg),
		    void *ctx);
/* $XDG_CONFIG_HOME/httpcodes/config or ~/.config/httpcodes/config (malloc'd),
 * NULL when neither is usable. */
char *hc_config_default_path(void);

#endif
