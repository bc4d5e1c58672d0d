#include <config.h>

#include "quiz.h"
#include "i18n.h"
#include "text.h"
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static const char *const kind_names[QK_N] = {
	"phrase", "desc", "type", "class", "situation",
};

static uint64_t rnd(uint64_t *s)
{
	/* splitmix64: small, and the same sequence on every machine */
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static size_t rnd_below(uint64_t *s, size_t n)
{
	return n ? (size_t)(rnd(s) % n) : 0;
}

static void shuffle_ints(uint64_t *s, int *a, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = rnd_below(s, i);
		int x = a[i - 1];

		a[i - 1] = a[j];
		a[j] = x;
	}
}

void quiz_key(char *buf, size_t n, enum quiz_kind kind, int code,
	      const struct hc_topic *topic, int situation)
{
	int k;

	if (kind == QK_SITUATION)
		k = snprintf(buf, n, "%s#%d/%s", topic->id, situation,
			     kind_names[kind]);
	else
		k = snprintf(buf, n, "%d/%s", code, kind_names[kind]);
	if (k < 0 || (size_t)k >= n)
		buf[0] = '\0'; /* no item rather than a cut one */
}

/* The grammar of what quiz_key makes: "404/phrase" (a code of 100..599
 * and a kind), "401-vs-403#2/situation" (a topic's whole id, a
 * situation's index).  Anything else no question can ask. */
int quiz_key_valid(const char *key)
{
	const char *slash = strrchr(key, '/'), *hash;
	int kind = -1;

	if (!slash)
		return 0;
	for (int k = 0; k < QK_N; k++)
		if (!strcmp(slash + 1, kind_names[k]))
			kind = k;
	if (kind < 0)
		return 0;
	if (kind != QK_SITUATION)
		return slash - key == 3 && key[0] >= '1' && key[0] <= '5' &&
		       key[1] >= '0' && key[1] <= '9' &&
		       key[2] >= '0' && key[2] <= '9';
	for (hash = slash; hash > key && hash[-1] != '#'; hash--)
		if (hash[-1] < '0' || hash[-1] > '9')
			return 0;
	/* one digit: a topic has fewer than ten situations */
	if (hash == key || slash - hash != 1 ||
	    hash[0] - '0' >= HC_MAX_SITUATIONS)
		return 0;
	hash--; /* the '#' */
	if (hash - key < 1 || hash - key > HC_TOPIC_ID_MAX)
		return 0;
	for (const char *c = key; c < hash; c++)
		if ((unsigned char)*c <= ' ' || (unsigned char)*c >= 0x7f)
			return 0;
	return 1;
}

static int scope_unofficial(struct quiz_scope s)
{
	return s.kind != QS_STANDARD && s.unofficial;
}

static int in_scope(const struct hc_code *c, struct quiz_scope s)
{
	if (c->status == HC_UNOFFICIAL && !scope_unofficial(s))
		return 0;
	switch (s.kind) {
	case QS_STANDARD:
		return c->status == HC_STANDARD;
	case QS_CLASS:
		return c->code / 100 == s.digit;
	case QS_ALL:
	case QS_DUE: /* what is due is asked, whatever it is */
		break;
	}
	return 1;
}

int quiz_scope_has_unofficial(const struct hc_table *t,
			      struct quiz_scope scope)
{
	scope.unofficial = 1;
	for (size_t i = 0; i < t->n; i++)
		if (t->codes[i].status == HC_UNOFFICIAL &&
		    in_scope(&t->codes[i], scope))
			return 1;
	return 0;
}

/* The vendor's name as the texts write it, the Vendor field's first word
 * ("nginx", "Cloudflare", "AWS"); none for "some HTTP proxies". */
static size_t vendor_name(const struct hc_code *c, const char **name)
{
	if (!c->vendor || !strncmp(c->vendor, "some ", 5))
		return 0;
	*name = c->vendor;
	return strcspn(c->vendor, " /(,");
}

/* A question about a vendor's code that names the vendor gives itself
 * away. */
