/* The tree pane: classes and their codes. */
#ifndef HC_TUI_TREE_H
#define HC_TUI_TREE_H

#include "app.h"

#endif
