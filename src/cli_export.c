/* The Anki deck.  Anki's text importer reads the "#key:value" lines at the
 * top as file headers, then splits each line at the separator; with
 * #html:true a field is HTML.  So every field is escaped (a '"' would
 * start a quoted field), a paragraph break becomes <br>, and no TAB or
 * newline is left inside a field: the table's text has no TAB, and its
 * only newlines are paragraph breaks. */
#include <config.h>

#include "cli_export.h"
#include "model/i18n.h"
#include "model/interview.h"

#include <string.h>

static void put_html(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\n':
			fputs("<br>", out);
			break;
		case '\t':
		case '\r':
			putc(' ', out);
			break;
		default:
			putc(s[i], out);
		}
	}
}

static void put_text(FILE *out, const char *s)
{
	if (s)
		put_html(out, s, strlen(s));
}

/* "404 Not Found", and in Korean its Korean name too */
static void put_name(FILE *out, const struct hc_code *c, enum hc_lang L)
{
	fprintf(out, "%03d ", c->code);
	put_text(out, c->phrase);
	if (L == HC_KO && c->title[HC_KO] && strcmp(c->title[HC_KO], c->phrase)) {
		fputs(" (", out);
		put_text(out, c->title[HC_KO]);
		putc(')', out);
	}
}

/* The tags: the project, the kind of note, the codes and their classes
 * (each class once). */
static void put_tags(FILE *out, const char *kind, const int *codes, int n)
{
	int classes = 0;

	fprintf(out, "\thttpcodes %s", kind);
	for (int i = 0; i < n; i++)
		fprintf(out, " http::%03d", codes[i]);
	for (int i = 0; i < n; i++) {
		int d = codes[i] / 100;

		if (d >= 1 && d <= HC_CLASS_N && !(classes & 1 << d)) {
			classes |= 1 << d;
			fprintf(out, " class::%dxx", d);
		}
	}
	putc('\n', out);
}

static void code_note(FILE *out, const struct hc_code *c, enum hc_lang L)
{
	put_name(out, c, L);
	putc('\t', out);
	put_text(out, c->summary[L]);
	if (c->detail[L]) {
		fputs("<br><br>", out);
		put_text(out, c->detail[L]);
	}
	put_tags(out, "code", &c->code, 1);
}

static void interview_note(FILE *out, const struct hc_code *c, enum hc_lang L)
{
	struct interview_card card = { .kind = IVK_CODE, .code = c };
	const char *q, *a;
	size_t qn, an;

	q = interview_question(&card, L, &qn);
	a = interview_answer(&card, L, &an);
	put_html(out, q, qn);
	fputs("<br>(", out);
	put_name(out, c, L);
	fputs(")\t", out);
	put_html(out, a, an);
	put_tags(out, "interview", &c->code, 1);
}

static void situation_note(FILE *out, const struct hc_table *t,
			   const struct hc_situation *s, enum hc_lang L)
{
	const struct hc_code *c = hc_table_find(t, s->code);

	put_text(out, hc_msg(L, MSG_X_SITUATION));
	fputs("<br>", out);
	put_text(out, s->text[L]);
	fputs("\t<b>", out);
	if (c)
		put_name(out, c, L);
	else
		fprintf(out, "%03d", s->code);
	fputs("</b>", out);
	if (s->why[L]) {
		fputs("<br>", out);
		put_text(out, s->why[L]);
	}
	put_tags(out, "situation", &s->code, 1);
}

static void concept_note(FILE *out, const struct hc_concept *c, enum hc_lang L)
{
	put_text(out, c->question[L]);
	putc('\t', out);
	fputs("<b>", out);
	put_text(out, c->title[L]);
	fputs("</b><br>", out);
	put_text(out, c->answer[L]);
	put_tags(out, "concept", c->codes, c->n_codes);
}

int cli_export_anki(const struct hc_table *t, enum hc_lang L, FILE *out)
{
	fputs("#separator:tab\n#html:true\n#tags column:3\n#notetype:Basic\n"
	      "#deck:httpcodes\n", out);
	for (size_t i = 0; i < t->n; i++)
		code_note(out, &t->codes[i], L);
	for (size_t i = 0; i < t->n; i++)
		if (t->codes[i].interview[L])
			interview_note(out, &t->codes[i], L);
	for (size_t i = 0; i < t->n_topics; i++)
		for (int k = 0; k < t->topics[i].n_situations; k++)
			situation_note(out, t, &t->topics[i].situations[k], L);
	for (size_t i = 0; i < t->n_concepts; i++)
		concept_note(out, &t->concepts[i], L);
	return 0;
}