static int names_vendor(const struct hc_code *c, const char *text)
{
	const char *v;
	size_t n = vendor_name(c, &v);

	if (!n || !text)
		return 0;
	for (; *text; text++)
		if (!strncasecmp(text, v, n))
			return 1;
	return 0;
}

/* A vendor's code, unofficial or not (Cloudflare's obsolete 527): its
 * description names the vendor or reads like the registered code it
 * stands in for. */
static int vendor_code(const struct hc_code *c)
{
	return c->vendor || c->status == HC_UNOFFICIAL;
}

/* A phrase that is a name, not a note like "(Unused)". */
static int phrase_is_name(const struct hc_code *c)
{
	return c->phrase[0] != '(';
}

/* Asked from the phrase ("Type the code for ..."), a phrase must name
 * one code only among those in scope. */
static int phrase_unique(const struct hc_table *t, const struct hc_code *c,
			 struct quiz_scope s)
{
	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *o = &t->codes[i];

		if (o != c && in_scope(o, s) && !hc_code_equivalent(o, c) &&
		    !strcmp(o->phrase, c->phrase))
			return 0;
	}
	return 1;
}

static int kind_applies(const struct hc_table *t, const struct hc_code *c,
			enum quiz_kind k, struct quiz_scope s)
{
	switch (k) {
	case QK_PHRASE:
		return phrase_is_name(c) && !names_vendor(c, c->phrase);
	case QK_CLASS:
		/* inside a class the class is the scope's name */
		if (s.kind == QS_CLASS)
			return 0;
		__attribute__((fallthrough)); /* as a typed answer */
	case QK_TYPE:
		return phrase_is_name(c) && phrase_unique(t, c, s) &&
		       !names_vendor(c, c->phrase) &&
		       !names_vendor(c, c->title[HC_KO]);
	case QK_DESC:
		return !vendor_code(c);
	case QK_SITUATION:
	case QK_N:
		break;
	}
	return 0;
}

/* ---- choices ---------------------------------------------------------- */

static int has_choice(const struct quiz_question *qq, int n, int code,
		      const struct hc_table *t)
{
	const struct hc_code *c = hc_table_find(t, code);

	for (int i = 0; i < n; i++) {
		const struct hc_code *o = hc_table_find(t, qq->choice[i]);

		if (qq->choice[i] == code)
			return 1;
		/* two choices that read the same would make two answers */
		if (qq->kind == QK_PHRASE && c && o &&
		    !strcmp(c->phrase, o->phrase))
			return 1;
		if (qq->kind == QK_DESC && c && o &&
		    (!strcmp(c->summary[HC_EN], o->summary[HC_EN]) ||
		     !strcmp(c->summary[HC_KO], o->summary[HC_KO])))
			return 1;
	}
	return 0;
}

/* A wrong choice must be wrong: not a code that means the same, not one
 * the question cannot tell from the answer, not an unofficial code where
 * the scope does not say so, and not the answer's vendor named. */
static int distractor_ok(const struct quiz *q, const struct quiz_question *qq,
			 const struct hc_code *d)
{
	const struct hc_code *c = qq->code;

	if (d == c || hc_code_equivalent(c, d))
		return 0;
	if (d->status == HC_UNOFFICIAL && !scope_unofficial(q->scope))
		return 0;
	switch (qq->kind) {
	case QK_PHRASE:
		return phrase_is_name(d) && !names_vendor(c, d->phrase);
	case QK_DESC:
		/* a vendor's code may fit a registered code's description
		 * (Cloudflare's 524 that of 504): descriptions ask between
		 * the codes of no vendor only */
		return !vendor_code(d);
	case QK_SITUATION:
		return !names_vendor(c, d->phrase);
	case QK_TYPE:
	case QK_CLASS:
	case QK_N:
		break;
	}
	return 1;
}

/* Fill the wrong choices from pools in order of plausibility: the codes
 * the answer is confused with, then its class (standard first), then the
 * neighbouring classes. */
