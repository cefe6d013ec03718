// SPDX-License-Identifier: GPL-2.0-only
/*
 * Accessors of wait queues in headers (accessor.h), read from tokens:
 * comments and preprocessor lines are not code, and a definition the
 * reader does not fully understand is no accessor.
 */
#include "accessor.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "tokens.h"
#include "util.h"
#include "walk.h"

/* Words of a declaration that say nothing of its type. */
static int qualifier(const struct toks *tk, size_t i)
{
	static const char *const q[] = { "const",   "volatile", "__rcu",
					 "__iomem", "__percpu", "__user",
					 "__force", "restrict", NULL };

	return toks_is_any(tk, i, q);
}

/*
 * The type of the declaration in tokens [@a, @b): "struct sock" of
 * "const struct sock *", "foo_t" of "foo_t *"; NULL for anything else.
 */
static char *decl_type(const struct toks *tk, size_t a, size_t b)
{
	size_t i, words = 0, first = 0;
	char *tag, *out;

	for (i = a; i < b; i++) {
		if (toks_is(tk, i, "*") || qualifier(tk, i))
			continue;
		if (!toks_ident(tk, i))
			return NULL;
		if (!words++)
			first = i;
	}
	if (words == 1)
		return toks_text(tk, first);
	if (words != 2 ||
	    !(toks_is(tk, first, "struct") || toks_is(tk, first, "union")))
		return NULL;
	tag = toks_text(tk, first + 1);
	out = xasprintf("%s %s",
			toks_is(tk, first, "struct") ? "struct" : "union", tag);
	free(tag);
	return out;
}

/* The type of the parameter named like token @name, of (@po, @pc). */
static char *param_type(const struct toks *tk, size_t po, size_t pc,
			size_t name)
{
	size_t start = po + 1, i;

	for (i = po + 1; i <= pc; i++) {
		if (i < pc && (toks_is(tk, i, "(") || toks_is(tk, i, "[")))
			i = toks_close(tk, i);
		else if (i == pc || toks_is(tk, i, ",")) {
			if (i > start && toks_ident(tk, i - 1) &&
			    toks_same(tk, i - 1, tk, name))
				return decl_type(tk, start, i - 1);
			start = i + 1;
		}
	}
	return NULL;
}

/* The first token after the opening brace of @type's definition. */
static size_t struct_body(const struct toks *tk, const char *type)
{
	const char *sp = strchr(type, ' ');
	char *kw = sp ? xstrndup(type, (size_t)(sp - type)) : NULL;
	size_t i, found = tk->n;

	for (i = 0; kw && i + 2 < tk->n && found == tk->n; i++)
		if (toks_is(tk, i, kw) && toks_is(tk, i + 1, sp + 1) &&
		    toks_is(tk, i + 2, "{"))
			found = i + 3;
	free(kw);
	return found;
}

/*
 * The declared type of member @m (token) of the struct or union @type,
 * defined in the same header: "struct socket_wq" for sk_wq in
 * "struct socket_wq __rcu *sk_wq;". NULL when not found so.
 */
static char *member_type(const struct toks *tk, const char *type, size_t m)
{
	size_t body = struct_body(tk, type), end, i, start;

	if (body >= tk->n)
		return NULL;
	end = toks_close(tk, body - 1);
	for (i = start = body; i < end; i++) {
		if (toks_is(tk, i, ";") || toks_is(tk, i, "{") ||
		    toks_is(tk, i, "}")) {
			start = i + 1;
			continue;
		}
		if (toks_ident(tk, i) && toks_same(tk, i, tk, m) && i > start &&
		    (toks_is(tk, i + 1, ";") || toks_is(tk, i + 1, "[") ||
		     toks_is(tk, i + 1, ":")))
			return decl_type(tk, start, i);
	}
	return NULL;
}

/* Calls that load a pointer and return it: the member's root is theirs. */
static int loader(const struct toks *tk, size_t i)
{
	static const char *const l[] = { "READ_ONCE", "smp_load_acquire",
					 "rcu_access_pointer", "data_race",
					 NULL };

	if (!toks_ident(tk, i))
		return 0;
	return (tk->t[i].len >= 15 &&
		!memcmp(tk->buf + tk->t[i].start, "rcu_dereference", 15)) ||
	       toks_is_any(tk, i, l);
}

