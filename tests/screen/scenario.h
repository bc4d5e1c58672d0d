/* Scenarios for the screen tests: the binary under test started in a
 * pseudo-terminal (vt.h), checks that say where they failed, and TAP
 * output, one line per scenario.  Shared by every screen test so that
 * they report and fail the same way. */
#ifndef HC_TEST_SCENARIO_H
#define HC_TEST_SCENARIO_H

#include "vt.h"

#include <stdarg.h>
#include <string.h>

#define TIMEOUT 8000 /* ms; generous for sanitizer builds on busy machines */

/* Call first in main.  Finds the binary ($HTTPCODES, else ./httpcodes)
 * and this program's own path, for the job shell.  Returns -1 to go on;
 * otherwise this process is the job shell and main returns the value. */
int scenario_init(int argc, char **argv);
/* Print the TAP plan; the exit status for main. */
int scenario_finish(void);

/* The binary under test. */
const char *scenario_binary(void);
/* 1 when the current scenario has failed a check. */
int scenario_failing(void);

/* Mark the current scenario failed with a "# line N: ..." comment; the
 * first failure also dumps t's screen (t may be NULL). */
void scenario_fail(struct vt *t, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* One TAP line for the current scenario, and a fresh one begins; t (if
 * not NULL) is freed. */
void scenario_report(const char *name, struct vt *t);

/* Start the binary with the arguments that follow, up to a NULL; env as
 * for vt_start.  Bails out when there is no pty. */
struct vt *scenario_start(int rows, int cols, const char *const *env, ...);
struct vt *scenario_vstart(int rows, int cols, const char *const *env,
			   va_list ap);
/* The binary under the job shell (see scenario_job_shell), with the
 * arguments up to a NULL; only when scenario_can_job(). */
int scenario_can_job(void);
struct vt *scenario_start_job(int rows, int cols, ...);
/* A shell with job control: runs argv in the foreground, says
 * "[stopped] type fg" when it stops and continues it on a line. */
int scenario_job_shell(char **argv);

/* Quit with q: it must exit 0. */
void scenario_quit(struct vt *t, int line);
/* The row where a text is (waiting for it), failing when absent. */
int scenario_row_of(struct vt *t, const char *s, int line);
/* A copy of s that outlives vt's static buffer (itself static). */
const char *scenario_copy(const char *s);

/* The scenarios' own files: a temporary directory, made in main after
 * scenario_init ("/tmp/httpcodes-NAME-XXXXXX"; bails out when it cannot
 * be made), and removed with all in it at the end. */
const char *scenario_tmp_make(const char *name);
const char *scenario_tmp_root(void);
void scenario_tmp_remove(void);
/* A directory of that name in it, for XDG_STATE_HOME (a static buffer). */
const char *scenario_state_dir(const char *name);
/* A file's text, at most 64 KiB, or NULL (a static buffer). */
char *scenario_slurp(const char *path);
/* The progress file the binary keeps in a state directory, as slurped. */
char *scenario_progress(const char *state);

/* The binary with these arguments, its environment untouched. */
#define START(rows, cols, ...) \
	scenario_start(rows, cols, NULL, __VA_ARGS__, NULL)

#define CHECK(t, cond) \
	do { if (!(cond)) \
		scenario_fail(t, __LINE__, "failed: %s", #cond); } while (0)
#define TEXT(t, s) \
	do { if (!vt_wait_text(t, s, TIMEOUT)) \
		scenario_fail(t, __LINE__, "missing: '%s'", s); } while (0)
#define GONE(t, s) \
	do { if (!vt_wait_gone(t, s, TIMEOUT)) \
		scenario_fail(t, __LINE__, "still there: '%s'", s); } while (0)
#define ROW(t, r, s) \
	do { if (!vt_wait_row(t, r, s, TIMEOUT)) \
		scenario_fail(t, __LINE__, "row %d is '%s', not '%s'", r, \
			      scenario_copy(vt_row(t, r)), s); } while (0)
/* Cells [c0, c1) of a row start with s. */
#define STARTS(t, r, c0, c1, s) \
	do { if (strncmp(vt_cells(t, r, c0, c1), s, strlen(s))) \
		scenario_fail(t, __LINE__, \
			      "row %d cols %d-%d are '%s', not '%s...'", r, \
			      c0, c1, scenario_copy(vt_cells(t, r, c0, c1)), \
			      s); } while (0)
/* Cells [c0, c1) of a row are s, trailing spaces aside. */
#define CELLS(t, r, c0, c1, s) \
	do { if (strcmp(vt_cells(t, r, c0, c1), s)) \
		scenario_fail(t, __LINE__, \
			      "row %d cols %d-%d are '%s', not '%s'", r, \
			      c0, c1, scenario_copy(vt_cells(t, r, c0, c1)), \
			      s); } while (0)
#define SELECTED(t, r) \
	do { if (!vt_reverse(t, r, 0)) \
		scenario_fail(t, __LINE__, "row %d is not the selected one", \
			      r); } while (0)
#define ROW_OF(t, s) scenario_row_of(t, s, __LINE__)

#endif
