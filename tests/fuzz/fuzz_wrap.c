/* libFuzzer: sanitising and wrapping arbitrary bytes at arbitrary widths,
 * escaping them for a message, cutting them into a buffer.  The first byte
 * is the width (and the buffer's size). */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int width;
	char *s;
	size_t n, i = 0;

	if (size < 1)
		return 0;
	width = data[0] % 200; /* 0 and 1 are legal, if silly */
	s = text_sanitize_dup((const char *)data + 1, size - 1, 1);
	if (!s)
		return 0;
	n = strlen(s);
	if (!text_utf8_valid(s, n, NULL))
		__builtin_trap(); /* sanitised text is valid UTF-8 */
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)s[k] < 0x20 && s[k] != '\n')
			__builtin_trap();
	while (i < n) {
		size_t next, len = text_wrap(s + i, n - i, width, &next);
		int w = text_width(s + i, len);

		if (next == 0 || next > n - i || len > next)
			__builtin_trap(); /* progress, in bounds */
		/* a line is wider than asked only when one character is */
		if (w > (width < 1 ? 1 : width) && text_fit(s + i, len, 2, NULL) != len)
			__builtin_trap();
		i += next;
	}
	text_fit(s, n, width, NULL);
	/* cut into a buffer of 4 to 203 bytes: valid UTF-8, at most full */
	{
		size_t cap = (size_t)width + 4;
		char *buf = malloc(cap);
		size_t k;

		if (buf) {
			k = text_format(buf, cap, "%s", s);
			if (k >= cap || k != strlen(buf) ||
			    !text_utf8_valid(buf, k, NULL))
				__builtin_trap();
			free(buf);
		}
	}
	free(s);
	/* escaped for a message: no control left, valid UTF-8 */
	s = text_escape_dup((const char *)data + 1, size - 1);
	if (s) {
		n = strlen(s);
		if (n > 4 * (size - 1) || !text_utf8_valid(s, n, NULL))
			__builtin_trap();
		for (size_t k = 0; k < n; k++)
			if ((unsigned char)s[k] < 0x20 || s[k] == 0x7f)
				__builtin_trap();
		free(s);
	}
	/* a cut never ends inside a character of valid text */
	if (text_utf8_valid((const char *)data + 1, size - 1, NULL)) {
		size_t k = text_cut((const char *)data + 1, size - 1,
				    (size_t)width);

		if (k > (size_t)width && k != size - 1)
			__builtin_trap();
		if (!text_utf8_valid((const char *)data + 1, k, NULL))
			__builtin_trap();
	}
	return 0;
}
