/* libFuzzer: the progress-file parser.  Whatever it accepts must format
 * back to text that parses to the same thing. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/progress.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p, q;
	int future;
	char *a, *b;

	if (progress_parse(&p, (const char *)data, size, &future) < 0)
		return 0;
	a = progress_format(&p);
	if (!a || progress_parse(&q, a, strlen(a), &future) < 0)
		__builtin_trap();
	b = progress_format(&q);
	if (!b || strcmp(a, b))
		__builtin_trap();
	for (size_t i = 0; i < p.n; i++)
		if (p.items[i].box < 1 || p.items[i].box > PROGRESS_BOXES)
			__builtin_trap();
	free(a);
	free(b);
	progress_free(&p);
	progress_free(&q);
	return 0;
}
