#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "tui/tui.h"
#include "model/i18n.h"
#include "model/progress.h"
#include "model/settings.h"
#include "model/table.h"
#include "model/text.h"

enum { OPT_JSON = 256, OPT_LANG, OPT_COLOR, OPT_DATA, OPT_STATS, OPT_QUIZ,
       OPT_SEED };
/* the header reference */
enum { OPT_LIST_HEADERS = 320 };

static const struct option long_opts[] = {
	{ "list", no_argument, NULL, 'l' },
	{ "search", no_argument, NULL, 's' },
	{ "header", optional_argument, NULL, 'H' },
	{ "list-headers", no_argument, NULL, OPT_LIST_HEADERS },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "colour", optional_argument, NULL, OPT_COLOR },
	{ "data", required_argument, NULL, OPT_DATA },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "quiz", no_argument, NULL, OPT_QUIZ },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void usage(FILE *f)
{
	fputs("Usage: httpcodes [OPTION]... [CODE|MASK|-]...\n"
	      "       httpcodes -s WORDS...\n"
	      "       httpcodes -H [NAME]...\n"
	      "Browse and explain HTTP status codes, in Korean and English.\n"
	      "\n"
	      "  CODE            a status code, explained in full: 404\n"
	      "  MASK            codes of a class or pattern, one a line: 4xx, 5x3, 41\n"
	      "  -               read one code or mask a line from standard input\n"
	      "  -s, --search    search by words or a question, Korean or English:\n"
	      "                  -s too many, -s 로그인 안 했을 때; the best match first\n"
	      "                  (the first 1024 bytes are read; of more than 24 words,\n"
	      "                  the least informative are left out)\n"
	      "  -l, --list      list every code, one a line\n"
	      "  -H, --header [NAME]...  explain header fields, in any case:\n"
	      "                  -H retry-after; with no NAME, list them all\n"
	      "      --list-headers  list every header field, one a line\n"
	      "      --json      print JSON (an object for one code, an array for lists;\n"
	      "                  a search adds \"score\" and \"matched\")\n"
	      "      --lang=ko|en  language (default: from LC_ALL, LC_MESSAGES, LANG)\n"
	      "      --color[=auto|always|never]  colour (auto: on a terminal, unless\n"
	      "                  NO_COLOR is set)\n"
	      "      --data=FILE read the table from FILE (recutils format) instead of\n"
	      "                  the built-in one\n"
	      "      --stats     show study progress per class (with --json: as JSON)\n"
	      "      --quiz      start the browser in study mode (a quiz)\n"
	      "      --seed=N    fix the order of the quiz's questions (N: 0 and up)\n"
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
	      "  httpcodes -H retry-after explain the Retry-After header\n",
	      f);
}

static int bad_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static int bad_usage(const char *fmt, ...)
{
	char msg[1024], *safe;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof msg)
		memcpy(msg + sizeof msg - 4, "...", 4);
	/* the message quotes what was typed; escapes in it stay out */
	safe = text_sanitize_dup(msg, strlen(msg), 0);
	fprintf(stderr, "httpcodes: %s\nTry 'httpcodes --help' for more "
		"information.\n", safe ? safe : "bad usage");
	free(safe);
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

static void settings_warn(void *ctx, unsigned line, const char *msg)
{
	char *safe = text_sanitize_dup(msg, strlen(msg), 0);

	fprintf(stderr, "httpcodes: %s:%u: %s (line ignored)\n",
		(const char *)ctx, line, safe ? safe : msg);
	free(safe);
}

/* The configuration file, if there is one; problems are warnings. */
static void load_settings(struct hc_config *c)
{
	char *path = hc_config_default_path();
	FILE *f;
	char buf[16384];
	size_t n;

	hc_config_init(c);
	if (!path)
		return;
	f = fopen(path, "r");
	if (f) {
		n = fread(buf, 1, sizeof buf, f);
		if (ferror(f))
			fprintf(stderr, "httpcodes: %s: cannot read it, "
				"ignored\n", path);
		else if (n == sizeof buf)
			fprintf(stderr, "httpcodes: %s: larger than 16 KiB, "
				"ignored\n", path);
		else
			hc_config_parse(c, buf, n, settings_warn, path);
		fclose(f);
	} else if (errno != ENOENT) {
		fprintf(stderr, "httpcodes: %s: %s\n", path, strerror(errno));
	}
	free(path);
}

