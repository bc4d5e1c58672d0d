/* Study progress: an FSRS schedule per item (fsrs.h), kept in a small text
 * file that is written atomically under an advisory lock.  Several copies of the program
 * may study at once: each save adds what this copy answered since its last
 * save to what is on disk then, so no copy's answers overwrite another's. */
#ifndef HC_PROGRESS_H
#define HC_PROGRESS_H

#include <stddef.h>

#include "fsrs.h"
#include "table.h"

#define PROGRESS_VERSION 2
/* Mastery levels 1..5 (the Leitner boxes of version 1): level b holds the
 * items whose stability is at least 2^(b-1) days, under 2^b. */
#define PROGRESS_BOXES 5
#define PROGRESS_KEY_MAX 48
/* No progress file comes near this (a few thousand items at most): a
 * bigger one is not ours, and is neither read nor written over. */
#define PROGRESS_FILE_MAX ((size_t)16 << 20)
/* How long a save waits for another copy's lock before it gives up for
 * this time (and tries again at the next one). */
#define PROGRESS_LOCK_WAIT_MS 1000

/* One thing to learn: "404/phrase", "401-vs-403#2/situation"... */
struct progress_item {
	char key[PROGRESS_KEY_MAX];
	int box;          /* 1..PROGRESS_BOXES, from the stability */
	unsigned right, wrong;
	struct fsrs_card fs; /* stability 0: never reviewed */
	/* this copy's answers since the file was last read or written: what
	 * the next save adds to the file */
	unsigned new_right, new_wrong;
};

struct progress {
	struct progress_item *items; /* sorted by key */
	size_t n, cap;
	unsigned session; /* sessions started so far */
	unsigned saved_session; /* session as last loaded or saved */
	/* Asked while a save waits for the lock: nonzero stops the waiting
	 * (the program is being ended).  NULL: wait the whole time. */
	int (*interrupted)(void);
};

enum progress_load {
	PROGRESS_OK,      /* loaded, or no file yet */
	PROGRESS_CORRUPT, /* damaged: left in place, kept aside at the first save */
	PROGRESS_FUTURE,  /* written by a newer version: left alone, never saved over */
	PROGRESS_IO,      /* could not be read: left alone, never saved over */
};

/* What went wrong with the file, for a message (progress_note_text). */
enum progress_why {
	PW_NONE,
	PW_UNREADABLE, /* err */
	PW_SPECIAL,    /* not a regular file: mode */
	PW_TOO_BIG,    /* more than PROGRESS_FILE_MAX */
	PW_DAMAGED,    /* line: the first bad line */
	PW_FUTURE,     /* version */
	PW_READ_ONLY,  /* the file has no write permission: not saved over */
	PW_LOCK_HELD,  /* another copy kept the lock past the wait */
	PW_LOCK_BAD,   /* the lock file cannot be used: err, or mode */
	PW_WRITE,      /* writing failed (a full disk...): err */
	PW_KEPT_ASIDE, /* saved; the damaged file was copied to aside first */
};

struct progress_note {
	enum progress_why why;
	int err;
	unsigned mode;
	unsigned long line, version;
	char file[4200];  /* the file it is about, as the system names it */
	char aside[4200];
};

void progress_init(struct progress *p);
void progress_free(struct progress *p);

/* Parse the text of a progress file; 0 on success, -1 when it is not a
 * valid file of this version or of version 1, which is migrated (*future
 * is set when it is of a later one).  A version 1 file's boxes are
 * scheduled from the time of the parse. */
int progress_parse(struct progress *p, const char *text, size_t len,
		   int *future);
/* The same; *bad_line gets the first line found wrong. */
int progress_parse_line(struct progress *p, const char *text, size_t len,
			int *future, unsigned long *bad_line);
/* The file's text (malloc'd, NUL-terminated). */
char *progress_format(const struct progress *p);

/* $XDG_STATE_HOME/httpcodes/progress, or ~/.local/state/httpcodes/progress;
 * NULL when neither XDG_STATE_HOME nor HOME is usable. */
char *progress_default_path(void);

/* Load path (a symbolic link is followed to its target).  Never writes
 * anything: no lock, no directory, no move.  note (if not NULL) says what
 * was wrong; it may be set with PROGRESS_OK too (PW_READ_ONLY). */
enum progress_load progress_load(struct progress *p, const char *path,
				 struct progress_note *note);
/* Save this copy's new answers: under the lock, read the file again, add
 * them to it, write a temporary file beside it, fsync, rename.  A file
 * that cannot be read, or is of a newer version, is never written over;
 * a damaged one is first copied aside under a name of its own.  0 on
 * success (note may say PW_KEPT_ASIDE), -1 with note set; the new
 * answers are then kept for the next save. */
int progress_save(struct progress *p, const char *path,
		  struct progress_note *note);
/* Answers given and not saved yet. */
unsigned long progress_unsaved(const struct progress *p);

/* One line for the user (file names made safe to print).  study: add what
 * follows for the answers (kept for this run, tried again...). */
void progress_note_text(const struct progress_note *n, enum hc_lang lang,
			int study, char *buf, size_t len);

/* Find or add an item (box 1, never asked). NULL when out of memory or the
 * key is not one a question can have. */
struct progress_item *progress_item(struct progress *p, const char *key);
const struct progress_item *progress_find(const struct progress *p,
					  const char *key);

/* 1 when the item is due at now: never reviewed, or its FSRS due time
 * has come. */
int progress_due(const struct progress_item *it, long long now);
/* A reviewed item whose due time has come (a never reviewed one is new,
 * not due). */
int progress_overdue(const struct progress_item *it, long long now);
/* A right answer is reviewed as Good, a wrong one as Again, now. */
void progress_answer(struct progress *p, struct progress_item *it, int right);

/* A review graded as Anki grades one: Again (forgotten), Hard, Good, Easy. */
enum progress_grade { PG_AGAIN = 1, PG_HARD, PG_GOOD, PG_EASY };
/* Record a graded review at now (seconds since the epoch): Again counts
 * as a wrong answer and the others as right ones; FSRS sets the new
 * stability, difficulty and due time. */
void progress_review(struct progress *p, struct progress_item *it,
		     enum progress_grade g, long long now);

/* The end of the local day of now (23:59:59), for "due today". */
long long progress_day_end(long long now);
/* t as local time: "2026-12-03T09:00:00+09:00" (ISO 8601 with the
 * offset) when iso, else "2026-12-03 09:00". */
void progress_time_text(long long t, int iso, char *buf, size_t n);

#endif
