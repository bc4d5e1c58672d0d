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
#include "cli_export.h"
#include "tui/tui.h"
#include "model/i18n.h"
#include "model/interview.h"
#include "model/progress.h"
#include "model/settings.h"
#include "model/table.h"
#include "model/text.h"

enum { OPT_JSON = 256, OPT_LANG, OPT_COLOR, OPT_DATA, OPT_STATS, OPT_QUIZ,
       OPT_SEED };
enum { OPT_HYPERLINK = 320, OPT_LIST_HEADERS };
enum { OPT_EXPORT = 340, OPT_INTERVIEW };

static const struct option long_opts[] = {
	{ "list", no_argument, NULL, 'l' },
	{ "brief", no_argument, NULL, 'b' },
	{ "hyperlink", optional_argument, NULL, OPT_HYPERLINK },
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
	{ "interview", no_argument, NULL, OPT_INTERVIEW },
	{ "export", required_argument, NULL, OPT_EXPORT },
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

static int bad_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static int bad_usage(const char *fmt, ...)
{
	char msg[1024], *safe;
	va_list ap;

	va_start(ap, fmt);
	text_vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* the message quotes what was typed: controls and invisible
	 * characters in it are shown escaped, never sent to the terminal */
	safe = text_escape_dup(msg, strlen(msg));
	fprintf(stderr, "httpcodes: %s\nTry 'httpcodes --help' for more "
		"information.\n", safe ? safe : "bad usage");
	free(safe);
	return 2;
}

/* --hyperlink's WHEN as GNU ls takes it: 0 auto, 1 always, 2 never, -1
 * bad.  No value is always; "--hyperlink never" is taken too, as for
 * --color. */
static int parse_when(const char *arg, int argc, char **argv)
{
	static const char *const names[] = {
		"auto", "tty", "if-tty", "always", "yes", "force",
		"never", "no", "none",
	};

	if (!arg) {
		if (optind < argc && (!strcmp(argv[optind], "auto") ||
				      !strcmp(argv[optind], "always") ||
				      !strcmp(argv[optind], "never")))
			arg = argv[optind++];
		else
			return 1;
	}
	for (int i = 0; i < 9; i++)
		if (!strcmp(arg, names[i]))
			return i / 3;
	return -1;
}

/* The long options whose names start with the n bytes of name, each
 * once (--color and --colour are one), in alphabetical order; how many. */
static int long_matches(const char *name, size_t n, const struct option **out,
			int max)
{
	int k = 0;

	for (const struct option *o = long_opts; o->name; o++) {
		int same = 0, at;

		if (strncmp(o->name, name, n))
			continue;
		if (strlen(o->name) == n)
			return out[0] = o, 1; /* exact: never ambiguous */
		for (int i = 0; i < k; i++)
			same |= out[i]->val == o->val;
		if (same || k == max)
			continue;
		for (at = k; at > 0 && strcmp(out[at - 1]->name, o->name) > 0;
		     at--)
			out[at] = out[at - 1];
		out[at] = o;
		k++;
	}
	return k;
}

/* The option a long argument names, without its dashes and value:
 * "--la=x" is "lang"; an abbreviation that fits none, or several, is
 * given back as typed.  *n: its length. */
static const char *long_name(const char *arg, size_t *n)
{
	const struct option *m[1];

	arg += 2;
	*n = strcspn(arg, "=");
	if (long_matches(arg, *n, m, 1) != 1)
		return arg;
	*n = strlen(m[0]->name);
	return m[0]->name;
}

/* getopt_long found something wrong: name the option that is, not the
 * argument it happened to stand after ("--json -zl" is about -z). */
static int bad_option(int argc, char **argv)
{
	const char *arg = argv[optind - 1], *name;
	int c = optopt;
	size_t n;

	if (c == 0 && !strncmp(arg, "--", 2)) {
		/* a long option getopt does not know, or more than one */
		const struct option *m[8];
		char list[256] = "";
		int k;

		n = strcspn(arg + 2, "=");
		k = long_matches(arg + 2, n, m, 8);
		if (k < 2)
			return bad_usage("unknown option '--%.*s'", (int)n,
					 arg + 2);
		for (int i = 0; i < k; i++)
			text_format(list + strlen(list),
				    sizeof list - strlen(list), "%s--%s",
				    i ? ", " : "", m[i]->name);
		return bad_usage("option '--%.*s' is ambiguous: %s", (int)n,
				 arg + 2, list);
	}
	if ((c >= 256 || (c > 0 && strchr("lsbhV", c))) &&
	    !strncmp(arg, "--", 2)) {
		/* a long option that takes no value was given one */
		name = long_name(arg, &n);
		return bad_usage("option '--%.*s' takes no value", (int)n, name);
	}
	if (c > 0x20 && c < 0x7f)
		return bad_usage("unknown option '-%c'", c);
	/* a control or a byte of a UTF-8 character: the whole argument, as
	 * one byte of it would say little; it is where getopt stopped, or
	 * the one before when the byte ended it */
	if (optind < argc && argv[optind][0] == '-' && argv[optind][1] != '-' &&
	    strchr(argv[optind], (char)c))
		arg = argv[optind];
	return bad_usage("unknown option '%s'", arg);
}

/* A long option without its value: "--la" is --lang. */
static int missing_value(const char *arg)
{
	size_t n;
	const char *name;

	if (strncmp(arg, "--", 2))
		return bad_usage("option '%s' needs a value", arg);
	name = long_name(arg, &n);
	return bad_usage("option '--%.*s' needs a value", (int)n, name);
}

/* Nothing but spaces, of any script, and characters that show as
 * nothing: no words to search for. */
static int blank_arg(const char *s)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		unsigned uc;
		size_t len = text_next_char(s + i, n - i, &uc);

		if (!(uc == ' ' || (uc >= '\t' && uc <= '\r') || uc == 0xa0 ||
		      uc == 0x1680 || (uc >= 0x2000 && uc <= 0x200d) ||
		      uc == 0x202f || uc == 0x205f || uc == 0x2060 ||
		      uc == 0x3000 || uc == 0xfeff))
			return 0;
		i += len;
	}
	return 1;
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

