// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers made by token pasting in a header's macro (pasted.h). Coccinelle
 * reads a file without its headers and does not expand a macro that
 * defines functions, so a call of clear_node_busy() is no store to it.
 * This file finds, in the headers of a file's directory, the function
 * definitions inside #define bodies whose names are pasted from the
 * macro's parameters (clear_node_ ## flag), matches the names a
 * function with a check calls against them, and writes the expansion
 * for the rules to read. A name matches only when each part taken from
 * a parameter is an identifier the header names elsewhere (in the list
 * of x(busy) or in an invocation), so a pattern of one literal piece
 * and a parameter does not claim every call that shares a suffix.
 */
#include "pasted.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "reduce.h"
#include "setter.h"
#include "util.h"
#include "walk.h"

#define MAX_PARAMS 8
#define MAX_PIECES 8

/* A piece of a pasted name: a literal, or parameter @param. */
struct piece {
	char *lit; /* NULL for a parameter */
	int param;
};

/* A function definition in a #define body. */
struct tmpl {
	const char *header; /* the text of the header that defines it */
	char *macro; /* the name of the macro */
	char *params[MAX_PARAMS];
	size_t nparams;
	struct piece pieces[MAX_PIECES];
	size_t npieces;
	char *def; /* from its return type to its '}', on one line */
};

struct pdir {
	char *dir;
	struct tmpl *t;
	size_t n;
	char **texts; /* the headers that hold templates */
	size_t ntexts;
};

struct pasted {
	const struct walk_result *w;
	struct pdir *dirs;
	size_t ndirs;
	struct setters *setters; /* the setters of included headers */
};

struct pasted *pasted_new(const struct walk_result *w)
{
	struct pasted *p = xcalloc(1, sizeof(*p));

	p->w = w;
	p->setters = setters_new(w);
	return p;
}

static void tmpl_free(struct tmpl *t)
{
	size_t i;

	for (i = 0; i < t->nparams; i++)
		free(t->params[i]);
	for (i = 0; i < t->npieces; i++)
		free(t->pieces[i].lit);
	free(t->def);
	free(t->macro);
}

void pasted_free(struct pasted *p)
{
	size_t i, j;

	if (!p)
		return;
	for (i = 0; i < p->ndirs; i++) {
		for (j = 0; j < p->dirs[i].n; j++)
			tmpl_free(&p->dirs[i].t[j]);
		free(p->dirs[i].t);
		free_strv(p->dirs[i].texts, p->dirs[i].ntexts);
		free(p->dirs[i].dir);
	}
	free(p->dirs);
	setters_free(p->setters);
	free(p);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t ident_end(const char *s, size_t i, size_t n)
{
	while (i < n && is_ident_char((unsigned char)s[i]))
		i++;
	return i;
}

/*
 * The body of the #define whose name ends at @s[@i] (its '(' is next),
 * on one line, comments blanked; its parameters in @t. NULL when it is
 * no function-like macro or has too many parameters.
 */
static char *macro_body(const char *s, size_t i, size_t n, struct tmpl *t)
{
	struct strbuf sb = { 0 };
	size_t k;

	if (i >= n || s[i] != '(')
		return NULL;
	for (i++; i < n && s[i] != ')'; i = k) {
		while (i < n && (is_space(s[i]) || s[i] == ','))
			i++;
		k = ident_end(s, i, n);
		if (k == i || t->nparams == MAX_PARAMS)
			break;
		t->params[t->nparams++] = xstrndup(s + i, k - i);
	}
	if (i >= n || s[i] != ')')
		return NULL;
	for (i++; i < n && s[i] != '\n'; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\n') {
			sb_putc(&sb, ' ');
			i++;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			const char *e = strstr(s + i + 2, "*/");

			i = e ? (size_t)(e - s) + 1 : n;
			sb_putc(&sb, ' ');
		} else {
			sb_putc(&sb, s[i]);
		}
	}
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

static int param_index(const struct tmpl *t, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < t->nparams; i++)
		if (strlen(t->params[i]) == n && !memcmp(t->params[i], s, n))
			return (int)i;
	return -1;
}

/*
 * The pieces of the name that ends at @b[@end) (before the '(' of a
 * definition): identifiers joined by ##, read backwards. Returns where
 * the name starts, and 0 pieces when it is no pasted name of a parameter.
 */
