#include <config.h>

#include "codeflags.h"

#include <stddef.h>

/* One table, so that the JSON keys and any later user agree.  The sets
 * are jshttp/statuses' (status.empty, status.redirect, status.retry):
 * RFC 9110 allows no content in 204, 205 and 304 (§15.3.5, §15.3.6,
 * §15.4.5); 300-308 but 304 and the unused 306 send the client on
 * (§15.4); 502, 503 and 504 come from a gateway or an overloaded server
 * that may well answer a later try (§15.6.3-15.6.5). */
static const struct {
	short code;
	unsigned char flags;
} flags[] = {
	{ 204, HC_FLAG_EMPTY_BODY }, { 205, HC_FLAG_EMPTY_BODY },
	{ 300, HC_FLAG_REDIRECT },   { 301, HC_FLAG_REDIRECT },
	{ 302, HC_FLAG_REDIRECT },   { 303, HC_FLAG_REDIRECT },
	{ 304, HC_FLAG_EMPTY_BODY }, { 305, HC_FLAG_REDIRECT },
	{ 307, HC_FLAG_REDIRECT },   { 308, HC_FLAG_REDIRECT },
	{ 502, HC_FLAG_RETRY },      { 503, HC_FLAG_RETRY },
	{ 504, HC_FLAG_RETRY },
};

unsigned hc_code_flags(int code)
{
	for (size_t i = 0; i < sizeof flags / sizeof *flags; i++)
		if (flags[i].code == code)
			return flags[i].flags;
	return 0;
}
