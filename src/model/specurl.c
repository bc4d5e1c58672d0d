#include <config.h>

#include "specurl.h"

#include <stdio.h>
#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes of a section number at s: "15.5.5", or an appendix "A.1" (a
 * capital letter first).  0 when s is not one whole section number. */
static size_t section_len(const char *s)
{
	size_t i = 0;

	if (s[0] >= 'A' && s[0] <= 'Z')
		i = 1;
	else
		while (is_digit(s[i]))
			i++;
	if (!i)
		return 0;
	while (s[i] == '.' && is_digit(s[i + 1])) {
		i++;
		while (is_digit(s[i]))
			i++;
	}
	return s[i] ? 0 : i;
}

/* "RFC 9110 §15.5.5", "RFC 8297", "RFC 9110 § 15.5.5" */
static size_t rfc_url(const char *s, char *buf, size_t cap)
{
	size_t n = 0;
	const char *p = s + 3;
	int w;

	while (*p == ' ')
		p++;
	while (is_digit(p[n]) && n < 6)
		n++;
	if (!n || p[0] == '0' || is_digit(p[n]))
		return 0;
	s = p + n;
	if (!*s) {
		w = snprintf(buf, cap, "https://www.rfc-editor.org/rfc/rfc%.*s",
			     (int)n, p);
		return w > 0 && (size_t)w < cap ? (size_t)w : 0;
	}
	while (*s == ' ')
		s++;
	if (strncmp(s, "\xc2\xa7", 2)) /* § */
		return 0;
	s += 2;
	while (*s == ' ')
		s++;
	if (!section_len(s))
		return 0;
	w = snprintf(buf, cap, "https://www.rfc-editor.org/rfc/rfc%.*s#%s-%s",
		     (int)n, p, is_digit(s[0]) ? "section" : "appendix", s);
	return w > 0 && (size_t)w < cap ? (size_t)w : 0;
}

/* "draft-ietf-httpbis-resumable-upload": the datatracker's page of the
 * latest version, which also lists the earlier ones. */
static size_t draft_url(const char *s, char *buf, size_t cap)
{
	size_t n = strlen(s);
	int w;

	if (n > 100 || s[n - 1] == '-')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(is_digit(s[i]) || (s[i] >= 'a' && s[i] <= 'z') ||
		      s[i] == '-'))
			return 0;
	w = snprintf(buf, cap, "https://datatracker.ietf.org/doc/%s/", s);
	return w > 0 && (size_t)w < cap ? (size_t)w : 0;
}

size_t hc_spec_url(const char *spec, char *buf, size_t cap)
{
	size_t n = 0;

	if (!cap)
		return 0;
	buf[0] = '\0';
	if (!spec)
		return 0;
	if (!strncmp(spec, "RFC", 3))
		n = rfc_url(spec, buf, cap);
	else if (!strncmp(spec, "draft-", 6))
		n = draft_url(spec, buf, cap);
	if (!n)
		buf[0] = '\0';
	return n;
}
