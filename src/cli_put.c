#include <config.h>

#include "cli_put.h"
#include "cli_format.h"
#include "model/specurl.h"
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

void cli_sgr(FILE *f, const struct cli_opts *o, const char *seq)
{
	if (o->color)
		fputs(seq, f);
}

void cli_put_wrapped(FILE *f, const struct cli_opts *o, const char *s,
		     int indent, int gap)
{
	size_t n = strlen(s), i = 0;
	int width = o->width ? o->width - indent : 0;

	if (o->width && width < 20)
		width = 20;
	while (i < n) {
		size_t next, len;

		if (!width) {
			const char *nl = memchr(s + i, '\n', n - i);

			len = nl ? (size_t)(nl - (s + i)) : n - i;
			next = i + len + (nl != NULL);
		} else {
			len = text_wrap(s + i, n - i, width, &next);
			next += i;
		}
		fprintf(f, "%*s%.*s\n", indent, "", (int)len, s + i);
		if (gap && next > 0 && next <= n && s[next - 1] == '\n')
			fputc('\n', f);
		i = next;
	}
}

void cli_put_label(FILE *f, const struct cli_opts *o, enum hc_msg m,
		   const char *value)
{
	const char *label = hc_msg(o->lang, m);
	size_t lab = strlen(label) + 1, n, len, next;
	int width = o->width;
	char *line;

	if (!value || !*value)
		return;
	n = lab + 1 + strlen(value);
	line = malloc(n + 1);
	if (!line)
		return;
	snprintf(line, n + 1, "%s: %s", label, value);
	if (width && width < 20)
		width = 20;
	len = width ? text_wrap(line, n, width, &next) : (next = n, n);
	if (len < lab)
		lab = len;
	cli_sgr(f, o, CLI_SGR_DIM);
	fprintf(f, "%.*s", (int)lab, line);
	cli_sgr(f, o, CLI_SGR_RESET);
	fprintf(f, "%.*s\n", (int)(len - lab), line + lab);
	if (next < n)
		cli_put_wrapped(f, o, line + next, 2, 0);
	free(line);
}

void cli_put_texts(FILE *f, const struct cli_opts *o, const char *summary,
		   const char *detail)
{
	fputc('\n', f);
	cli_sgr(f, o, CLI_SGR_BOLD);
	cli_put_wrapped(f, o, summary, 0, 0);
	cli_sgr(f, o, CLI_SGR_RESET);
	fputc('\n', f);
	cli_put_wrapped(f, o, detail, 0, 1);
}

void cli_put_spec(FILE *f, const struct cli_opts *o, const char *spec)
{
	char url[HC_SPEC_URL_MAX];

	if (!o->hyperlink || !hc_spec_url(spec, url, sizeof url)) {
		cli_put_label(f, o, MSG_SPEC, spec);
		return;
	}
	cli_sgr(f, o, CLI_SGR_DIM);
	fprintf(f, "%s:", hc_msg(o->lang, MSG_SPEC));
	cli_sgr(f, o, CLI_SGR_RESET);
	fputc(' ', f);
	cli_link_open(f, o, url);
	fputs(spec, f);
	cli_link_close(f, o, url);
	fputc('\n', f);
}

void cli_json_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (size_t i = 0, n = strlen(s); i < n;) {
		unsigned char ch = (unsigned char)s[i];
		unsigned uc;
		size_t k;

		if (ch >= 0x80) {
			/* JSON is UTF-8: a byte that is not (in a file name
			 * from the environment) becomes U+FFFD */
			k = text_next_char(s + i, n - i, &uc);
			if (k == 1)
				fputs("\xef\xbf\xbd", f);
			else
				fwrite(s + i, 1, k, f);
			i += k;
			continue;
		}
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", f);
		else if (ch < 0x20 || ch == 0x7f)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
		i++;
	}
	fputc('"', f);
}

void cli_complain(const char *q, size_t n, const char *what,
		  const char *hint)
{
	size_t k = text_cut(q, n, 60); /* the message stays one line */
	char *safe = text_escape_dup(q, k);

	fprintf(stderr, "httpcodes: '%s'%s: %s\n", safe ? safe : "?",
		k < n ? "..." : "", what);
	if (hint)
		fprintf(stderr, "%s\n", hint);
	free(safe);
}
