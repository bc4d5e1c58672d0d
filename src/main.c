#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "cli_export.h"
#include "options.h"
#include "tui/tui.h"
#include "model/i18n.h"
#include "model/interview.h"
#include "model/progress.h"
#include "model/settings.h"
#include "model/table.h"
#include "model/text.h"

static void usage(FILE *f)
{
	fputs("Usage: httpcodes [OPTION]... [CODE|MASK|-]...\n"
	      "       httpcodes -s WORDS...\n"
	      "       httpcodes -H [NAME]...\n"
	      "Browse and explain HTTP status codes, in Korean and English.\n"
	      "\n"
	      "  CODE            a status code, explained in full: 404\n"
	      "  MASK            codes of a class or pattern, one a line: 4xx, 5x3, 41;\n"
	      "                  . or ? is any digit (3.., 5?3), [..] a set or range\n"
	      "                  ('30[12]', '5[0-2]3'; quoted, or the shell expands them)\n"
	      "  -               read one code or mask a line from standard input,\n"
	      "                  each answered as it comes, one line per code\n"
	      "                  (tail -f log | awk '{print $9}' | httpcodes -)\n"
	      "  -s, --search    search by words or a question, Korean or English:\n"
	      "                  -s too many, -s 로그인 안 했을 때; the best match first\n"
	      "                  (the first 1024 bytes are read; of more than 24 words,\n"
	      "                  the least informative are left out)\n"
	      "  -l, --list      list every code, one a line\n"
	      "  -b, --brief     one line a code, for codes asked for by number too:\n"
	      "                  code, phrase, summary (piped: separated by a TAB)\n"
	      "  -H, --header [NAME]...  explain header fields, in any case:\n"
	      "                  -H retry-after; with no NAME, list them all\n"
	      "      --list-headers  list every header field, one a line\n"
	      "      --json      print JSON (an object for one code, an array for lists;\n"
	      "                  a search adds \"score\" and \"matched\")\n"
	      "      --lang=ko|en  language (default: from LC_ALL, LC_MESSAGES, LANG)\n"
	      "      --color[=auto|always|never]  colour (auto: on a terminal, unless\n"
	      "                  NO_COLOR is set)\n"
	      "      --hyperlink[=auto|always|never]  make the Spec line a link to the\n"
	      "                  text (OSC 8; auto, the default: on a terminal)\n"
	      "      --data=FILE read the table from FILE (recutils format) instead of\n"
	      "                  the built-in one\n"
	      "      --stats     study progress per class and what is due (--json: as JSON)\n"
	      "      --quiz      start the browser in study mode (a quiz)\n"
	      "      --interview [CLASS|TOPIC|CONCEPT]...  a mock interview: open\n"
	      "                  questions, Space shows the model answer, 1-4 grade it\n"
	      "                  (Again, Hard, Good, Easy); only 4xx, a comparison topic\n"
	      "                  or a concept card when given\n"
	      "      --seed=N    fix the order of the quiz's questions and the\n"
	      "                  interview's cards (N: 0 and up)\n"
	      "      --export=anki  print every code, interview note, situation and\n"
	      "                  concept card as an Anki deck (plain text, in --lang)\n"
	      "  -h, --help      show this help and exit\n"
	      "  -V, --version   show the version and exit\n"
	      "\n"
	      "Exit status: 0 found, 1 not found, 2 usage or data error.\n"
	      "\n"
	      "Examples:\n"
	      "  httpcodes 404            explain 404 Not Found\n"
	      "  httpcodes --lang ko 4xx  list the client errors in Korean\n"
	      "  httpcodes -s timeout     codes about time-outs\n"
	      "  httpcodes --json 418     one code as JSON\n"
	      "  httpcodes -H retry-after explain the Retry-After header\n"
	      "  httpcodes --interview 5xx  a mock interview on server errors\n"
	      "  httpcodes --export anki --lang ko > httpcodes-ko.txt\n"
	      "                           a Korean deck for Anki (File, Import)\n",
	      f);
}

/* A usage error: what was typed is quoted with its controls and
 * invisible characters shown escaped, never sent to the terminal. */
static int say_usage(const char *msg)
{
	char *safe = text_escape_dup(msg, strlen(msg));

	fprintf(stderr, "httpcodes: %s\nTry 'httpcodes --help' for more "
		"information.\n", safe ? safe : "bad usage");
	free(safe);
	return 2;
}

static int bad_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static int bad_usage(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	text_vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return say_usage(msg);
}

/* What opts_parse or opts_check found wrong, said; the exit status. */
static int say_wrong(enum opts_status st, const char *err)
{
	if (st == OPTS_USAGE)
		return say_usage(err);
	fprintf(stderr, "httpcodes: %s\n", err);
	return 2;
}

static int term_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* The user's locale; when it names UTF-8 but is not installed (common in
 * containers without ko_KR), C.UTF-8 stands in so Korean still works.
 * Returns 1 when the terminal speaks UTF-8. */
static int setup_locale(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };

	/* only the character set matters: texts come from our own tables, and
	 * loading every locale category costs more than a lookup */
	if (!setlocale(LC_CTYPE, "")) {
		for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
			const char *v = getenv(vars[i]);

			if (!v || !*v)
				continue;
			if (strcasestr(v, "utf-8") || strcasestr(v, "utf8"))
				setlocale(LC_CTYPE, "C.UTF-8");
			break;
		}
	}
	return !strcmp(nl_langinfo(CODESET), "UTF-8");
}

