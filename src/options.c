#include <config.h>

#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "model/i18n.h"
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

/* err: what was wrong, as it will be said; returns kind */
static enum opts_status say(enum opts_status kind, char *err, size_t n,
			    const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static enum opts_status say(enum opts_status kind, char *err, size_t n,
			    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	text_vformat(err, n, fmt, ap);
	va_end(ap);
	return kind;
}

/* "--color never", as people type it: the next argument when it is one
 * of the three words */
static const char *when_word(int argc, char **argv)
{
	if (optind < argc && (!strcmp(argv[optind], "auto") ||
			      !strcmp(argv[optind], "always") ||
			      !strcmp(argv[optind], "never")))
		return argv[optind++];
	return NULL;
}

/* --hyperlink's WHEN as GNU ls takes it; WHEN_UNSET: bad.  No value is
 * always; "--hyperlink never" is taken too, as for --color. */
static enum when parse_hyperlink(const char *arg, int argc, char **argv)
{
	static const char *const names[] = {
		"auto", "tty", "if-tty", "always", "yes", "force",
		"never", "no", "none",
	};

	if (!arg && !(arg = when_word(argc, argv)))
		return WHEN_ALWAYS;
	for (int i = 0; i < 9; i++)
		if (!strcmp(arg, names[i]))
			return WHEN_AUTO + i / 3;
	return WHEN_UNSET;
}

/* --color's WHEN: auto, always or never, no other names; no value is
 * always.  *word: what was given.  WHEN_UNSET: bad. */
static enum when parse_color(const char *arg, int argc, char **argv,
			     const char **word)
{
	if (!arg && !(arg = when_word(argc, argv)))
		arg = "always";
	*word = arg;
	if (!strcmp(arg, "auto"))
		return WHEN_AUTO;
	if (!strcmp(arg, "always"))
		return WHEN_ALWAYS;
	if (!strcmp(arg, "never"))
		return WHEN_NEVER;
	return WHEN_UNSET;
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
static enum opts_status bad_option(int argc, char **argv, char *err, size_t en)
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
			return say(OPTS_USAGE, err, en,
				   "unknown option '--%.*s'", (int)n, arg + 2);
		for (int i = 0; i < k; i++)
			text_format(list + strlen(list),
				    sizeof list - strlen(list), "%s--%s",
				    i ? ", " : "", m[i]->name);
		return say(OPTS_USAGE, err, en,
			   "option '--%.*s' is ambiguous: %s", (int)n, arg + 2,
			   list);
	}
	if ((c >= 256 || (c > 0 && strchr("lsbhV", c))) &&
	    !strncmp(arg, "--", 2)) {
		/* a long option that takes no value was given one */
		name = long_name(arg, &n);
		return say(OPTS_USAGE, err, en,
			   "option '--%.*s' takes no value", (int)n, name);
	}
	if (c > 0x20 && c < 0x7f)
		return say(OPTS_USAGE, err, en, "unknown option '-%c'", c);
	/* a control or a byte of a UTF-8 character: the whole argument, as
	 * one byte of it would say little; it is where getopt stopped, or
	 * the one before when the byte ended it */
	if (optind < argc && argv[optind][0] == '-' && argv[optind][1] != '-' &&
	    strchr(argv[optind], (char)c))
		arg = argv[optind];
	return say(OPTS_USAGE, err, en, "unknown option '%s'", arg);
}

/* A long option without its value: "--la" is --lang. */
static enum opts_status missing_value(const char *arg, char *err, size_t en)
{
	size_t n;
	const char *name;

	if (strncmp(arg, "--", 2))
		return say(OPTS_USAGE, err, en, "option '%s' needs a value",
			   arg);
	name = long_name(arg, &n);
	return say(OPTS_USAGE, err, en, "option '--%.*s' needs a value",
		   (int)n, name);
}

/* --seed's N: digits only (strtoull would take " -1" too) */
static int parse_seed(const char *s, unsigned long long *seed)
{
	char *end;

	errno = 0;
	*seed = strtoull(s, &end, 10);
	return *s && !s[strspn(s, "0123456789")] && !*end && !errno;
}

