// SPDX-License-Identifier: GPL-2.0-only
/*
 * The names of the waiters' wrappers in the headers of the wakers'
 * directories (header_wrappers.h). cocci/wqindex/wrappers.py decides what a
 * wrapper is from the header's text; this only finds the candidates by
 * their words, so that the waiter index reads the files that call them
 * and no others: taking every call named with "wait" as one cost the
 * whole scan half again as much on Linux 6.12.
 */
#include "header_wrappers.h"

#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "util.h"

static const char *const enqueues[] = { "prepare_to_wait", "prepare_to_swait",
					"add_wait_queue", NULL };

/* Whether @w occurs as a word part ("_unlock(", "unlock_") in @s..@e. */
static int has_word(const char *s, const char *e, const char *w)
{
	size_t n = strlen(w);
	const char *p = s;

	while ((p = memmem(p, (size_t)(e - p), w, n)) != NULL) {
		if ((p == s || p[-1] == '_' ||
		     !is_ident_char((unsigned char)p[-1])) &&
		    (p + n == e || p[n] == '_' || p[n] == '(' ||
		     !is_ident_char((unsigned char)p[n])))
			return 1;
		p += n;
	}
	return 0;
}

/*
 * The function whose body holds offset @at of @buf: its body is the
 * last '{' at the start of a line before @at (the kernel's style for a
 * definition), its name the identifier before the first '(' of the
 * definition that starts after the previous '}' or ';' at a line start.
 * Returns the name's start and sets *@n, *@open; NULL when none.
 */
static const char *function_of(const char *buf, size_t at, size_t *n,
			       size_t *open)
{
	size_t o = at, start, paren;

	while (o > 0 && !(buf[o] == '{' && buf[o - 1] == '\n'))
		o--;
	if (!o)
		return NULL;
	start = o - 1;
	while (start > 0 && !((buf[start] == '}' || buf[start] == ';') &&
			      (start == 0 || buf[start - 1] == '\n')))
		start--;
	for (paren = start; paren < o && buf[paren] != '('; paren++)
		;
	if (paren >= o)
		return NULL;
	*n = 0;
	while (paren > start && (buf[paren - 1] == ' ' ||
				 buf[paren - 1] == '\n' || buf[paren - 1] == '\t'))
		paren--;
	while (paren > start && is_ident_char((unsigned char)buf[paren - 1])) {
		paren--;
		(*n)++;
	}
	*open = o;
	/* static inline, not an exported function's definition */
	return *n && memmem(buf + start, paren - start, "static", 6) ?
		       buf + paren :
		       NULL;
}

/* The end of the body that opens at @open: a '}' at a line start. */
static size_t body_end(const char *buf, size_t len, size_t open)
{
	size_t i;

	for (i = open + 1; i < len; i++)
		if (buf[i] == '}' && buf[i - 1] == '\n')
			return i;
	return len;
}

static void add_name(struct header_wrappers *hw, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < hw->n; i++)
		if (strlen(hw->names[i]) == n && !memcmp(hw->names[i], s, n))
			return;
	hw->names = xrealloc(hw->names, (hw->n + 1) * sizeof(*hw->names));
	hw->names[hw->n++] = xstrndup(s, n);
}

/* The static functions of header @buf that enqueue and unlock. */
static void scan_header(struct header_wrappers *hw, const char *buf,
			size_t len)
{
	const char *const *e;

	for (e = enqueues; *e; e++) {
		const char *p = buf;

		while ((p = memmem(p, len - (size_t)(p - buf), *e,
				   strlen(*e))) != NULL) {
			size_t n, open, end;
			const char *name = function_of(
				buf, (size_t)(p - buf), &n, &open);

			p += strlen(*e);
			if (!name)
				continue;
			end = body_end(buf, len, open);
			if (has_word(buf + open, buf + end, "unlock"))
				add_name(hw, name, n);
		}
	}
}

static void add_key(struct header_wrappers *hw, const char *path,
		    const char *buf, size_t len)
{
	char hex[SHA256_HEX_LEN + 1], *key;

	sha256_hex(buf, len, hex);
	key = xasprintf("%s%s:%s;", hw->key ? hw->key : "", path, hex);
	free(hw->key);
	hw->key = key;
}

void header_wrappers_find(struct header_wrappers *hw, const char *const *paths,
			  size_t n)
{
	size_t i;

	memset(hw, 0, sizeof(*hw));
	for (i = 0; i < n; i++) {
		char *buf;
		size_t len;

		if (!paths[i] || !path_is_header(paths[i]) ||
		    read_file(paths[i], &buf, &len))
			continue;
		if (memmem(buf, len, "wait", 4)) {
			size_t before = hw->n;

			scan_header(hw, buf, len);
			if (hw->n > before)
				add_key(hw, paths[i], buf, len);
		}
		free(buf);
	}
}

int header_wrappers_has(const struct header_wrappers *hw, const char *s,
			size_t n)
{
	size_t i;

	for (i = 0; hw && i < hw->n; i++)
		if (strlen(hw->names[i]) == n && !memcmp(hw->names[i], s, n))
			return 1;
	return 0;
}

void header_wrappers_free(struct header_wrappers *hw)
{
	free_strv(hw->names, hw->n);
	free(hw->key);
	memset(hw, 0, sizeof(*hw));
}
