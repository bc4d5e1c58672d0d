#include <config.h>

#include "cli_unassigned.h"
#include "model/i18n.h"
#include "model/query.h"

#define NEAR_N 3

static int hidden(const struct cli_opts *o, const struct hc_code *c)
{
	return c && o->hide_unofficial && c->status == HC_UNOFFICIAL;
}

void cli_put_nearest(FILE *f, const struct hc_table *t,
		     const struct cli_opts *o, int code)
{
	int near[NEAR_N];
	size_t k = hc_query_suggest(t, code, o->hide_unofficial, near, NEAR_N);

	for (size_t i = 0; i < k; i++)
		fprintf(f, "%s%d",
			i ? ", " : hc_msg(o->lang, MSG_CLI_NEAREST_AFTER),
			near[i]);
}

/* "Nearest: 226 IM Used, 208 Already Reported, 207 Multi-Status" */
static void put_suggestions(FILE *f, const struct hc_table *t,
			    const struct cli_opts *o, int code)
{
	int near[NEAR_N];
	size_t k = hc_query_suggest(t, code, o->hide_unofficial, near, NEAR_N);

	if (!k)
		return;
	fputs(hc_msg(o->lang, MSG_CLI_NEAREST), f);
	for (size_t i = 0; i < k; i++) {
		const struct hc_code *c = hc_table_find(t, near[i]);

		fprintf(f, "%s%d %s", i ? ", " : "", near[i], c ? c->phrase : "");
	}
	fputc('\n', f);
}

void cli_unassigned(FILE *f, const struct hc_table *t,
		    const struct cli_opts *o, int code)
{
	int d = code / 100;
	const struct hc_class *cl;
	const struct hc_code *base, *c = hc_table_find(t, code);
	char cls[128];

	if (code < 100 || code > 599) {
		fputs("httpcodes: ", f);
		hc_msg_print(f, o->lang, MSG_CLI_NOT_STATUS, code);
		cli_put_nearest(f, t, o, code);
		fputc('\n', f);
		return;
	}
	cl = hc_table_class(t, d);
	/* "2xx Successful"; a --data file may have no class record */
	snprintf(cls, sizeof cls, "%dxx%s%s", d,
		 cl && cl->name[o->lang] ? " " : "",
		 cl && cl->name[o->lang] ? cl->name[o->lang] : "");
	fputs("httpcodes: ", f);
	if (hidden(o, c))
		hc_msg_print(f, o->lang, MSG_CLI_UNASSIGNED_HIDDEN, code, cls,
			     c->phrase);
	else
		hc_msg_print(f, o->lang, MSG_CLI_UNASSIGNED, code, cls);
	fputc('\n', f);
	/* RFC 9110 §15: the class is all a client must understand */
	base = hc_table_find(t, d * 100);
	hc_msg_print(f, o->lang, MSG_CLI_CLASS_FALLBACK, d, d * 100,
		     base ? " " : "", base ? base->phrase : "");
	fputc('\n', f);
	put_suggestions(f, t, o, code);
}
