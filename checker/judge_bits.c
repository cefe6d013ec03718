// SPDX-License-Identifier: GPL-2.0-only
/* Bits, for the judge (judge_bits.h). */
#include "judge_bits.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int bit_is_constant(const char *b)
{
	for (; b && *b; b++)
		if (isupper((unsigned char)*b))
			return 1;
	return 0;
}

/* The identifier after "(" at @p (blanks skipped), or NULL. */
static char *first_ident(const char *p)
{
	const char *e;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p++ != '(')
		return NULL;
	while (*p == ' ' || *p == '\t')
		p++;
	for (e = p; is_ident_char(*e); e++)
		;
	while (*e == ' ' || *e == '\t')
		e++;
	return e > p && *e == ',' ? xstrndup(p, strcspn(p, " \t,")) : NULL;
}

char *bit_of_store(const char *text)
{
	const char *open = strchr(text, '('), *name = open;
	char *bit;

	if (!open || strchr(text, '='))
		return NULL;
	while (name > text && is_ident_char(name[-1]))
		name--;
	if (!((open - name > 4 && !strncmp(open - 4, "_bit", 4)) ||
	      (open - name > 11 && !strncmp(open - 11, "_bit_unlock", 11))))
		return NULL;
	bit = first_ident(open);
	if (bit && !bit_is_constant(bit)) {
		free(bit);
		bit = NULL;
	}
	return bit;
}

/* test_and_set_bit(B, ...) and the like at @p. */
static int ordered_rmw_of(const char *p, const char *bit)
{
	static const char *const ops[] = { "set", "clear", "change" };
	size_t i, n;
	char *first;
	int same;

	if (strncmp(p, "test_and_", 9))
		return 0;
	for (i = 0; i < ARRAY_SIZE(ops); i++) {
		n = strlen(ops[i]);
		if (strncmp(p + 9, ops[i], n) || strncmp(p + 9 + n, "_bit", 4))
			continue;
		p += 13 + n;
		p += !strncmp(p, "_lock", 5) ? 5 : 0;
		first = first_ident(p);
		same = first && !strcmp(first, bit);
		free(first);
		return same;
	}
	return 0;
}

int bit_rmw_before(const struct record *r, const char *bit)
{
	long line;
	int found = 0;

	for (line = r->line; line > 0 && !found; line--) {
		char *text = source_line(record_where(r), line);
		const char *p;

		if (!text || text[0] == '{') {
			free(text);
			break;
		}
		for (p = strstr(text, "test_and_"); p && !found;
		     p = strstr(p + 1, "test_and_"))
			found = (p == text || !is_ident_char(p[-1])) &&
				ordered_rmw_of(p, bit);
		free(text);
	}
	return found;
}
