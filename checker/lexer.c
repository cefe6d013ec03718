// SPDX-License-Identifier: GPL-2.0-only
/* The C lexer of reduce.c. */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "util.h"

static void lx_newline(struct lexer *lx)
{
	lx->line++;
	lx->line_start = 1;
}

static void skip_block_comment(struct lexer *lx)
{
	lx->pos += 2;
	while (lx->pos < lx->len) {
		if (lx->buf[lx->pos] == '*' && lx->pos + 1 < lx->len &&
		    lx->buf[lx->pos + 1] == '/') {
			lx->pos += 2;
			return;
		}
		if (lx->buf[lx->pos] == '\n')
			lx->line++;
		lx->pos++;
	}
}

/* A string or character literal; an unescaped newline ends it too. */
static void skip_literal(struct lexer *lx)
{
	char q = lx->buf[lx->pos++];

	while (lx->pos < lx->len) {
		char c = lx->buf[lx->pos];

		if (c == '\\' && lx->pos + 1 < lx->len) {
			if (lx->buf[lx->pos + 1] == '\n')
				lx->line++;
			lx->pos += 2;
			continue;
		}
		if (c == '\n')
			return;
		lx->pos++;
		if (c == q)
			return;
	}
}

static enum dkind directive_kind(const char *w, size_t n)
{
	if ((n == 2 && !memcmp(w, "if", 2)) ||
	    (n == 5 && !memcmp(w, "ifdef", 5)) ||
	    (n == 6 && !memcmp(w, "ifndef", 6)))
		return D_IF;
	if ((n == 4 && (!memcmp(w, "else", 4) || !memcmp(w, "elif", 4))) ||
	    (n == 7 && (!memcmp(w, "elifdef", 7))) ||
	    (n == 8 && !memcmp(w, "elifndef", 8)))
		return D_ELSE;
	if (n == 5 && !memcmp(w, "endif", 5))
		return D_ENDIF;
	if ((n == 6 && !memcmp(w, "define", 6)) ||
	    (n == 5 && !memcmp(w, "undef", 5)) ||
	    (n == 7 && !memcmp(w, "include", 7)))
		return D_DEFINE;
	return D_OTHER;
}

static void track_conditional(struct lexer *lx, enum dkind kind)
{
	if (kind == D_IF) {
		if (lx->ncond == lx->cond_cap) {
			lx->cond_cap = lx->cond_cap ? lx->cond_cap * 2 : 16;
			lx->cond = xrealloc(lx->cond, lx->cond_cap);
		}
		lx->cond[lx->ncond++] = 0;
	} else if (kind == D_ELSE && lx->ncond && !lx->cond[lx->ncond - 1]) {
		lx->cond[lx->ncond - 1] = 1;
		lx->else_depth++;
	} else if (kind == D_ENDIF && lx->ncond) {
		if (lx->cond[--lx->ncond])
			lx->else_depth--;
	}
}

static void record_directive(struct lexer *lx, size_t start, enum dkind kind)
{
	if (lx->nd == lx->dcap) {
		lx->dcap = lx->dcap ? lx->dcap * 2 : 64;
		lx->d = xrealloc(lx->d, lx->dcap * sizeof(*lx->d));
	}
	lx->d[lx->nd++] = (struct dspan){ start, lx->pos, kind };
}

/* From '#' to the end of the logical line, continuations included. */
static void skip_directive(struct lexer *lx)
{
	size_t start = lx->pos, w;
	enum dkind kind;

	lx->pos++;
	while (lx->pos < lx->len &&
	       (lx->buf[lx->pos] == ' ' || lx->buf[lx->pos] == '\t'))
		lx->pos++;
	w = lx->pos;
	while (lx->pos < lx->len &&
	       is_ident_char((unsigned char)lx->buf[lx->pos]))
		lx->pos++;
	kind = directive_kind(lx->buf + w, lx->pos - w);
	while (lx->pos < lx->len && lx->buf[lx->pos] != '\n') {
		const char *p = lx->buf + lx->pos;
		size_t left = lx->len - lx->pos;

		if (p[0] == '\\' && left > 1 && p[1] == '\n') {
			lx->pos += 2;
			lx->line++;
		} else if (p[0] == '\\' && left > 2 && p[1] == '\r' &&
			   p[2] == '\n') {
			lx->pos += 3;
			lx->line++;
		} else if (p[0] == '/' && left > 1 && p[1] == '*') {
			skip_block_comment(lx);
		} else if (p[0] == '"' || p[0] == '\'') {
			skip_literal(lx);
		} else {
			lx->pos++;
		}
	}
	track_conditional(lx, kind);
	if (lx->record) {
		record_directive(lx, start, kind);
		/* a macro body is blanked: the rules look only at functions */
		if (kind != D_DEFINE &&
		    matcher_mentions(lx->m, lx->buf + start, lx->pos - start))
			lx->directive_mentions = 1;
	}
}

