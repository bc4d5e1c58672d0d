/* Spellings of one word: Korean loanwords are written several ways
 * (리다이렉트, 리디렉션), and a Korean user types the English word or
 * its Korean spelling at random.  A query word that is one of these is
 * also searched for as the others.  This is spelling, not meaning: a
 * word and its translation (인증 and authentication) belong in the
 * data, as keywords. */
#include <config.h>

#include "variants.h"

#include <string.h>

static const char *const groups[][8] = {
	{ "redirect", "리다이렉트", "리디렉트", "리다이렉션", "리디렉션",
	  "리다이렉팅", "리디렉팅", NULL },
	{ "websocket", "웹소켓", "웹쏘켓", NULL },
	{ "timeout", "타임아웃", NULL },
	{ "cache", "캐시", "캐쉬", "캐싱", NULL },
	{ "content", "콘텐츠", "컨텐츠", "콘텐트", "컨텐트", NULL },
	{ "message", "메시지", "메세지", NULL },
	{ "proxy", "프록시", "프락시", NULL },
	{ "cookie", "쿠키", NULL },
	{ "header", "헤더", "해더", NULL },
	{ "parameter", "파라미터", "파라메터", "패러미터", NULL },
	{ "gateway", "게이트웨이", NULL },
	{ "upload", "업로드", NULL },
	{ "download", "다운로드", NULL },
	{ "token", "토큰", NULL },
	{ "session", "세션", NULL },
	{ "login", "로그인", "로긴", NULL },
	{ "logout", "로그아웃", NULL },
	{ "payload", "페이로드", NULL },
	{ "entity", "엔티티", "엔터티", NULL },
	{ "method", "메서드", "메소드", NULL },
	{ "server", "서버", "써버", NULL },
	{ "client", "클라이언트", NULL },
	{ "resource", "리소스", NULL },
	{ "throttling", "쓰로틀링", "스로틀링", NULL },
	{ "preflight", "프리플라이트", NULL },
	{ "certificate", "인증서", NULL },
	{ "upstream", "업스트림", NULL },
	{ "origin", "오리진", NULL },
	{ "nginx", "엔진엑스", NULL },
	{ "cloudflare", "클라우드플레어", NULL },
	{ "query", "쿼리", NULL },
	{ "api", "에이피아이", NULL },
};

const char *const *variants_of(const char *w, size_t n)
{
	for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
		for (int i = 0; groups[g][i]; i++)
			if (strlen(groups[g][i]) == n && !memcmp(groups[g][i], w, n))
				return groups[g];
	return NULL;
}