static void pick_distractors(struct quiz *q, struct quiz_question *qq,
			     const int *first, int n_first, int passes)
{
	const struct hc_table *t = q->t;
	int pool[1024];
	size_t np;
	int n = 1;
	int cls = qq->code->code / 100;

	qq->choice[0] = qq->code->code;
	for (int pass = 0; pass < passes && n < QUIZ_CHOICES; pass++) {
		np = 0;
		if (pass == 0) {
			for (int i = 0; i < n_first && np < 1024; i++)
				pool[np++] = first[i];
		} else {
			for (size_t i = 0; i < t->n && np < 1024; i++) {
				const struct hc_code *c = &t->codes[i];
				int same = c->code / 100 == cls;

				if ((pass == 1 && same && c->status == HC_STANDARD) ||
				    (pass == 2 && same && c->status != HC_STANDARD) ||
				    (pass == 3 && !same))
					pool[np++] = c->code;
			}
		}
		shuffle_ints(&q->rng, pool, np);
		for (size_t i = 0; i < np && n < QUIZ_CHOICES; i++) {
			const struct hc_code *c = hc_table_find(t, pool[i]);

			if (!c || has_choice(qq, n, pool[i], t) ||
			    !distractor_ok(q, qq, c))
				continue;
			qq->choice[n++] = pool[i];
		}
	}
	qq->n_choices = n;
}

static void place_answer(struct quiz *q, struct quiz_question *qq)
{
	int right = qq->choice[0];

	shuffle_ints(&q->rng, qq->choice, (size_t)qq->n_choices);
	for (int i = 0; i < qq->n_choices; i++)
		if (qq->choice[i] == right)
			qq->answer = i;
}

static void make_choices(struct quiz *q, struct quiz_question *qq)
{
	const struct hc_code *c = qq->code;

	switch (qq->kind) {
	case QK_PHRASE:
	case QK_DESC:
		pick_distractors(q, qq, c->related, c->n_related, 4);
		place_answer(q, qq);
		break;
	case QK_SITUATION: {
		int others[HC_MAX_TOPIC_CODES], n = 0;

		for (int i = 0; i < qq->topic->n_codes; i++)
			if (qq->topic->codes[i] != c->code)
				others[n++] = qq->topic->codes[i];
		/* only the topic's codes: outside them a situation may
		 * have a second defensible answer */
		pick_distractors(q, qq, others, n, 1);
		place_answer(q, qq);
		break;
	}
	case QK_CLASS: {
		int d[HC_CLASS_N] = { 1, 2, 3, 4, 5 }, n = 1;

		qq->choice[0] = c->code / 100;
		shuffle_ints(&q->rng, d, HC_CLASS_N);
		for (int i = 0; i < HC_CLASS_N && n < QUIZ_CHOICES; i++)
			if (d[i] != qq->choice[0])
				qq->choice[n++] = d[i];
		qq->n_choices = n;
		place_answer(q, qq);
		/* classes read best in order */
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
				if (qq->choice[j] < qq->choice[i]) {
					int x = qq->choice[i];

					qq->choice[i] = qq->choice[j];
					qq->choice[j] = x;
				}
		for (int i = 0; i < n; i++)
			if (qq->choice[i] == c->code / 100)
				qq->answer = i;
		break;
	}
	case QK_TYPE:
	case QK_N:
		qq->n_choices = 0;
		qq->answer = c->code;
		break;
	}
}

/* ---- the session ------------------------------------------------------ */

/* Candidates in order of need: reviews that have fallen due (oldest due
 * first), new items, then the rest (due soonest first). */
enum { NEED_DUE, NEED_NEW, NEED_LATER };

struct cand {
	struct quiz_question qq;
	int need;
	long long due;
	uint64_t tie;
};

static int by_need(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->need != y->need)
		return x->need - y->need;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->tie < y->tie ? -1 : x->tie > y->tie;
}

static int add_cand(struct quiz *q, struct cand **cs, size_t *n,
		    size_t *cap, const struct quiz_question *qq)
{
	const struct progress_item *it = progress_find(q->prog, qq->key);
	int need = !it || it->fs.stability <= 0 ? NEED_NEW
		 : progress_overdue(it, q->now) ? NEED_DUE : NEED_LATER;
	struct cand *c;

	if (q->scope.kind == QS_DUE && need != NEED_DUE)
		return 0;
	if (mem_grow((void **)cs, cap, *n + 1, sizeof **cs))
		return -1;
	c = &(*cs)[(*n)++];
	c->qq = *qq;
	c->need = need;
	c->due = need == NEED_NEW ? 0 : it->fs.due;
	c->tie = rnd(&q->rng);
	return 0;
}

