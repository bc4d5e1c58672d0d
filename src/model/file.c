#include <config.h>

#include "file.h"
#include "i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static enum file_status fail_errno(struct file_text *f, int err)
{
	f->err = err;
	return err == ENOENT || err == ENOTDIR ? FILE_MISSING : FILE_ERROR;
}

enum file_status file_read(const char *path, size_t cap, struct file_text *f)
{
	struct stat st;
	size_t want, n = 0;
	int fd;

	memset(f, 0, sizeof *f);
	/* stat first: a device is not even opened (opening a tape rewinds
	 * it, a tty could become ours); fstat below closes the race */
	if (stat(path, &st) < 0)
		return fail_errno(f, errno);
	f->mode = (unsigned)st.st_mode;
	if (!S_ISREG(st.st_mode))
		return FILE_SPECIAL;
	if ((unsigned long long)st.st_size > cap)
		return FILE_TOO_BIG;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return fail_errno(f, errno);
	if (fstat(fd, &st) < 0) {
		int e = errno;

		close(fd);
		return fail_errno(f, e);
	}
	if (!S_ISREG(st.st_mode)) { /* swapped since the stat */
		close(fd);
		f->mode = (unsigned)st.st_mode;
		return FILE_SPECIAL;
	}
	/* one byte more than the cap tells a file that grew past it */
	want = (size_t)st.st_size < cap ? (size_t)st.st_size + 1 : cap + 1;
	f->text = malloc(want + 1);
	if (!f->text) {
		close(fd);
		return fail_errno(f, ENOMEM);
	}
	for (;;) {
		ssize_t got;

		if (n == want) {
			char *nb;

			if (want > cap)
				break;
			want = want * 2 < cap + 1 ? want * 2 : cap + 1;
			nb = realloc(f->text, want + 1);
			if (!nb) {
				close(fd);
				file_text_free(f);
				return fail_errno(f, ENOMEM);
			}
			f->text = nb;
		}
		got = read(fd, f->text + n, want - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;

			close(fd);
			file_text_free(f);
			return fail_errno(f, e);
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	if (n > cap) {
		file_text_free(f);
		return FILE_TOO_BIG;
	}
	f->text[n] = '\0';
	f->len = n;
	return FILE_OK;
}

void file_text_free(struct file_text *f)
{
	free(f->text);
	f->text = NULL;
	f->len = 0;
}

const char *file_kind(unsigned mode, enum hc_lang lang)
{
	enum hc_msg m = MSG_S_SPECIAL;

	if (S_ISDIR(mode))
		m = MSG_S_DIR;
	else if (S_ISFIFO(mode))
		m = MSG_S_FIFO;
	else if (S_ISCHR(mode))
		m = MSG_S_CHR;
	else if (S_ISBLK(mode))
		m = MSG_S_BLK;
	else if (S_ISSOCK(mode))
		m = MSG_S_SOCK;
	else if (S_ISLNK(mode))
		m = MSG_S_LINK;
	return hc_msg(lang, m);
}
