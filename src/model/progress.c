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
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The file (version 2):
 *   httpcodes-progress 2
 *   session 12
 *   404/phrase 4 1 10.964332 2.111214 1767398400 1768348800
 *     key, right, wrong, FSRS stability (days) and difficulty, last review
 *     and due time (seconds since the epoch); all four 0: never reviewed
 * Version 1 (Leitner boxes) had "404/phrase 3 11 4 1": key, box, last
 * session, right, wrong; it is read and migrated (see migrate_v1), and
 * the next save writes version 2.
 * Blank lines and '#' comments (of any length) are skipped; CRLF line
 * ends, a UTF-8 BOM and a last line without its newline are read as
 * meant.  Anything else makes the whole file invalid: it is kept aside
 * rather than half-read, so a damaged file never silently loses or
 * invents progress. */
#define MAGIC "httpcodes-progress"
#define LINE_MAX_BYTES 255
/* Numbers are written and read as fixed-point decimals by hand: printf's
 * %f and strtod follow LC_NUMERIC, and a decimal comma would make the
 * file unreadable elsewhere. */
#define FIX_DIGITS 6
#define FIX_SCALE 1000000LL
/* No schedule comes near these: larger numbers are damage. */
#define STABILITY_MAX 1e9
#define TIME_MAX 253402300799LL /* 9999-12-31T23:59:59Z */

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

/* The mastery level of a stability: version 1's box b came back every
 * 2^(b-1) sessions, and a stability of 2^(b-1) days is its level b. */
static int level_of(double stability)
{
	int b = 1;

	for (double d = 2; b < PROGRESS_BOXES && stability >= d; d *= 2)
		b++;
	return b;
}

int progress_overdue(const struct progress_item *it, long long now)
{
	return it->fs.stability > 0 && it->fs.due <= now;
}

int progress_due(const struct progress_item *it, long long now)
{
	return it->fs.stability <= 0 || it->fs.due <= now;
}

static unsigned add_sat(unsigned a, unsigned b)
{
	return a > UINT_MAX - b ? UINT_MAX : a + b;
}

void progress_review(struct progress *p, struct progress_item *it,
		     enum progress_grade g, long long now)
{
	(void)p;
	if (g < PG_AGAIN || g > PG_EASY)
		g = PG_GOOD;
	if (g != PG_AGAIN) {
		it->right = add_sat(it->right, 1);
		it->new_right = add_sat(it->new_right, 1);
	} else {
		it->wrong = add_sat(it->wrong, 1);
		it->new_wrong = add_sat(it->new_wrong, 1);
	}
	fsrs_review(&it->fs, (enum fsrs_rating)g, now);
	it->box = level_of(it->fs.stability);
}

void progress_answer(struct progress *p, struct progress_item *it, int right)
{
	progress_review(p, it, right ? PG_GOOD : PG_AGAIN,
			(long long)time(NULL));
}

unsigned long progress_unsaved(const struct progress *p)
{
	unsigned long n = 0;

	for (size_t i = 0; i < p->n; i++)
		n += (unsigned long)p->items[i].new_right + p->items[i].new_wrong;
	return n;
}

long long progress_day_end(long long now)
{
	time_t t = (time_t)now;
	struct tm tm;

	if (!localtime_r(&t, &tm))
		return now;
	tm.tm_hour = 23;
	tm.tm_min = 59;
	tm.tm_sec = 59;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	return t == (time_t)-1 || (long long)t < now ? now : (long long)t;
}

void progress_time_text(long long t, int iso, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char z[8];
	size_t k;

	if (!n)
		return;
	buf[0] = '\0';
	if (!localtime_r(&tt, &tm))
		return;
	if (!iso) {
		strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
		return;
	}
	k = strftime(buf, n, "%Y-%m-%dT%H:%M:%S", &tm);
	/* %z is "+0900": ISO 8601's extended form wants "+09:00" */
	if (k && strftime(z, sizeof z, "%z", &tm) == 5)
		snprintf(buf + k, n - k, "%.3s:%.2s", z, z + 3);
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

static int parse_ull(const char *s, unsigned long long max,
		     unsigned long long *out)
{
	unsigned long long v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		if (v > (max - (unsigned long long)(*s - '0')) / 10)
			return -1;
		v = v * 10 + (unsigned long long)(*s - '0');
	}
	*out = v;
	return 0;
}

