/* Study progress: Leitner boxes per item, kept in a small text file that is
 * written atomically under an advisory lock. */
#ifndef HC_PROGRESS_H
#define HC_PROGRESS_H

#include <stddef.h>

#define PROGRESS_VERSION 1
#define PROGRESS_BOXES 5
#define PROGRESS_KEY_MAX 48

/* One thing to learn: "404/phrase", "401-vs-403#2/situation"... */
struct progress_item {
	char key[PROGRESS_KEY_MAX];
	int box;          /* 1..PROGRESS_BOXES */
	unsigned last;    /* the session it was last asked in */
	unsigned right, wrong;
	int dirty;        /* changed by this process, not saved yet */
};

struct progress {
	struct progress_item *items; /* sorted by key */
	size_t n, cap;
	unsigned session; /* sessions started so far */
	unsigned saved_session; /* session as last loaded or saved */
};

enum progress_load {
	PROGRESS_OK,      /* loaded, or no file yet */
	PROGRESS_CORRUPT, /* moved aside; starting fresh */
	PROGRESS_FUTURE,  /* written by a newer version; moved aside */
	PROGRESS_IO,      /* could not read (permissions...); starting fresh */
};

void progress_init(struct progress *p);
void progress_free(struct progress *p);

/* Parse the text of a progress file; 0 on success, -1 when it is not a
 * valid file of this version (*future is set when it is of a later one). */
int progress_parse(struct progress *p, const char *text, size_t len,
		   int *future);
/* The file's text (malloc'd, NUL-terminated). */
char *progress_format(const struct progress *p);

/* $XDG_STATE_HOME/httpcodes/progress, or ~/.local/state/httpcodes/progress;
 * NULL when neither XDG_STATE_HOME nor HOME is usable. */
char *progress_default_path(void);

/* Load path.  A corrupt or future file is renamed to
 * "path.corrupt-YYYYMMDD-HHMMSS"; msg (if not NULL) gets a one-line
 * explanation for the user in that case and for PROGRESS_IO. */
enum progress_load progress_load(struct progress *p, const char *path,
				 char *msg, size_t msglen);
/* Save the dirty items: under an exclusive lock, re-read the file, merge,
 * write a temporary file, fsync, rename.  0 on success, -1 with msg set. */
int progress_save(struct progress *p, const char *path, char *msg,
		  size_t msglen);

/* Find or add an item (box 1, never asked). NULL when out of memory or the
 * key is too long. */
struct progress_item *progress_item(struct progress *p, const char *key);
const struct progress_item *progress_find(const struct progress *p,
					  const char *key);

/* Leitner: an item in box b comes back every 2^(b-1) sessions. */
int progress_due(const struct progress_item *it, unsigned session);
/* A right answer moves the item up one box, a wrong one back to box 1. */
void progress_answer(struct progress *p, struct progress_item *it, int right);

#endif
