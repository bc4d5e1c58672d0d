/* The command line, in three steps apart from doing anything: parse it
 * into struct args; resolve that against the settings file and the
 * environment (given, never read here) into the options of the CLI and
 * the browser; check that its options go together.  Nothing here prints,
 * reads the environment or asks whether a descriptor is a terminal. */
#ifndef HC_OPTIONS_H
#define HC_OPTIONS_H

#include <stddef.h>

#include "cli.h"
#include "model/settings.h"
#include "model/table.h"
#include "tui/tui.h"

/* --color and --hyperlink: auto, always, never; the settings file fills
 * in what the command line leaves unset. */
enum when { WHEN_UNSET, WHEN_AUTO, WHEN_ALWAYS, WHEN_NEVER };

/* The command line as typed, nothing decided yet. */
struct args {
	enum cli_mode mode;     /* CLI_LOOKUP unless -l, -s, -H... */
	int lang;               /* -1 unset, else enum hc_lang */
	enum when color;
	enum when hyperlink;
	int json, brief;
	const char *data;       /* --data FILE, or NULL: the built-in table */
	int stats, quiz, interview;
	const char *export_fmt; /* --export FORMAT, or NULL */
	int seeded;             /* --seed was given */
	unsigned long long seed;
	int list_headers;
	char *header_arg;       /* --header=NAME */
	int argc;               /* what is left after the options */
	char **argv;
};

/* What the process was started with, found out by the caller. */
struct opts_env {
	int utf8;               /* the locale's character set is UTF-8 */
	int stdin_tty, stdout_tty;
	const char *no_color;   /* getenv("NO_COLOR"): NULL, "" or set */
	int columns;            /* the terminal's width (stdout a terminal) */
	enum hc_lang locale_lang; /* from LC_ALL, LC_MESSAGES, LANG */
};

/* One decision for both faces of the program. */
struct resolved {
	struct cli_opts cli;
	struct tui_opts tui;    /* its notice is the caller's */
	int browse;             /* no question asked, on a terminal */
	int tty;                /* stdin and stdout are terminals */
};

enum opts_status {
	OPTS_OK,
	OPTS_USAGE,   /* err says what was wrong; exit 2 after the hint */
	OPTS_FAIL,    /* err says why it cannot be done; exit 2 */
	OPTS_HELP,    /* -h: the help, in a->lang when already given */
	OPTS_VERSION, /* -V */
};

/* Read argv into a (getopt_long, from its start).  The names left over
 * are a->argc, a->argv (--header=NAME first among them).  err (of n
 * bytes) says what is wrong when OPTS_USAGE is returned. */
enum opts_status opts_parse(struct args *a, int argc, char **argv, char *err,
			    size_t n);

/* The settings file cfg and the environment e fill in what a leaves
 * open: language, colour, links, width, unofficial codes; and whether to
 * browse.  Never fails: what does not go together is opts_check's. */
void opts_resolve(const struct args *a, const struct hc_config *cfg,
		  const struct opts_env *e, struct resolved *r);

/* The options that do not go together, or want a terminal that is not
 * there: OPTS_USAGE or OPTS_FAIL with err said, else OPTS_OK. */
enum opts_status opts_check(const struct args *a, const struct opts_env *e,
			    char *err, size_t n);

#endif
