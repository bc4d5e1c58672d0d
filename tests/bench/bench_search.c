/* Search benchmark (make bench): types realistic queries one character at
 * a time, as the search box does, and reports the time per keystroke.
 * With --once every keystroke runs once, for valgrind --tool=callgrind
 * --toggle-collect=hc_search_run to count instructions.
 * Usage: bench_search [--once] [--data FILE] */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/search.h"

static const char *const queries[] = {
	"404", "4xx", "5x3", "x04", "50", "not found", "too many requests",
	"rate limit", "redirect", "permanent redirect", "gateway timeout",
	"teapot", "payload too large", "unprocessable entity",
	"method not allowed", "service unavailable", "internal server error",
	"login required", "access denied", "already exists", "preflight",
	"websocket", "url too long", "csrf token", "ssl handshake", "cache",
	"unauthorised", "forbiden", "gatway timeout", "recieved",
	"too many reqeusts", "retry-after", "www-authenticate", "location",
	"etag", "if-none-match", "인증", "인증 필요", "로그인 필요", "권한 없음",
	"페이지를 찾을 수 없음", "요청 너무 많음", "서버 점검", "캐시 안 바뀜",
	"리다이렉트", "시간 초과", "시간초과", "게이트웨이 타임아웃",
	"파일 업로드 용량 초과", "토큰 만료", "ㅇㅈ", "ㄹㄷㅇㄹㅌ", "ㅅㄱ ㅊㄱ",
	"ㅇㅣㄴㅈㅡㅇ", "4xx 인증", "404 error", "nginx 499",
};

#define NQ (sizeof queries / sizeof *queries)

/* Bytes of each prefix a user sees while typing q, one per character. */
static size_t keystrokes(const char *q, size_t *ends, size_t max)
{
	size_t n = 0, len = strlen(q);

	for (size_t i = 1; i <= len && n < max; i++)
		if (i == len || ((unsigned char)q[i] & 0xC0) != 0x80)
			ends[n++] = i;
	return n;
}

static size_t type_all(struct hc_search *s, size_t *found)
{
	size_t keys = 0, ends[256];

	for (size_t q = 0; q < NQ; q++) {
		size_t n = keystrokes(queries[q], ends, 256);

		for (size_t i = 0; i < n; i++) {
			const struct hc_match *m;

			*found += hc_search_run(s, queries[q], ends[i], &m);
		}
		keys += n;
	}
	return keys;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct hc_table t;
	struct hc_search *s;
	char err[512];
	const char *data = NULL;
	int once = 0, rounds = 0;
	size_t keys = 0, found = 0;
	double t0, t1, tb;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--once"))
			once = 1;
		else if (!strcmp(argv[i], "--data") && i + 1 < argc)
			data = argv[++i];
		else {
			fprintf(stderr, "usage: %s [--once] [--data FILE]\n",
				argv[0]);
			return 2;
		}
	}
	if ((data ? hc_table_load_file(&t, data, err, sizeof err) :
		    hc_table_load_builtin(&t, err, sizeof err))) {
		fprintf(stderr, "bench_search: %s\n", err);
		return 2;
	}
	tb = now();
	s = hc_search_new(&t);
	t0 = now();
	if (!s) {
		fprintf(stderr, "bench_search: out of memory\n");
		return 2;
	}
	if (once) {
		keys = type_all(s, &found);
		printf("keystrokes %zu\n", keys);
	} else {
		/* run for about a second, whole rounds only */
		do {
			keys += type_all(s, &found);
			rounds++;
		} while ((t1 = now()) - t0 < 1.0);
		printf("codes: %zu, queries: %zu, keystrokes per round: %zu\n",
		       t.n, NQ, keys / (size_t)rounds);
		printf("index build: %.2f ms\n", (t0 - tb) * 1e3);
		printf("search: %.2f us per keystroke (%d rounds, %zu "
		       "keystrokes, %.1f results on average)\n",
		       (t1 - t0) * 1e6 / (double)keys, rounds, keys,
		       (double)found / (double)keys);
	}
	hc_search_free(s);
	hc_table_free(&t);
	return 0;
}