static size_t name_pieces(const char *b, size_t end, struct tmpl *t)
{
	size_t idx[MAX_PIECES][2], n = 0, i = end, s;
	int params = 0;

	for (;;) {
		while (i > 0 && is_space(b[i - 1]))
			i--;
		s = i;
		while (s > 0 && is_ident_char((unsigned char)b[s - 1]))
			s--;
		if (s == i || n == MAX_PIECES)
			return 0;
		idx[n][0] = s;
		idx[n++][1] = i;
		i = s;
		while (i > 0 && is_space(b[i - 1]))
			i--;
		if (i < 2 || b[i - 1] != '#' || b[i - 2] != '#')
			break;
		i -= 2;
	}
	t->npieces = 0;
	while (n--) {
		struct piece *pc = &t->pieces[t->npieces++];

		pc->param =
			param_index(t, b + idx[n][0], idx[n][1] - idx[n][0]);
		pc->lit = pc->param < 0 ? xstrndup(b + idx[n][0],
						   idx[n][1] - idx[n][0]) :
					  NULL;
		params += pc->param >= 0;
	}
	if (!params || params == (int)t->npieces) {
		for (n = 0; n < t->npieces; n++)
			free(t->pieces[n].lit);
		t->npieces = 0;
	}
	return s;
}

/* The offset of the bracket matching @b[@i] ('(' backwards from ')'). */
static size_t match_back(const char *b, size_t i)
{
	int depth = 0;

	for (;; i--) {
		depth += (b[i] == ')') - (b[i] == '(');
		if (!depth || !i)
			return i;
	}
}

static size_t match_forward(const char *b, size_t i)
{
	int depth = 0;

	for (; b[i]; i++) {
		depth += (b[i] == '{') - (b[i] == '}');
		if (!depth)
			return i;
	}
	return i;
}

static void add_tmpl(struct pdir *d, const struct tmpl *t)
{
	d->t = xrealloc(d->t, (d->n + 1) * sizeof(*d->t));
	d->t[d->n++] = *t;
}

/* The function definitions with pasted names in one macro's @body. */
static void body_templates(struct pdir *d, const struct tmpl *proto,
			   const char *body)
{
	size_t i, close, open, start;

	for (i = 0; body[i]; i++) {
		struct tmpl t = *proto;
		size_t k;

		if (body[i] != '{')
			continue;
		close = i;
		while (close > 0 && is_space(body[close - 1]))
			close--;
		if (!close || body[close - 1] != ')')
			continue;
		open = match_back(body, close - 1);
		start = name_pieces(body, open, &t);
		i = match_forward(body, i);
		if (!t.npieces)
			continue;
		while (start > 0 && !strchr(";}", body[start - 1]))
			start--;
		while (is_space(body[start]))
			start++;
		t.def = xstrndup(body + start, i + 1 - start);
		for (k = 0; k < t.nparams; k++)
			t.params[k] = xstrdup(proto->params[k]);
		t.macro = xstrdup(proto->macro);
		add_tmpl(d, &t);
	}
}

/* The templates of header @text (kept by @d). */
static void header_templates(struct pdir *d, const char *text, size_t len)
{
	const char *p = text;

	while ((p = memmem(p, len - (size_t)(p - text), "define", 6))) {
		size_t i = (size_t)(p - text), k = i, e;
		struct tmpl proto = { .header = text };
		char *body;

		p += 6;
		while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
			k--;
		if (!k || text[k - 1] != '#' || !is_space(text[i + 6]))
			continue;
		for (i += 6; i < len && (text[i] == ' ' || text[i] == '\t');)
			i++;
		e = ident_end(text, i, len);
		proto.macro = xstrndup(text + i, e - i);
		body = e > i ? macro_body(text, e, len, &proto) : NULL;
		if (body && strstr(body, "##"))
			body_templates(d, &proto, body);
		free(body);
		for (k = 0; k < proto.nparams; k++)
			free(proto.params[k]);
		free(proto.macro);
	}
}

/* The headers of directory @dir (with its '/') in the walk. */
static void load_dir(const struct walk_result *w, struct pdir *d)
{
	size_t lo = walk_lower_bound(w, d->dir), n = strlen(d->dir);

	for (; lo < w->nfiles && !strncmp(w->files[lo].path, d->dir, n); lo++) {
		const char *path = w->files[lo].path;
		size_t before = d->n;
		char *text;
		size_t len;

		if (strchr(path + n, '/') || !path_is_header(path) ||
		    read_file(path, &text, &len))
			continue;
		if (memmem(text, len, "##", 2))
			header_templates(d, text, len);
		if (d->n == before) {
			free(text);
			continue;
		}
		d->texts = xrealloc(d->texts, (d->ntexts + 1) * sizeof(char *));
		d->texts[d->ntexts++] = text;
	}
}

