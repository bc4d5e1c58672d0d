/* A study session's saves, as separate processes for the stress tests.
 *   saver FILE N [ITEMS]   N times: load FILE, answer ITEMS items (default
 *                          200) and save it (again if the lock was held)
 *   saver --check FILE     exit 0 when FILE is a valid progress file (or
 *                          does not exist), 1 otherwise
 *   saver --answer FILE KEY RIGHT WRONG READY GO
 *                          load FILE, start a session, answer KEY RIGHT
 *                          times right then WRONG times wrong, create
 *                          READY, wait (up to 20 s) for GO to exist, save:
 *                          two of these at once are two study sessions
 *                          answering the same item between saves */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "model/progress.h"

static void say(const struct progress_note *n)
{
	char msg[2048];

	progress_note_text(n, HC_EN, 0, msg, sizeof msg);
	fprintf(stderr, "saver: %s\n", msg);
}

static int answer_then_save(char **argv)
{
	struct progress p;
	struct progress_note note;
	struct progress_item *it;
	int right = atoi(argv[3]), wrong = atoi(argv[4]), fd;
	struct timespec ms10 = { 0, 10000000L };

	if (progress_load(&p, argv[1], &note) != PROGRESS_OK) {
		say(&note);
		return 1;
	}
	p.session++;
	it = progress_item(&p, argv[2]);
	if (!it) {
		fprintf(stderr, "saver: bad key %s\n", argv[2]);
		return 1;
	}
	for (int i = 0; i < right + wrong; i++)
		progress_answer(&p, it, i < right);
	fd = open(argv[5], O_WRONLY | O_CREAT, 0600);
	if (fd >= 0)
		close(fd);
	for (int i = 0; i < 2000 && access(argv[6], F_OK) < 0; i++)
		nanosleep(&ms10, NULL);
	if (progress_save(&p, argv[1], &note) < 0) {
		say(&note);
		return 1;
	}
	progress_free(&p);
	return 0;
}

int main(int argc, char **argv)
{
	struct progress p;
	struct progress_note note;
	char key[PROGRESS_KEY_MAX];
	int n, items;

	if (argc == 3 && !strcmp(argv[1], "--check")) {
		enum progress_load r = progress_load(&p, argv[2], &note);

		if (r != PROGRESS_OK)
			say(&note);
		progress_free(&p);
		return r == PROGRESS_OK ? 0 : 1;
	}
	if (argc == 8 && !strcmp(argv[1], "--answer"))
		return answer_then_save(argv + 1);
	if (argc < 3)
		return 2;
	n = atoi(argv[2]);
	items = argc > 3 ? atoi(argv[3]) : 200;
	srand((unsigned)getpid());
	for (int i = 0; i < n; i++) {
		if (progress_load(&p, argv[1], &note) != PROGRESS_OK) {
			say(&note);
			return 1;
		}
		p.session++;
		for (int k = 0; k < items; k++) {
			snprintf(key, sizeof key, "%d/phrase", 100 + rand() % 500);
			progress_answer(&p, progress_item(&p, key), rand() % 2);
		}
		/* as the browser does: a save skipped for a held lock is
		 * tried again, with the answers kept */
		for (int tries = 0; progress_save(&p, argv[1], &note) < 0;
		     tries++)
			if (note.why != PW_LOCK_HELD || tries == 20) {
				say(&note);
				return 1;
			}
		progress_free(&p);
	}
	return 0;
}