/* "12.345678", "2", "0.5": digits, then at most FIX_DIGITS decimals. */
static int parse_fix(const char *s, double max, double *out)
{
	unsigned long long whole = 0, frac = 0;
	const char *dot = strchr(s, '.');
	char buf[24];
	size_t n = dot ? (size_t)(dot - s) : strlen(s);
	long long scale = 1;

	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (parse_ull(buf, 1000000000000ULL, &whole) < 0)
		return -1;
	if (dot) {
		size_t k = strlen(dot + 1);

		if (k == 0 || k > FIX_DIGITS ||
		    parse_ull(dot + 1, 999999ULL, &frac) < 0)
			return -1;
		for (size_t i = 0; i < k; i++)
			scale *= 10;
	}
	*out = (double)whole + (double)frac / (double)scale;
	return *out > max ? -1 : 0;
}

static int format_fix(char *buf, size_t n, double v)
{
	long long f = llround(v * (double)FIX_SCALE);

	return snprintf(buf, n, "%lld.%06lld", f / FIX_SCALE, f % FIX_SCALE);
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
	unsigned long version;
	long long now; /* version 1: the time its schedule is counted from */
};

/* Version 1 kept a Leitner box and the session an item was last asked
 * in; nothing knew dates.  Box b came back every 2^(b-1) sessions, so:
 *   - stability 2^(b-1) days (its mastery level stays b);
 *   - each session since it was asked counts as a day: the last review
 *     is that many days ago, and it is due a stability later (an item
 *     that was due in its box is due now, one that was not comes later);
 *   - difficulty FSRS's initial one for Good, moved towards the one for
 *     Again by the share of wrong answers;
 *   - an item with no answers stays new.
 * The answer counts are kept as they are. */
static void migrate_v1(struct progress_item *it, unsigned box,
		       unsigned long ago, long long now)
{
	double good = fsrs_default_w[4] - exp(fsrs_default_w[5] * 2) + 1;
	double again = fsrs_default_w[4];
	unsigned long long all = (unsigned long long)it->right + it->wrong;

	it->box = (int)box;
	if (!all)
		return;
	if (ago > 36500)
		ago = 36500;
	it->fs.stability = (double)(1u << (box - 1));
	it->fs.difficulty = good + (again - good) * (double)it->wrong /
					   (double)all;
	it->fs.last = now - (long long)ago * FSRS_DAY;
	if (it->fs.last < 0)
		it->fs.last = 0;
	it->fs.due = it->fs.last + (long long)(1u << (box - 1)) * FSRS_DAY;
}

static struct progress_item *new_parsed(struct parse_state *ps,
					const char *key, unsigned long lineno)
{
	struct progress_item *it;

	if (mem_grow((void **)&ps->items, &ps->cap, ps->n + 1,
		     sizeof *ps->items))
		return NULL;
	it = &ps->items[ps->n].it;
	memset(it, 0, sizeof *it);
	strcpy(it->key, key);
	it->box = 1;
	ps->items[ps->n++].line = lineno;
	return it;
}

static int parse_v1_item(struct parse_state *ps, char **w, int n,
			 unsigned long lineno)
{
	unsigned long v[4];
	struct progress_item *it;

	if (n != 5 || !valid_key(w[0], strlen(w[0])))
		return -1;
	for (int i = 0; i < 4; i++)
		if (parse_uint(w[i + 1], 0xffffffffUL, &v[i]) < 0)
			return -1;
	if (v[0] < 1 || v[0] > PROGRESS_BOXES || v[1] > ps->p->session + 0UL)
		return -1;
	if (!(it = new_parsed(ps, w[0], lineno)))
		return -1;
	it->right = (unsigned)v[2];
	it->wrong = (unsigned)v[3];
	migrate_v1(it, (unsigned)v[0], ps->p->session - v[1], ps->now);
	return 0;
}