/* Skip blanks, comments and directives; 0 at the end of the text. */
static int skip_blanks(struct lexer *lx)
{
	while (lx->pos < lx->len) {
		const char *p = lx->buf + lx->pos;
		size_t left = lx->len - lx->pos;

		if (*p == '\n') {
			lx->pos++;
			lx_newline(lx);
		} else if (*p == ' ' || *p == '\t' || *p == '\r' ||
			   *p == '\f' || *p == '\v') {
			lx->pos++;
		} else if (*p == '\\' && left > 1 && p[1] == '\n') {
			lx->pos += 2;
			lx->line++;
		} else if (*p == '/' && left > 1 && p[1] == '/') {
			while (lx->pos < lx->len && lx->buf[lx->pos] != '\n')
				lx->pos++;
		} else if (*p == '/' && left > 1 && p[1] == '*') {
			skip_block_comment(lx);
		} else if (*p == '#' && lx->line_start) {
			skip_directive(lx);
		} else {
			return 1;
		}
	}
	return 0;
}

static void skip_number(struct lexer *lx)
{
	while (lx->pos < lx->len) {
		unsigned char c = (unsigned char)lx->buf[lx->pos];

		if ((c == '+' || c == '-') &&
		    strchr("eEpP", lx->buf[lx->pos - 1]))
			lx->pos++;
		else if (is_ident_char(c) || c == '.')
			lx->pos++;
		else
			break;
	}
}

void lexer_next(struct lexer *lx, struct tok *t)
{
	unsigned char c;

	if (!skip_blanks(lx)) {
		t->type = T_EOF;
		t->start = lx->len;
		t->len = 0;
		t->line = lx->line;
		return;
	}
	lx->line_start = 0;
	t->start = lx->pos;
	t->line = lx->line;
	t->inactive = lx->else_depth > 0;
	c = (unsigned char)lx->buf[lx->pos];
	if (is_ident_start(c)) {
		while (lx->pos < lx->len &&
		       is_ident_char((unsigned char)lx->buf[lx->pos]))
			lx->pos++;
		t->type = T_IDENT;
	} else if ((c >= '0' && c <= '9') ||
		   (c == '.' && lx->pos + 1 < lx->len &&
		    lx->buf[lx->pos + 1] >= '0' &&
		    lx->buf[lx->pos + 1] <= '9')) {
		lx->pos++;
		skip_number(lx);
		t->type = T_OTHER;
	} else if (c == '"' || c == '\'') {
		skip_literal(lx);
		t->type = T_OTHER;
	} else {
		lx->pos++;
		t->type = T_PUNCT;
	}
	t->len = lx->pos - t->start;
}

void lexer_init(struct lexer *lx, const char *buf, size_t len,
		const struct matcher *m)
{
	*lx = (struct lexer){ .buf = buf,
			      .len = len,
			      .line = 1,
			      .line_start = 1,
			      .record = 1,
			      .m = m };
}

void lexer_free(struct lexer *lx)
{
	free(lx->cond);
	free(lx->d);
}

void toks_lex(struct toks *tk, const char *buf, size_t len, int active_only)
{
	struct lexer lx;
	struct tok t;
	size_t cap = 0;

	lexer_init(&lx, buf, len, NULL);
	lx.record = 0; /* no matcher: directives are only skipped */
	*tk = (struct toks){ buf, NULL, 0 };
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

int toks_is(const struct toks *tk, size_t i, const char *s)
{
	return i < tk->n && tk->t[i].len == strlen(s) &&
	       !memcmp(tk->buf + tk->t[i].start, s, tk->t[i].len);
}
