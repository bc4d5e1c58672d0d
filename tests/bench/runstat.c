/* runstat N CMD [ARG...]: run CMD N times with stdout and stderr on
 * /dev/null; print the median and minimum wall time in microseconds and
 * the largest peak RSS in KiB, as "median_us min_us maxrss_kib". */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int n = argc > 2 ? atoi(argv[1]) : 0;
	double *t;
	long maxrss = 0;

	if (n < 1) {
		fprintf(stderr, "usage: runstat N CMD [ARG...]\n");
		return 2;
	}
	t = calloc((size_t)n, sizeof *t);
	if (!t)
		return 2;
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		struct rusage ru;
		int st;
		pid_t pid;

		clock_gettime(CLOCK_MONOTONIC, &a);
		pid = fork();
		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 1);
			dup2(fd, 2);
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		if (pid < 0 || wait4(pid, &st, 0, &ru) < 0)
			return 2;
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!WIFEXITED(st) || WEXITSTATUS(st) == 127) {
			fprintf(stderr, "runstat: %s failed\n", argv[2]);
			return 1;
		}
		t[i] = (double)(b.tv_sec - a.tv_sec) * 1e6 +
		       (double)(b.tv_nsec - a.tv_nsec) / 1e3;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	}
	qsort(t, (size_t)n, sizeof *t, cmp);
	printf("%.0f %.0f %ld\n", t[n / 2], t[0], maxrss);
	free(t);
	return 0;
}