static int collect(struct quiz *q, struct cand **cs, size_t *n)
{
	size_t cap = 0;
	const struct hc_table *t = q->t;

	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *c = &t->codes[i];

		if (!in_scope(c, q->scope))
			continue;
		for (int k = 0; k < QK_SITUATION; k++) {
			struct quiz_question qq = { .kind = (enum quiz_kind)k,
						    .code = c };

			if (!kind_applies(t, c, qq.kind, q->scope))
				continue;
			quiz_key(qq.key, sizeof qq.key, qq.kind, c->code, NULL, 0);
			if (add_cand(q, cs, n, &cap, &qq) < 0)
				return -1;
		}
	}
	for (size_t i = 0; i < t->n_topics; i++) {
		const struct hc_topic *tp = &t->topics[i];

		for (int s = 0; s < tp->n_situations; s++) {
			struct quiz_question qq = {
				.kind = QK_SITUATION, .topic = tp,
				.situation = s,
				.code = hc_table_find(t, tp->situations[s].code),
			};

			if (!qq.code || !in_scope(qq.code, q->scope))
				continue;
			quiz_key(qq.key, sizeof qq.key, qq.kind, 0, tp, s);
			if (add_cand(q, cs, n, &cap, &qq) < 0)
				return -1;
		}
	}
	return 0;
}

static int start(struct quiz *q, const struct hc_table *t,
		 struct progress *p, struct quiz_scope scope, uint64_t seed,
		 size_t n_questions, long long now, int fixed)
{
	struct cand *cs = NULL;
	size_t n = 0;

	memset(q, 0, sizeof *q);
	q->t = t;
	q->prog = p;
	q->scope = scope;
	q->rng = seed;
	q->now = now;
	q->fixed_clock = fixed;
	p->session++;
	if (collect(q, &cs, &n) < 0) {
		free(cs);
		return -1;
	}
	qsort(cs, n, sizeof *cs, by_need);
	if (n_questions > n)
		n_questions = n;
	/* room for each question to come back once after a miss */
	q->cap = 2 * n_questions;
	q->queue = calloc(q->cap ? q->cap : 1, sizeof *q->queue);
	if (!q->queue) {
		free(cs);
		return -1;
	}
	for (size_t i = 0; i < n_questions; i++) {
		q->queue[q->n] = cs[i].qq;
		make_choices(q, &q->queue[q->n]);
		q->n++;
	}
	free(cs);
	return 0;
}

int quiz_start(struct quiz *q, const struct hc_table *t, struct progress *p,
	       struct quiz_scope scope, uint64_t seed, size_t n_questions)
{
	return start(q, t, p, scope, seed, n_questions, (long long)time(NULL),
		     0);
}

int quiz_start_at(struct quiz *q, const struct hc_table *t,
		  struct progress *p, struct quiz_scope scope, uint64_t seed,
		  size_t n_questions, long long now)
{
	return start(q, t, p, scope, seed, n_questions, now, 1);
}

void quiz_due(const struct hc_table *t, const struct progress *p,
	      long long now, long long until, struct quiz_due *d)
{
	/* collect only reads the items: a shallow copy keeps p const */
	struct progress view = *p;
	struct quiz q = { .t = t, .prog = &view, .scope = { QS_ALL, 0, 0 },
			  .now = now };
	struct cand *cs = NULL;
	size_t n = 0;

	memset(d, 0, sizeof *d);
	if (collect(&q, &cs, &n) < 0)
		n = 0;
	for (size_t i = 0; i < n; i++) {
		const struct progress_item *it = progress_find(p, cs[i].qq.key);
		int cls = cs[i].qq.code->code / 100 - 1;

		if (!it)
			continue;
		d->right[cls] += it->right;
		d->answers[cls] += (unsigned long long)it->right + it->wrong;
		if (it->fs.stability <= 0)
			continue;
		if (it->fs.due <= now)
			d->now++;
		if (it->fs.due <= until)
			d->until++;
		if (it->fs.due > now && (!d->next || it->fs.due < d->next))
			d->next = it->fs.due;
	}
	free(cs);
}

