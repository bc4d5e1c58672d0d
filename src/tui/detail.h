/* The detail pane: the chosen code or class, wrapped, scrolled, with
 * related codes that can be followed. */
#ifndef HC_TUI_DETAIL_H
#define HC_TUI_DETAIL_H

#include "app.h"

#endif
