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
#include "model/search_int.h"

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

/* Questions of ten words or more, as people type them. */
static const char *const sentences[] = {
	"what is the http status code for a timeout from the upstream server",
	"로그인 안 한 사용자가 마이페이지에 들어오면 어떤 상태 코드를 줘야 하나요",
	"my upload is too big and the server keeps rejecting the request body",
	"the server is down for maintenance so what should the api return now",
	"서버가 점검 중이라 잠깐 요청을 받을 수 없을 때 무슨 코드를 쓰나요",
};

#define NS (sizeof sentences / sizeof *sentences)

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Bytes of each prefix a user sees while typing q, one per character. */
static size_t keystrokes(const char *q, size_t *ends, size_t max)
{
	size_t n = 0, len = strlen(q);

	for (size_t i = 1; i <= len && n < max; i++)
		if (i == len || ((unsigned char)q[i] & 0xC0) != 0x80)
			ends[n++] = i;
	return n;
}

static size_t type_all(struct hc_search *s, const char *const *qs, size_t nq,
		       size_t *found)
{
	size_t keys = 0, ends[256];

	for (size_t q = 0; q < nq; q++) {
		size_t n = keystrokes(qs[q], ends, 256);

		for (size_t i = 0; i < n; i++) {
			const struct hc_match *m;

			*found += hc_search_run(s, qs[q], ends[i], &m);
		}
		keys += n;
	}
	return keys;
}

/* Type each query of qs for about a second; microseconds per keystroke. */
static double per_key(struct hc_search *s, const char *const *qs, size_t nq,
		      size_t *keys_out, double *results)
{
	size_t keys = 0, found = 0;
	double t0 = now(), t1;

	do
		keys += type_all(s, qs, nq, &found);
	while ((t1 = now()) - t0 < 1.0);
	*keys_out = keys;
	*results = (double)found / (double)keys;
	return (t1 - t0) * 1e6 / (double)keys;
}


int main(int argc, char **argv)
{
	struct hc_table t;
	struct hc_search *s;
	char err[512];
	const char *data = NULL;
	int once = 0;
	size_t keys = 0, found = 0;
	double t0, tb, us, avg;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--once"))
			once = 1;
		else if (!strcmp(argv[i], "--once-sentences"))
			once = 2;
		else if (!strcmp(argv[i], "--data") && i + 1 < argc)
			data = argv[++i];
		else {
			fprintf(stderr, "usage: %s [--once | --once-sentences] "
					"[--data FILE]\n",
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
		keys = once == 2 ? type_all(s, sentences, NS, &found) :
				   type_all(s, queries, NQ, &found);
		printf("keystrokes %zu\n", keys);
	} else {
		struct hc_search *b;
		double t2 = now(), t3;

		/* the same table indexed at run time, as --data does */
		b = hc_search_build(&t);
		t3 = now();
		hc_search_free(b);
		printf("codes: %zu, queries: %zu\n", t.n, NQ);
		printf("index: %.3f ms from the built-in one, %.2f ms built "
		       "at run time\n", (t0 - tb) * 1e3, (t3 - t2) * 1e3);
		us = per_key(s, queries, NQ, &keys, &avg);
		printf("search: %.2f us per keystroke (%zu keystrokes, %.1f "
		       "results on average)\n", us, keys, avg);
		us = per_key(s, sentences, NS, &keys, &avg);
		printf("sentences: %.2f us per keystroke (%zu keystrokes of "
		       "questions of ten words or more)\n", us, keys);
	}
	hc_search_free(s);
	hc_table_free(&t);
	return 0;
}