static struct pdir *dir_of(struct pasted *p, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) + 1 : 0, i;
	struct pdir *d;

	for (i = 0; i < p->ndirs; i++)
		if (strlen(p->dirs[i].dir) == n &&
		    !strncmp(p->dirs[i].dir, path, n))
			return &p->dirs[i];
	p->dirs = xrealloc(p->dirs, (p->ndirs + 1) * sizeof(*p->dirs));
	d = &p->dirs[p->ndirs++];
	memset(d, 0, sizeof(*d));
	d->dir = xstrndup(path, n);
	load_dir(p->w, d);
	return d;
}

/* A binding of each parameter to a part of the name, or none yet. */
struct bind {
	const char *s[MAX_PARAMS];
	size_t n[MAX_PARAMS];
};

/* Whether @name[@pos..@len) matches pieces @k.. of @t, binding @b. */
static int match(const struct tmpl *t, size_t k, const char *name, size_t pos,
		 size_t len, struct bind *b)
{
	const struct piece *pc = &t->pieces[k];
	size_t end;

	if (k == t->npieces)
		return pos == len;
	if (pc->lit) {
		end = strlen(pc->lit);
		return len - pos >= end && !memcmp(name + pos, pc->lit, end) &&
		       match(t, k + 1, name, pos + end, len, b);
	}
	if (b->s[pc->param])
		return len - pos >= b->n[pc->param] &&
		       !memcmp(name + pos, b->s[pc->param], b->n[pc->param]) &&
		       match(t, k + 1, name, pos + b->n[pc->param], len, b);
	for (end = len; end > pos; end--) {
		b->s[pc->param] = name + pos;
		b->n[pc->param] = end - pos;
		if (match(t, k + 1, name, end, len, b))
			return 1;
	}
	b->s[pc->param] = NULL;
	return 0;
}

/* Whether @text names the identifier @s (@n bytes) as a whole word. */
static int names_word(const char *text, const char *s, size_t n)
{
	const char *p = text, *end = text + strlen(text);

	while ((p = memmem(p, (size_t)(end - p), s, n))) {
		if ((p == text || !is_ident_char((unsigned char)p[-1])) &&
		    !is_ident_char((unsigned char)p[n]))
			return 1;
		p += n;
	}
	return 0;
}

/* @t->def with the parameters bound by @b replaced; NULL if one is not. */
static char *expand(const struct tmpl *t, const struct bind *b)
{
	struct strbuf sb = { 0 };
	const char *d = t->def;
	size_t i = 0, e;
	int q;

	while (d[i]) {
		if (d[i] == '"' || d[i] == '\'') {
			for (e = i + 1; d[e] && d[e] != d[i]; e++)
				e += d[e] == '\\' && d[e + 1];
			e += d[e] != 0;
			sb_add(&sb, d + i, e - i);
			i = e;
		} else if (is_ident_start((unsigned char)d[i])) {
			e = ident_end(d, i, SIZE_MAX); /* d ends in '\0' */
			q = param_index(t, d + i, e - i);
			if (q >= 0 && !b->s[q])
				goto fail;
			sb_add(&sb, q >= 0 ? b->s[q] : d + i,
			       q >= 0 ? b->n[q] : e - i);
			i = e;
		} else if (d[i] == '#') {
			/* ## joins: the spaces around it go */
			while (sb.len && is_space(sb.buf[sb.len - 1]))
				sb.len--;
			if (d[i + 1] != '#')
				goto fail; /* # makes a string: not a helper's */
			for (i += 2; is_space(d[i]); i++)
				;
		} else {
			sb_putc(&sb, d[i++]);
		}
	}
	return sb_detach(&sb);
fail:
	sb_free(&sb);
	return NULL;
}

/*
 * The arguments of the invocation "@p(" of @t's macro, when they are
 * identifiers that agree with @b: then they bind the rest of @b.
 */
static int bind_call(const struct tmpl *t, const char *p, struct bind *b)
{
	struct bind c = *b;
	size_t k = 0, n;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p++ != '(')
		return 0;
	for (;; k++) {
		while (is_space(*p))
			p++;
		for (n = 0; is_ident_char((unsigned char)p[n]); n++)
			;
		if (!n || k == t->nparams)
			return 0;
		if (!c.s[k]) {
			c.s[k] = p;
			c.n[k] = n;
		} else if (c.n[k] != n || memcmp(c.s[k], p, n)) {
			return 0;
		}
		for (p += n; is_space(*p); p++)
			;
		if (*p != ',')
			break;
		p++;
	}
	if (*p != ')' || k + 1 != t->nparams)
		return 0;
	*b = c;
	return 1;
}

