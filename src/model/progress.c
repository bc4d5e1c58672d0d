#include <config.h>

#include "progress.h"
#include "mem.h"
#include "xdg.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The file:
 *   httpcodes-progress 1
 *   session 12
 *   404/phrase 3 11 4 1        key box last-session right wrong
 * Anything else makes the whole file invalid: it is moved aside rather than
 * half-read, so a damaged file never silently loses or invents progress. */
#define MAGIC "httpcodes-progress"

void progress_init(struct progress *p)
{
	memset(p, 0, sizeof *p);
}

void progress_free(struct progress *p)
{
	free(p->items);
	progress_init(p);
}

static size_t lower_bound(const struct progress *p, const char *key)
{
	size_t lo = 0, hi = p->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(p->items[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct progress_item *progress_find(const struct progress *p,
					  const char *key)
{
	size_t i = lower_bound(p, key);

	return i < p->n && !strcmp(p->items[i].key, key) ? &p->items[i] : NULL;
}

static int valid_key(const char *key)
{
	size_t n = strlen(key);

	if (n == 0 || n >= PROGRESS_KEY_MAX)
		return 0;
	for (; *key; key++)
		if ((unsigned char)*key <= ' ' || (unsigned char)*key >= 0x7f)
			return 0;
	return 1;
}

struct progress_item *progress_item(struct progress *p, const char *key)
{
	size_t i;

	if (!valid_key(key))
		return NULL;
	i = lower_bound(p, key);
	if (i < p->n && !strcmp(p->items[i].key, key))
		return &p->items[i];
	if (mem_grow((void **)&p->items, &p->cap, p->n + 1, sizeof *p->items))
		return NULL;
	memmove(&p->items[i + 1], &p->items[i], (p->n - i) * sizeof *p->items);
	p->n++;
	memset(&p->items[i], 0, sizeof p->items[i]);
	strcpy(p->items[i].key, key);
	p->items[i].box = 1;
	return &p->items[i];
}

int progress_due(const struct progress_item *it, unsigned session)
{
	unsigned every = 1u << (it->box - 1);

	if (!it->right && !it->wrong)
		return 1; /* never asked */
	return session - it->last >= every;
}

void progress_answer(struct progress *p, struct progress_item *it, int right)
{
	if (right) {
		it->right++;
		if (it->box < PROGRESS_BOXES)
			it->box++;
	} else {
		it->wrong++;
		it->box = 1;
	}
	it->last = p->session;
	it->dirty = 1;
}

/* ---- the text format -------------------------------------------------- */

static int parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	unsigned long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Split line (NUL-terminated, modified) at spaces into at most max words. */
static int split(char *line, char **w, int max)
{
	int n = 0;
	char *save;

	for (char *s = strtok_r(line, " ", &save); s;
	     s = strtok_r(NULL, " ", &save)) {
		if (n == max)
			return max + 1;
		w[n++] = s;
	}
	return n;
}

static int parse_line(struct progress *p, char *line, int lineno,
		      int *future, int *seen_session)
{
	char *w[6];
	int n = split(line, w, 5);
	unsigned long v[4];
	struct progress_item *it;

	if (lineno == 1) {
		if (n != 2 || strcmp(w[0], MAGIC) || parse_uint(w[1], 1000000,
								&v[0]) < 0)
			return -1;
		if (v[0] > PROGRESS_VERSION)
			*future = 1;
		return v[0] == PROGRESS_VERSION ? 0 : -1;
	}
	if (n == 0 || w[0][0] == '#')
		return 0;
	if (!strcmp(w[0], "session")) {
		/* once, before the items: their sessions are checked against it */
		if (n != 2 || *seen_session || p->n ||
		    parse_uint(w[1], 0xffffffffUL, &v[0]) < 0)
			return -1;
		*seen_session = 1;
		p->session = (unsigned)v[0];
		return 0;
	}
	if (n != 5 || !valid_key(w[0]) || progress_find(p, w[0]))
		return -1;
	for (int i = 0; i < 4; i++)
		if (parse_uint(w[i + 1], 0xffffffffUL, &v[i]) < 0)
			return -1;
	if (v[0] < 1 || v[0] > PROGRESS_BOXES || v[1] > p->session + 0UL)
		return -1;
	it = progress_item(p, w[0]);
	if (!it)
		return -1;
	it->box = (int)v[0];
	it->last = (unsigned)v[1];
	it->right = (unsigned)v[2];
	it->wrong = (unsigned)v[3];
	return 0;
}

int progress_parse(struct progress *p, const char *text, size_t len,
		   int *future)
{
	char line[256];
	size_t i = 0;
	int lineno = 0, seen_session = 0;

	*future = 0;
	progress_init(p);
	if (memchr(text, '\0', len))
		return -1;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t n;

		if (!nl)
			goto bad; /* a file cut short: the last line is whole */
		n = (size_t)(nl - (text + i));
		if (n >= sizeof line)
			goto bad;
		memcpy(line, text + i, n);
		line[n] = '\0';
		i += n + 1;
		if (parse_line(p, line, ++lineno, future, &seen_session) < 0)
			goto bad;
	}
	if (lineno == 0)
		goto bad;
	return 0;
bad:
	progress_free(p);
	return -1;
}

char *progress_format(const struct progress *p)
{
	size_t cap = 64 + p->n * (PROGRESS_KEY_MAX + 48), k;
	char *s = malloc(cap);

	if (!s)
		return NULL;
	k = (size_t)snprintf(s, cap, MAGIC " %d\nsession %u\n",
			     PROGRESS_VERSION, p->session);
	for (size_t i = 0; i < p->n; i++) {
		const struct progress_item *it = &p->items[i];

		k += (size_t)snprintf(s + k, cap - k, "%s %d %u %u %u\n",
				      it->key, it->box, it->last, it->right,
				      it->wrong);
	}
	return s;
}

/* ---- files ------------------------------------------------------------ */

char *progress_default_path(void)
{
	return xdg_path("XDG_STATE_HOME", ".local/state", "progress");
}

static char *read_all(int fd, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);

	while (buf) {
		ssize_t got;

		if (n == cap) {
			char *nb = cap < ((size_t)16 << 20) ?
				realloc(buf, cap *= 2) : NULL;
			if (!nb) {
				free(buf);
				return NULL;
			}
			buf = nb;
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			free(buf);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	*len = n;
	return buf;
}

/* The lock lives in its own file, so that the data file can be replaced
 * by rename while the lock is held. */
static int lock_open(const char *path, int how)
{
	char lock[4096];
	int fd;

	if (snprintf(lock, sizeof lock, "%s.lock", path) >= (int)sizeof lock)
		return -1;
	fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 && how == LOCK_SH)
		return -2; /* read-only directory: read without a lock */
	if (fd < 0)
		return -1;
	while (flock(fd, how) < 0)
		if (errno != EINTR) {
			close(fd);
			return -1;
		}
	return fd;
}

static void move_aside(const char *path, char *msg, size_t msglen,
		       const char *why)
{
	char aside[4096], stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	snprintf(aside, sizeof aside, "%s.corrupt-%s", path, stamp);
	if (rename(path, aside) == 0)
		snprintf(msg, msglen, "%s %s; moved it to %s and started "
			 "afresh", path, why, aside);
	else
		snprintf(msg, msglen, "%s %s (and could not move it aside: "
			 "%s); starting afresh", path, why, strerror(errno));
}

enum progress_load progress_load(struct progress *p, const char *path,
				 char *msg, size_t msglen)
{
	int lock, fd, future;
	char *text;
	size_t len = 0;
	enum progress_load r = PROGRESS_OK;
	char dummy[2];

	if (!msg) {
		msg = dummy;
		msglen = sizeof dummy;
	}
	msg[0] = '\0';
	progress_init(p);
	lock = lock_open(path, LOCK_SH);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT) {
			snprintf(msg, msglen, "cannot read %s: %s", path,
				 strerror(errno));
			r = PROGRESS_IO;
		}
		goto out;
	}
	text = read_all(fd, &len);
	close(fd);
	if (!text) {
		snprintf(msg, msglen, "cannot read %s", path);
		r = PROGRESS_IO;
		goto out;
	}
	if (progress_parse(p, text, len, &future) == 0) {
		p->saved_session = p->session;
	} else {
		r = future ? PROGRESS_FUTURE : PROGRESS_CORRUPT;
		move_aside(path, msg, msglen, future ?
			   "was written by a newer httpcodes" : "is damaged");
		progress_init(p);
	}
	free(text);
out:
	if (lock >= 0)
		close(lock);
	return r;
}

