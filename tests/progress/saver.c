/* saver FILE N [ITEMS]: N times, load FILE, answer ITEMS items (default 200)
 * and save it, as a study session does.  saver --check FILE: exit 0 when
 * FILE is a valid progress file (or does not exist), 1 otherwise. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/progress.h"

int main(int argc, char **argv)
{
	struct progress p;
	char msg[1024], key[PROGRESS_KEY_MAX];
	int n, items;

	if (argc == 3 && !strcmp(argv[1], "--check")) {
		enum progress_load r = progress_load(&p, argv[2], msg, sizeof msg);

		if (r != PROGRESS_OK)
			fprintf(stderr, "%s\n", msg);
		progress_free(&p);
		return r == PROGRESS_OK ? 0 : 1;
	}
	if (argc < 3)
		return 2;
	n = atoi(argv[2]);
	items = argc > 3 ? atoi(argv[3]) : 200;
	srand((unsigned)getpid());
	for (int i = 0; i < n; i++) {
		if (progress_load(&p, argv[1], msg, sizeof msg) != PROGRESS_OK) {
			fprintf(stderr, "saver: %s\n", msg);
			return 1;
		}
		p.session++;
		for (int k = 0; k < items; k++) {
			snprintf(key, sizeof key, "%d/phrase", 100 + rand() % 500);
			progress_answer(&p, progress_item(&p, key), rand() % 2);
		}
		if (progress_save(&p, argv[1], msg, sizeof msg) < 0) {
			fprintf(stderr, "saver: %s\n", msg);
			return 1;
		}
		progress_free(&p);
	}
	return 0;
}