int main(int argc, char **argv)
{
	struct cli_opts o = { .mode = CLI_LOOKUP };
	const char *data = NULL, *color = NULL;
	struct hc_config cfg;
	int lang = -1, c, utf8, st, browse = 0, stats = 0, quiz = 0, seeded = 0;
	int list_headers = 0;
	char *header_arg = NULL;
	unsigned long long seed = 0;
	struct hc_table t;
	char err[512];

	utf8 = setup_locale();
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":lsHhV", long_opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o.mode = CLI_LIST;
			break;
		case 's':
			o.mode = CLI_SEARCH;
			break;
		case 'H':
			o.mode = CLI_HEADER;
			header_arg = optarg; /* --header=NAME */
			break;
		case OPT_LIST_HEADERS:
			o.mode = CLI_HEADER;
			list_headers = 1;
			break;
		case OPT_JSON:
			o.json = 1;
			break;
		case OPT_LANG:
			lang = hc_lang_parse(optarg);
			if (lang < 0)
				return bad_usage("unknown language '%s' "
						 "(use ko or en)", optarg);
			break;
		case OPT_COLOR:
			color = optarg ? optarg : "always";
			/* also "--color never", as people type it */
			if (!optarg && optind < argc &&
			    (!strcmp(argv[optind], "auto") ||
			     !strcmp(argv[optind], "always") ||
			     !strcmp(argv[optind], "never")))
				color = argv[optind++];
			if (strcmp(color, "auto") && strcmp(color, "always") &&
			    strcmp(color, "never"))
				return bad_usage("--color takes auto, always or "
						 "never, not '%s'", color);
			break;
		case OPT_DATA:
			data = optarg;
			break;
		case OPT_STATS:
			stats = 1;
			break;
		case OPT_QUIZ:
			quiz = 1;
			break;
		case OPT_SEED: {
			char *end;

			/* digits only: strtoull would take " -1" too */
			errno = 0;
			seed = strtoull(optarg, &end, 10);
			if (!*optarg || optarg[strspn(optarg, "0123456789")] ||
			    *end || errno)
				return bad_usage("--seed takes a whole number "
						 "(0 and up), not '%s'", optarg);
			seeded = 1;
			break;
		}
		case 'h':
			usage(stdout);
			tui_print_keys(stdout, lang >= 0 ? (enum hc_lang)lang
						       : HC_EN);
			return finish_output(0);
		case 'V':
			printf("httpcodes %s\n", PACKAGE_VERSION);
			return finish_output(0);
		case ':':
			return bad_usage("option '%s' needs a value",
					 argv[optind - 1]);
		default:
			return bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	argc -= optind;
	argv += optind;
	/* --header=NAME: the first name, in the slot of the option itself
	 * (getopt_long has moved the names after the options) */
	if (header_arg && o.mode == CLI_HEADER) {
		*--argv = header_arg;
		argc++;
	}

	/* the configuration file fills in what the command line left open */
	load_settings(&cfg);
	if (lang < 0)
		lang = cfg.lang;
	if (!color)
		color = cfg.color == 1 ? "always" : cfg.color == 2 ? "never"
							   : "auto";
	/* Korean needs a UTF-8 terminal unless it was asked for by name */
	o.lang = lang >= 0 ? (enum hc_lang)lang
			   : (utf8 ? hc_lang_from_env() : HC_EN);
	if (!strcmp(color, "always"))
		o.color = 1;
	else if (!strcmp(color, "auto"))
		o.color = isatty(STDOUT_FILENO) && !(getenv("NO_COLOR") &&
						     *getenv("NO_COLOR"));
	o.width = isatty(STDOUT_FILENO) ? term_width() : 0;
	if (o.json)
		o.color = 0;
	o.utf8 = utf8;
	if (stats && (argc > 0 || o.mode != CLI_LOOKUP))
		return bad_usage("%s", "--stats takes no other arguments");
	if (quiz && (argc > 0 || o.mode != CLI_LOOKUP || stats || o.json))
		return bad_usage("%s", "--quiz takes no other arguments");
	if (quiz && !(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))) {
		fputs("httpcodes: --quiz needs a terminal; 'httpcodes --stats' "
		      "shows study progress without one\n", stderr);
		return 2;
	}
	if (o.mode == CLI_SEARCH && argc == 0)
		return bad_usage("%s", "--search needs words to look for");
	if (o.mode == CLI_LIST && argc > 0)
		return bad_usage("--list takes no arguments, got '%s'", argv[0]);
	if (o.mode == CLI_HEADER && list_headers && argc > 0)
		return bad_usage("--list-headers takes no arguments, got '%s'",
				 argv[0]);
	/* no question asked, on a terminal: browse */
	if (o.mode == CLI_LOOKUP && argc == 0 && !o.json &&
	    isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		browse = 1;
	if (o.mode == CLI_LOOKUP && argc == 0)
		o.mode = CLI_LIST;

	if ((data ? hc_table_load_file(&t, data, err, sizeof err)
		  : hc_table_load_builtin(&t, err, sizeof err)) < 0) {
		char *safe = text_sanitize_dup(err, strlen(err), 0);

		fprintf(stderr, "httpcodes: %s\n", safe ? safe : err);
		free(safe);
		return 2;
	}
	if (stats) {
		char *path = progress_default_path();

		st = cli_stats(&t, &o, path);
		free(path);
		hc_table_free(&t);
		return finish_output(st);
	}
	if (browse || quiz) {
		const char *nc = getenv("NO_COLOR");
		struct tui_opts to = {
			.lang = o.lang, .utf8 = utf8,
			.color = cfg.theme != HC_THEME_MONO &&
				 (!strcmp(color, "always") ||
				  (!strcmp(color, "auto") && !(nc && *nc))),
			.hide_unofficial = cfg.unofficial == 0,
			.quiz = quiz, .seeded = seeded, .seed = seed,
		};

		st = tui_run(&t, &to);
		hc_table_free(&t);
		return st;
	}
	st = cli_run(&t, &o, argc, argv);
	hc_table_free(&t);
	return finish_output(st);
}
