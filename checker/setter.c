// SPDX-License-Identifier: GPL-2.0-only
/*
 * Setters of the headers a file includes (setter.h). Each header is
 * read once, when a file that includes it calls a name it does not
 * define before a check; its static inline definitions are kept by
 * name, and those whose body is only stores to members of pointer
 * parameters (WRITE_ONCE(p->m, v), p->m = v, p->m += v, p->m++) are
 * setters. Only a name defined once among the file's direct includes is
 * taken: one defined in both branches of an #ifdef, or in two headers,
 * could be either, and one with a call or a branch in its body is left
 * to the file's own rules (its store is not certain, or not one level).
 */
#include "setter.h"

#include <stdlib.h>
#include <string.h>

#include "tokens.h"
#include "util.h"
#include "walk.h"

/* A static inline function of a header. */
struct sdef {
	char *name;
	char *def; /* its text on one line */
	int setter;
};

struct sheader {
	struct sdef *d;
	size_t n;
};

struct setters {
	const struct walk_result *w;
	struct sheader **by_file; /* per file of the walk, once read */
};

struct setters *setters_new(const struct walk_result *w)
{
	struct setters *s = xcalloc(1, sizeof(*s));

	s->w = w;
	s->by_file = xcalloc(w->nfiles + 1, sizeof(*s->by_file));
	return s;
}

static void sheader_free(struct sheader *h)
{
	size_t i;

	if (!h)
		return;
	for (i = 0; i < h->n; i++) {
		free(h->d[i].name);
		free(h->d[i].def);
	}
	free(h->d);
	free(h);
}

void setters_free(struct setters *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->w->nfiles; i++)
		sheader_free(s->by_file[i]);
	free(s->by_file);
	free(s);
}

/* The index of @path in the walk (sorted), or -1. */
static long walk_index(const struct walk_result *w, const char *path)
{
	size_t i = walk_lower_bound(w, path);

	return i < w->nfiles && !strcmp(w->files[i].path, path) ? (long)i : -1;
}

/* @path with "dir/../" and "./" taken out, as the walk spells paths. */
static char *normalise(const char *path)
{
	char *out = xstrdup(path), *p;

	while ((p = strstr(out, "/./")))
		memmove(p, p + 2, strlen(p + 2) + 1);
	while ((p = strstr(out, "/../")) && p > out) {
		char *q = p;

		while (q > out && q[-1] != '/')
			q--;
		if (!strncmp(q, "../", 3))
			break;
		memmove(q, p + 4, strlen(p + 4) + 1);
	}
	return out;
}

/* The walk's file @dir (@n bytes) joined with @rest, or -1. */
static long find_in(const struct walk_result *w, const char *dir, size_t n,
		    const char *rest)
{
	char *joined = xasprintf("%.*s%s", (int)n, dir, rest);
	char *path = normalise(joined);
	long i = walk_index(w, path);

	free(path);
	free(joined);
	return i;
}

/* Where #include "@name" (@quoted) or <@name> of file @path leads. */
static long resolve(const struct walk_result *w, const char *path,
		    const char *name, int quoted)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) + 1 : 0;
	char *rest = xasprintf("include/%s", name);
	long i = quoted ? find_in(w, path, n, name) : -1;

	/* the nearest directory above the file with include/@name */
	while (i < 0) {
		i = find_in(w, path, n, rest);
		if (!n)
			break;
		for (n--; n > 0 && path[n - 1] != '/'; n--)
			;
	}
	free(rest);
	return i;
}

static void add_file(struct setter_scope *sc, long i)
{
	size_t k;

	for (k = 0; k < sc->n; k++)
		if (sc->files[k] == (size_t)i)
			return;
	sc->files = xrealloc(sc->files, (sc->n + 1) * sizeof(*sc->files));
	sc->files[sc->n++] = (size_t)i;
}

