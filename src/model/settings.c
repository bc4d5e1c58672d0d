#include <config.h>

#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "file.h"
#include "i18n.h"
#include "text.h"
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

static void note_line(struct hc_config_notes *w, unsigned line,
		      enum hc_msg what, const char *a, const char *b)
{
	struct hc_config_note *n;

	if (!w)
		return;
	if (w->n_bad++ >= HC_CONFIG_NOTES)
		return; /* counted, said as "N more" */
	n = &w->line[w->n_bad - 1];
	n->line = line;
	n->what = what;
	snprintf(n->a, sizeof n->a, "%.40s", a ? a : "");
	snprintf(n->b, sizeof n->b, "%s", b ? b : "");
}

/* One "key = value" line; 0, or -1 when noted as bad. */
static int apply(struct hc_config *c, char *line, unsigned lineno,
		 struct hc_config_notes *w)
{
	static const char *const colors[] = { "auto", "always", "never" };
	static const char *const unoff[] = { "hide", "show", "no", "yes",
					     "false", "true", "off", "on" };
	char *eq = strchr(line, '='), *key, *val;
	int v;

	if (!eq) {
		note_line(w, lineno, MSG_C_EXPECTED, NULL, NULL);
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
		note_line(w, lineno, MSG_C_UNKNOWN, key, NULL);
		return -1;
	}
	return 0;
bad_value:
	note_line(w, lineno, MSG_C_VALUE, val, key);
	return -1;
}

int hc_config_parse(struct hc_config *c, const char *text, size_t len,
		    struct hc_config_notes *w)
{
	unsigned lineno = 0;
	int bad = 0;
	size_t i = 0;

	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		i = 3; /* a BOM an editor added */
	while (i < len) {
		const char *s = text + i;
		size_t n = 0;
		char line[512], *t;

		/* a line ends at LF, CRLF or a bare CR (old Mac editors) */
		while (i + n < len && s[n] != '\n' && s[n] != '\r')
			n++;
		i += n;
		if (i + 1 < len && text[i] == '\r' && text[i + 1] == '\n')
			i += 2;
		else if (i < len)
			i++;
		lineno++;
		if (memchr(s, '\0', n)) {
			note_line(w, lineno, MSG_C_BINARY, NULL, NULL);
			bad++;
		} else if (n >= sizeof line) {
			note_line(w, lineno, MSG_C_LONG, NULL, NULL);
			bad++;
		} else {
			memcpy(line, s, n);
			line[n] = '\0';
			t = trim(line);
			if (*t && *t != '#' && apply(c, t, lineno, w) < 0)
				bad++;
		}
	}
	return bad;
}

char *hc_config_default_path(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "config");
}

#define CONFIG_MAX ((size_t)16 << 10)

void hc_config_load(struct hc_config *c, struct hc_config_notes *w)
{
	struct file_text f;

	hc_config_init(c);
	memset(w, 0, sizeof *w);
	w->file_what = -1;
	w->path = hc_config_default_path();
	if (!w->path)
		return;
	switch (file_read(w->path, CONFIG_MAX, &f)) {
	case FILE_OK:
		hc_config_parse(c, f.text, f.len, w);
		file_text_free(&f);
		break;
	case FILE_MISSING:
		break;
	case FILE_ERROR:
		w->file_what = MSG_C_UNREADABLE;
		w->err = f.err;
		break;
	case FILE_SPECIAL:
		w->file_what = MSG_C_SPECIAL;
		w->mode = f.mode;
		break;
	case FILE_TOO_BIG:
		w->file_what = MSG_C_TOO_BIG;
		break;
	}
}

int hc_config_note_text(const struct hc_config_notes *w, unsigned i,
			enum hc_lang L, char *buf, size_t n)
{
	char *path, *a = NULL, *b = NULL, num[24], what[400];
	const char *args[3];
	unsigned shown = w->n_bad < HC_CONFIG_NOTES ? w->n_bad : HC_CONFIG_NOTES;
	int lines = (w->file_what >= 0) + (int)shown + (w->n_bad > shown);

	if (!w->path || (int)i >= lines)
		return 0;
	path = text_sanitize_dup(w->path, strlen(w->path), 0);
	args[0] = path ? path : "?";
	if (w->file_what >= 0) {
		args[1] = w->file_what == MSG_C_SPECIAL ? file_kind(w->mode, L)
			  : hc_errno_text(L, w->err);
		hc_msg_fill(buf, n, hc_msg(L, (enum hc_msg)w->file_what), args, 2);
	} else if (i < shown) {
		const struct hc_config_note *ln = &w->line[i];

		/* what was typed is quoted: escapes in it stay out */
		a = text_sanitize_dup(ln->a, strlen(ln->a), 0);
		b = text_sanitize_dup(ln->b, strlen(ln->b), 0);
		args[1] = a ? a : "";
		args[2] = b ? b : "";
		hc_msg_fill(what, sizeof what, hc_msg(L, (enum hc_msg)ln->what),
			    args + 1, 2);
		snprintf(num, sizeof num, "%u", ln->line);
		args[1] = num;
		args[2] = what;
		hc_msg_fill(buf, n, hc_msg(L, MSG_C_LINE), args, 3);
	} else {
		snprintf(num, sizeof num, "%u", w->n_bad - shown);
		args[1] = num;
		hc_msg_fill(buf, n, hc_msg(L, MSG_C_MORE), args, 2);
	}
	free(path);
	free(a);
	free(b);
	return 1;
}

void hc_config_notes_free(struct hc_config_notes *w)
{
	free(w->path);
	w->path = NULL;
}
