/* Scenarios for the screen tests: see scenario.h. */
#include <config.h>

#include "scenario.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static char default_binary[] = "./httpcodes";
static char *binary = default_binary;
static char self[4096]; /* this program, to run itself as the job shell */
static int failed;      /* in the current scenario */
static int n_run, n_failed;

int scenario_init(int argc, char **argv)
{
	char *env = getenv("HTTPCODES");
	ssize_t n;

	if (argc > 2 && !strcmp(argv[1], "--job-shell"))
		return scenario_job_shell(argv + 2);
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0)
		self[n] = '\0';
	if (env)
		binary = env;
	return -1;
}

int scenario_finish(void)
{
	printf("1..%d\n", n_run);
	return n_failed ? 1 : 0;
}

const char *scenario_binary(void)
{
	return binary;
}

int scenario_failing(void)
{
	return failed;
}

void scenario_fail(struct vt *t, int line, const char *fmt, ...)
{
	va_list ap;

	if (!failed && t)
		vt_dump(t);
	failed = 1;
	printf("# line %d: ", line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void scenario_report(const char *name, struct vt *t)
{
	n_run++;
	if (failed)
		n_failed++;
	printf("%s %d - %s\n", failed ? "not ok" : "ok", n_run, name);
	fflush(stdout);
	vt_free(t);
	failed = 0;
}

static struct vt *start_argv(int rows, int cols, char **argv,
			     const char *const *env)
{
	struct vt *t = vt_start(rows, cols, argv, env);

	/* nothing to test without a terminal: the whole run is void */
	if (!t) {
		printf("Bail out! cannot start %s in a pty\n", argv[0]);
		exit(99);
	}
	return t;
}

struct vt *scenario_vstart(int rows, int cols, const char *const *env,
			   va_list ap)
{
	char *argv[16];
	int n = 0;

	argv[n++] = binary;
	while (n < 15 && (argv[n] = va_arg(ap, char *)) != NULL)
		n++;
	argv[n] = NULL;
	return start_argv(rows, cols, argv, env);
}

struct vt *scenario_start(int rows, int cols, const char *const *env, ...)
{
	va_list ap;
	struct vt *t;

	va_start(ap, env);
	t = scenario_vstart(rows, cols, env, ap);
	va_end(ap);
	return t;
}

int scenario_can_job(void)
{
	return self[0] != '\0';
}

struct vt *scenario_start_job(int rows, int cols, ...)
{
	char shell[] = "--job-shell";
	char *argv[16];
	int n = 0;
	va_list ap;

	argv[n++] = self;
	argv[n++] = shell;
	argv[n++] = binary;
	va_start(ap, cols);
	while (n < 15 && (argv[n] = va_arg(ap, char *)) != NULL)
		n++;
	va_end(ap);
	argv[n] = NULL;
	return start_argv(rows, cols, argv, NULL);
}

/* Small enough to read: argv runs in its own process group in the
 * foreground; when it stops (Ctrl-Z, SIGTSTP) the shell says so, waits
 * for a line ("fg") and continues it with SIGCONT. */
int scenario_job_shell(char **argv)
{
	int sync[2], st;
	pid_t c;
	char buf[64];

	signal(SIGTTOU, SIG_IGN);
	if (pipe(sync) < 0)
		return 127;
	c = fork();
	if (c == 0) {
		setpgid(0, 0);
		close(sync[1]);
		if (read(sync[0], buf, 1) < 0) /* until it is in the foreground */
			_exit(127);
		signal(SIGTTOU, SIG_DFL);
		execv(argv[0], argv);
		_exit(127);
	}
	setpgid(c, c);
	tcsetpgrp(STDIN_FILENO, c);
	close(sync[0]);
	close(sync[1]);
	for (;;) {
		if (waitpid(c, &st, WUNTRACED) < 0)
			return 127;
		if (!WIFSTOPPED(st))
			return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
		tcsetpgrp(STDIN_FILENO, getpgrp());
		fputs("[stopped] type fg\r\n", stdout);
		fflush(stdout);
		if (read(STDIN_FILENO, buf, sizeof buf) <= 0)
			return 127;
		tcsetpgrp(STDIN_FILENO, c);
		kill(-c, SIGCONT);
	}
}

void scenario_quit(struct vt *t, int line)
{
	int st;

	vt_send(t, "q");
	st = vt_wait_exit(t, TIMEOUT);
	if (st < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		scenario_fail(t, line, "q did not exit 0 (status %d)", st);
}

int scenario_row_of(struct vt *t, const char *s, int line)
{
	int r;

	if (!vt_wait_text(t, s, TIMEOUT)) {
		scenario_fail(t, line, "missing: '%s'", s);
		return 0;
	}
	r = vt_find(t, s);
	return r < 0 ? 0 : r;
}

const char *scenario_copy(const char *s)
{
	static char buf[4096];

	snprintf(buf, sizeof buf, "%s", s);
	return buf;
}

static char tmp_root[600];

const char *scenario_tmp_make(const char *name)
{
	snprintf(tmp_root, sizeof tmp_root, "/tmp/httpcodes-%s-XXXXXX", name);
	if (!mkdtemp(tmp_root)) {
		printf("Bail out! mkdtemp failed\n");
		exit(99);
	}
	return tmp_root;
}

const char *scenario_tmp_root(void)
{
	return tmp_root;
}

void scenario_tmp_remove(void)
{
	char cmd[700];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp_root);
}

const char *scenario_state_dir(const char *name)
{
	static char dir[1200];

	snprintf(dir, sizeof dir, "%s/%s", tmp_root, name);
	mkdir(dir, 0700);
	return dir;
}

char *scenario_slurp(const char *path)
{
	static char buf[65536];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

char *scenario_progress(const char *state)
{
	char path[1200];

	snprintf(path, sizeof path, "%s/httpcodes/progress", state);
	return scenario_slurp(path);
}