/*
 * One member access at @i ("->m" or ".m"; an index "[...]" is skipped):
 * the token of the member, or 0 when there is none. *@i moves past it.
 */
static size_t member_at(const struct toks *tk, size_t *i, size_t b)
{
	size_t m;

	while (*i < b && toks_is(tk, *i, "["))
		*i = toks_close(tk, *i) + 1;
	if (toks_is(tk, *i, "-") && toks_is(tk, *i + 1, ">"))
		m = *i + 2;
	else if (toks_is(tk, *i, "."))
		m = *i + 1;
	else
		return 0;
	if (m >= b || !toks_ident(tk, m))
		return 0;
	*i = m + 1;
	return m;
}

/*
 * The type of what the loader call at @i loads: of its first argument,
 * a parameter and members, each member's type looked up in turn. The
 * index after the call in *@after.
 */
static char *loaded_type(const struct toks *tk, size_t i, size_t po, size_t pc,
			 size_t *after)
{
	size_t close = toks_close(tk, i + 1), j = i + 3, m;
	char *type = toks_ident(tk, i + 2) ? param_type(tk, po, pc, i + 2) :
					     NULL;

	*after = close + 1;
	for (;;) {
		char *t = NULL;

		while (j < close && toks_is(tk, j, "["))
			j = toks_close(tk, j) + 1;
		if (!type || j >= close || toks_is(tk, j, ","))
			break;
		m = member_at(tk, &j, close);
		if (m)
			t = member_type(tk, type, m);
		free(type);
		type = t;
	}
	return type;
}

/*
 * The member the expression [@a, @b) after "return &" names, its root's
 * type in *@type: a parameter or a loader's result, then members.
 */
static char *member_chain(const struct toks *tk, size_t a, size_t b, size_t po,
			  size_t pc, char **type)
{
	struct strbuf sb = { 0 };
	size_t i, m;

	while (toks_is(tk, a, "(") && toks_close(tk, a) == b - 1) {
		a++;
		b--;
	}
	if (loader(tk, a) && toks_is(tk, a + 1, "("))
		*type = loaded_type(tk, a, po, pc, &i);
	else if (toks_ident(tk, a)) {
		*type = param_type(tk, po, pc, a);
		i = a + 1;
	} else
		return NULL;
	while (*type && i < b && (m = member_at(tk, &i, b))) {
		if (sb.len)
			sb_putc(&sb, '.');
		sb_add(&sb, tk->buf + tk->t[m].start, tk->t[m].len);
	}
	if (*type && sb.len && i == b)
		return sb_detach(&sb);
	sb_free(&sb);
	free(*type);
	*type = NULL;
	return NULL;
}

/* An assertion statement an accessor may make before it returns. */
static int assertion(const struct toks *tk, size_t i)
{
	static const char *const a[] = { "BUILD_BUG_ON", "static_assert",
					 "lockdep_assert", "WARN_ON", NULL };
	const char *const *p;

	for (p = a; toks_ident(tk, i) && *p; p++)
		if (tk->t[i].len >= strlen(*p) &&
		    !memcmp(tk->buf + tk->t[i].start, *p, strlen(*p)))
			return 1;
	return 0;
}

/*
 * The body (@bo, @bc) holds only assertions and "return &E;": the
 * tokens of E in [*@a, *@b). 0 when the body is anything else.
 */
static int returns_address(const struct toks *tk, size_t bo, size_t bc,
			   size_t *a, size_t *b)
{
	size_t i = bo + 1;

	while (assertion(tk, i) && toks_is(tk, i + 1, "(") &&
	       toks_is(tk, toks_close(tk, i + 1) + 1, ";"))
		i = toks_close(tk, i + 1) + 2;
	if (!toks_is(tk, i, "return") || !toks_is(tk, i + 1, "&") ||
	    !toks_is(tk, bc - 1, ";"))
		return 0;
	*a = i + 2;
	*b = bc - 1;
	for (i = *a; i < *b; i++)
		if (toks_is(tk, i, ";"))
			return 0;
	return *a < *b;
}

