/* The help screen, generated from the key table. */
#ifndef HC_TUI_HELP_H
#define HC_TUI_HELP_H

#include "app.h"

#endif