static int finish_output(int status)
{
	/* a full disk or a closed stdout must not pass as success */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* the reader left (| head) while SIGPIPE was ignored: end as
		 * if it had not been, without a message (git does the same) */
		if (errno == EPIPE) {
			signal(SIGPIPE, SIG_DFL);
			raise(SIGPIPE);
		}
		fprintf(stderr, "httpcodes: write error: %s\n", strerror(errno));
		return 2;
	}
	return status;
}

/* What was wrong with the settings file, in the language now known: on
 * stderr, and the first line kept for the browser's status line. */
static void say_settings(struct hc_config_notes *w, enum hc_lang lang,
			 char *first, size_t n)
{
	char line[600];

	first[0] = '\0';
	for (unsigned i = 0; hc_config_note_text(w, i, lang, line, sizeof line);
	     i++) {
		fprintf(stderr, "httpcodes: %s\n", line);
		if (!i)
			snprintf(first, n, "%s", line);
	}
	hc_config_notes_free(w);
}

/* Step 1: the command line into a.  -1 to go on, else the exit status
 * (a usage error, --help, --version). */
static int parse(struct args *a, int argc, char **argv)
{
	char err[1024];
	enum opts_status st = opts_parse(a, argc, argv, err, sizeof err);

	if (st == OPTS_HELP) {
		usage(stdout);
		tui_print_keys(stdout, a->lang >= 0 ? (enum hc_lang)a->lang
						    : HC_EN);
		return finish_output(0);
	}
	if (st == OPTS_VERSION) {
		printf("httpcodes %s\n", PACKAGE_VERSION);
		return finish_output(0);
	}
	return st == OPTS_OK ? -1 : say_wrong(st, err);
}

/* Step 2: a against the settings file and the environment, into r; what
 * was wrong with the file is said (its first line kept in notice for the
 * browser), then what does not go together.  -1 to go on, else the exit
 * status. */
static int resolve(const struct args *a, int utf8, struct resolved *r,
		   char *notice, size_t n)
{
	struct opts_env e = {
		.utf8 = utf8,
		.stdin_tty = isatty(STDIN_FILENO),
		.stdout_tty = isatty(STDOUT_FILENO),
		.no_color = getenv("NO_COLOR"),
		.locale_lang = hc_lang_from_env(),
	};
	struct hc_config cfg;
	struct hc_config_notes notes;
	char err[1024];
	enum opts_status st;

	e.columns = e.stdout_tty ? term_width() : 0;
	hc_config_load(&cfg, &notes);
	opts_resolve(a, &cfg, &e, r);
	say_settings(&notes, r->cli.lang, notice, n);
	r->tui.notice = notice;
	st = opts_check(a, &e, err, sizeof err);
	return st == OPTS_OK ? -1 : say_wrong(st, err);
}

/* --interview's classes, topics and cards are known, and there is a
 * terminal to ask them on: -1, else the exit status. */
static int interview_ready(const struct args *a, const struct resolved *r,
			   const struct hc_table *t)
{
	struct interview_filter f = { 0 };

	for (int i = 0; i < a->argc; i++)
		if (interview_filter_add(&f, t, a->argv[i]) < 0)
			return bad_usage("--interview: '%s' is no class (4xx), "
					 "topic or concept card", a->argv[i]);
	if (!r->tty) {
		fputs("httpcodes: --interview needs a terminal; 'httpcodes "
		      "--export anki' prints the same cards for Anki\n",
		      stderr);
		return 2;
	}
	return -1;
}

static int stats(const struct hc_table *t, const struct cli_opts *o)
{
	char *path = progress_default_path();
	int st = cli_stats(t, o, path);

	free(path);
	return finish_output(st);
}

/* Step 3: load the table and do what was asked. */
static int run(const struct args *a, const struct resolved *r)
{
	struct hc_table t;
	char err[512];
	int st;

	if ((a->data ? hc_table_load_file(&t, a->data, err, sizeof err)
		     : hc_table_load_builtin(&t, err, sizeof err)) < 0) {
		char *safe = text_sanitize_dup(err, strlen(err), 0);

		fprintf(stderr, "httpcodes: %s\n", safe ? safe : err);
		free(safe);
		return 2;
	}
	if (a->export_fmt)
		st = finish_output(cli_export_anki(&t, r->cli.lang, stdout));
	else if (a->interview && (st = interview_ready(a, r, &t)) >= 0)
		; /* st: why not */
	else if (a->stats)
		st = stats(&t, &r->cli);
	else if (r->browse || a->quiz || a->interview)
		st = tui_run(&t, &r->tui);
	else
		st = finish_output(cli_run(&t, &r->cli, a->argc, a->argv));
	hc_table_free(&t);
	return st;
}

int main(int argc, char **argv)
{
	int utf8 = setup_locale(), st;
	struct args a;
	struct resolved r;
	char notice[600];

	if ((st = parse(&a, argc, argv)) >= 0)
		return st;
	if ((st = resolve(&a, utf8, &r, notice, sizeof notice)) >= 0)
		return st;
	return run(&a, &r);
}
