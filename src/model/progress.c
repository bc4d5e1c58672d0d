#include <config.h>

#include "progress.h"
#include "file.h"
#include "i18n.h"
#include "mem.h"
#include "quiz.h"
#include "text.h"
#include "xdg.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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
 * Blank lines and '#' comments (of any length) are skipped; CRLF line
 * ends, a UTF-8 BOM and a last line without its newline are read as
 * meant.  Anything else makes the whole file invalid: it is kept aside
 * rather than half-read, so a damaged file never silently loses or
 * invents progress. */
#define MAGIC "httpcodes-progress"
#define LINE_MAX_BYTES 255

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

/* Only keys a question can have: anything else in a file is damage, and
 * an item the file could not hold again is never made. */
/* The mock interview's items: "NNN/interview" (a code's interview note)
 * and "ID/concept" (a concept card: lowercase letters, digits, '-'). */
static int interview_key_valid(const char *key, size_t n)
{
	static const char iv[] = "/interview", cc[] = "/concept";
	const size_t ni = sizeof iv - 1, nc = sizeof cc - 1;

	if (n == 3 + ni && !memcmp(key + 3, iv, ni))
		return key[0] >= '1' && key[0] <= '5' && key[1] >= '0' &&
		       key[1] <= '9' && key[2] >= '0' && key[2] <= '9';
	if (n <= nc || n - nc > HC_CONCEPT_ID_MAX || memcmp(key + n - nc, cc, nc))
		return 0;
	for (size_t i = 0; i < n - nc; i++)
		if (!((key[i] >= 'a' && key[i] <= 'z') ||
		      (key[i] >= '0' && key[i] <= '9') || key[i] == '-'))
			return 0;
	return 1;
}

static int valid_key(const char *key, size_t n)
{
	return n > 0 && n < PROGRESS_KEY_MAX &&
	       (quiz_key_valid(key) || interview_key_valid(key, n));
}

struct progress_item *progress_item(struct progress *p, const char *key)
{
	size_t i;

	if (!valid_key(key, strlen(key)))
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

static unsigned add_sat(unsigned a, unsigned b)
{
	return a > UINT_MAX - b ? UINT_MAX : a + b;
}

void progress_answer(struct progress *p, struct progress_item *it, int right)
{
	if (right) {
		it->right = add_sat(it->right, 1);
		it->new_right = add_sat(it->new_right, 1);
		it->tail_right = add_sat(it->tail_right, 1);
		if (it->box < PROGRESS_BOXES)
			it->box++;
	} else {
		it->wrong = add_sat(it->wrong, 1);
		it->new_wrong = add_sat(it->new_wrong, 1);
		it->tail_right = 0;
		it->box = 1;
	}
	it->last = p->session;
}

void progress_review(struct progress *p, struct progress_item *it,
		     enum progress_grade g, long long now)
{
	(void)now; /* boxes count sessions, not time */
	progress_answer(p, it, g != PG_AGAIN);
}

unsigned long progress_unsaved(const struct progress *p)
{
	unsigned long n = 0;

	for (size_t i = 0; i < p->n; i++)
		n += (unsigned long)p->items[i].new_right + p->items[i].new_wrong;
	return n;
}

/* ---- the text format -------------------------------------------------- */

static int parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	unsigned long v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		if (v > (max - (unsigned long)(*s - '0')) / 10)
			return -1;
		v = v * 10 + (unsigned long)(*s - '0');
	}
	*out = v;
	return 0;
}

/* Split line (NUL-terminated, modified) at spaces and tabs into at most
 * max words; max + 1 when there are more. */
static int split(char *line, char **w, int max)
{
	int n = 0;
	char *save;

	for (char *s = strtok_r(line, " \t", &save); s;
	     s = strtok_r(NULL, " \t", &save)) {
		if (n == max)
			return max + 1;
		w[n++] = s;
	}
	return n;
}

/* An item as read, with its line for the duplicate check. */
struct parsed {
	struct progress_item it;
	unsigned long line;
};

struct parse_state {
	struct progress *p;
	struct parsed *items;
	size_t n, cap;
	int seen_session;
	int *future;
};

