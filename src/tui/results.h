/* The ranked list of search results, in the tree's place. */
#ifndef HC_TUI_RESULTS_H
#define HC_TUI_RESULTS_H

#include "app.h"

#endif
