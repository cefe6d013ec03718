// SPDX-License-Identifier: GPL-2.0-only
/*
 * The prefilter reads each file once and keeps those that mention an
 * identifier the rules start from. It runs over every C file of a tree
 * (60,000 in a kernel), so it looks for a few anchor substrings with
 * memmem() and only then checks identifier boundaries.
 */
#include "prefilter.h"

#include <string.h>

/*
 * The rules look for these. A function that mentions none of them is
 * blanked out before spatch parses it (reduce.c), and a file that
 * mentions none is not given to spatch at all.
 */
const char *const wq_idents[] = {
	"waitqueue_active", "swait_active",   "wake_up_bit",
	"wake_up_var",	    "__wake_up_bit",  "wq_has_sleeper",
	"swq_has_sleeper",  "add_wait_queue", "__add_wait_queue",
	NULL,
};

static int is_ident_char(unsigned char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

int prefilter_is_ident(const char *s, size_t n)
{
	const char *const *id;

	/* All of them contain an underscore and are 11..16 long. */
	if (n < 11 || n > 16)
		return 0;
	for (id = wq_idents; *id; id++)
		if (strlen(*id) == n && !memcmp(*id, s, n))
			return 1;
	return 0;
}

/* Is the occurrence of an identifier at @p..@p+@n a whole token? */
static int whole_ident_at(const char *buf, size_t len, const char *p,
			  size_t n)
{
	size_t start = (size_t)(p - buf), end = start + n;

	while (start > 0 && is_ident_char((unsigned char)buf[start - 1]))
		start--;
	while (end < len && is_ident_char((unsigned char)buf[end]))
		end++;
	return prefilter_is_ident(buf + start, end - start);
}

/* "__x" is found through "x": searching for it again would be wasted. */
static int contains_other_ident(const char *id)
{
	const char *const *o;

	for (o = wq_idents; *o; o++)
		if (strcmp(*o, id) && strstr(id, *o))
			return 1;
	return 0;
}

int prefilter_mentions(const char *buf, size_t len)
{
	const char *const *id;

	for (id = wq_idents; *id; id++) {
		size_t n = strlen(*id);
		const char *p = buf, *end = buf + len;

		if (contains_other_ident(*id))
			continue;
		while (p < end && (p = memmem(p, (size_t)(end - p), *id, n))) {
			if (whole_ident_at(buf, len, p, n))
				return 1;
			p += n;
		}
	}
	return 0;
}

int prefilter_is_binary(const char *buf, size_t len)
{
	return memchr(buf, '\0', len < 65536 ? len : 65536) != NULL;
}

int prefilter_is_c_name(const char *name)
{
	size_t n = strlen(name);

	return n > 2 && name[n - 2] == '.' &&
	       (name[n - 1] == 'c' || name[n - 1] == 'h');
}