/* A queue's type at @i: wait_queue_head_t, struct (s)wait_queue_head. */
static size_t queue_type(const struct toks *tk, size_t i)
{
	if (toks_is(tk, i, "wait_queue_head_t"))
		return 1;
	if (toks_is(tk, i, "struct") &&
	    (toks_is(tk, i + 1, "wait_queue_head") ||
	     toks_is(tk, i + 1, "swait_queue_head")))
		return 2;
	return 0;
}

/* "static" among the words before the return type at @i. */
static int is_static(const struct toks *tk, size_t i)
{
	while (i-- > 0 && toks_ident(tk, i))
		if (toks_is(tk, i, "static"))
			return 1;
	return 0;
}

static void add(struct accessor **v, size_t *n, const struct toks *tk,
		size_t name, char *type, char *chain, const char *file)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[*n].name = toks_text(tk, name);
	(*v)[*n].type = type;
	(*v)[*n].chain = chain;
	(*v)[*n].local = !path_is_header(file);
	(*v)[(*n)++].file = xstrdup(file);
}

/* The accessor whose return type starts at @i, if it is one. */
static void definition(const struct toks *tk, size_t i, const char *file,
		       struct accessor **v, size_t *n)
{
	size_t q = queue_type(tk, i), name = i + q + 1, pc, bc, a, b;
	char *type = NULL, *chain;

	if (!q || !is_static(tk, i) || !toks_is(tk, i + q, "*") ||
	    !toks_ident(tk, name) || !toks_is(tk, name + 1, "("))
		return;
	pc = toks_close(tk, name + 1);
	if (!toks_is(tk, pc + 1, "{"))
		return;
	bc = toks_close(tk, pc + 1);
	if (bc >= tk->n || !returns_address(tk, pc + 1, bc, &a, &b))
		return;
	chain = member_chain(tk, a, b, name + 1, pc, &type);
	if (chain)
		add(v, n, tk, name, type, chain, file);
}

void accessors_parse(const char *buf, size_t len, const char *file,
		     struct accessor **v, size_t *n)
{
	struct toks tk;
	size_t i;

	toks_lex(&tk, buf, len, 1);
	for (i = 0; i < tk.n; i++)
		definition(&tk, i, file, v, n);
	toks_free(&tk);
}

void accessors_in_files(char *const *paths, size_t n, struct accessor **v,
			size_t *nv)
{
	size_t i, len;
	char *buf;

	for (i = 0; i < n; i++) {
		if (path_is_header(paths[i]) || read_file(paths[i], &buf, &len))
			continue; /* a header's are read with the others' */
		if (memmem(buf, len, "wait_queue_head", 15))
			accessors_parse(buf, len, paths[i], v, nv);
		free(buf);
	}
}

void accessors_find(const struct walk_result *w, long jobs, struct accessor **v,
		    size_t *n)
{
	/* few headers name a queue's type at all: read them all, in threads */
	static const char *const types[] = { "wait_queue_head_t",
					     "wait_queue_head",
					     "swait_queue_head" };
	struct matcher *m = matcher_new(types, ARRAY_SIZE(types));
	char **paths = xcalloc(w->nfiles + 1, sizeof(*paths));
	struct pfile *pf;
	size_t i, nh = 0;

	*v = NULL;
	*n = 0;
	for (i = 0; i < w->nfiles; i++)
		if (path_is_header(w->files[i].path))
			paths[nh++] = w->files[i].path;
	pf = xcalloc(nh + 1, sizeof(*pf));
	if (!prefilter_files(paths, nh, jobs, m, NULL, pf, NULL, NULL))
		for (i = 0; i < nh; i++)
			if (pf[i].candidate)
				accessors_parse(pf[i].buf, pf[i].len, paths[i],
						v, n);
	for (i = 0; i < nh; i++)
		free(pf[i].buf);
	free(pf);
	free(paths);
	matcher_free(m);
}

void accessor_clear(struct accessor *a)
{
	free(a->name);
	free(a->type);
	free(a->chain);
	free(a->file);
	memset(a, 0, sizeof(*a));
}

void accessors_free(struct accessor *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		accessor_clear(&v[i]);
	free(v);
}
