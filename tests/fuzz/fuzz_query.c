/* libFuzzer: code and mask queries. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "model/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hc_query q = hc_query_parse((const char *)data, size);
	int matches = 0;

	if (q.kind == HC_QUERY_BAD && !q.why)
		__builtin_trap();
	for (int code = 100; code <= 599; code++)
		matches += hc_query_match(&q, code);
	if (q.kind == HC_QUERY_CODE && matches > 1)
		__builtin_trap();
	if (q.kind == HC_QUERY_MASK && matches == 0)
		__builtin_trap(); /* a valid mask always names some code */
	return 0;
}