void quiz_end(struct quiz *q)
{
	free(q->queue);
	q->queue = NULL;
	q->n = q->pos = q->cap = 0;
}

const struct quiz_question *quiz_current(const struct quiz *q)
{
	return q->pos < q->n ? &q->queue[q->pos] : NULL;
}

int quiz_is_right(const struct quiz *q, const struct quiz_question *qq,
		  int given)
{
	const struct hc_code *g;

	if (given == qq->answer)
		return 1;
	if (qq->kind != QK_TYPE)
		return 0;
	g = hc_table_find(q->t, given);
	return g && hc_code_equivalent(qq->code, g);
}

size_t quiz_left(const struct quiz *q)
{
	return q->n - q->pos;
}

int quiz_answer(struct quiz *q, int given)
{
	return quiz_answer_timed(q, given, 0);
}

int quiz_answer_timed(struct quiz *q, int given, double seconds)
{
	struct quiz_question *qq;
	struct progress_item *it;
	enum progress_grade g;
	int right, cls;

	if (q->pos >= q->n)
		return 0;
	qq = &q->queue[q->pos];
	right = quiz_is_right(q, qq, given);
	cls = qq->code->code / 100 - 1;
	q->asked++;
	q->asked_by_class[cls]++;
	if (right) {
		q->right++;
		q->right_by_class[cls]++;
	}
	g = !right ? PG_AGAIN : seconds > QUIZ_HESITATION_S ? PG_HARD : PG_GOOD;
	it = progress_item(q->prog, qq->key);
	if (it)
		progress_review(q->prog, it, g,
				q->fixed_clock ? q->now : (long long)time(NULL));
	if (!right && q->n < q->cap) {
		/* ask it again a few questions later, with fresh choices */
		size_t at = q->pos + 4 < q->n ? q->pos + 4 : q->n;
		struct quiz_question again = *qq;

		memmove(&q->queue[at + 1], &q->queue[at],
			(q->n - at) * sizeof *q->queue);
		q->n++;
		make_choices(q, &again);
		q->queue[at] = again;
	}
	q->pos++;
	return right;
}

/* ---- text ------------------------------------------------------------- */

static const char *class_name(const struct hc_table *t, int digit,
			      enum hc_lang L)
{
	const struct hc_class *c = hc_table_class(t, digit);

	return c ? c->name[L] : "";
}

void quiz_prompt(const struct quiz_question *qq, enum hc_lang L, char *buf,
		 size_t n)
{
	const struct hc_code *c = qq->code;

	switch (qq->kind) {
	case QK_PHRASE:
		hc_msg_format(buf, n, L, MSG_QZ_PHRASE, c->code);
		break;
	case QK_DESC:
		hc_msg_format(buf, n, L, MSG_QZ_DESC, c->summary[L]);
		break;
	case QK_TYPE:
		if (L == HC_KO && c->title[HC_KO])
			text_format(buf, n, "'%s'(%s)의 코드를 입력하세요",
				 c->phrase, c->title[HC_KO]);
		else
			hc_msg_format(buf, n, L, MSG_QZ_TYPE, c->phrase);
		break;
	case QK_CLASS:
		hc_msg_format(buf, n, L, MSG_QZ_CLASS, c->phrase);
		break;
	case QK_SITUATION:
		hc_msg_format(buf, n, L, MSG_QZ_SITUATION,
			      qq->topic->situations[qq->situation].text[L]);
		break;
	case QK_N:
		buf[0] = '\0';
		break;
	}
}

void quiz_choice(const struct quiz *q, const struct quiz_question *qq, int i,
		 enum hc_lang L, char *buf, size_t n)
{
	const struct hc_code *c;

