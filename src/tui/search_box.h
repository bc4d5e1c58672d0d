/* The search box and the status line under it. */
#ifndef HC_TUI_SEARCH_BOX_H
#define HC_TUI_SEARCH_BOX_H

#include "app.h"

#endif