/* The header named by the #include line at @p, if it is one. */
static void include_line(struct setter_scope *sc, const char *path,
			 const char *p, const char *end)
{
	const char *close;
	char *name;
	long i;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end || *p++ != '#')
		return;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(end - p) < 8 || strncmp(p, "include", 7))
		return;
	for (p += 7; p < end && (*p == ' ' || *p == '\t');)
		p++;
	if (p == end || (*p != '<' && *p != '"'))
		return;
	close = memchr(p + 1, *p == '<' ? '>' : '"', (size_t)(end - p - 1));
	if (!close || close == p + 1)
		return;
	name = xstrndup(p + 1, (size_t)(close - p - 1));
	i = resolve(sc->s->w, path, name, *p == '"');
	if (i >= 0 && strcmp(sc->s->w->files[i].path, path))
		add_file(sc, i);
	free(name);
}

void setter_scope_init(struct setter_scope *sc, struct setters *s,
		       const char *path, const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;

	memset(sc, 0, sizeof(*sc));
	sc->s = s;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));

		if (!eol)
			eol = end;
		include_line(sc, path, p, eol);
		p = eol + 1;
	}
}

void setter_scope_free(struct setter_scope *sc)
{
	free(sc->files);
	memset(sc, 0, sizeof(*sc));
}

/* The token after the group whose bracket is at @i, or tk->n. */
static size_t skip_group(const struct toks *tk, size_t i)
{
	size_t close = toks_close(tk, i);

	return close < tk->n ? close + 1 : tk->n;
}

#define MAX_PARAMS 8

struct params {
	size_t at[MAX_PARAMS]; /* token of each parameter's name */
	size_t n;
};

/* The names of the parameters in ( @a .. @b ); 0 if one is no plain one. */
static int read_params(const struct toks *tk, size_t a, size_t b,
		       struct params *ps)
{
	size_t i, last = 0;

	ps->n = 0;
	for (i = a + 1; i < b; i++) {
		if (toks_is(tk, i, "(") || toks_is(tk, i, "["))
			return 0; /* a function pointer or an array */
		if (toks_ident(tk, i))
			last = i;
		if ((toks_is(tk, i, ",") || i + 1 == b) && last) {
			if (ps->n == MAX_PARAMS)
				return 0;
			ps->at[ps->n++] = last;
			last = 0;
		}
	}
	return 1;
}

static int is_param(const struct toks *tk, size_t i, const struct params *ps)
{
	size_t k;

	for (k = 0; toks_ident(tk, i) && k < ps->n; k++)
		if (toks_same(tk, i, tk, ps->at[k]))
			return 1;
	return 0;
}

/* The token after p->m, p->m.n, p->m->n at @i (p a parameter), or 0. */
static size_t member_target(const struct toks *tk, size_t i,
			    const struct params *ps)
{
	int members = 0;

	if (!is_param(tk, i, ps))
		return 0;
	for (i++;; members++) {
		if (toks_is(tk, i, "-") && toks_is(tk, i + 1, ">") &&
		    toks_ident(tk, i + 2))
			i += 3;
		else if (toks_is(tk, i, ".") && members &&
			 toks_ident(tk, i + 1))
			i += 2;
		else
			break;
	}
	return members ? i : 0;
}

/* Whether the tokens at @i are an assignment operator: =, +=, <<=, ++. */
static int assigns(const struct toks *tk, size_t i)
{
	static const char ops[] = "+-*/%&|^";

	if (toks_is(tk, i, "="))
		return !toks_is(tk, i + 1, "=");
	if (i + 1 < tk->n && tk->t[i].type == T_PUNCT && tk->t[i].len == 1 &&
	    strchr(ops, tk->buf[tk->t[i].start]) && toks_is(tk, i + 1, "="))
		return 1;
	if ((toks_is(tk, i, "+") && toks_is(tk, i + 1, "+")) ||
	    (toks_is(tk, i, "-") && toks_is(tk, i + 1, "-")))
		return toks_is(tk, i + 2, ";");
	return (toks_is(tk, i, "<") && toks_is(tk, i + 1, "<") &&
		toks_is(tk, i + 2, "=")) ||
	       (toks_is(tk, i, ">") && toks_is(tk, i + 1, ">") &&
		toks_is(tk, i + 2, "="));
}

/* The ';' ending the statement from @i (before @end), or @end. */
static size_t statement_end(const struct toks *tk, size_t i, size_t end)
{
	while (i < end && !toks_is(tk, i, ";"))
		i = toks_is(tk, i, "(") || toks_is(tk, i, "[") ?
			    skip_group(tk, i) :
			    i + 1;
	return i < end ? i : end;
}

