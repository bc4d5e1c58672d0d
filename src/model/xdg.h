/* Where per-user files go, after the XDG Base Directory specification. */
#ifndef HC_XDG_H
#define HC_XDG_H

/* $VAR/httpcodes/FILE when VAR (e.g. "XDG_STATE_HOME") holds an absolute
 * path, else $HOME/FALLBACK/httpcodes/FILE (e.g. ".local/state"); NULL
 * when neither is usable or out of memory.  The result is malloc'd. */
char *xdg_path(const char *var, const char *fallback, const char *file);

#endif
