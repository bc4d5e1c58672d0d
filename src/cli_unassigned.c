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
	int ko = o->lang == HC_KO, d = code / 100;
	const struct hc_class *cl;
	const struct hc_code *base, *c = hc_table_find(t, code);
	char cls[128];

	if (code < 100 || code > 599) {
		if (ko)
			fprintf(f, "httpcodes: 상태 코드가 아닙니다: %03d "
				"(상태 코드는 100부터 599까지입니다)", code);
		else
			fprintf(f, "httpcodes: %03d is not a status code (status "
				"codes run from 100 to 599)", code);
		cli_put_nearest(f, t, o, code);
		fputc('\n', f);
		return;
	}
	cl = hc_table_class(t, d);
	/* "2xx Successful"; a --data file may have no class record */
	snprintf(cls, sizeof cls, "%dxx%s%s", d,
		 cl && cl->name[o->lang] ? " " : "",
		 cl && cl->name[o->lang] ? cl->name[o->lang] : "");
	if (hidden(o, c)) {
		if (ko)
			fprintf(f, "httpcodes: 할당되지 않은 코드입니다: %d "
				"(%s 분류의 비공식 코드 %d %s는 설정 "
				"'unofficial = hide'로 숨겨 두었습니다)\n",
				code, cls, code, c->phrase);
		else
			fprintf(f, "httpcodes: %d is unassigned in the %s class "
				"(the unofficial %d %s is hidden by the setting "
				"'unofficial = hide')\n", code, cls, code,
				c->phrase);
	} else if (ko) {
		fprintf(f, "httpcodes: 할당되지 않은 코드입니다: %d (%s 분류에 "
			"이 번호의 코드가 없습니다)\n", code, cls);
	} else {
		fprintf(f, "httpcodes: %d is unassigned: the %s class has no "
			"code of that number\n", code, cls);
	}
	/* RFC 9110 §15: the class is all a client must understand */
	base = hc_table_find(t, d * 100);
	if (ko)
		fprintf(f, "클라이언트는 알지 못하는 %dxx 코드를 %d%s%s로 "
			"처리합니다 (RFC 9110 §15).\n", d, d * 100,
			base ? " " : "", base ? base->phrase : "");
	else
		fprintf(f, "A client treats a %dxx code it does not recognise "
			"as %d%s%s (RFC 9110 §15).\n", d, d * 100,
			base ? " " : "", base ? base->phrase : "");
	put_suggestions(f, t, o, code);
}
