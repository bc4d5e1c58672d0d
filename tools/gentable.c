/* gentable FILE...: parse the .rec table at build time (the codes, then
 * the concept cards: the files are read as one table) and print it as C
 * data, so that the program starts without parsing anything.  A bad table
 * fails the build with the parser's "file:line: message". */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/table.h"
#include "model/search_int.h"

static void str(const char *s)
{
	if (!s) {
		fputs("NULL", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c < 0x20 || c >= 0x7f)
			printf("\\%03o", c); /* octal: never runs into the next char */
		else
			putchar(c);
	}
	putchar('"');
}

/* The texts of each language, and the keywords that only the search
 * reads, are kept in blocks of their own, each aligned as the search index
 * is (search_emit.c): the kernel maps a file's pages 64 KiB around each one
 * read, and browsing in English then maps no Korean text, nor keywords. */
struct block {
	const char *name;
	char *buf;
	size_t n, cap;
};

static struct block blocks[] = {
	{ "hc_text_ko", NULL, 0, 0 },
	{ "hc_text_en", NULL, 0, 0 },
	{ "hc_text_keywords", NULL, 0, 0 },
};
enum { KEYWORDS = HC_LANG_N };

/* Writes a reference to s in block b, and puts s there. */
static void ref(struct block *b, const char *s)
{
	size_t len;

	if (!s) {
		fputs("NULL", stdout);
		return;
	}
	len = strlen(s) + 1;
	if (b->n + len > b->cap) {
		b->cap = (b->n + len) * 2;
		b->buf = realloc(b->buf, b->cap);
		if (!b->buf) {
			fputs("gentable: out of memory\n", stderr);
			exit(1);
		}
	}
	printf("%s + %zu", b->name, b->n);
	memcpy(b->buf + b->n, s, len);
	b->n += len;
}

static void declare_blocks(void)
{
	for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
		printf("extern const char %s[];\n", blocks[i].name);
	putchar('\n');
}

static void write_blocks(void)
{
	for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++) {
		const struct block *b = &blocks[i];

		printf("const char %s[] __attribute__((aligned(65536))) =",
		       b->name);
		for (size_t at = 0; at < b->n; at += strlen(b->buf + at) + 1) {
			fputs("\n\t", stdout);
			str(b->buf + at);
			fputs(" \"\\0\"", stdout);
		}
		puts(" \"\";\n");
		free(blocks[i].buf);
	}
}

static void pair_in(const char *const v[HC_LANG_N], int keywords)
{
	fputs("{ ", stdout);
	ref(&blocks[keywords ? KEYWORDS : HC_KO], v[HC_KO]);
	fputs(", ", stdout);
	ref(&blocks[keywords ? KEYWORDS : HC_EN], v[HC_EN]);
	fputs(" }", stdout);
}

static void pair(const char *const v[HC_LANG_N])
{
	pair_in(v, 0);
}

static void ints(const int *v, int n)
{
	fputs("{ ", stdout);
	for (int i = 0; i < n; i++)
		printf("%d, ", v[i]);
	fputs("}", stdout);
}

static void code(const struct hc_code *c)
{
	printf("\t{ .code = %d, .status = %d, .line = %u,\n\t  .phrase = ",
	       c->code, (int)c->status, c->line);
	str(c->phrase);
	fputs(",\n\t  .spec = ", stdout);
	str(c->spec);
	fputs(", .vendor = ", stdout);
	str(c->vendor);
	fputs(",\n\t  .headers = ", stdout);
	str(c->headers);
	printf(",\n\t  .n_alias = %d, .alias = { ", c->n_alias);
	for (int i = 0; i < c->n_alias; i++) {
		str(c->alias[i]);
		fputs(", ", stdout);
	}
	printf("},\n\t  .n_related = %d, .related = ", c->n_related);
	ints(c->related, c->n_related);
	printf(",\n\t  .n_equivalent = %d, .equivalent = ", c->n_equivalent);
	ints(c->equivalent, c->n_equivalent);
	/* title[HC_EN] is the phrase itself: set when the table is loaded */
	fputs(",\n\t  .title = { ", stdout);
	ref(&blocks[HC_KO], c->title[HC_KO]);
	fputs(", NULL },\n\t  .summary = ", stdout);
	pair(c->summary);
	fputs(",\n\t  .detail = ", stdout);
	pair(c->detail);
	fputs(",\n\t  .interview = ", stdout);
	pair(c->interview);
	fputs(",\n\t  .keywords = ", stdout);
	pair_in(c->keywords, 1);
	fputs(" },\n", stdout);
}

