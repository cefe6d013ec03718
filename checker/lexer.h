/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The small C lexer reduce.c finds function bodies with: identifiers,
 * punctuators and the rest, each with its line; blanks, comments and
 * preprocessor lines skipped. It follows only the first branch of each
 * #if/#ifdef for the structure (a token in another branch is marked
 * inactive), and records where each directive is and whether one
 * outside a #define mentions a name of its matcher.
 */
#ifndef WQCHECK_LEXER_H
#define WQCHECK_LEXER_H

#include <stddef.h>

struct matcher;

enum tok_type { T_EOF, T_IDENT, T_PUNCT, T_OTHER };

struct tok {
	enum tok_type type;
	size_t start, len;
	long line;
	int inactive; /* in an #else/#elif branch */
};

enum dkind { D_OTHER, D_IF, D_ELSE, D_ENDIF, D_DEFINE };

struct dspan {
	size_t start, end;
	enum dkind kind;
};

struct lexer {
	const char *buf;
	size_t len, pos;
	long line;
	int line_start; /* nothing but blanks since the newline */
	unsigned char *cond; /* per #if level: in its #else part? */
	size_t ncond, cond_cap, else_depth;
	struct dspan *d; /* directives seen, when recording */
	size_t nd, dcap;
	int record;
	int directive_mentions; /* one that is no #define names one of @m's */
	const struct matcher *m; /* the names looked for */
};

/* The tokens of a whole text, for the readers of declarations. */
struct toks {
	const char *buf;
	struct tok *t;
	size_t n;
};

/*
 * All the tokens of @buf (@len bytes) into @tk, T_EOF not kept (free
 * @tk->t); with @active_only, none of an #else/#elif branch.
 */
void toks_lex(struct toks *tk, const char *buf, size_t len, int active_only);
/* Whether token @i of @tk is there and spelt @s. */
int toks_is(const struct toks *tk, size_t i, const char *s);

/* Lex @buf (@len bytes), looking for @m's names in its directives. */
void lexer_init(struct lexer *lx, const char *buf, size_t len,
		const struct matcher *m);
/* The next token; T_EOF at the end, and from then on. */
void lexer_next(struct lexer *lx, struct tok *t);
void lexer_free(struct lexer *lx);

#endif
