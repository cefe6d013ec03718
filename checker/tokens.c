// SPDX-License-Identifier: GPL-2.0-only
/* A file's tokens in one array (tokens.h). */
#include "tokens.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void toks_lex(struct toks *tk, const char *buf, size_t len, int active_only)
{
	struct lexer lx;
	struct tok t;
	size_t cap = 0;

	lexer_init(&lx, buf, len, NULL);
	lx.record = 0; /* no matcher: directives are only skipped */
	tk->buf = buf;
	tk->t = NULL;
	tk->n = 0;
	for (lexer_next(&lx, &t); t.type != T_EOF; lexer_next(&lx, &t)) {
		if (active_only && t.inactive)
			continue;
		if (tk->n == cap) {
			cap = cap ? 2 * cap : 1024;
			tk->t = xrealloc(tk->t, cap * sizeof(*tk->t));
		}
		tk->t[tk->n++] = t;
	}
	lexer_free(&lx);
}

void toks_free(struct toks *tk)
{
	free(tk->t);
	memset(tk, 0, sizeof(*tk));
}

int toks_is(const struct toks *tk, size_t i, const char *s)
{
	return i < tk->n && tk->t[i].len == strlen(s) &&
	       !memcmp(tk->buf + tk->t[i].start, s, tk->t[i].len);
}

int toks_is_any(const struct toks *tk, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (toks_is(tk, i, *words))
			return 1;
	return 0;
}

int toks_same(const struct toks *a, size_t i, const struct toks *b, size_t j)
{
	return i < a->n && j < b->n && a->t[i].len == b->t[j].len &&
	       !memcmp(a->buf + a->t[i].start, b->buf + b->t[j].start,
		       a->t[i].len);
}

int toks_ident(const struct toks *tk, size_t i)
{
	return i < tk->n && tk->t[i].type == T_IDENT;
}

char *toks_text(const struct toks *tk, size_t i)
{
	return xstrndup(tk->buf + tk->t[i].start, tk->t[i].len);
}

char *toks_join(const struct toks *tk, size_t a, size_t b)
{
	struct strbuf sb = { 0 };
	size_t i;

	for (i = a; i < b; i++) {
		if (i > a &&
		    tk->t[i].start > tk->t[i - 1].start + tk->t[i - 1].len)
			sb_putc(&sb, ' ');
		sb_add(&sb, tk->buf + tk->t[i].start, tk->t[i].len);
	}
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

size_t toks_close(const struct toks *tk, size_t i)
{
	int depth = 0;

	for (; i < tk->n; i++) {
		if (tk->t[i].type != T_PUNCT)
			continue;
		if (memchr("([{", tk->buf[tk->t[i].start], 3))
			depth++;
		else if (memchr(")]}", tk->buf[tk->t[i].start], 3) && !--depth)
			return i;
	}
	return tk->n;
}
