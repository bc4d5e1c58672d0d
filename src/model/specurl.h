/* A web address for a Spec field ("RFC 9110 §15.5.5"), by rule. */
#ifndef HC_SPECURL_H
#define HC_SPECURL_H

#include <stddef.h>

/* Longest address hc_spec_url writes, with its NUL. */
#define HC_SPEC_URL_MAX 160

/* Write the address of spec into buf (cap bytes, HC_SPEC_URL_MAX is
 * enough) and return its length; return 0, buf empty, when spec names
 * nothing that has a known address:
 *     RFC N            https://www.rfc-editor.org/rfc/rfcN
 *     RFC N §S         https://www.rfc-editor.org/rfc/rfcN#section-S
 *     RFC N §A.1       https://www.rfc-editor.org/rfc/rfcN#appendix-A.1
 *     draft-NAME       https://datatracker.ietf.org/doc/draft-NAME/
 * The address holds only characters checked here, so it is safe to put
 * in a terminal sequence (OSC 8) or JSON as it is. */
size_t hc_spec_url(const char *spec, char *buf, size_t cap);

#endif