static int parse_line(struct parse_state *ps, char *line,
		      unsigned long lineno)
{
	char *w[6];
	int n = split(line, w, 5);
	unsigned long v[4];
	struct progress_item *it;

	if (lineno == 1) {
		if (n != 2 || strcmp(w[0], MAGIC) ||
		    parse_uint(w[1], 1000000, &v[0]) < 0)
			return -1;
		if (v[0] > PROGRESS_VERSION)
			*ps->future = 1;
		return v[0] == PROGRESS_VERSION ? 0 : -1;
	}
	if (n == 0)
		return 0;
	if (!strcmp(w[0], "session")) {
		/* once, before the items: their sessions are checked against it */
		if (n != 2 || ps->seen_session || ps->n ||
		    parse_uint(w[1], 0xffffffffUL, &v[0]) < 0)
			return -1;
		ps->seen_session = 1;
		ps->p->session = (unsigned)v[0];
		return 0;
	}
	if (n != 5 || !valid_key(w[0], strlen(w[0])))
		return -1;
	for (int i = 0; i < 4; i++)
		if (parse_uint(w[i + 1], 0xffffffffUL, &v[i]) < 0)
			return -1;
	if (v[0] < 1 || v[0] > PROGRESS_BOXES || v[1] > ps->p->session + 0UL)
		return -1;
	if (mem_grow((void **)&ps->items, &ps->cap, ps->n + 1,
		     sizeof *ps->items))
		return -1;
	it = &ps->items[ps->n].it;
	memset(it, 0, sizeof *it);
	strcpy(it->key, w[0]);
	it->box = (int)v[0];
	it->last = (unsigned)v[1];
	it->right = (unsigned)v[2];
	it->wrong = (unsigned)v[3];
	ps->items[ps->n++].line = lineno;
	return 0;
}

