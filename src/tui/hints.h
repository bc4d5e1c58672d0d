/* The one status-hint builder: "↑↓ move  Enter open  / search ...",
 * each key's label from the key table, as many as fit by priority. */
#ifndef HC_TUI_HINTS_H
#define HC_TUI_HINTS_H

#include "ui.h"

struct hint {
	unsigned char act;  /* the key that does it in the screen's key map */
	unsigned char prio; /* 0 stays longest */
	enum hc_msg what;
	const char *key;    /* NULL: the key table's label for act */
};

/* The hints that fit in room columns from x0, right-aligned, on the
 * status window's row; returns the columns they take (0: none). */
int hints_put(struct app *a, WINDOW *w, enum key_mode km,
	      const struct hint *h, size_t n, int x0, int room);
/* A whole status line: left (in role r; "" for none) and the hints that
 * fit beside it; a long left text (a warning naming a file) takes the
 * line. */
void hints_line(struct app *a, enum key_mode km, const char *left, int r,
		const struct hint *h, size_t n);

#endif