	if (i < 0 || i >= qq->n_choices) {
		buf[0] = '\0';
		return;
	}
	if (qq->kind == QK_CLASS) {
		text_format(buf, n, "%dxx %s", qq->choice[i],
			 class_name(q->t, qq->choice[i], L));
		return;
	}
	c = hc_table_find(q->t, qq->choice[i]);
	if (!c) {
		buf[0] = '\0';
		return;
	}
	if (qq->kind == QK_PHRASE)
		text_format(buf, n, "%s", c->phrase);
	else if (qq->kind == QK_DESC)
		text_format(buf, n, "%d", c->code);
	else
		text_format(buf, n, "%d %s", c->code, c->phrase);
}

void quiz_reason(const struct quiz_question *qq, enum hc_lang L, char *buf,
		 size_t n)
{
	const struct hc_code *c = qq->code;

	if (qq->kind == QK_SITUATION) {
		const struct hc_situation *s =
			&qq->topic->situations[qq->situation];

		/* its own reason; a table without one has only the topic's
		 * summary, which at least is about these codes */
		text_format(buf, n, "%d %s: %s", c->code, c->phrase,
			 s->why[L] ? s->why[L] : qq->topic->summary[L]);
	}
	else
		text_format(buf, n, "%d %s: %s", c->code, c->phrase,
			 c->summary[L]);
}

/* ---- what tells a wrong answer from the right one ---------------------- */

#define GRID_ROWS 16
#define GRID_COLS 8

/* A topic's table split into cells, in a copy (a longer table is read
 * as far as the copy goes). */
struct grid {
	char buf[4096];
	const char *cell[GRID_ROWS][GRID_COLS];
	int nc[GRID_ROWS], nr;
};

static void grid_read(struct grid *g, const char *text)
{
	char *s = g->buf;

	snprintf(g->buf, sizeof g->buf, "%s", text);
	g->nr = 0;
	while (s && g->nr < GRID_ROWS) {
		char *nl = strchr(s, '\n'), *p = s;
		int c = 0;

		if (nl)
			*nl = '\0';
		g->cell[g->nr][c++] = p;
		while (c < GRID_COLS && (p = strstr(p, " | "))) {
			*p = '\0';
			p += 3;
			g->cell[g->nr][c++] = p;
		}
		g->nc[g->nr++] = c;
		s = nl ? nl + 1 : NULL;
	}
}

/* "401", or "401 Unauthorized", names 401. */
static int cell_names(const char *cell, int code)
{
	char num[8];
	int k = snprintf(num, sizeof num, "%d", code);

	return !strncmp(cell, num, (size_t)k) &&
	       (cell[k] == '\0' || cell[k] == ' ');
}

static int grid_point(const struct grid *g, int r, int x, enum hc_lang L,
		      char *buf, size_t n)
{
#define POINT(col, a, b) \
	hc_msg_format(buf, n, L, MSG_QZ_POINT, g->cell[0][col], x, a, r, b)
	int cr = -1, cx = -1, rr = -1, rx = -1;

	if (g->nr < 2)
		return 0;
	/* the codes as columns: the first row where they differ */
	for (int c = 1; c < g->nc[0]; c++) {
		if (cell_names(g->cell[0][c], r))
			cr = c;
		if (cell_names(g->cell[0][c], x))
			cx = c;
	}
	if (cr > 0 && cx > 0) {
		for (int i = 1; i < g->nr; i++)
			if (cr < g->nc[i] && cx < g->nc[i] &&
			    strcmp(g->cell[i][cr], g->cell[i][cx])) {
				hc_msg_format(buf, n, L, MSG_QZ_POINT,
					      g->cell[i][0], x, g->cell[i][cx],
					      r, g->cell[i][cr]);
				return 1;
			}
		return 0;
	}
	/* the codes as rows: the first column where they differ */
	for (int i = 1; i < g->nr; i++)
		for (int c = 0; c < g->nc[i]; c++) {
			if (rr < 0 && cell_names(g->cell[i][c], r))
				rr = i, cr = c;
			if (rx < 0 && cell_names(g->cell[i][c], x))
				rx = i, cx = c;
		}
	if (rr < 0 || rx < 0 || rr == rx || cr != cx)
		return 0;
	for (int c = 0; c < g->nc[rr] && c < g->nc[rx] && c < g->nc[0]; c++)
		if (c != cr && strcmp(g->cell[rr][c], g->cell[rx][c])) {
			POINT(c, g->cell[rx][c], g->cell[rr][c]);
			return 1;
		}
	return 0;
#undef POINT
}