static int by_key_line(const void *a, const void *b)
{
	const struct parsed *x = a, *y = b;
	int c = strcmp(x->it.key, y->it.key);

	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Items are gathered in file order and sorted once (n log n): inserting
 * each in order made a file in reverse order quadratic. */
static int finish_items(struct parse_state *ps, unsigned long *bad_line)
{
	struct progress *p = ps->p;

	if (!ps->n)
		return 0;
	qsort(ps->items, ps->n, sizeof *ps->items, by_key_line);
	for (size_t i = 1; i < ps->n; i++)
		if (!strcmp(ps->items[i].it.key, ps->items[i - 1].it.key)) {
			*bad_line = ps->items[i].line; /* the second one */
			return -1;
		}
	p->items = malloc(ps->n * sizeof *p->items);
	if (!p->items)
		return -1;
	for (size_t i = 0; i < ps->n; i++)
		p->items[i] = ps->items[i].it;
	p->n = p->cap = ps->n;
	return 0;
}

int progress_parse_line(struct progress *p, const char *text, size_t len,
			int *future, unsigned long *bad_line)
{
	struct parse_state ps = { .p = p, .future = future };
	char line[LINE_MAX_BYTES + 1];
	size_t i = 0;
	unsigned long lineno = 0;

	*future = 0;
	*bad_line = 1;
	progress_init(p);
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		i = 3; /* a BOM an editor added */
	while (i < len) {
		const char *s = text + i, *nl = memchr(s, '\n', len - i);
		size_t n = nl ? (size_t)(nl - s) : len - i;

		i += n + (nl != NULL);
		*bad_line = ++lineno;
		if (n && s[n - 1] == '\r')
			n--;
		if (memchr(s, '\0', n))
			goto bad;
		while (n && (*s == ' ' || *s == '\t'))
			s++, n--;
		if (lineno > 1 && (n == 0 || *s == '#'))
			continue; /* comments are read past, however long */
		if (n > LINE_MAX_BYTES)
			goto bad;
		memcpy(line, s, n);
		line[n] = '\0';
		if (parse_line(&ps, line, lineno) < 0)
			goto bad;
	}
	if (lineno == 0)
		goto bad;
	if (finish_items(&ps, bad_line) < 0)
		goto bad;
	free(ps.items);
	p->saved_session = p->session;
	return 0;
bad:
	free(ps.items);
	progress_free(p);
	return -1;
}

int progress_parse(struct progress *p, const char *text, size_t len,
		   int *future)
{
	unsigned long line;

	return progress_parse_line(p, text, len, future, &line);
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

/* ---- messages ---------------------------------------------------------- */

static void note_set(struct progress_note *n, enum progress_why why,
		     const char *file, int err)
{
	size_t k = strlen(file);

	n->why = why;
	n->err = err;
	if (k >= sizeof n->file)
		k = sizeof n->file - 1;
	memmove(n->file, file, k);
	n->file[k] = '\0';
}

void progress_note_text(const struct progress_note *n, enum hc_lang L,
			int study, char *buf, size_t len)
{
	static const enum hc_msg fmt[] = {
		[PW_UNREADABLE] = MSG_P_UNREADABLE,
		[PW_SPECIAL] = MSG_P_SPECIAL,
		[PW_TOO_BIG] = MSG_P_TOO_BIG,
		[PW_DAMAGED] = MSG_P_DAMAGED,
		[PW_FUTURE] = MSG_P_FUTURE,
		[PW_READ_ONLY] = MSG_P_READ_ONLY,
		[PW_LOCK_HELD] = MSG_P_LOCK_HELD,
		[PW_LOCK_BAD] = MSG_P_LOCK_BAD,
		[PW_WRITE] = MSG_P_WRITE,
		[PW_KEPT_ASIDE] = MSG_P_KEPT_ASIDE,
	};
	char detail[64], *file, *aside = NULL;
	const char *args[2];
	enum hc_msg tail = MSG_N;
	size_t k;

	if (!len)
		return;
	buf[0] = '\0';
	if (n->why == PW_NONE || n->why > PW_KEPT_ASIDE)
		return;
	/* a name from the environment can hold anything: escapes stay out */
	file = text_sanitize_dup(n->file, strlen(n->file), 0);
	args[0] = file ? file : "?";
	args[1] = "";
	switch (n->why) {
	case PW_UNREADABLE:
	case PW_WRITE:
		args[1] = hc_errno_text(L, n->err);
		break;
	case PW_SPECIAL:
		args[1] = file_kind(n->mode, L);
		break;
	case PW_LOCK_BAD:
		args[1] = n->mode ? file_kind(n->mode, L)
				  : hc_errno_text(L, n->err);
		break;
	case PW_TOO_BIG:
		snprintf(detail, sizeof detail, "%zu MiB",
			 PROGRESS_FILE_MAX >> 20);
		args[1] = detail;
		break;
	case PW_DAMAGED:
		snprintf(detail, sizeof detail, "%lu", n->line);
		args[1] = detail;
		break;
	case PW_FUTURE:
		snprintf(detail, sizeof detail, "%lu", n->version);
		args[1] = detail;
		break;
	case PW_KEPT_ASIDE:
		aside = text_sanitize_dup(n->aside, strlen(n->aside), 0);
		args[1] = aside ? aside : "?";
		break;
	default:
		break;
	}
	hc_msg_fill(buf, len, hc_msg(L, fmt[n->why]), args, 2);
	switch (n->why) {
	case PW_LOCK_HELD:
	case PW_LOCK_BAD:
	case PW_WRITE:
		tail = MSG_P_RETRY;
		break;
	case PW_DAMAGED:
		tail = MSG_P_ASIDE_LATER;
		break;
	case PW_KEPT_ASIDE:
		break;
	default:
		tail = MSG_P_LEFT;
	}
	k = strlen(buf);
	if (study && tail != MSG_N && k < len)
		snprintf(buf + k, len - k, "%s", hc_msg(L, tail));
	free(file);
	free(aside);
}

/* ---- files ------------------------------------------------------------ */

char *progress_default_path(void)
{
	return xdg_path("XDG_STATE_HOME", ".local/state", "progress");
}

/* The file a symbolic link ends at (a progress file kept in a dotfiles
 * repository): what is read, and what a save replaces.  The last link
 * may point nowhere yet.  0, or an errno. */
static int resolve(const char *path, char *out, size_t n)
{
	char cur[PATH_MAX], link[PATH_MAX];

	if (snprintf(cur, sizeof cur, "%s", path) >= (int)sizeof cur)
		return ENAMETOOLONG;
	for (int hops = 0;; hops++) {
		struct stat st;
		ssize_t k;
		char *slash;

		if (lstat(cur, &st) < 0 || !S_ISLNK(st.st_mode))
			break;
		if (hops == 40)
			return ELOOP;
		k = readlink(cur, link, sizeof link - 1);
		if (k < 0)
			return errno;
		link[k] = '\0';
		slash = strrchr(cur, '/');
		if (link[0] == '/' || !slash) {
			memcpy(cur, link, (size_t)k + 1);
		} else {
			size_t dl = (size_t)(slash - cur) + 1;

			if (dl + (size_t)k >= sizeof cur)
				return ENAMETOOLONG;
			memcpy(cur + dl, link, (size_t)k + 1);
		}
	}
	if (snprintf(out, n, "%s", cur) >= (int)n)
		return ENAMETOOLONG;
	return 0;
}

static int read_only(unsigned mode)
{
	return !(mode & 0222);
}

/* Read the file at target (resolved).  PROGRESS_OK with *had 0 when there
 * is none. */
static enum progress_load read_file(struct progress *p, const char *target,
				    struct progress_note *note, int *had,
				    struct file_text *ft)
{
	unsigned long line;
	int future;

	*had = 0;
	switch (file_read(target, PROGRESS_FILE_MAX, ft)) {
	case FILE_MISSING:
		return PROGRESS_OK;
	case FILE_ERROR:
		note_set(note, PW_UNREADABLE, target, ft->err);
		return PROGRESS_IO;
	case FILE_SPECIAL:
		note_set(note, PW_SPECIAL, target, 0);
		note->mode = ft->mode;
		return PROGRESS_IO;
	case FILE_TOO_BIG:
		note_set(note, PW_TOO_BIG, target, 0);
		return PROGRESS_IO;
	case FILE_OK:
		break;
	}
	*had = 1;
	if (progress_parse_line(p, ft->text, ft->len, &future, &line) == 0)
		return PROGRESS_OK;
	if (future) {
		unsigned long v = 0;

		sscanf(ft->text, MAGIC " %lu", &v);
		note_set(note, PW_FUTURE, target, 0);
		note->version = v;
		return PROGRESS_FUTURE;
	}
	note_set(note, PW_DAMAGED, target, 0);
	note->line = line;
	return PROGRESS_CORRUPT;
}

enum progress_load progress_load(struct progress *p, const char *path,
				 struct progress_note *note)
{
	struct progress_note dummy;
	char target[PATH_MAX];
	struct file_text ft;
	enum progress_load r;
	int had, e;

	if (!note)
		note = &dummy;
	memset(note, 0, sizeof *note);
	progress_init(p);
	if ((e = resolve(path, target, sizeof target))) {
		note_set(note, PW_UNREADABLE, path, e);
		return PROGRESS_IO;
	}
	r = read_file(p, target, note, &had, &ft);
	if (r != PROGRESS_OK)
		progress_free(p);
	else if (had && read_only(ft.mode))
		note_set(note, PW_READ_ONLY, target, 0);
	file_text_free(&ft);
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

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* The lock lives in its own file, so that the data file can be replaced
 * by rename while the lock is held.  It is never followed if a link, and
 * must be a regular file; the wait for it is bounded. */
static int lock_take(struct progress *p, const char *target,
		     struct progress_note *note)
{
	char lock[PATH_MAX + 8];
	struct stat st;
	int fd, waited = 0;

	snprintf(lock, sizeof lock, "%s.lock", target);
	fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY |
			O_CLOEXEC, 0600);
	if (fd < 0) {
		int e = errno;

		note_set(note, PW_LOCK_BAD, lock, e);
		if (e == ELOOP && lstat(lock, &st) == 0)
			note->mode = (unsigned)st.st_mode;
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		note_set(note, PW_LOCK_BAD, lock, errno);
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) { /* a FIFO, a device... */
		note_set(note, PW_LOCK_BAD, lock, 0);
		note->mode = (unsigned)st.st_mode;
		close(fd);
		return -1;
	}
	for (;;) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return fd;
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			note_set(note, PW_LOCK_BAD, lock, errno);
			break;
		}
		if (waited >= PROGRESS_LOCK_WAIT_MS ||
		    (p->interrupted && p->interrupted())) {
			note_set(note, PW_LOCK_HELD, lock, 0);
			break;
		}
		/* often: a writer that saves again and again must not keep
		 * the lock from us by luck of timing */
		pause_ms(10);
		waited += 10;
	}
	close(fd);
	return -1;
}

