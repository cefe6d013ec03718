// SPDX-License-Identifier: GPL-2.0-only
/*
 * Queue and lock identity from the text of an expression. Both rule
 * files print what they saw as written; this is the one place that
 * decides what counts as the same object.
 */
#include "identity.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Drop spaces, array indices and leading &, * and casts. */
static char *simplify(const char *text)
{
	struct strbuf sb = { 0 };
	int depth = 0;
	const char *s;

	for (s = text; *s; s++) {
		if (*s == '[')
			depth++;
		else if (*s == ']' && depth)
			depth--;
		else if (!depth && !isspace((unsigned char)*s))
			sb_putc(&sb, *s);
	}
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

/* "(struct foo *)" or "(foo_t *)" at @s: the length of the cast, or 0. */
static size_t cast_len(const char *s)
{
	const char *close = strchr(s, ')');

	if (*s != '(' || !close || close == s + 1)
		return 0;
	if (!strncmp(s + 1, "struct", 6) || !strncmp(s + 1, "union", 5) ||
	    close[-1] == '*')
		return (size_t)(close - s) + 1;
	return 0;
}

static const char *skip_prefix(const char *s)
{
	for (;;) {
		if (*s == '&' || *s == '*')
			s++;
		else if (cast_len(s))
			s += cast_len(s);
		else if (*s == '(')
			s++; /* a parenthesis: the closing one is dropped later */
		else
			return s;
	}
}

/* Split "ctx->a.b" into root "ctx" and chain "a.b". */
static void split_chain(const char *s, struct ident *id)
{
	struct strbuf chain = { 0 };
	const char *p = s;
	int depth = 0;

	while (*p && (is_ident(*p) || depth || *p == '(')) {
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		p++;
		if (!depth && *p == ')')
			break;
	}
	id->root = xstrndup(s, (size_t)(p - s));
	while (*p) {
		const char *m;

		if (p[0] == '-' && p[1] == '>')
			p += 2;
		else if (*p == '.')
			p++;
		else {
			p++;
			continue;
		}
		for (m = p; is_ident(*m); m++)
			;
		if (m > p) {
			if (chain.len)
				sb_putc(&chain, '.');
			sb_add(&chain, p, (size_t)(m - p));
		}
		p = m;
	}
	id->chain = chain.buf ? sb_detach(&chain) : xstrdup("");
}

static char *clean_type(const char *type)
{
	struct strbuf sb = { 0 };
	const char *s = type ? type : "";
	int depth = 0;

	if (!strncmp(s, "const ", 6))
		s += 6;
	/* an array's dimension goes too: "struct board [ MAX_BOARD ]" */
	for (; *s; s++) {
		if (*s == '[')
			depth++;
		else if (*s == ']' && depth)
			depth--;
		else if (*s != '*' && !depth)
			sb_putc(&sb, *s);
	}
	while (sb.len && isspace((unsigned char)sb.buf[sb.len - 1]))
		sb.buf[--sb.len] = '\0';
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

/*
 * The wait-queue lookups of the wait_var and wait_bit APIs name the
 * variable or word they hash: __var_waitqueue(&x->v) is a queue of x->v,
 * bit_waitqueue(&x->flags, B) one of x->flags.
 */
static const char *const lookups[] = { "__var_waitqueue(", "bit_waitqueue(",
				       "__bit_waitqueue(", NULL };

static char *unwrap_lookup(char *s)
{
	const char *const *l;

	for (l = lookups; *l; l++) {
		size_t n = strlen(*l), end;

		if (strncmp(s, *l, n))
			continue;
		end = n + strcspn(s + n, ",)");
		memmove(s, s + n, end - n);
		s[end - n] = '\0';
		break;
	}
	return s;
}

void ident_init(struct ident *id, const char *text, const char *type,
		const char *file)
{
	char *simple = unwrap_lookup(simplify(text)), *slash;

	split_chain(skip_prefix(simple), id);
	id->type = clean_type(type);
	id->file = xstrdup(file ? file : "");
	id->dir = xstrdup(id->file);
	slash = strrchr(id->dir, '/');
	if (slash)
		*slash = '\0';
	else
		id->dir[0] = '\0';
	free(simple);
}

void ident_free(struct ident *id)
{
	free(id->type);
	free(id->root);
	free(id->chain);
	free(id->dir);
	free(id->file);
	memset(id, 0, sizeof(*id));
}

/*
 * One chain ends with the whole other one (ctrl.mcc_wait and mcc_wait):
 * a struct embedded in another, reached from the outer object on one
 * side and through a pointer to the inner one on the other.
 */
static int chain_suffix(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	const char *longer = la > lb ? a : b, *shorter = la > lb ? b : a;
	size_t ll = la > lb ? la : lb, ls = la > lb ? lb : la;

	return ll > ls && longer[ll - ls - 1] == '.' &&
	       !strcmp(longer + ll - ls, shorter);
}

int ident_match(const struct ident *a, const struct ident *b)
{
	/*
	 * A bare variable: a static one is the file's own, a global one
	 * is shared by the files of a driver; both are named alike there.
	 */
	if (!*a->chain || !*b->chain)
		return !*a->chain && !*b->chain && !strcmp(a->root, b->root) &&
		       !strcmp(a->dir, b->dir);
	if (strcmp(a->chain, b->chain))
		return chain_suffix(a->chain, b->chain) &&
		       !strcmp(a->dir, b->dir);
	if (*a->type && *b->type)
		return !strcmp(a->type, b->type);
	return !strcmp(a->dir, b->dir);
}

char *last_member(const char *text)
{
	struct ident id;
	char *dot, *out;

	ident_init(&id, text, "", "");
	dot = strrchr(id.chain, '.');
	out = xstrdup(*id.chain ? (dot ? dot + 1 : id.chain) : id.root);
	ident_free(&id);
	return out;
}
