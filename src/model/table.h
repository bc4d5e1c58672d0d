/* The table of status codes: parsed from recutils text, validated, looked up. */
#ifndef HC_TABLE_H
#define HC_TABLE_H

#include <stddef.h>

enum hc_lang { HC_KO, HC_EN, HC_LANG_N };

enum hc_status {
	HC_STANDARD,
	HC_OBSOLETE,
	HC_UNUSED,
	HC_TEMPORARY,
	HC_UNOFFICIAL,
	HC_STATUS_N
};

#define HC_MAX_RELATED 12
#define HC_MAX_EQUIVALENT 4
#define HC_MAX_ALIAS 8
#define HC_CLASS_N 5
#define HC_MAX_TOPIC_CODES 16
#define HC_MAX_SITUATIONS 8
#define HC_MAX_HEADER_CODES 32
#define HC_MAX_CONCEPT_CODES 16
/* so that "ID/concept" fits a progress key */
#define HC_CONCEPT_ID_MAX 39
/* so that "ID#N/situation" fits a progress key whole: a cut Id could
 * name two topics' situations with one key */
#define HC_TOPIC_ID_MAX 35

/* Text fields hold sanitised UTF-8: no control characters; paragraphs are
 * separated by one '\n'.  Absent optional fields are NULL. */
struct hc_code {
	int code;
	enum hc_status status;
	const char *phrase;
	const char *spec;
	const char *vendor;
	const char *alias[HC_MAX_ALIAS]; /* former or popular names */
	int n_alias;
	const char *headers;  /* "A, B, C" */
	int related[HC_MAX_RELATED];
	int n_related;
	/* codes that mean the same (nginx's 494 and 431): a question about
	 * one is answered as well by the other; given on one side, read
	 * both ways (hc_code_equivalent) */
	int equivalent[HC_MAX_EQUIVALENT];
	int n_equivalent;
	const char *title[HC_LANG_N];   /* title[HC_EN] is the phrase */
	const char *summary[HC_LANG_N];
	const char *detail[HC_LANG_N];
	const char *interview[HC_LANG_N];
	const char *keywords[HC_LANG_N]; /* "a, b, c" */
	unsigned line;                   /* where the record starts */
};

struct hc_class {
	int digit; /* 1..5; 0 when the table has no record for the class */
	const char *name[HC_LANG_N];
	const char *summary[HC_LANG_N];
	const char *detail[HC_LANG_N];
};

/* "Which code fits?": a scenario whose one right answer is code, and why
 * (this code, not the nearest wrong one), shown after the answer; why is
 * NULL when the data gives none. */
struct hc_situation {
	int code;
	const char *text[HC_LANG_N];
	const char *why[HC_LANG_N];
};

/* A comparison of codes that are easily confused (401 vs 403...). */
struct hc_topic {
	const char *id;
	int codes[HC_MAX_TOPIC_CODES];
	int n_codes;
	const char *title[HC_LANG_N];
	const char *summary[HC_LANG_N];
	const char *detail[HC_LANG_N];
	/* rows separated by '\n', cells by " | "; the first row is the
	 * header; NULL when the topic has no table */
	const char *table[HC_LANG_N];
	struct hc_situation situations[HC_MAX_SITUATIONS];
	int n_situations;
	unsigned line;
};

/* Who sends a header field. */
enum hc_direction { HC_DIR_REQUEST, HC_DIR_RESPONSE, HC_DIR_BOTH, HC_DIR_N };

/* How settled a header field is. */
enum hc_header_kind {
	HC_HK_STANDARD,     /* a current RFC */
	HC_HK_EXPERIMENTAL, /* an Experimental RFC */
	HC_HK_OBSOLETE,     /* its spec obsoleted or the field deprecated */
	HC_HK_DRAFT,        /* an Internet-Draft */
	HC_HK_CONVENTION,   /* no specification at all */
	HC_HK_N
};

