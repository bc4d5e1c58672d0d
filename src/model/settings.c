#include <config.h>

#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "xdg.h"

static const char *const theme_names[HC_THEME_N] = {
	"default", "mono",
};

const char *hc_theme_name(enum hc_theme_id t)
{
	return (unsigned)t < HC_THEME_N ? theme_names[t] : "?";
}

void hc_config_init(struct hc_config *c)
{
	c->lang = c->color = c->unofficial = c->theme = -1;
	c->hyperlink = -1;
}

static int one_of(const char *v, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (!strcasecmp(v, names[i]))
			return i;
	return -1;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* One "key = value" line; 0, or -1 with msg filled in. */
static int apply(struct hc_config *c, char *line, char *msg, size_t n)
{
	static const char *const colors[] = { "auto", "always", "never" };
	static const char *const unoff[] = { "hide", "show", "no", "yes",
					     "false", "true", "off", "on" };
	char *eq = strchr(line, '='), *key, *val;
	int v;

	if (!eq) {
		snprintf(msg, n, "expected 'key = value'");
		return -1;
	}
	*eq = '\0';
	key = trim(line);
	val = trim(eq + 1);
	if (!strcasecmp(key, "lang") || !strcasecmp(key, "language")) {
		if ((v = hc_lang_parse(val)) < 0)
			goto bad_value;
		c->lang = v;
	} else if (!strcasecmp(key, "color") || !strcasecmp(key, "colour")) {
		if ((v = one_of(val, colors, 3)) < 0)
			goto bad_value;
		c->color = v;
	} else if (!strcasecmp(key, "unofficial")) {
		if ((v = one_of(val, unoff, 8)) < 0)
			goto bad_value;
		c->unofficial = v % 2;
	} else if (!strcasecmp(key, "hyperlink")) {
		if ((v = one_of(val, colors, 3)) < 0)
			goto bad_value;
		c->hyperlink = v;
	} else if (!strcasecmp(key, "theme")) {
		if ((v = one_of(val, theme_names, HC_THEME_N)) < 0)
			goto bad_value;
		c->theme = v;
	} else {
		snprintf(msg, n, "unknown setting '%.40s' (known: lang, color, "
			 "unofficial, theme, hyperlink)", key);
		return -1;
	}
	return 0;
bad_value:
	snprintf(msg, n, "bad value '%.40s' for %s", val, key);
	return -1;
}

int hc_config_parse(struct hc_config *c, const char *text, size_t len,
		    void (*warn)(void *ctx, unsigned line, const char *msg),
		    void *ctx)
{
	unsigned lineno = 0;
	int bad = 0;
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
		char line[512], msg[160], *s;

		lineno++;
		if (n >= sizeof line) {
			snprintf(msg, sizeof msg, "line too long");
			warn(ctx, lineno, msg);
			bad++;
		} else {
			memcpy(line, text + i, n);
			line[n] = '\0';
			s = trim(line);
			if (memchr(text + i, '\0', n)) {
				warn(ctx, lineno, "binary data");
				bad++;
			} else if (*s && *s != '#' &&
				   apply(c, s, msg, sizeof msg) < 0) {
				warn(ctx, lineno, msg);
				bad++;
			}
		}
		i += n + 1;
	}
	return bad;
}

char *hc_config_default_path(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "config");
}