enum opts_status opts_parse(struct args *a, int argc, char **argv, char *err,
			    size_t n)
{
	const char *word;
	int c;

	*a = (struct args){ .mode = CLI_LOOKUP, .lang = -1 };
	opterr = 0;
	optind = 0; /* from the start, also when called again */
	while ((c = getopt_long(argc, argv, ":lsbHhV", long_opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			a->mode = CLI_LIST;
			break;
		case 'b':
			a->brief = 1;
			break;
		case OPT_HYPERLINK:
			a->hyperlink = parse_hyperlink(optarg, argc, argv);
			if (a->hyperlink == WHEN_UNSET)
				return say(OPTS_USAGE, err, n,
					   "--hyperlink takes auto, always or "
					   "never, not '%s'", optarg);
			break;
		case 's':
			a->mode = CLI_SEARCH;
			break;
		case 'H':
			a->mode = CLI_HEADER;
			a->header_arg = optarg; /* --header=NAME */
			break;
		case OPT_LIST_HEADERS:
			a->mode = CLI_HEADER;
			a->list_headers = 1;
			break;
		case OPT_JSON:
			a->json = 1;
			break;
		case OPT_LANG:
			a->lang = hc_lang_parse(optarg);
			if (a->lang < 0)
				return say(OPTS_USAGE, err, n,
					   "unknown language '%s' (use ko or "
					   "en)", optarg);
			break;
		case OPT_COLOR:
			a->color = parse_color(optarg, argc, argv, &word);
			if (a->color == WHEN_UNSET)
				return say(OPTS_USAGE, err, n,
					   "--color takes auto, always or "
					   "never, not '%s'", word);
			break;
		case OPT_DATA:
			a->data = optarg;
			break;
		case OPT_STATS:
			a->stats = 1;
			break;
		case OPT_QUIZ:
			a->quiz = 1;
			break;
		case OPT_INTERVIEW:
			a->interview = 1;
			break;
		case OPT_EXPORT:
			a->export_fmt = optarg;
			break;
		case OPT_SEED:
			if (!parse_seed(optarg, &a->seed))
				return say(OPTS_USAGE, err, n,
					   "--seed takes a whole number (0 and "
					   "up), not '%s'", optarg);
			a->seeded = 1;
			break;
		case 'h':
			return OPTS_HELP;
		case 'V':
			return OPTS_VERSION;
		case ':':
			return missing_value(argv[optind - 1], err, n);
		default:
			return bad_option(argc, argv, err, n);
		}
	}
	a->argc = argc - optind;
	a->argv = argv + optind;
	/* --header=NAME: the first name, in the slot of the option itself
	 * (getopt_long has moved the names after the options) */
	if (a->header_arg && a->mode == CLI_HEADER) {
		*--a->argv = a->header_arg;
		a->argc++;
	}
	return OPTS_OK;
}

/* the settings file's 0 auto, 1 always, 2 never; unset is auto */
static enum when when_from(enum when given, int setting)
{
	if (given != WHEN_UNSET)
		return given;
	return setting >= 0 && setting <= 2 ? WHEN_AUTO + setting : WHEN_AUTO;
}

void opts_resolve(const struct args *a, const struct hc_config *cfg,
		  const struct opts_env *e, struct resolved *r)
{
	int lang = a->lang >= 0 ? a->lang : cfg->lang;
	enum when color = when_from(a->color, cfg->color);
	enum when link = when_from(a->hyperlink, cfg->hyperlink);
	/* colour is wanted: always, or auto without NO_COLOR (set and not
	 * empty); the CLI shows it on a terminal only and never in JSON */
	int colour = color == WHEN_ALWAYS ||
		     (color == WHEN_AUTO && !(e->no_color && *e->no_color));
	struct cli_opts *o = &r->cli;

	*o = (struct cli_opts){ .mode = a->mode, .json = a->json,
				.brief = a->brief, .utf8 = e->utf8 };
	/* Korean needs a UTF-8 terminal unless it was asked for by name */
	o->lang = lang >= 0 ? (enum hc_lang)lang
			    : (e->utf8 ? e->locale_lang : HC_EN);
	o->color = colour && !a->json &&
		   (color == WHEN_ALWAYS || e->stdout_tty);
	o->width = e->stdout_tty ? e->columns : 0;
	o->hide_unofficial = cfg->unofficial == 0;
	o->hyperlink = link == WHEN_ALWAYS ||
		       (link == WHEN_AUTO && e->stdout_tty);
	/* no question asked, on a terminal: browse; elsewhere list */
	r->tty = e->stdin_tty && e->stdout_tty;
	r->browse = a->mode == CLI_LOOKUP && a->argc == 0 && !a->json &&
		    e->stdin_tty && e->stdout_tty;
	if (a->mode == CLI_LOOKUP && a->argc == 0)
		o->mode = CLI_LIST;
	r->tui = (struct tui_opts){
		.lang = o->lang, .utf8 = e->utf8,
		.color = colour && cfg->theme != HC_THEME_MONO,
		.hide_unofficial = o->hide_unofficial,
		.quiz = a->quiz, .seeded = a->seeded, .seed = a->seed,
		.interview = a->interview, .interview_args = a->argv,
		.n_interview_args = a->interview ? a->argc : 0,
		.notice = "",
	};
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

enum opts_status opts_check(const struct args *a, const struct opts_env *e,
			    char *err, size_t n)
{
	int argc = a->argc, lookup = a->mode == CLI_LOOKUP;
	char **argv = a->argv;

	if (a->stats && (argc > 0 || !lookup))
		return say(OPTS_USAGE, err, n, "%s",
			   "--stats takes no other arguments");
	if (a->quiz && (argc > 0 || !lookup || a->stats || a->json ||
			a->interview))
		return say(OPTS_USAGE, err, n, "%s",
			   "--quiz takes no other arguments");
	if (a->export_fmt && strcmp(a->export_fmt, "anki"))
		return say(OPTS_USAGE, err, n, "--export takes anki, not '%s'",
			   a->export_fmt);
	if (a->export_fmt && (argc > 0 || !lookup || a->stats || a->json ||
			      a->quiz || a->interview || a->brief))
		return say(OPTS_USAGE, err, n, "%s",
			   "--export anki takes no other arguments (but "
			   "--lang)");
	if (a->interview && (!lookup || a->stats || a->json || a->brief))
		return say(OPTS_USAGE, err, n, "%s",
			   "--interview takes only classes, topics or concept "
			   "cards");
	if (a->quiz && !(e->stdin_tty && e->stdout_tty))
		return say(OPTS_FAIL, err, n, "%s",
			   "--quiz needs a terminal; 'httpcodes --stats' "
			   "shows study progress without one");
	if (a->mode == CLI_SEARCH) {
		int words = 0;

		for (int i = 0; i < argc; i++)
			words |= !blank_arg(argv[i]);
		if (!words)
			return say(OPTS_USAGE, err, n, "%s",
				   argc ? "--search needs words to look for, "
					  "not only spaces"
					: "--search needs words to look for");
	}
	if (lookup) {
		int dashes = 0;

		for (int i = 0; i < argc; i++)
			dashes += !strcmp(argv[i], "-");
		if (dashes > 1)
			return say(OPTS_USAGE, err, n, "%s",
				   "'-' (standard input) can be given only "
				   "once");
	}
	if (a->mode == CLI_LIST && argc > 0)
		return say(OPTS_USAGE, err, n,
			   "--list takes no arguments, got '%s'", argv[0]);
	if (a->mode == CLI_HEADER && a->list_headers && argc > 0)
		return say(OPTS_USAGE, err, n,
			   "--list-headers takes no arguments, got '%s'",
			   argv[0]);
	return OPTS_OK;
}
