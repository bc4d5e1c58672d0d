/* libFuzzer: the CLI's lookups, with arguments split at NUL bytes, against
 * the built-in table; with bit 5 of the first byte, the rest is standard
 * input for "-" instead (lines of any length, NUL bytes, no newline at the
 * end).  Run it with -close_fd_mask=3: it prints a lot. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct hc_table table;
static int loaded;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cli_opts o = { .mode = CLI_LOOKUP, .lang = HC_KO };
	char *buf, *argv[16];
	int argc = 0;
	char err[256];

	if (!loaded) {
		if (hc_table_load_builtin(&table, err, sizeof err) < 0)
			__builtin_trap();
		loaded = 1;
	}
	if (size < 2)
		return 0;
	o.json = data[0] & 1;
	o.width = data[0] & 2 ? data[1] : 0;
	o.color = !!(data[0] & 4);
	o.lang = data[0] & 8 ? HC_EN : HC_KO;
	if (data[0] & 16)
		o.mode = CLI_SEARCH;
	if (data[0] & 32) /* --header NAME..., --list-headers */
		o.mode = CLI_HEADER;
	buf = malloc(size - 1);
	if (!buf)
		return 0;
	memcpy(buf, data + 2, size - 2);
	buf[size - 2] = '\0';
	if ((data[0] & 32) && size > 2 && o.mode == CLI_LOOKUP) {
		FILE *in = fmemopen(buf, size - 2, "r"), *saved = stdin;
		char dash[] = "-";
		char *args[] = { dash };

		if (in) {
			stdin = in;
			if (cli_run(&table, &o, 1, args) > 2)
				__builtin_trap();
			stdin = saved;
			fclose(in);
		}
		free(buf);
		return 0;
	}
	for (char *p = buf; argc < 16 && p < buf + size - 2; p += strlen(p) + 1)
		if (strcmp(p, "-")) /* stdin is not the fuzzer's */
			argv[argc++] = p;
	if (argc || o.mode == CLI_LOOKUP) {
		int st = cli_run(&table, &o, argc, argv);

		if (st < 0 || st > 2)
			__builtin_trap();
	}
	free(buf);
	return 0;
}