/* Temporary files live only while their writer holds the lock: any found
 * by the holder were left by a writer that died (kill -9) mid-save.
 * "NAME.tmp-XXXXXX" are ours, "NAME.tmpPID" older versions'. */
static void remove_leftovers(const char *target)
{
	const char *slash = strrchr(target, '/');
	char dir[PATH_MAX];
	const char *base = slash ? slash + 1 : target;
	size_t bl = strlen(base);
	struct dirent *e;
	DIR *d;

	if (slash)
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - target + 1),
			 target);
	else
		snprintf(dir, sizeof dir, ".");
	d = opendir(dir);
	if (!d)
		return;
	while ((e = readdir(d))) {
		const char *rest = e->d_name + bl;
		int ours;

		if (strncmp(e->d_name, base, bl) || strncmp(rest, ".tmp", 4))
			continue;
		rest += 4;
		ours = rest[0] == '-' && strlen(rest) == 7;
		if (!ours && (!*rest || rest[strspn(rest, "0123456789")]))
			continue;
		/* unlinkat never follows: a planted link goes, not its target */
		unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		if (w == 0) {
			errno = ENOSPC;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Copy a damaged file's bytes to "NAME.corrupt-YYYYMMDD-HHMMSS" (then
 * "-2", "-3"... if taken): a name of its own, made with O_EXCL, so no
 * backup ever replaces another.  0, or -1 with errno. */
static int keep_aside(const char *target, const struct file_text *ft,
		      char *aside, size_t n)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	for (int i = 1; i < 1000; i++) {
		int fd, e;

		if (i == 1)
			snprintf(aside, n, "%s.corrupt-%s", target, stamp);
		else
			snprintf(aside, n, "%s.corrupt-%s-%d", target, stamp, i);
		fd = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
				 O_CLOEXEC, 0600);
		if (fd < 0 && errno == EEXIST)
			continue;
		if (fd < 0)
			return -1;
		if (write_all(fd, ft->text, ft->len) < 0 || fsync(fd) < 0) {
			e = errno;
			close(fd);
			unlink(aside);
			errno = e;
			return -1;
		}
		return close(fd);
	}
	errno = EEXIST;
	return -1;
}

