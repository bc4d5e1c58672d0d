#include <config.h>

#include "xdg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *xdg_path(const char *var, const char *fallback, const char *file)
{
	const char *base = getenv(var), *home = getenv("HOME");
	size_t n;
	char *p;

	/* the specification: a relative path in the variable is ignored */
	if (base && base[0] == '/') {
		n = strlen(base) + strlen(file) + sizeof "/httpcodes/";
		if ((p = malloc(n)))
			snprintf(p, n, "%s/httpcodes/%s", base, file);
		return p;
	}
	if (!home || home[0] != '/')
		return NULL;
	n = strlen(home) + strlen(fallback) + strlen(file) +
	    sizeof "//httpcodes/";
	if ((p = malloc(n)))
		snprintf(p, n, "%s/%s/httpcodes/%s", home, fallback, file);
	return p;
}
