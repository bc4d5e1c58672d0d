#include <config.h>

#include "table.h"

/* Generated at build time from data/status-codes.rec. */
extern const char hc_builtin_rec[];
extern const size_t hc_builtin_rec_len;

int hc_table_load_builtin(struct hc_table *t, char *err, size_t errlen)
{
	return hc_table_parse(t, hc_builtin_rec, hc_builtin_rec_len,
			      "status-codes.rec", err, errlen);
}