/* disk plus this copy's new answers, into out (both sorted: one pass). */
static int merge(const struct progress *p, const struct progress *disk,
		 struct progress *out)
{
	size_t i = 0, j = 0;
	long long shift;

	progress_init(out);
	out->session = disk->session + (p->session - p->saved_session);
	/* our sessions are numbered after the disk's now */
	shift = (long long)out->session - p->session;
	out->cap = p->n + disk->n;
	out->items = malloc((out->cap ? out->cap : 1) * sizeof *out->items);
	if (!out->items)
		return -1;
	while (i < p->n || j < disk->n) {
		int c = i == p->n ? 1 : j == disk->n ? -1
			: strcmp(p->items[i].key, disk->items[j].key);
		const struct progress_item *mine = c <= 0 ? &p->items[i++] : NULL;
		struct progress_item it = { .box = 1 };
		long long last;

		if (c >= 0)
			it = disk->items[j++];
		if (mine && !mine->new_right && !mine->new_wrong) {
			if (c < 0)
				continue; /* gone from the disk: so be it */
			out->items[out->n++] = it;
			continue;
		}
		if (!mine) {
			out->items[out->n++] = it;
			continue;
		}
		if (c < 0) {
			memset(&it, 0, sizeof it);
			strcpy(it.key, mine->key);
			it.box = 1;
		}
		it.right = add_sat(it.right, mine->new_right);
		it.wrong = add_sat(it.wrong, mine->new_wrong);
		if (mine->new_wrong)
			it.box = 1 + (int)(mine->tail_right < PROGRESS_BOXES
					   ? mine->tail_right : PROGRESS_BOXES);
		else
			it.box += (int)(mine->new_right < PROGRESS_BOXES
					? mine->new_right : PROGRESS_BOXES);
		if (it.box > PROGRESS_BOXES)
			it.box = PROGRESS_BOXES;
		last = (long long)mine->last + shift;
		if (last < 0)
			last = 0;
		if (last > (long long)it.last)
			it.last = (unsigned)last;
		out->items[out->n++] = it;
	}
	return 0;
}

