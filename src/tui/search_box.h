/* The search box and the status line under it. */
#ifndef HC_TUI_SEARCH_BOX_H
#define HC_TUI_SEARCH_BOX_H

#include "ui.h"
#include "lineedit.h"

/* Earlier queries of this session, for ^P / ^N in the search box. */
#define RECALL_MAX 50
struct recall {
	char *q[RECALL_MAX]; /* oldest first */
	int n;
	int at;              /* the one shown; n: the query being typed */
	char *draft;         /* the query being typed, while at < n */
};

/* The search's state: the query, the engine's hits and the ranked rows
 * (results.c draws them).  Only the search box and its results write
 * it. */
struct search {
	struct hc_search *engine; /* built on first use */
	struct lineedit box;   /* the query as typed */
	const struct hc_match *hits; /* the engine's, best first */
	size_t n_hits;
	const struct hc_match **rank; /* the rows of the ranked list: the
				       * hits but hidden unofficial codes */
	struct listsel rs;     /* the selected row; rs.n rows */
	int partial;           /* no code matched every word */
	int kept;              /* results kept after Enter */
	int pre_key;           /* the selection before the search */
	unsigned char *want;   /* per code: a hit */
	struct recall recall;  /* the queries of this session */
};

/* Made at start for t (NULL without memory); search_free frees it. */
struct search *search_new(const struct hc_table *t);
/* 1 while results are kept (after Enter), the box closed. */
int search_kept(const struct app *a);

void search_draw_status(struct app *a);
int search_open(struct app *a);
int search_key(struct app *a, enum tui_action act, struct ui_key k);
int search_step(struct app *a, int dir); /* n / N */
/* Leave the search (the box or the kept results) for the tree, with the
 * selection on the code selected in the results, if any. */
int search_clear(struct app *a);
/* Enter: close the box, keeping the results (if there are any). */
int search_keep(struct app *a);
void search_rerun(struct app *a);
/* 1 when the box holds a query: more than blanks. */
int search_has_query(const struct app *a);
/* The search match for a code while results are shown, or NULL. */
const struct hc_match *search_match_for(const struct app *a,
					const struct hc_code *c);
/* Pasted text: into the box at the cursor, cleaned (no control reaches
 * the query); from the tree it opens the box with it. */
int search_paste(struct app *a, const char *s, size_t n);
/* The row of a code in the ranked list, -1 if it is not there. */
int search_row_of(const struct app *a, int code);
/* Typed digits while results are kept: the first row, in rank order,
 * whose code starts with them; 0 when none does. */
int search_jump_prefix(struct app *a, const char *digits, size_t n);
/* hide_unofficial changed: the rows again, the selection kept if it can. */
void search_rerank(struct app *a);
void search_free(struct app *a);
#endif
