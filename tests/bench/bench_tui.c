/* make bench, the TUI part: time from exec to the first complete frame
 * against a minimal ncurses program, and bytes written per key against
 * the UTF-8 bytes of the cells that changed.  Prints markdown rows for
 * bench.sh.  Usage: bench_tui HTTPCODES [MIN_CURSES] */
#include <config.h>

#include "../screen/vt.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <string.h>
#include <time.h>

#define ROWS 24
#define COLS 80

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Microseconds from fork+exec until every marker is on the screen. */
static double first_frame(char *prog, const char *const *marks, int lang)
{
	char en[] = "--lang", val[] = "en";
	char *argv[] = { prog, lang ? en : NULL, val, NULL };
	double t0 = now_us(), t1;
	struct vt *t = vt_start(ROWS, COLS, argv, NULL);
	int done = 0;

	if (!t)
		exit(2);
	while (!done && now_us() - t0 < 5e6) {
		if (vt_pump(t, 1) < 0)
			break;
		done = 1;
		for (int i = 0; marks[i]; i++)
			if (vt_find(t, marks[i]) < 0)
				done = 0;
	}
	t1 = now_us();
	vt_send(t, "q");
	vt_wait_exit(t, 2000);
	vt_free(t);
	return done ? t1 - t0 : -1;
}

static double median_frame(char *prog, const char *const *marks, int lang,
			   int runs)
{
	double *v = calloc((size_t)runs, sizeof *v), m;

	for (int i = 0; i < runs; i++)
		v[i] = first_frame(prog, marks, lang);
	qsort(v, (size_t)runs, sizeof *v, cmp);
	m = v[runs / 2];
	free(v);
	return m;
}

struct snap {
	char text[ROWS][COLS][32];
	unsigned long style[ROWS][COLS];
	size_t len[ROWS][COLS];
};

static void snap(struct vt *t, struct snap *s)
{
	for (int r = 0; r < ROWS; r++)
		for (int c = 0; c < COLS; c++)
			s->len[r][c] = vt_cell(t, r, c, s->text[r][c],
					       &s->style[r][c]);
}

/* UTF-8 bytes of the cells that differ between two screens. */
static size_t changed(const struct snap *a, const struct snap *b)
{
	size_t n = 0;

	for (int r = 0; r < ROWS; r++)
		for (int c = 0; c < COLS; c++)
			if (strcmp(a->text[r][c], b->text[r][c]) ||
			    a->style[r][c] != b->style[r][c])
				n += b->len[r][c];
	return n;
}

/* Send keys one at a time; sum bytes written and bytes changed. */
static void measure(struct vt *t, const char *const *keys, size_t *written,
		    size_t *cells)
{
	static struct snap a, b;

	*written = *cells = 0;
	for (int i = 0; keys[i]; i++) {
		size_t n;

		vt_settle(t, 100, 3000);
		snap(t, &a);
		vt_output_reset(t);
		vt_send(t, keys[i]);
		vt_settle(t, 100, 3000);
		vt_output(t, &n);
		snap(t, &b);
		*written += n;
		*cells += changed(&a, &b);
	}
}

static void row(const char *what, size_t w, size_t c)
{
	printf("| %s | %zu bytes | changed cells: %zu bytes | %.2fx | \xe2\x89\xa4 1.5x |\n",
	       what, w, c, c ? (double)w / (double)c : 0.0);
}

/* Peak resident memory of a running process, in KiB (VmHWM). */
static long peak_rss(pid_t pid)
{
	char path[64], line[256];
	long kib = -1;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %ld kB", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

/* Visit every code the program lists, then read its peak memory. */
static long rss_after_browsing(char *prog)
{
	char lang[] = "--lang", en[] = "en";
	char *args[] = { prog, lang, en, NULL };
	char cmd[4200], code[16];
	struct vt *t = vt_start(ROWS, COLS, args, NULL);
	long kib;
	FILE *list;

	snprintf(cmd, sizeof cmd, "'%s' --list | cut -c1-3", prog);
	list = popen(cmd, "r");
	vt_wait_text(t, "q quit", 5000);
	while (list && fgets(code, sizeof code, list)) {
		code[strcspn(code, "\n")] = '\0';
		vt_send(t, code);
		vt_settle(t, 20, 2000);
	}
	if (list)
		pclose(list);
	kib = peak_rss(vt_pid(t));
	vt_send(t, "q");
	vt_wait_exit(t, 2000);
	vt_free(t);
	return kib;
}

static long rss_of_minimal(char *prog)
{
	char *args[] = { prog, NULL };
	struct vt *t = vt_start(ROWS, COLS, args, NULL);
	long kib;

	vt_wait_text(t, "READY", 5000);
	kib = peak_rss(vt_pid(t));
	vt_send(t, "q");
	vt_wait_exit(t, 2000);
	vt_free(t);
	return kib;
}

int main(int argc, char **argv)
{
	static const char *const hc_marks[] = { "5xx Server Error", "q quit", NULL };
	static const char *const min_marks[] = { "READY", NULL };
	static const char *const moves[] = { "j", "j", "j", "j", "k", "j", NULL };
	static const char *const typing[] = { "e", "a", "p", "o", NULL };
	char en[] = "--lang", val[] = "en";
	int runs = getenv("BENCH_TUI_RUNS") ? atoi(getenv("BENCH_TUI_RUNS")) : 40;
	double hc, ref;
	size_t w, c;
	struct vt *t;

	if (argc < 2)
		return 2;
	if (argc > 2) {
		hc = median_frame(argv[1], hc_marks, 1, runs);
		ref = median_frame(argv[2], min_marks, 0, runs);
		printf("| TUI: exec to first complete frame, median | %.0f \xc2\xb5s | "
		       "minimal ncurses program: %.0f \xc2\xb5s | %.2fx | \xe2\x89\xa4 1.5x |\n",
		       hc, ref, ref > 0 ? hc / ref : 0.0);
	}

	{
		char *args[] = { argv[1], en, val, NULL };

		t = vt_start(ROWS, COLS, args, NULL);
	}
	vt_wait_text(t, "q quit", 5000);
	vt_send(t, "404");   /* among the codes, the detail pane full */
	vt_wait_text(t, " 404   Not Found", 5000);
	measure(t, moves, &w, &c);
	row("TUI: bytes written per one-row move (6 moves)", w, c);
	vt_send(t, "/t");
	vt_wait_text(t, "/t", 5000);
	measure(t, typing, &w, &c);
	row("TUI: bytes written per search keystroke (4 keys)", w, c);
	vt_send(t, "\033q");
	vt_wait_exit(t, 2000);
	vt_free(t);
	if (argc > 2) {
		long a = rss_after_browsing(argv[1]), b = rss_of_minimal(argv[2]);

		printf("| TUI: peak RSS after visiting every code | %ld KiB | "
		       "minimal ncurses program: %ld KiB | %.2fx | - |\n", a, b,
		       b > 0 ? (double)a / (double)b : 0.0);
	}
	return 0;
}
