#include <config.h>

#include "table.h"
#include "search_int.h"

/* Generated at build time from data/status-codes.rec by tools/gentable:
 * the table as C data, already parsed and validated. */
struct hc_table *hc_builtin_table(void);

int hc_table_load_builtin(struct hc_table *t, char *err, size_t errlen)
{
	struct hc_table *b = hc_builtin_table();

	(void)err;
	(void)errlen;
	/* the English title is the phrase itself, as the parser makes it */
	for (size_t i = 0; i < b->n; i++)
		b->codes[i].title[HC_EN] = b->codes[i].phrase;
	*t = *b;
	t->is_static = 1;
	return 0;
}

/* The built-in table comes with its index, made when the program was
 * built; any other table is indexed now. */
struct hc_search *hc_search_new(const struct hc_table *t)
{
	struct hc_search *s = NULL;

	if (t->is_static && t->codes == hc_builtin_table()->codes)
		s = hc_search_from_prebuilt(t, hc_builtin_index());
	return s ? s : hc_search_build(t);
}