/* A header field that codes name in their Headers field. */
struct hc_header {
	const char *name; /* as registered: "Retry-After", "ETag" */
	enum hc_direction direction;
	enum hc_header_kind kind;
	const char *spec;      /* NULL for conventions */
	const char *syntax;    /* one line */
	const char *example;   /* one line */
	const char *successor; /* the standard that replaces it, or NULL */
	int codes[HC_MAX_HEADER_CODES];
	int n_codes;
	const char *summary[HC_LANG_N];
	const char *detail[HC_LANG_N];
	unsigned line;
};

/* A concept card: what interviews ask beyond single codes (data/
 * concepts.rec), with the codes it is about. */
struct hc_concept {
	const char *id; /* lowercase letters, digits and '-' */
	int codes[HC_MAX_CONCEPT_CODES];
	int n_codes;
	const char *title[HC_LANG_N];
	const char *question[HC_LANG_N];
	const char *answer[HC_LANG_N];
	unsigned line;
};

struct hc_table {
	struct hc_code *codes; /* sorted by code */
	size_t n;
	struct hc_topic *topics; /* in file order */
	size_t n_topics;
	/* sorted by name, case-insensitively; none in tables that have no
	 * Header records */
	struct hc_header *headers;
	size_t n_headers;
	struct hc_concept *concepts; /* in file order; none without Concept
				      * records */
	size_t n_concepts;
	struct hc_class classes[HC_CLASS_N]; /* index: first digit - 1 */
	char *arena;                         /* owns every string */
	int is_static; /* the built-in table: nothing to free */
};

/* Parse recutils text.  On error returns -1 and writes
 * "NAME:LINE: message" to err; the table is then empty. */
int hc_table_parse(struct hc_table *t, const char *text, size_t len,
		   const char *name, char *err, size_t errlen);
/* Several texts read as one table (the codes, then the concept cards):
 * each error names the text and the line it is on. */
struct hc_source {
	const char *text;
	size_t len;
	const char *name;
};
int hc_table_parse_sources(struct hc_table *t, const struct hc_source *src,
			   size_t n, char *err, size_t errlen);
/* Read and parse a file; errors as above (also for I/O). */
int hc_table_load_file(struct hc_table *t, const char *path, char *err,
		       size_t errlen);
/* The same for several files read as one table. */
int hc_table_load_files(struct hc_table *t, const char *const *paths,
			size_t n, char *err, size_t errlen);
/* The table compiled into the binary. */
int hc_table_load_builtin(struct hc_table *t, char *err, size_t errlen);
void hc_table_free(struct hc_table *t);

const struct hc_code *hc_table_find(const struct hc_table *t, int code);
const struct hc_class *hc_table_class(const struct hc_table *t, int digit);
/* Index of the first code >= code (may be t->n). */
size_t hc_table_lower_bound(const struct hc_table *t, int code);

/* The topics that involve code, in file order; returns how many (at most
 * max are stored). */
size_t hc_table_topics_for(const struct hc_table *t, int code,
			   const struct hc_topic **out, size_t max);

/* The header named name[0..len), in any case; NULL when none. */
const struct hc_header *hc_table_header(const struct hc_table *t,
					const char *name, size_t len);

/* The concept card with this Id; NULL when none. */
const struct hc_concept *hc_table_concept(const struct hc_table *t,
					  const char *id);

const char *hc_status_name(enum hc_status s);
/* "request", "response", "both"; "standard", "draft"... as in the file */
const char *hc_direction_name(enum hc_direction d);
const char *hc_header_kind_name(enum hc_header_kind k);
/* Standard codes are the ones a client may rely on. */
static inline int hc_code_is_standard(const struct hc_code *c)
{
	return c->status == HC_STANDARD;
}
/* 1 when a or b names the other in Equivalent. */
static inline int hc_code_equivalent(const struct hc_code *a,
				     const struct hc_code *b)
{
	for (int i = 0; i < a->n_equivalent; i++)
		if (a->equivalent[i] == b->code)
			return 1;
	for (int i = 0; i < b->n_equivalent; i++)
		if (b->equivalent[i] == a->code)
			return 1;
	return 0;
}
static inline int hc_code_class(const struct hc_code *c)
{
	return c->code / 100;
}

#endif
