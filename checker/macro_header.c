// SPDX-License-Identifier: GPL-2.0-only
/* Functions whose header is a macro of their name (macro_header.h). */
#include "macro_header.h"

#include <stdlib.h>
#include <string.h>

#include "reduce.h"
#include "util.h"

/* Capitals, digits and '_', with at least one capital: a macro's name. */
static int is_macro_name(const char *s)
{
	int letter = 0;

	for (; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
			return 0;
		letter |= *s >= 'A' && *s <= 'Z';
		if (!is_ident_char((unsigned char)*s))
			return 0;
	}
	return letter;
}

static size_t skip_back_space(const char *t, size_t i)
{
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' ||
			 t[i - 1] == '\n' || t[i - 1] == '\r'))
		i--;
	return i;
}

/*
 * The header "NAME ( fn )" that ends before offset @open of @t: the
 * offsets of NAME's first byte and of the byte after ')' in *@from and
 * *@to, and of fn in *@fn and *@fn_end. 0 when it is not that shape or
 * spans lines.
 */
static int macro_of_name(const char *t, size_t open, const char *name,
			 size_t *from, size_t *to, size_t *fn, size_t *fn_end)
{
	size_t i = skip_back_space(t, open), n = strlen(name);

	if (!i || t[i - 1] != ')')
		return 0;
	*to = i;
	i = skip_back_space(t, i - 1);
	*fn_end = i;
	while (i > 0 && is_ident_char((unsigned char)t[i - 1]))
		i--;
	*fn = i;
	if (*fn == *fn_end || !is_ident_start((unsigned char)t[i]))
		return 0;
	i = skip_back_space(t, i);
	if (!i || t[i - 1] != '(')
		return 0;
	i = skip_back_space(t, i - 1);
	if (i < n || memcmp(t + i - n, name, n) ||
	    (i > n && is_ident_char((unsigned char)t[i - n - 1])))
		return 0;
	*from = i - n;
	return !memchr(t + *from, '\n', *to - *from);
}

void macro_header_rewrite(struct reduced *r)
{
	size_t i, from, to, fn, fn_end, need;

	for (i = 0; i < r->nfuncs; i++) {
		struct rfunc *f = &r->funcs[i];
		char *line;

		if (!f->kept || !(f->checks || f->waits || f->enqueues) ||
		    !f->name || !is_macro_name(f->name) ||
		    !macro_of_name(r->text, f->open, f->name, &from, &to, &fn,
				   &fn_end))
			continue;
		need = strlen("void ") + (fn_end - fn) + strlen("(void)");
		if (need > to - from)
			continue;
		line = xasprintf("void %.*s(void)%*s", (int)(fn_end - fn),
				 r->text + fn, (int)(to - from - need), "");
		free(f->name);
		f->name = xstrndup(r->text + fn, fn_end - fn);
		memcpy(r->text + from, line, to - from);
		free(line);
	}
}
