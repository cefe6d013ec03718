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

#include "accessor.h"
#include "util.h"

/* The accessors of the scan (accessor.h), sorted by name. */
static struct accessor *accessors;
static size_t naccessors;

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

	while (*p && (is_ident_char(*p) || depth || *p == '(')) {
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
		for (m = p; is_ident_char(*m); m++)
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

/*
 * The type without const, pointer stars and array bounds: an element of
 * "struct board [ MAX_BOARD ]" (apbs[i].wait) is a struct board, as the
 * waiter index writes it.
 */
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
		else if (!depth && *s != '*' &&
			 !(isspace((unsigned char)*s) &&
			   (!sb.len || isspace((unsigned char)sb.buf[sb.len - 1]))))
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

static int cmp_accessor(const void *a, const void *b)
{
	const struct accessor *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (!c)
		c = x->local - y->local;
	if (!c && x->local)
		c = strcmp(x->file, y->file);
	if (!c)
		c = strcmp(x->type, y->type);
	return c ? c : strcmp(x->chain, y->chain);
}

/*
 * Two headers that define one name alike (an accessor copied per
 * architecture) give one accessor; defined unalike, the name is none.
 * A .c file's own accessors are each kept, for that file.
 */
void ident_set_accessors(struct accessor *v, size_t n)
{
	size_t i, j, k, out = 0;

	accessors_free(accessors, naccessors);
	sort_array(v, n, sizeof(*v), cmp_accessor);
	for (i = 0; i < n; i = j) {
		int alike = 1;

		for (j = i + 1; j < n && !v[i].local && !v[j].local &&
				!strcmp(v[i].name, v[j].name);
		     j++)
			alike &= !strcmp(v[i].type, v[j].type) &&
				 !strcmp(v[i].chain, v[j].chain);
		for (k = alike ? i + 1 : i; k < j; k++)
			accessor_clear(&v[k]);
		if (alike)
			v[out++] = v[i];
	}
	accessors = v;
	naccessors = out;
}

const struct accessor *ident_accessors(size_t *n)
{
	*n = naccessors;
	return accessors;
}

/*
 * The accessor called at the start of @root ("sk_sleep(sk)") in @file,
 * or NULL: the file's own before a header's. There are few.
 */
static const struct accessor *accessor_called(const char *root,
					      const char *file)
{
	const struct accessor *found = NULL;
	size_t n = 0, i;

	while (is_ident_char(root[n]))
		n++;
	if (!n || root[n] != '(')
		return NULL;
	for (i = 0; i < naccessors; i++) {
		const struct accessor *a = &accessors[i];

		if (strncmp(a->name, root, n) || a->name[n])
			continue;
		if (a->local && !strcmp(a->file, file))
			return a;
		if (!a->local)
			found = a;
	}
	return found;
}

/*
 * A call of an accessor is the member it returns the address of:
 * sk_sleep(sk) is (struct socket_wq, wait), and sk_sleep(sk)->lock
 * (struct socket_wq, wait.lock).
 */
static int through_accessor(struct ident *id, const char *file)
{
	const struct accessor *a = accessor_called(id->root, file);
	char *chain;

	if (!a)
		return 0;
	chain = *id->chain ? xasprintf("%s.%s", a->chain, id->chain) :
			     xstrdup(a->chain);
	free(id->chain);
	id->chain = chain;
	id->type = xstrdup(a->type);
	return 1;
}

void ident_init(struct ident *id, const char *text, const char *type,
		const char *file)
{
	char *simple = unwrap_lookup(simplify(text)), *slash;

	split_chain(skip_prefix(simple), id);
	if (!through_accessor(id, file ? file : ""))
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
 * Whether @name is @root, or @root with a prefix ending in '_': the
 * member a pointer named @root points at (ctrl for phba->ctrl,
 * pgdat for zone->zone_pgdat).
 */
static int names_member(const char *name, size_t n, const char *root)
{
	size_t r = strlen(root);

	return n >= r && !strncmp(name + n - r, root, r) &&
	       (n == r || name[n - r - 1] == '_');
}

/*
 * A queue reached through a sub-object on one side and through a
 * pointer to that sub-object on the other: b's chain is a's chain
 * after one more member, named like a's root (ctrl->mcc_wait and
 * phba->ctrl.mcc_wait). The types differ, so only in one directory.
 */
static int through_member(const struct ident *a, const struct ident *b)
{
	size_t la = strlen(a->chain), lb = strlen(b->chain);
	const char *member, *end;

	if (!la || lb <= la + 1 || strcmp(b->chain + lb - la, a->chain) ||
	    b->chain[lb - la - 1] != '.' || strcmp(a->dir, b->dir))
		return 0;
	end = b->chain + lb - la - 1;
	for (member = end; member > b->chain && member[-1] != '.'; member--)
		;
	return names_member(member, (size_t)(end - member), a->root);
}

int ident_match(const struct ident *a, const struct ident *b)
{
	/*
	 * A bare variable: a static one is the file's own, a global one
	 * is shared by the files of a driver; both are named alike there.
	 * Parameters that share a name (q) are the same only when their
	 * types are too.
	 */
	if (!*a->chain || !*b->chain)
		return !*a->chain && !*b->chain && !strcmp(a->root, b->root) &&
		       !strcmp(a->dir, b->dir) &&
		       (!*a->type || !*b->type || !strcmp(a->type, b->type));
	if (strcmp(a->chain, b->chain))
		return through_member(a, b) || through_member(b, a);
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

/* The first argument of "&b->flags, BIT", and the second (or NULL). */
char *queue_first_arg(const char *args, char **second)
{
	int depth = 0;
	const char *p;

	for (p = args; *p; p++) {
		if (*p == '(' || *p == '[')
			depth++;
		else if (*p == ')' || *p == ']')
			depth--;
		else if (*p == ',' && !depth)
			break;
	}
	if (second) {
		const char *s = *p ? p + 1 : p;

		while (*s == ' ')
			s++;
		*second = *s ? xstrdup(s) : NULL;
	}
	return xstrndup(args, (size_t)(p - args));
}
