/* The built-in table against the reference list in tests/data, and the
 * completeness of its Korean and English text. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture_table.h"
#include "model/table.h"
#include "model/text.h"

static FILE *open_reference(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/tests/data/status-codes.tsv",
		 top ? top : ".");
	f = fopen(path, "r");
	if (!f)
		fail_msg("cannot open %s", path);
	return f;
}

/* Split a TSV line in place into at most max fields. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;

	line[strcspn(line, "\n")] = '\0';
	while (n < max) {
		f[n++] = line;
		line = strchr(line, '\t');
		if (!line)
			break;
		*line++ = '\0';
	}
	return n;
}

static int field_eq(const char *have, const char *want)
{
	if (!*want)
		return have == NULL;
	return have && !strcmp(have, want);
}

static void test_reference_list(void **state)
{
	FILE *f = open_reference();
	char line[1024];
	int seen = 0, registered = 0, unofficial = 0;

	(void)state;
	while (fgets(line, sizeof line, f)) {
		char *fl[6];
		const struct hc_code *c;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (split_tabs(line, fl, 6) < 5)
			fail_msg("bad reference line: %s", line);
		c = hc_table_find(&table, atoi(fl[0]));
		if (!c)
			fail_msg("code %s is missing", fl[0]);
		if (strcmp(c->phrase, fl[1]))
			fail_msg("%s: phrase '%s', expected '%s'", fl[0],
				 c->phrase, fl[1]);
		if (strcmp(hc_status_name(c->status), fl[2]))
			fail_msg("%s: status '%s', expected '%s'", fl[0],
				 hc_status_name(c->status), fl[2]);
		if (!field_eq(c->spec, fl[3]))
			fail_msg("%s: spec '%s', expected '%s'", fl[0],
				 c->spec ? c->spec : "(none)", fl[3]);
		if (!field_eq(c->vendor, fl[4]))
			fail_msg("%s: vendor '%s', expected '%s'", fl[0],
				 c->vendor ? c->vendor : "(none)", fl[4]);
		seen++;
		if (c->status == HC_UNOFFICIAL || c->vendor)
			unofficial++;
		else
			registered++;
	}
	fclose(f);
	assert_int_equal(seen, 91);
	assert_int_equal(registered, 64);
	assert_int_equal(unofficial, 27);
	/* nothing beyond the reference list */
	assert_int_equal(table.n, 91);
}

static void test_former_names_are_aliases(void **state)
{
	static const struct { int code; const char *alias; } want[] = {
		{ 413, "Payload Too Large" },
		{ 413, "Request Entity Too Large" },
		{ 414, "Request-URI Too Long" },
		{ 416, "Requested Range Not Satisfiable" },
		{ 418, "I'm a teapot" },
		{ 422, "Unprocessable Entity" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const struct hc_code *c = hc_table_find(&table, want[i].code);
		int found = 0;

		assert_non_null(c);
		for (int a = 0; a < c->n_alias; a++)
			found |= !strcmp(c->alias[a], want[i].alias);
		if (!found)
			fail_msg("%d lacks the alias '%s'", want[i].code,
				 want[i].alias);
	}
}

static void check_text(int code, const char *what, const char *s, int one_line)
{
	if (!s || !*s)
		fail_msg("%d: %s is empty", code, what);
	if (one_line && strchr(s, '\n'))
		fail_msg("%d: %s is not one line", code, what);
}

static void test_texts_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < table.n; i++) {
		const struct hc_code *c = &table.codes[i];

		check_text(c->code, "Ko_Summary", c->summary[HC_KO], 1);
		check_text(c->code, "En_Summary", c->summary[HC_EN], 1);
		check_text(c->code, "Ko_Detail", c->detail[HC_KO], 0);
		check_text(c->code, "En_Detail", c->detail[HC_EN], 0);
		check_text(c->code, "Ko_Title", c->title[HC_KO], 1);
		/* a summary fits one line of a wide terminal */
		if (text_width(c->summary[HC_KO], strlen(c->summary[HC_KO])) > 110)
			fail_msg("%d: Ko_Summary is too long", c->code);
		if (text_width(c->summary[HC_EN], strlen(c->summary[HC_EN])) > 110)
			fail_msg("%d: En_Summary is too long", c->code);
		/* interview notes come in pairs */
		if (!c->interview[HC_KO] != !c->interview[HC_EN])
			fail_msg("%d: interview only in one language", c->code);
	}
}

static void test_korean_text_is_korean(void **state)
{
	(void)state;
	for (size_t i = 0; i < table.n; i++) {
		const struct hc_code *c = &table.codes[i];
		const char *s = c->detail[HC_KO];
		int hangul = 0;

		/* Hangul syllables start with 0xEA..0xED in UTF-8 */
		for (; *s; s++)
			hangul += (unsigned char)*s >= 0xea &&
				  (unsigned char)*s <= 0xed;
		if (hangul < 20)
			fail_msg("%d: Ko_Detail has little Korean", c->code);
	}
}