static int parse_v2_item(struct parse_state *ps, char **w, int n,
			 unsigned long lineno)
{
	unsigned long rw[2];
	unsigned long long t[2];
	double sd[2];
	struct progress_item *it;

	if (n != 7 || !valid_key(w[0], strlen(w[0])))
		return -1;
	for (int i = 0; i < 2; i++)
		if (parse_uint(w[i + 1], 0xffffffffUL, &rw[i]) < 0 ||
		    parse_ull(w[i + 5], TIME_MAX, &t[i]) < 0)
			return -1;
	if (parse_fix(w[3], STABILITY_MAX, &sd[0]) < 0 ||
	    parse_fix(w[4], FSRS_DIFFICULTY_MAX, &sd[1]) < 0)
		return -1;
	if (sd[0] == 0) {
		/* never reviewed: no schedule at all */
		if (sd[1] != 0 || t[0] || t[1])
			return -1;
	} else if (sd[0] < FSRS_STABILITY_MIN || sd[1] < FSRS_DIFFICULTY_MIN ||
		   t[1] < t[0]) {
		return -1;
	}
	if (!(it = new_parsed(ps, w[0], lineno)))
		return -1;
	it->right = (unsigned)rw[0];
	it->wrong = (unsigned)rw[1];
	it->fs.stability = sd[0];
	it->fs.difficulty = sd[1];
	it->fs.last = (long long)t[0];
	it->fs.due = (long long)t[1];
	it->box = level_of(sd[0]);
	return 0;
}

static int parse_line(struct parse_state *ps, char *line,
		      unsigned long lineno)
{
	char *w[8];
	int n = split(line, w, 7);
	unsigned long v[1];

	if (lineno == 1) {
		if (n != 2 || strcmp(w[0], MAGIC) ||
		    parse_uint(w[1], 1000000, &v[0]) < 0)
			return -1;
		if (v[0] > PROGRESS_VERSION)
			*ps->future = 1;
		ps->version = v[0];
		return v[0] == PROGRESS_VERSION || v[0] == 1 ? 0 : -1;
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
	return ps->version == 1 ? parse_v1_item(ps, w, n, lineno)
				: parse_v2_item(ps, w, n, lineno);
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
	struct parse_state ps = { .p = p, .future = future,
				  .now = (long long)time(NULL) };
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
	size_t cap = 64 + p->n * (PROGRESS_KEY_MAX + 96), k;
	char *s = malloc(cap);

	if (!s)
		return NULL;
	k = (size_t)snprintf(s, cap, MAGIC " %d\nsession %u\n",
			     PROGRESS_VERSION, p->session);
	for (size_t i = 0; i < p->n; i++) {
		const struct progress_item *it = &p->items[i];
		char sb[32], db[32];

		format_fix(sb, sizeof sb, it->fs.stability);
		format_fix(db, sizeof db, it->fs.difficulty);
		k += (size_t)snprintf(s + k, cap - k, "%s %u %u %s %s %lld %lld\n",
				      it->key, it->right, it->wrong, sb, db,
				      it->fs.last, it->fs.due);
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

	progress_init(out);
	out->session = disk->session + (p->session - p->saved_session);
	out->cap = p->n + disk->n;
	out->items = malloc((out->cap ? out->cap : 1) * sizeof *out->items);
	if (!out->items)
		return -1;
	while (i < p->n || j < disk->n) {
		int c = i == p->n ? 1 : j == disk->n ? -1
			: strcmp(p->items[i].key, disk->items[j].key);
		const struct progress_item *mine = c <= 0 ? &p->items[i++] : NULL;
		struct progress_item it = { .box = 1 };

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
		/* the counts add up; the schedule is the latest review's,
		 * this copy's or the one another copy saved meanwhile */
		it.right = add_sat(it.right, mine->new_right);
		it.wrong = add_sat(it.wrong, mine->new_wrong);
		if (c < 0 || mine->fs.last >= it.fs.last) {
			it.fs = mine->fs;
			it.box = mine->box;
		}
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
		out.items[i].new_right = out.items[i].new_wrong = 0;
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
