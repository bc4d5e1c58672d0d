/* The one layout function: every pane's rectangle from the terminal size. */
#ifndef HC_TUI_LAYOUT_H
#define HC_TUI_LAYOUT_H

#define LAYOUT_MIN_COLS 40
#define LAYOUT_MIN_LINES 10
/* The most the screen uses of a bigger terminal: each window costs memory
 * per cell (5000x5000 cells would be gigabytes), and no real terminal is
 * wider or taller (8K at a small font is about 1280x360). */
#define LAYOUT_MAX_COLS 1000
#define LAYOUT_MAX_LINES 400
#define LAYOUT_WIDE_COLS 80

struct rect {
	int y, x, h, w;
};

struct layout {
	int lines, cols;
	int too_small;
	int stacked;     /* one pane at a time (narrow terminals) */
	struct rect head, tree, sep, detail, status;
};

/* show_detail picks the pane shown when stacked. */
void layout_compute(struct layout *l, int lines, int cols, int show_detail);
/* 1 when (y, x) is inside r. */
int rect_has(const struct rect *r, int y, int x);

#endif
