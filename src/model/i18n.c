#include <config.h>

#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const msgs[MSG_N][HC_LANG_N] = {
	[MSG_STATUS] = { "상태", "Status" },
	[MSG_VENDOR] = { "사용처", "Used by" },
	[MSG_SPEC] = { "명세", "Spec" },
	[MSG_ALIAS] = { "다른 이름", "Also known as" },
	[MSG_HEADERS] = { "관련 헤더", "Headers" },
	[MSG_RELATED] = { "함께 볼 코드", "Related" },
	[MSG_INTERVIEW] = { "면접 질문", "Interview" },
	[MSG_CLASS] = { "분류", "Class" },
	[MSG_SUMMARY] = { "요약", "Summary" },
	[MSG_DETAIL] = { "설명", "Detail" },
	[MSG_CODES] = { "개", "codes" },
	[MSG_NO_MATCH] = { "일치하는 코드가 없습니다", "no known code matches" },
};

static const char *const status_labels[HC_STATUS_N][HC_LANG_N] = {
	[HC_STANDARD] = { "표준", "standard" },
	[HC_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_UNUSED] = { "사용하지 않음", "unused" },
	[HC_TEMPORARY] = { "임시 등록", "temporary" },
	[HC_UNOFFICIAL] = { "비공식", "unofficial" },
};

const char *hc_msg(enum hc_lang lang, enum hc_msg id)
{
	return msgs[id][lang];
}

const char *hc_status_label(enum hc_lang lang, enum hc_status s)
{
	return (unsigned)s < HC_STATUS_N ? status_labels[s][lang] : "?";
}

enum hc_lang hc_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return strncasecmp(v, "ko", 2) ? HC_EN : HC_KO;
	}
	return HC_EN;
}

int hc_lang_parse(const char *s)
{
	if (!strcasecmp(s, "ko") || !strcasecmp(s, "kr") ||
	    !strcasecmp(s, "korean") || !strcmp(s, "한국어"))
		return HC_KO;
	if (!strcasecmp(s, "en") || !strcasecmp(s, "english"))
		return HC_EN;
	return -1;
}