static void topic(const struct hc_topic *t)
{
	fputs("\t{ .id = ", stdout);
	str(t->id);
	printf(", .line = %u,\n\t  .n_codes = %d, .codes = ", t->line,
	       t->n_codes);
	ints(t->codes, t->n_codes);
	fputs(",\n\t  .title = ", stdout);
	pair(t->title);
	fputs(",\n\t  .summary = ", stdout);
	pair(t->summary);
	fputs(",\n\t  .detail = ", stdout);
	pair(t->detail);
	fputs(",\n\t  .table = ", stdout);
	pair(t->table);
	printf(",\n\t  .n_situations = %d, .situations = {\n", t->n_situations);
	for (int i = 0; i < t->n_situations; i++) {
		printf("\t\t{ %d, ", t->situations[i].code);
		pair(t->situations[i].text);
		fputs(", ", stdout);
		pair(t->situations[i].why);
		fputs(" },\n", stdout);
	}
	fputs("\t  } },\n", stdout);
}

static void header(const struct hc_header *h)
{
	fputs("\t{ .name = ", stdout);
	str(h->name);
	printf(", .direction = %d, .kind = %d, .line = %u,\n\t  .spec = ",
	       (int)h->direction, (int)h->kind, h->line);
	str(h->spec);
	fputs(",\n\t  .syntax = ", stdout);
	str(h->syntax);
	fputs(",\n\t  .example = ", stdout);
	str(h->example);
	fputs(",\n\t  .successor = ", stdout);
	str(h->successor);
	printf(",\n\t  .n_codes = %d, .codes = ", h->n_codes);
	ints(h->codes, h->n_codes);
	fputs(",\n\t  .summary = ", stdout);
	pair(h->summary);
	fputs(",\n\t  .detail = ", stdout);
	pair(h->detail);
	fputs(" },\n", stdout);
}

static void concept(const struct hc_concept *c)
{
	fputs("\t{ .id = ", stdout);
	str(c->id);
	printf(", .line = %u,\n\t  .n_codes = %d, .codes = ", c->line,
	       c->n_codes);
	ints(c->codes, c->n_codes);
	fputs(",\n\t  .title = ", stdout);
	pair(c->title);
	fputs(",\n\t  .question = ", stdout);
	pair(c->question);
	fputs(",\n\t  .answer = ", stdout);
	pair(c->answer);
	fputs(" },\n", stdout);
}

int main(int argc, char **argv)
{
	struct hc_table t;
	struct hc_search *s;
	char err[512];

	if (argc < 2) {
		fputs("usage: gentable FILE.rec...\n", stderr);
		return 2;
	}
	if (hc_table_load_files(&t, (const char *const *)argv + 1,
				(size_t)argc - 1, err, sizeof err) < 0) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	puts("/* Generated from the .rec files by tools/gentable; do not edit. */");
	puts("#include <config.h>\n#include <stddef.h>\n#include \"model/table.h\"\n");
	puts("struct hc_table *hc_builtin_table(void);\n");
	declare_blocks();
	printf("static struct hc_code codes[%zu] = {\n", t.n);
	for (size_t i = 0; i < t.n; i++)
		code(&t.codes[i]);
	puts("};\n");
	printf("static struct hc_topic topics[%zu] = {\n", t.n_topics ? t.n_topics : 1);
	for (size_t i = 0; i < t.n_topics; i++)
		topic(&t.topics[i]);
	puts("};\n");
	/* sorted by name, as the parser left them */
	printf("static struct hc_header headers[%zu] = {\n",
	       t.n_headers ? t.n_headers : 1);
	for (size_t i = 0; i < t.n_headers; i++)
		header(&t.headers[i]);
	puts("};\n");
	printf("static struct hc_concept concepts[%zu] = {\n",
	       t.n_concepts ? t.n_concepts : 1);
	for (size_t i = 0; i < t.n_concepts; i++)
		concept(&t.concepts[i]);
	puts("};\n");
	printf("static struct hc_table table = {\n\t.codes = codes, .n = %zu,\n"
	       "\t.topics = topics, .n_topics = %zu,\n"
	       "\t.headers = headers, .n_headers = %zu,\n"
	       "\t.concepts = concepts, .n_concepts = %zu,\n\t.classes = {\n",
	       t.n, t.n_topics, t.n_headers, t.n_concepts);
	for (int d = 0; d < HC_CLASS_N; d++) {
		const struct hc_class *c = &t.classes[d];

		printf("\t\t{ .digit = %d, .name = ", c->digit);
		pair(c->name);
		fputs(",\n\t\t  .summary = ", stdout);
		pair(c->summary);
		fputs(",\n\t\t  .detail = ", stdout);
		pair(c->detail);
		fputs(" },\n", stdout);
	}
	puts("\t},\n};\n");
	puts("struct hc_table *hc_builtin_table(void)\n{\n\treturn &table;\n}\n");
	write_blocks();
	/* the index refers to fields by number and to text by offset, so it
	 * holds for the table above as for the one parsed here */
	s = hc_search_build(&t);
	if (!s || hc_search_emit(s, stdout) < 0) {
		fputs("gentable: cannot build the search index\n", stderr);
		return 1;
	}
	hc_search_free(s);
	hc_table_free(&t);
	return ferror(stdout) ? 1 : 0;
}