/* Whether the body { @a .. @b } only stores to members of parameters. */
static int is_setter(const struct toks *tk, size_t a, size_t b,
		     const struct params *ps)
{
	size_t i, k, stores = 0;

	if (memchr(tk->buf + tk->t[a].start, '#',
		   tk->t[b].start - tk->t[a].start))
		return 0; /* a directive inside: both branches are tokens */
	for (i = a + 1; i < b; i++)
		if (tk->t[i].inactive || toks_is(tk, i, "{") ||
		    toks_is(tk, i, "}"))
			return 0;
	for (i = a + 1; i < b; i = statement_end(tk, i, b) + 1, stores++) {
		if (toks_is(tk, i, "WRITE_ONCE") && toks_is(tk, i + 1, "(")) {
			k = member_target(tk, i + 2, ps);
			if (!k || !toks_is(tk, k, ",") ||
			    !toks_is(tk, skip_group(tk, i + 1), ";"))
				return 0;
			continue;
		}
		k = member_target(tk, i, ps);
		if (!k || !assigns(tk, k))
			return 0;
	}
	return stores > 0;
}

static int is_inline_word(const struct toks *tk, size_t i)
{
	return toks_is(tk, i, "inline") || toks_is(tk, i, "__inline") ||
	       toks_is(tk, i, "__inline__") ||
	       toks_is(tk, i, "__always_inline");
}

static void add_def(struct sheader *h, const struct toks *tk, size_t first,
		    size_t open, size_t body, size_t end)
{
	struct params ps;
	struct sdef *d;

	h->d = xrealloc(h->d, (h->n + 1) * sizeof(*h->d));
	d = &h->d[h->n++];
	d->name = toks_join(tk, open - 1, open);
	d->def = toks_join(tk, first, end);
	d->setter = read_params(tk, open, body - 1, &ps) &&
		    is_setter(tk, body, end - 1, &ps);
}

/*
 * The declaration that starts with "static" at token @i: a static
 * inline function definition is added to @h. Returns where to go on.
 */
static size_t read_decl(const struct toks *tk, size_t i, struct sheader *h)
{
	size_t j, k;
	int inl = 0;

	for (j = i + 1; j < tk->n;) {
		inl = inl || is_inline_word(tk, j);
		if (toks_is(tk, j, ";") || toks_is(tk, j, "="))
			return j + 1;
		if (toks_is(tk, j, "{"))
			return j; /* a struct's body: the caller skips it */
		if (!toks_is(tk, j, "(")) {
			j++;
			continue;
		}
		k = skip_group(tk, j);
		if (toks_is(tk, k, "{") && toks_ident(tk, j - 1) && j - 1 > i) {
			size_t end = skip_group(tk, k);

			if (inl && end <= tk->n && toks_is(tk, end - 1, "}"))
				add_def(h, tk, i, j, k, end);
			return end;
		}
		j = k;
	}
	return j;
}

/* The static inline functions of header @path. */
static struct sheader *read_header(const char *path)
{
	struct sheader *h = xcalloc(1, sizeof(*h));
	struct toks tk;
	char *buf;
	size_t len, i;

	if (read_file(path, &buf, &len))
		return h;
	toks_lex(&tk, buf, len, 0);
	for (i = 0; i < tk.n;) {
		if (toks_is(&tk, i, "{"))
			i = skip_group(&tk, i);
		else if (toks_is(&tk, i, "static"))
			i = read_decl(&tk, i, h);
		else
			i++;
	}
	toks_free(&tk);
	free(buf);
	return h;
}

char *setter_find(const struct setter_scope *sc, const char *name, size_t n)
{
	const struct sdef *found = NULL;
	size_t i, k;

	for (i = 0; i < sc->n; i++) {
		struct sheader **h = &sc->s->by_file[sc->files[i]];

		if (!*h)
			*h = read_header(sc->s->w->files[sc->files[i]].path);
		for (k = 0; k < (*h)->n; k++) {
			const struct sdef *d = &(*h)->d[k];

			if (strlen(d->name) != n || memcmp(d->name, name, n))
				continue;
			if (found && strcmp(found->def, d->def))
				return NULL; /* two definitions: which one? */
			found = d;
		}
	}
	return found && found->setter ? xstrdup(found->def) : NULL;
}