static int mkdirs(char *dir)
{
	for (char *s = dir + 1; *s; s++)
		if (*s == '/') {
			*s = '\0';
			if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
				*s = '/';
				return -1;
			}
			*s = '/';
		}
	return mkdir(dir, 0700) < 0 && errno != EEXIST ? -1 : 0;
}

/* Take what another process saved meanwhile, keeping our own changes. */
static void merge_disk(struct progress *p, const char *path)
{
	struct progress disk;
	int fd = open(path, O_RDONLY | O_CLOEXEC), future;
	size_t len;
	char *text;

	if (fd < 0)
		return;
	text = read_all(fd, &len);
	close(fd);
	if (!text)
		return;
	if (progress_parse(&disk, text, len, &future) == 0) {
		/* sessions started by other copies meanwhile count too */
		p->session = disk.session + (p->session - p->saved_session);
		for (size_t i = 0; i < disk.n; i++) {
			const struct progress_item *mine =
				progress_find(p, disk.items[i].key);
			struct progress_item *it;

			if (mine && mine->dirty)
				continue;
			it = progress_item(p, disk.items[i].key);
			if (it)
				*it = disk.items[i];
		}
	}
	free(text);
	progress_free(&disk);
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

int progress_save(struct progress *p, const char *path, char *msg,
		  size_t msglen)
{
	char dir[4096], tmp[4096];
	char *slash, *text = NULL;
	int lock = -1, fd = -1, r = -1;

	if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir ||
	    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >=
		    (int)sizeof tmp) {
		snprintf(msg, msglen, "path too long");
		return -1;
	}
	slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (mkdirs(dir) < 0)
			goto fail;
	}
	lock = lock_open(path, LOCK_EX);
	if (lock < 0)
		goto fail;
	merge_disk(p, path);
	text = progress_format(p);
	if (!text) {
		errno = ENOMEM;
		goto fail;
	}
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write_all(fd, text, strlen(text)) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0)
		goto fail;
	/* make the rename itself durable */
	if (slash && slash != dir && (fd = open(dir, O_RDONLY | O_DIRECTORY |
						     O_CLOEXEC)) >= 0) {
		fsync(fd);
		close(fd);
		fd = -1;
	}
	for (size_t i = 0; i < p->n; i++)
		p->items[i].dirty = 0;
	p->saved_session = p->session;
	r = 0;
	goto out;
fail:
	snprintf(msg, msglen, "cannot save %s: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
	unlink(tmp);
out:
	free(text);
	if (lock >= 0)
		close(lock);
	return r;
}
