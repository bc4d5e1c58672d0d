/* What a client may take for granted about a code, named as the
 * jshttp/statuses package names it: no content, a redirect, worth
 * retrying. */
#ifndef HC_CODEFLAGS_H
#define HC_CODEFLAGS_H

enum hc_code_flag {
	HC_FLAG_EMPTY_BODY = 1 << 0, /* never has content: 204, 205, 304 */
	HC_FLAG_REDIRECT = 1 << 1,   /* points elsewhere with Location */
	HC_FLAG_RETRY = 1 << 2,      /* a later retry may well succeed */
};

/* The flags of a code (0 for codes with none, or not codes at all). */
unsigned hc_code_flags(int code);

#endif