/*
 * Bind the parameters that the helper's name leaves unbound (the bit of
 * BUFFER_FNS(bit, name) for clear_buffer_##name) from an invocation of
 * the macro in its header whose other arguments agree. 0 if there is none.
 */
static int bind_from_calls(const struct tmpl *t, struct bind *b)
{
	const char *h = t->header, *p = h;
	size_t n = strlen(t->macro);

	while ((p = strstr(p, t->macro))) {
		if ((p == h || !is_ident_char((unsigned char)p[-1])) &&
		    bind_call(t, p + n, b))
			return 1;
		p += n;
	}
	return 0;
}

/* The expansion of the helper @name by one of @d's templates, or NULL. */
static char *expand_name(const struct pdir *d, const char *name, size_t n)
{
	size_t i, k;

	for (i = 0; i < d->n; i++) {
		const struct tmpl *t = &d->t[i];
		struct bind b;
		int named = 1;

		memset(&b, 0, sizeof(b));
		if (!match(t, 0, name, 0, n, &b))
			continue;
		for (k = 0; k < t->nparams && b.s[k]; k++)
			;
		if (k < t->nparams && !bind_from_calls(t, &b))
			continue;
		for (k = 0; k < t->nparams; k++)
			if (b.s[k] && !names_word(t->header, b.s[k], b.n[k]))
				named = 0;
		if (named)
			return expand(t, &b);
	}
	return NULL;
}

static int defined_here(const struct reduced *r, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].name && strlen(r->funcs[i].name) == n &&
		    !memcmp(r->funcs[i].name, s, n))
			return 1;
	return 0;
}

/*
 * The names that function @f of @buf calls before its last check, and
 * the file does not define, added to @names (no duplicates).
 */
static void foreign_calls(const struct reduced *r, const struct rfunc *f,
			  const char *buf, struct strbuf *names)
{
	size_t k = f->open, end = f->last_check ? f->last_check : f->close;

	while (k < end) {
		size_t start = k, e;
		char *word;

		if (!is_ident_start((unsigned char)buf[k]) ||
		    is_ident_char((unsigned char)buf[k - 1])) {
			k++;
			continue;
		}
		k = e = ident_end(buf, k, end);
		while (k < end && (buf[k] == ' ' || buf[k] == '\t'))
			k++;
		if (k >= end || buf[k] != '(' ||
		    defined_here(r, buf + start, e - start))
			continue;
		word = xasprintf(" %.*s ", (int)(e - start), buf + start);
		if (!names->buf || !strstr(names->buf, word))
			sb_add(names, word + 1, strlen(word) - 1);
		free(word);
	}
}

/* Append @s and a newline to the reduced copy @red. */
static void append(struct reduced *red, const char *s)
{
	size_t n = strlen(s);

	red->text = xrealloc(red->text, red->len + n + 2);
	memcpy(red->text + red->len, s, n);
	red->len += n;
	red->text[red->len++] = '\n';
	red->text[red->len] = '\0';
}

/*
 * The definition of @name for the rules: a pasted helper's expansion,
 * else a setter of a header the file includes (setter.h), else NULL.
 */
static char *definition(struct pasted *p, const char *path, const char *buf,
			const char *name, struct setter_scope *sc)
{
	const struct pdir *d = dir_of(p, path);
	char *def = d->n ? expand_name(d, name, strlen(name)) : NULL;

	if (def)
		return def;
	if (!sc->s)
		setter_scope_init(sc, p->setters, path, buf, strlen(buf));
	return setter_find(sc, name, strlen(name));
}

size_t pasted_expand(struct pasted *p, const char *path, const char *buf,
		     struct reduced *red)
{
	struct strbuf names = { 0 };
	struct setter_scope sc = { 0 };
	size_t i, old = red->len;
	char *name, *save = NULL;

	sb_putc(&names, ' ');
	for (i = 0; i < red->nfuncs; i++)
		if (red->funcs[i].checks && red->funcs[i].kept)
			foreign_calls(red, &red->funcs[i], buf, &names);
	for (name = strtok_r(names.buf, " ", &save); name;
	     name = strtok_r(NULL, " ", &save)) {
		char *def = definition(p, path, buf, name, &sc);

		/* one that tests or enqueues would be a check past the end */
		if (!def || prefilter_mentions(def, strlen(def))) {
			free(def);
			continue;
		}
		if (red->len == old && red->len &&
		    red->text[red->len - 1] != '\n')
			append(red, "");
		append(red, def);
		free(def);
	}
	setter_scope_free(&sc);
	sb_free(&names);
	return red->len - old;
}
