/* The built-in table, loaded once for a group of unit tests:
 * cmocka_run_group_tests(tests, table_setup, table_teardown). */
#ifndef HC_FIXTURE_TABLE_H
#define HC_FIXTURE_TABLE_H

#include "model/table.h"

extern struct hc_table table;

int table_setup(void **state);
int table_teardown(void **state);

#endif
