/* Reading a whole file safely: the settings, the progress file, a data
 * file.  A FIFO, a device or a directory put where a file should be is
 * refused, not read: opening or reading it could block for ever or never
 * end.  What is read is capped. */
#ifndef HC_FILE_H
#define HC_FILE_H

#include <stddef.h>

#include "table.h"

enum file_status {
	FILE_OK,
	FILE_MISSING, /* no such file (or a directory on the way is missing) */
	FILE_ERROR,   /* could not open or read it: err holds errno */
	FILE_SPECIAL, /* not a regular file: mode says what it is */
	FILE_TOO_BIG, /* more than the cap */
};

struct file_text {
	char *text;      /* malloc'd, NUL-terminated (FILE_OK only) */
	size_t len;
	int err;         /* FILE_ERROR, FILE_MISSING: errno */
	unsigned mode;   /* st_mode, when the file was there */
};

/* Read path whole into f, at most cap bytes.  The file is opened with
 * O_NONBLOCK and checked with fstat before anything is read. */
enum file_status file_read(const char *path, size_t cap, struct file_text *f);
void file_text_free(struct file_text *f);

/* What a non-regular file is, as words for a message: "a directory",
 * "a FIFO", "a character device"... */
const char *file_kind(unsigned mode, enum hc_lang lang);

#endif
