/* Other spellings of a word (리디렉션 -> redirect, 리다이렉트, ...). */
#ifndef HC_VARIANTS_H
#define HC_VARIANTS_H

#include <stddef.h>

/* The spellings of the word w (n bytes, folded), NULL-terminated, w
 * among them; NULL when it has no others. */
const char *const *variants_of(const char *w, size_t n);

#endif
