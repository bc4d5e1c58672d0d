#include <config.h>

#include "i18n.h"
#include "text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const msgs[MSG_N][HC_LANG_N] = {
#define M(id, ko, en) [id] = { ko, en },
#include "messages.def"
#undef M
};

static const struct {
	int err;
	const char *ko;
} errno_ko[] = {
	{ EACCES, "권한이 없습니다" },
	{ EPERM, "허용되지 않는 작업입니다" },
	{ ENOENT, "그런 파일이나 디렉터리가 없습니다" },
	{ ENOTDIR, "경로 중간에 디렉터리가 아닌 것이 있습니다" },
	{ EISDIR, "디렉터리입니다" },
	{ ENOSPC, "디스크에 남은 공간이 없습니다" },
	{ EDQUOT, "디스크 할당량을 넘었습니다" },
	{ EFBIG, "파일이 너무 큽니다" },
	{ EROFS, "읽기 전용 파일 시스템입니다" },
	{ EIO, "입출력 오류" },
	{ ELOOP, "심볼릭 링크가 너무 많습니다" },
	{ ENAMETOOLONG, "경로가 너무 깁니다" },
	{ ENOMEM, "메모리가 부족합니다" },
	{ EEXIST, "이미 있습니다" },
};

/* the formats come from the message table, not from a literal */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
int hc_msg_print(FILE *f, enum hc_lang lang, enum hc_msg id, ...)
{
	va_list ap;
	int r;

	va_start(ap, id);
	r = vfprintf(f, hc_msg(lang, id), ap);
	va_end(ap);
	return r;
}

size_t hc_msg_format(char *buf, size_t n, enum hc_lang lang, enum hc_msg id,
		     ...)
{
	va_list ap;
	size_t r;

	va_start(ap, id);
	r = text_vformat(buf, n, hc_msg(lang, id), ap);
	va_end(ap);
	return r;
}
#pragma GCC diagnostic pop

void hc_msg_fill(char *buf, size_t n, const char *tmpl, const char *const *args,
		 int nargs)
{
	size_t k = 0;

	if (!n)
		return;
	for (const char *t = tmpl; *t && k + 1 < n; t++) {
		const char *put = NULL;
		size_t len;

		if (t[0] == '%' && t[1] >= '1' && t[1] <= '9') {
			int i = t[1] - '1';

			put = i < nargs && args[i] ? args[i] : "";
			t++;
		}
		if (!put) {
			buf[k++] = *t;
			continue;
		}
		len = strlen(put);
		if (len > n - 1 - k)
			len = n - 1 - k;
		memcpy(buf + k, put, len);
		k += len;
	}
	buf[k] = '\0';
}

const char *hc_errno_text(enum hc_lang lang, int err)
{
	if (lang == HC_KO)
		for (size_t i = 0; i < sizeof errno_ko / sizeof *errno_ko; i++)
			if (errno_ko[i].err == err)
				return errno_ko[i].ko;
	return strerror(err);
}

static const char *const status_labels[HC_STATUS_N][HC_LANG_N] = {
	[HC_STANDARD] = { "표준", "standard" },
	[HC_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_UNUSED] = { "사용하지 않음", "unused" },
	[HC_TEMPORARY] = { "임시 등록", "temporary" },
	[HC_UNOFFICIAL] = { "비공식", "unofficial" },
};

static const char *const direction_labels[HC_DIR_N][HC_LANG_N] = {
	[HC_DIR_REQUEST] = { "요청", "request" },
	[HC_DIR_RESPONSE] = { "응답", "response" },
	[HC_DIR_BOTH] = { "요청과 응답", "request and response" },
};

/* for columns */
static const char *const direction_short[HC_DIR_N][HC_LANG_N] = {
	[HC_DIR_REQUEST] = { "요청", "request" },
	[HC_DIR_RESPONSE] = { "응답", "response" },
	[HC_DIR_BOTH] = { "양쪽", "both" },
};

static const char *const kind_labels[HC_HK_N][HC_LANG_N] = {
	[HC_HK_STANDARD] = { "표준", "standard" },
	[HC_HK_EXPERIMENTAL] = { "실험적 RFC", "experimental RFC" },
	[HC_HK_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_HK_DRAFT] = { "초안 (Internet-Draft)", "draft (Internet-Draft)" },
	[HC_HK_CONVENTION] = { "관례 (명세 없음)", "convention (no specification)" },
};

const char *hc_direction_label(enum hc_lang lang, enum hc_direction d)
{
	return (unsigned)d < HC_DIR_N ? direction_labels[d][lang] : "?";
}

const char *hc_direction_short(enum hc_lang lang, enum hc_direction d)
{
	return (unsigned)d < HC_DIR_N ? direction_short[d][lang] : "?";
}

const char *hc_header_kind_label(enum hc_lang lang, enum hc_header_kind k)
{
	return (unsigned)k < HC_HK_N ? kind_labels[k][lang] : "?";
}

const char *hc_msg(enum hc_lang lang, enum hc_msg id)
{
	return msgs[id][lang];
}

const char *hc_status_label(enum hc_lang lang, enum hc_status s)
{
	return (unsigned)s < HC_STATUS_N ? status_labels[s][lang] : "?";
}

/* A locale name of the Korean language: "ko" (or glibc's alias
 * "korean") as the whole language part, then a territory, a codeset, a
 * modifier or nothing.  "kok_IN" is Konkani. */
int hc_lang_is_korean(const char *v)
{
	static const char *const names[] = { "ko", "korean" };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		size_t n = strlen(names[i]);

		if (!strncasecmp(v, names[i], n) &&
		    (v[n] == '\0' || v[n] == '_' || v[n] == '.' || v[n] == '@'))
			return 1;
	}
	return 0;
}

enum hc_lang hc_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return hc_lang_is_korean(v) ? HC_KO : HC_EN;
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
