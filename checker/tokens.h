/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A header's or a file's tokens in one array (lexer.h), for the readers
 * that look for definitions in them (accessor.c, setter.c): indexable,
 * with brackets matched.
 */
#ifndef WQCHECK_TOKENS_H
#define WQCHECK_TOKENS_H

#include <stddef.h>

#include "lexer.h"

struct toks {
	const char *buf;
	struct tok *t;
	size_t n;
};

/*
 * Lex @buf (@len bytes) into @tk. With @active_only, tokens of the
 * #else branches are left out; else they are kept, marked inactive.
 */
void toks_lex(struct toks *tk, const char *buf, size_t len, int active_only);
void toks_free(struct toks *tk);

/* Whether token @i is @s; an @i past the end is nothing. */
int toks_is(const struct toks *tk, size_t i, const char *s);
/* Whether token @i is one of the NULL-ended @words. */
int toks_is_any(const struct toks *tk, size_t i, const char *const *words);
/* Whether token @i of @a is spelt as token @j of @b; past an end, not. */
int toks_same(const struct toks *a, size_t i, const struct toks *b, size_t j);
int toks_ident(const struct toks *tk, size_t i);
/* Token @i's text, allocated. */
char *toks_text(const struct toks *tk, size_t i);
/* Tokens @a..@b) as one line: a blank where the source had any. */
char *toks_join(const struct toks *tk, size_t a, size_t b);
/* The bracket closing the one at @i, or @tk->n. */
size_t toks_close(const struct toks *tk, size_t i);

#endif