int main(int argc, char **argv)
{
	struct cli_opts o = { .mode = CLI_LOOKUP };
	const char *data = NULL, *color = NULL;
	struct hc_config cfg;
	struct hc_config_notes cfg_notes;
	char cfg_first[600];
	int lang = -1, c, utf8, st, browse = 0, stats = 0, quiz = 0, seeded = 0;
	int hyperlink = -1, interview = 0;
	const char *export_fmt = NULL;
	int list_headers = 0;
	char *header_arg = NULL;
	unsigned long long seed = 0;
	struct hc_table t;
	char err[512];

	utf8 = setup_locale();
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":lsbHhV", long_opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o.mode = CLI_LIST;
			break;
		case 'b':
			o.brief = 1;
			break;
		case OPT_HYPERLINK:
			if ((hyperlink = parse_when(optarg, argc, argv)) < 0)
				return bad_usage("--hyperlink takes auto, always "
						 "or never, not '%s'", optarg);
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
		case OPT_INTERVIEW:
			interview = 1;
			break;
		case OPT_EXPORT:
			export_fmt = optarg;
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
			return missing_value(argv[optind - 1]);
		default:
			return bad_option(argc, argv);
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
	hc_config_load(&cfg, &cfg_notes);
	if (lang < 0)
		lang = cfg.lang;
	if (!color)
		color = cfg.color == 1 ? "always" : cfg.color == 2 ? "never"
							   : "auto";
	/* Korean needs a UTF-8 terminal unless it was asked for by name */
	o.lang = lang >= 0 ? (enum hc_lang)lang
			   : (utf8 ? hc_lang_from_env() : HC_EN);
	say_settings(&cfg_notes, o.lang, cfg_first, sizeof cfg_first);
	if (!strcmp(color, "always"))
		o.color = 1;
	else if (!strcmp(color, "auto"))
		o.color = isatty(STDOUT_FILENO) && !(getenv("NO_COLOR") &&
						     *getenv("NO_COLOR"));
	o.width = isatty(STDOUT_FILENO) ? term_width() : 0;
	if (o.json)
		o.color = 0;
	o.utf8 = utf8;
	o.hide_unofficial = cfg.unofficial == 0;
	if (hyperlink < 0)
		hyperlink = cfg.hyperlink >= 0 ? cfg.hyperlink : 0;
	o.hyperlink = hyperlink == 1 || (hyperlink == 0 && isatty(STDOUT_FILENO));
	if (stats && (argc > 0 || o.mode != CLI_LOOKUP))
		return bad_usage("%s", "--stats takes no other arguments");
	if (quiz && (argc > 0 || o.mode != CLI_LOOKUP || stats || o.json ||
		     interview))
		return bad_usage("%s", "--quiz takes no other arguments");
	if (export_fmt && strcmp(export_fmt, "anki"))
		return bad_usage("--export takes anki, not '%s'", export_fmt);
	if (export_fmt && (argc > 0 || o.mode != CLI_LOOKUP || stats || o.json ||
			   quiz || interview || o.brief))
		return bad_usage("%s", "--export anki takes no other arguments "
				 "(but --lang)");
	if (interview && (o.mode != CLI_LOOKUP || stats || o.json || o.brief))
		return bad_usage("%s", "--interview takes only classes, "
				 "topics or concept cards");
	if (quiz && !(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))) {
		fputs("httpcodes: --quiz needs a terminal; 'httpcodes --stats' "
		      "shows study progress without one\n", stderr);
		return 2;
	}
	if (o.mode == CLI_SEARCH) {
		int words = 0;

		for (int i = 0; i < argc; i++)
			words |= !blank_arg(argv[i]);
		if (!words)
			return bad_usage("%s", argc ? "--search needs words to "
					 "look for, not only spaces"
					 : "--search needs words to look for");
	}
	if (o.mode == CLI_LOOKUP) {
		int dashes = 0;

		for (int i = 0; i < argc; i++)
			dashes += !strcmp(argv[i], "-");
		if (dashes > 1)
			return bad_usage("%s", "'-' (standard input) can be "
					 "given only once");
	}
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
	if (export_fmt) {
		st = cli_export_anki(&t, o.lang, stdout);
		hc_table_free(&t);
		return finish_output(st);
	}
	if (interview) {
		struct interview_filter f = { 0 };

		for (int i = 0; i < argc; i++)
			if (interview_filter_add(&f, &t, argv[i]) < 0) {
				hc_table_free(&t);
				return bad_usage("--interview: '%s' is no class "
						 "(4xx), topic or concept card",
						 argv[i]);
			}
		if (!(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))) {
			fputs("httpcodes: --interview needs a terminal; "
			      "'httpcodes --export anki' prints the same cards "
			      "for Anki\n", stderr);
			hc_table_free(&t);
			return 2;
		}
	}
	if (stats) {
		char *path = progress_default_path();

		st = cli_stats(&t, &o, path);
		free(path);
		hc_table_free(&t);
		return finish_output(st);
	}
	if (browse || quiz || interview) {
		const char *nc = getenv("NO_COLOR");
		struct tui_opts to = {
			.lang = o.lang, .utf8 = utf8,
			.color = cfg.theme != HC_THEME_MONO &&
				 (!strcmp(color, "always") ||
				  (!strcmp(color, "auto") && !(nc && *nc))),
			.hide_unofficial = cfg.unofficial == 0,
			.quiz = quiz, .seeded = seeded, .seed = seed,
			.interview = interview, .interview_args = argv,
			.n_interview_args = interview ? argc : 0,
			.notice = cfg_first,
		};

		st = tui_run(&t, &to);
		hc_table_free(&t);
		return st;
	}
	st = cli_run(&t, &o, argc, argv);
	hc_table_free(&t);
	return finish_output(st);
}