static void test_classes(void **state)
{
	(void)state;
	for (int d = 1; d <= 5; d++) {
		const struct hc_class *cl = hc_table_class(&table, d);

		if (!cl)
			fail_msg("no record for class %dxx", d);
		check_text(d * 100, "class Ko_Name", cl->name[HC_KO], 1);
		check_text(d * 100, "class En_Name", cl->name[HC_EN], 1);
		check_text(d * 100, "class Ko_Detail", cl->detail[HC_KO], 0);
		check_text(d * 100, "class En_Detail", cl->detail[HC_EN], 0);
	}
}

static void test_nonstandard_codes_say_so(void **state)
{
	(void)state;
	for (size_t i = 0; i < table.n; i++) {
		const struct hc_code *c = &table.codes[i];

		if (c->status == HC_UNOFFICIAL && !c->vendor)
			fail_msg("%d: unofficial without a Vendor", c->code);
		if (c->status == HC_STANDARD && c->vendor)
			fail_msg("%d: standard with a Vendor", c->code);
	}
}

static int count_char(const char *s, char c)
{
	int n = 0;

	for (; s && *s; s++)
		n += *s == c;
	return n;
}

static void test_topics(void **state)
{
	static const char *const required[] = {
		"401-vs-403", "301-302-303-307-308", "200-201-202-204",
		"502-503-504", "404-vs-410", "405-vs-501",
		"304-conditional-requests", "400-409-412-422-428",
		"429-retry-after", "1xx-in-practice",
		"safe-idempotent-cacheable",
	};

	(void)state;
	for (size_t r = 0; r < sizeof required / sizeof *required; r++) {
		size_t i;

		for (i = 0; i < table.n_topics; i++)
			if (!strcmp(table.topics[i].id, required[r]))
				break;
		if (i == table.n_topics)
			fail_msg("topic %s is missing", required[r]);
	}
	for (size_t i = 0; i < table.n_topics; i++) {
		const struct hc_topic *tp = &table.topics[i];

		if (tp->n_codes < 2)
			fail_msg("%s: a comparison needs two codes", tp->id);
		if (tp->n_situations < 3)
			fail_msg("%s: fewer than 3 situations", tp->id);
		if (!tp->table[HC_KO] != !tp->table[HC_EN])
			fail_msg("%s: table in one language only", tp->id);
		/* the two tables have the same shape */
		if (count_char(tp->table[HC_KO], '\n') !=
		    count_char(tp->table[HC_EN], '\n') ||
		    count_char(tp->table[HC_KO], '|') !=
		    count_char(tp->table[HC_EN], '|'))
			fail_msg("%s: Korean and English tables differ in shape",
				 tp->id);
	}
}

/* Every situation explains itself after the answer: a reason in both
 * languages, its own (a shared one would say nothing about this case). */
static void test_situation_reasons(void **state)
{
	size_t n = 0;

	(void)state;
	for (size_t i = 0; i < table.n_topics; i++) {
		const struct hc_topic *tp = &table.topics[i];

		for (int k = 0; k < tp->n_situations; k++) {
			const struct hc_situation *s = &tp->situations[k];

			n++;
			for (int L = 0; L < HC_LANG_N; L++) {
				if (!s->why[L] || strlen(s->why[L]) < 20)
					fail_msg("%s#%d: no %s reason", tp->id,
						 k, L == HC_KO ? "Korean"
							       : "English");
				if (!strcmp(s->why[L], s->text[L]))
					fail_msg("%s#%d: the reason repeats "
						 "the situation", tp->id, k);
				for (size_t j = 0; j < table.n_topics; j++)
					for (int m = 0;
					     m < table.topics[j].n_situations;
					     m++) {
						const struct hc_situation *o =
							&table.topics[j]
								 .situations[m];

						if (o != s && o->why[L] &&
						    !strcmp(o->why[L], s->why[L]))
							fail_msg("%s#%d and %s#%d"
								 " share a reason",
								 tp->id, k,
								 table.topics[j].id,
								 m);
					}
			}
		}
	}
	assert_true(n >= 60);
}

static void test_interview_notes(void **state)
{
	size_t n = 0;

	(void)state;
	for (size_t i = 0; i < table.n; i++) {
		const struct hc_code *c = &table.codes[i];

		if (!c->interview[HC_KO])
			continue;
		n++;
		if (strncmp(c->interview[HC_KO], "Q: ", 3) ||
		    !strstr(c->interview[HC_KO], "\nA: ") ||
		    strncmp(c->interview[HC_EN], "Q: ", 3) ||
		    !strstr(c->interview[HC_EN], "\nA: "))
			fail_msg("%d: interview is not 'Q: ...' then 'A: ...'",
				 c->code);
	}
	if (n < 35)
		fail_msg("only %zu codes have interview notes", n);
}

static void same_str(const char *what, int code, const char *a, const char *b)
{
	if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)))
		fail_msg("%d: %s differs between the built-in table and the "
			 "file", code, what);
}

