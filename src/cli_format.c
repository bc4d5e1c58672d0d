#include <config.h>

#include "cli_format.h"
#include "model/i18n.h"
#include "model/text.h"

#include <string.h>

#define SGR_RESET "\033[0m"
#define CODE_COLS 3
#define GAP 2 /* spaces between columns on a terminal */
#define MIN_PHRASE_COLS 12
#define ELLIPSIS "\xe2\x80\xa6"

static const char *const class_sgr[6] = {
	"", "\033[1;34m", "\033[1;32m", "\033[1;36m", "\033[1;33m", "\033[1;31m",
};

const char *cli_class_sgr(int digit)
{
	return digit >= 1 && digit <= 5 ? class_sgr[digit] : "";
}

static const char *tag_of(const struct cli_opts *o, const struct hc_code *c)
{
	return c->status == HC_STANDARD ? NULL
					: hc_status_label(o->lang, c->status);
}

/* Columns of "Phrase [tag]". */
static int head_width(const struct cli_opts *o, const struct hc_code *c)
{
	const char *tag = tag_of(o, c);
	int w = text_width(c->phrase, strlen(c->phrase));

	return tag ? w + 3 + text_width(tag, strlen(tag)) : w;
}

int cli_line_cols(const struct hc_code *const *codes, size_t n,
		  const struct cli_opts *o)
{
	int cols = 0, cap;

	if (!o->width)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int w = head_width(o, codes[i]);

		if (w > cols)
			cols = w;
	}
	/* the summary keeps at least as much room as the phrase */
	cap = (o->width - CODE_COLS - 2 * GAP) / 2;
	if (cap < MIN_PHRASE_COLS)
		cap = MIN_PHRASE_COLS;
	return cols < cap ? cols : cap;
}

/* s cut to cols columns, an ellipsis in the last one when it is cut. */
static int put_cut(FILE *f, const char *s, int cols)
{
	size_t n = strlen(s);
	int w = text_width(s, n), used;

	if (w <= cols) {
		fputs(s, f);
		return w;
	}
	if (cols < 1)
		return 0;
	n = text_fit(s, n, cols - 1, &used);
	fprintf(f, "%.*s" ELLIPSIS, (int)n, s);
	return used + 1;
}

/* "Phrase [tag]" in cols columns; when it is too wide the phrase is cut
 * and the tag kept whole, if the tag leaves the phrase a few columns. */
static void put_head(FILE *f, const struct cli_opts *o,
		     const struct hc_code *c, int cols)
{
	const char *tag = tag_of(o, c);
	int tw = tag ? text_width(tag, strlen(tag)) + 3 : 0, w;

	if (!cols) {
		fputs(c->phrase, f);
		if (tag)
			fprintf(f, " [%s]", tag);
		return;
	}
	if (tag && head_width(o, c) > cols && cols - tw < 4) {
		char buf[512];

		text_format(buf, sizeof buf, "%s [%s]", c->phrase, tag);
		w = put_cut(f, buf, cols);
	} else {
		w = put_cut(f, c->phrase, tag ? cols - tw : cols);
		if (tag) {
			fprintf(f, " [%s]", tag);
			w += tw;
		}
	}
	fprintf(f, "%*s", cols > w ? cols - w : 0, "");
}

void cli_line_put(FILE *f, const struct cli_opts *o, const struct hc_code *c,
		  int cols)
{
	const char *sum = c->summary[o->lang];

	if (o->color)
		fputs(cli_class_sgr(c->code / 100), f);
	fprintf(f, "%03d", c->code);
	if (o->color)
		fputs(SGR_RESET, f);
	if (!o->width) {
		fputc('\t', f);
		put_head(f, o, c, 0);
		fprintf(f, "\t%s\n", sum);
		return;
	}
	fprintf(f, "%*s", GAP, "");
	put_head(f, o, c, cols);
	fprintf(f, "%*s", GAP, "");
	put_cut(f, sum, o->width - CODE_COLS - 2 * GAP - cols);
	fputc('\n', f);
}

void cli_link_open(FILE *f, const struct cli_opts *o, const char *url)
{
	if (o->hyperlink && url && *url)
		fprintf(f, "\033]8;;%s\a", url);
}

void cli_link_close(FILE *f, const struct cli_opts *o, const char *url)
{
	if (o->hyperlink && url && *url)
		fputs("\033]8;;\a", f);
}
