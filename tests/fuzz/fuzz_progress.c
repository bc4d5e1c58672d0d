/* libFuzzer: the state files' parsers.  Whatever the progress parser
 * accepts must format back to text that parses to the same thing; the
 * settings parser must take anything, and note at most what it says. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/progress.h"
#include "model/settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p, q;
	struct hc_config cfg;
	struct hc_config_notes notes;
	int future, bad;
	char *a, *b, line[600];

	memset(&notes, 0, sizeof notes);
	notes.file_what = -1;
	notes.path = strdup("config");
	hc_config_init(&cfg);
	bad = hc_config_parse(&cfg, (const char *)data, size, &notes);
	if (bad < 0 || notes.n_bad != (unsigned)bad)
		__builtin_trap();
	for (unsigned i = 0; hc_config_note_text(&notes, i, HC_KO, line,
						 sizeof line); i++)
		if (i > HC_CONFIG_NOTES || strlen(line) >= sizeof line)
			__builtin_trap();
	hc_config_notes_free(&notes);
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