/* The table compiled in at build time is exactly what the parser reads
 * from data/status-codes.rec. */
static void test_builtin_equals_file(void **state)
{
	struct hc_table f;
	char path[4096], err[256];
	const char *top = getenv("top_srcdir");

	(void)state;
	snprintf(path, sizeof path, "%s/data/status-codes.rec", top ? top : ".");
	if (hc_table_load_file(&f, path, err, sizeof err) < 0)
		fail_msg("%s", err);
	assert_int_equal(f.n, table.n);
	assert_int_equal(f.n_topics, table.n_topics);
	for (size_t i = 0; i < f.n; i++) {
		const struct hc_code *a = &f.codes[i], *b = &table.codes[i];

		assert_int_equal(a->code, b->code);
		assert_int_equal(a->status, b->status);
		same_str("phrase", a->code, a->phrase, b->phrase);
		same_str("spec", a->code, a->spec, b->spec);
		same_str("vendor", a->code, a->vendor, b->vendor);
		same_str("headers", a->code, a->headers, b->headers);
		assert_int_equal(a->n_alias, b->n_alias);
		for (int k = 0; k < a->n_alias; k++)
			same_str("alias", a->code, a->alias[k], b->alias[k]);
		assert_int_equal(a->n_related, b->n_related);
		assert_memory_equal(a->related, b->related,
				    sizeof a->related[0] * (size_t)a->n_related);
		assert_int_equal(a->n_equivalent, b->n_equivalent);
		assert_memory_equal(a->equivalent, b->equivalent,
				    sizeof a->equivalent[0] *
					    (size_t)a->n_equivalent);
		for (int L = 0; L < HC_LANG_N; L++) {
			same_str("title", a->code, a->title[L], b->title[L]);
			same_str("summary", a->code, a->summary[L], b->summary[L]);
			same_str("detail", a->code, a->detail[L], b->detail[L]);
			same_str("interview", a->code, a->interview[L],
				 b->interview[L]);
			same_str("keywords", a->code, a->keywords[L],
				 b->keywords[L]);
		}
	}
	for (size_t i = 0; i < f.n_topics; i++) {
		const struct hc_topic *a = &f.topics[i], *b = &table.topics[i];

		same_str("topic id", 0, a->id, b->id);
		assert_int_equal(a->n_codes, b->n_codes);
		assert_int_equal(a->n_situations, b->n_situations);
		for (int L = 0; L < HC_LANG_N; L++) {
			same_str("topic detail", 0, a->detail[L], b->detail[L]);
			same_str("topic table", 0, a->table[L], b->table[L]);
			for (int k = 0; k < a->n_situations; k++) {
				same_str("situation", a->situations[k].code,
					 a->situations[k].text[L],
					 b->situations[k].text[L]);
				same_str("situation reason",
					 a->situations[k].code,
					 a->situations[k].why[L],
					 b->situations[k].why[L]);
			}
		}
	}
	assert_int_equal(f.n_headers, table.n_headers);
	for (size_t i = 0; i < f.n_headers; i++) {
		const struct hc_header *a = &f.headers[i], *b = &table.headers[i];

		same_str("header name", 0, a->name, b->name);
		assert_int_equal(a->direction, b->direction);
		assert_int_equal(a->kind, b->kind);
		assert_int_equal(a->line, b->line);
		same_str("header spec", 0, a->spec, b->spec);
		same_str("header syntax", 0, a->syntax, b->syntax);
		same_str("header example", 0, a->example, b->example);
		same_str("header successor", 0, a->successor, b->successor);
		assert_int_equal(a->n_codes, b->n_codes);
		assert_memory_equal(a->codes, b->codes,
				    sizeof a->codes[0] * (size_t)a->n_codes);
		for (int L = 0; L < HC_LANG_N; L++) {
			same_str("header summary", 0, a->summary[L],
				 b->summary[L]);
			same_str("header detail", 0, a->detail[L], b->detail[L]);
		}
		/* the built-in table is searched as the parser sorted it */
		assert_ptr_equal(hc_table_header(&table, a->name,
						 strlen(a->name)), b);
	}
	for (int d = 1; d <= HC_CLASS_N; d++)
		same_str("class detail", d * 100,
			 hc_table_class(&f, d)->detail[HC_KO],
			 hc_table_class(&table, d)->detail[HC_KO]);
	hc_table_free(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_list),
		cmocka_unit_test(test_former_names_are_aliases),
		cmocka_unit_test(test_texts_complete),
		cmocka_unit_test(test_korean_text_is_korean),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_nonstandard_codes_say_so),
		cmocka_unit_test(test_topics),
		cmocka_unit_test(test_situation_reasons),
		cmocka_unit_test(test_interview_notes),
		cmocka_unit_test(test_builtin_equals_file),
	};

	return cmocka_run_group_tests(tests, table_setup, table_teardown);
}
