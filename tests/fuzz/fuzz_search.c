/* libFuzzer: search queries of arbitrary bytes against the built-in table.
 * Every match must point inside the code's own strings. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "model/search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct hc_table table;
static struct hc_search *search;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct hc_match *m;
	size_t n;
	char err[256];

	if (!search) {
		if (hc_table_load_builtin(&table, err, sizeof err) < 0 ||
		    !(search = hc_search_new(&table)))
			__builtin_trap();
	}
	n = hc_search_run(search, (const char *)data, size, &m);
	if (n > table.n)
		__builtin_trap();
	for (size_t i = 0; i < n; i++) {
		if (!m[i].code || m[i].n_spans < 0 ||
		    m[i].n_spans > HC_MAX_SPANS)
			__builtin_trap();
		if (i && m[i].score > m[i - 1].score)
			__builtin_trap(); /* best first */
		for (int s = 0; s < m[i].n_spans; s++) {
			const struct hc_span *sp = &m[i].spans[s];

			if (!sp->base ||
			    sp->start + sp->len > strlen(sp->base))
				__builtin_trap();
		}
	}
	return 0;
}
