/* libFuzzer: the .rec parser on arbitrary bytes. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "model/table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hc_table t;
	char err[256];

	if (hc_table_parse(&t, (const char *)data, size, "fuzz", err,
			   sizeof err) == 0) {
		/* whatever parsed must be consistent */
		for (size_t i = 0; i < t.n; i++) {
			const struct hc_code *c = &t.codes[i];

			if (c->code < 100 || c->code > 599 || !c->phrase ||
			    !c->summary[HC_KO] || !c->detail[HC_EN] ||
			    hc_table_find(&t, c->code) != c)
				__builtin_trap();
			for (const char *s = c->detail[HC_KO]; *s; s++)
				if ((unsigned char)*s < 0x20 && *s != '\n')
					__builtin_trap();
		}
		hc_table_free(&t);
	} else if (!memchr(err, ':', strlen(err))) {
		__builtin_trap(); /* every error names where */
	}
	return 0;
}
