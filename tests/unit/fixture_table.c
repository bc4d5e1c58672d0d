/* The built-in table, loaded once for a group of unit tests. */
#include <config.h>

#include <stdio.h>

#include "fixture_table.h"

struct hc_table table;

int table_setup(void **state)
{
	char err[256];

	(void)state;
	if (hc_table_load_builtin(&table, err, sizeof err) < 0) {
		fprintf(stderr, "# %s\n", err);
		return -1;
	}
	return 0;
}

int table_teardown(void **state)
{
	(void)state;
	hc_table_free(&table);
	return 0;
}