static int topic_has(const struct hc_topic *tp, int code)
{
	for (int i = 0; i < tp->n_codes; i++)
		if (tp->codes[i] == code)
			return 1;
	return 0;
}

/* The row of a comparison that has both codes: the question's own topic
 * first, then the others in file order. */
static int table_point(const struct hc_table *t, const struct hc_topic *own,
		       int r, int x, enum hc_lang L, char *buf, size_t n)
{
	const struct hc_topic *tps[32];
	size_t k = hc_table_topics_for(t, r, tps, 32);
	struct grid g;

	for (size_t i = 0; i <= k; i++) {
		const struct hc_topic *tp = i == 0 ? own : tps[i - 1];

		if (!tp || (i > 0 && tp == own) || !tp->table[L] ||
		    !topic_has(tp, r) || !topic_has(tp, x))
			continue;
		grid_read(&g, tp->table[L]);
		if (grid_point(&g, r, x, L, buf, n))
			return 1;
	}
	return 0;
}

void quiz_explain(const struct quiz *q, const struct quiz_question *qq,
		  int given, enum hc_lang L, char *buf, size_t n)
{
	const struct hc_code *r = qq->code, *x = NULL;
	char point[512];

	buf[0] = '\0';
	if (quiz_is_right(q, qq, given))
		return;
	if (qq->kind == QK_CLASS) {
		const struct hc_class *k = given >= 0 && given < qq->n_choices
			? hc_table_class(q->t, qq->choice[given]) : NULL;

		if (k && k->digit && k->name[L])
			hc_msg_format(buf, n, L, MSG_QZ_GIVEN_CLASS, k->digit,
				      k->name[L],
				      k->summary[L] ? k->summary[L] : "");
		return;
	}
	if (qq->kind == QK_TYPE)
		x = hc_table_find(q->t, given);
	else if (given >= 0 && given < qq->n_choices)
		x = hc_table_find(q->t, qq->choice[given]);
	if (!x) {
		if (qq->kind == QK_TYPE)
			hc_msg_format(buf, n, L, MSG_QZ_NOT_IN_TABLE, given);
		return;
	}
	if (table_point(q->t, qq->topic, r->code, x->code, L, point,
			sizeof point))
		hc_msg_format(buf, n, L, MSG_QZ_GIVEN_POINT, x->code, x->phrase,
			      x->summary[L], point);
	else
		hc_msg_format(buf, n, L, MSG_QZ_GIVEN, x->code, x->phrase,
			      x->summary[L]);
}

int quiz_mastery(const struct hc_table *t, const struct progress *p,
		 struct quiz_scope scope, int digit, size_t *items)
{
	size_t n = 0, climbed = 0;
	char key[PROGRESS_KEY_MAX];

	for (size_t i = 0; i < t->n; i++) {
		const struct hc_code *c = &t->codes[i];

		if (c->code / 100 != digit || !in_scope(c, scope))
			continue;
		for (int k = 0; k < QK_SITUATION; k++) {
			const struct progress_item *it;

			if (!kind_applies(t, c, (enum quiz_kind)k, scope))
				continue;
			quiz_key(key, sizeof key, (enum quiz_kind)k, c->code,
				 NULL, 0);
			it = progress_find(p, key);
			n++;
			climbed += it ? (size_t)(it->box - 1) : 0;
		}
	}
	if (items)
		*items = n;
	return (int)quiz_percent(climbed, (unsigned long long)n *
					     (PROGRESS_BOXES - 1));
}

unsigned quiz_percent(unsigned long long part, unsigned long long whole)
{
	return whole ? (unsigned)((part * 200 + whole) / (2 * whole)) : 0;
}