/* What a save writes when there is no readable file: all this copy has. */
static int copy_mine(const struct progress *p, struct progress *out)
{
	progress_init(out);
	out->session = p->session;
	out->items = malloc((p->n ? p->n : 1) * sizeof *out->items);
	if (!out->items)
		return -1;
	memcpy(out->items, p->items, p->n * sizeof *p->items);
	out->n = out->cap = p->n;
	return 0;
}

/* Write text to target through a temporary file beside it. */
static int replace_file(const char *target, const char *text,
			unsigned mode, struct progress_note *note)
{
	char tmp[PATH_MAX + 16], dir[PATH_MAX];
	const char *slash = strrchr(target, '/');
	int fd, e;

	snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", target);
	/* O_EXCL, mode 0600: nothing planted at the name is followed */
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		note_set(note, PW_WRITE, target, errno);
		return -1;
	}
	if ((mode && fchmod(fd, mode & 0666) < 0) ||
	    write_all(fd, text, strlen(text)) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, target) < 0)
		goto fail;
	/* make the rename itself durable */
	snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - target + 1) : 1,
		 slash ? target : ".");
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		fsync(fd);
		close(fd);
	}
	return 0;
fail:
	e = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	note_set(note, PW_WRITE, target, e);
	return -1;
}

int progress_save(struct progress *p, const char *path,
		  struct progress_note *note)
{
	struct progress_note dummy;
	char target[PATH_MAX], dir[PATH_MAX], *slash, *text = NULL;
	struct progress disk, out;
	struct file_text ft = { 0 };
	enum progress_load r;
	int lock = -1, had, e, ok = -1;

	if (!note)
		note = &dummy;
	memset(note, 0, sizeof *note);
	progress_init(&disk);
	progress_init(&out);
	if ((e = resolve(path, target, sizeof target))) {
		note_set(note, PW_UNREADABLE, path, e);
		return -1;
	}
	/* the state directory, the first time */
	snprintf(dir, sizeof dir, "%s", path);
	slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (mkdirs(dir) < 0) {
			note_set(note, PW_WRITE, path, errno);
			return -1;
		}
	}
	lock = lock_take(p, target, note);
	if (lock < 0)
		return -1;
	remove_leftovers(target);
	r = read_file(&disk, target, note, &had, &ft);
	if (r == PROGRESS_IO || r == PROGRESS_FUTURE)
		goto out; /* never written over: note says why */
	if (had && read_only(ft.mode)) {
		note_set(note, PW_READ_ONLY, target, 0);
		goto out;
	}
	if (r == PROGRESS_CORRUPT) {
		memset(note, 0, sizeof *note);
		if (keep_aside(target, &ft, note->aside, sizeof note->aside) < 0) {
			note_set(note, PW_WRITE, note->aside, errno);
			goto out;
		}
		note_set(note, PW_KEPT_ASIDE, target, 0);
	}
	if ((had && r == PROGRESS_OK ? merge(p, &disk, &out)
				     : copy_mine(p, &out)) < 0 ||
	    !(text = progress_format(&out))) {
		note_set(note, PW_WRITE, target, ENOMEM);
		goto out;
	}
	if (replace_file(target, text, had ? ft.mode : 0, note) < 0)
		goto out;
	/* saved: the file's state is ours now, with nothing new */
	for (size_t i = 0; i < out.n; i++)
		out.items[i].new_right = out.items[i].new_wrong =
			out.items[i].tail_right = 0;
	free(p->items);
	p->items = out.items;
	p->n = out.n;
	p->cap = out.cap;
	p->session = p->saved_session = out.session;
	out.items = NULL;
	ok = 0;
out:
	free(text);
	file_text_free(&ft);
	progress_free(&disk);
	progress_free(&out);
	close(lock);
	return ok;
}
