/* Growing arrays. */
#ifndef HC_MEM_H
#define HC_MEM_H

#include <stddef.h>

/* Make the array *p (of *cap elements of size bytes) hold at least need
 * elements, doubling its capacity.  0, or -1 when out of memory, in which
 * case the array is left as it was. */
int mem_grow(void **p, size_t *cap, size_t need, size_t size);

#endif
