// SPDX-License-Identifier: GPL-2.0-only
/*
 * Accounting for every wait-list test. spatch does not always say what
 * it could not parse (a file cut short on one line parses as nothing,
 * silently), and a test in a macro body is nobody's: so the reading
 * stage lists the tests itself and each one the rules did not print a
 * test record for is named with its reason.
 */
#include "account.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "results.h"
#include "util.h"

/* Where the scan of a file is. */
struct scanner {
	const char *buf;
	size_t len, i;
	long line;
	int bol; /* nothing but blanks since the newline */
	char *macro; /* the #define whose body we are in */
	size_t prev, prevlen; /* the last token, if it was an identifier */
	int stars; /* '*'s since it: "void *f(" declares f too */
};

static int is_id(char c, int first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (!first && c >= '0' && c <= '9');
}

/* Skip a comment or a literal at @s->i: 1 if there was one. */
static int skip_trivia(struct scanner *s)
{
	const char *b = s->buf;
	size_t i = s->i, n = s->len;
	char q = b[i];

	if (q == '/' && i + 1 < n && b[i + 1] == '*') {
		for (i += 2; i < n && !(b[i] == '*' && i + 1 < n &&
					b[i + 1] == '/');
		     i++)
			s->line += b[i] == '\n';
		s->i = i + 2 > n ? n : i + 2;
		return 1;
	}
	if (q == '/' && i + 1 < n && b[i + 1] == '/') {
		while (i < n && b[i] != '\n')
			i++;
		s->i = i;
		return 1;
	}
	if (q != '"' && q != '\'')
		return 0;
	for (i++; i < n && b[i] != q && b[i] != '\n'; i++)
		if (b[i] == '\\' && i + 1 < n)
			s->line += b[++i] == '\n';
	s->i = i < n && b[i] == q ? i + 1 : i;
	s->prevlen = 0;
	return 1;
}

static size_t ident_end(const struct scanner *s, size_t i)
{
	while (i < s->len && is_id(s->buf[i], 0))
		i++;
	return i;
}

static size_t blanks_end(const struct scanner *s, size_t i)
{
	while (i < s->len && (s->buf[i] == ' ' || s->buf[i] == '\t'))
		i++;
	return i;
}

/* A directive at @s->i ('#'): a #define names the macro we are in. */
static void directive(struct scanner *s)
{
	size_t i = blanks_end(s, s->i + 1), e = ident_end(s, i);

	s->i = e;
	if (e - i != 6 || memcmp(s->buf + i, "define", 6))
		return;
	i = blanks_end(s, e);
	e = ident_end(s, i);
	free(s->macro);
	s->macro = e > i ? xstrndup(s->buf + i, e - i) : NULL;
	s->i = e;
}

static long func_at(const struct reduced *red, size_t off);

/*
 * An identifier before the name declares it: "int waitqueue_active(",
 * and "void *grab_entry(" outside a function's body (in one, "a * f("
 * is a product).
 */
static int declares(const struct scanner *s, const struct reduced *red)
{
	static const char *const kw[] = { "return", "else", "do", "case" };
	size_t k;

	if (!s->prevlen)
		return 0;
	for (k = 0; k < ARRAY_SIZE(kw); k++)
		if (s->prevlen == strlen(kw[k]) &&
		    !memcmp(s->buf + s->prev, kw[k], s->prevlen))
			return 0;
	return !s->stars || func_at(red, s->i) < 0;
}

static long func_at(const struct reduced *red, size_t off)
{
	size_t k;

	for (k = 0; k < red->nfuncs; k++)
		if (red->funcs[k].open <= off && off <= red->funcs[k].close)
			return (long)k;
	return -1;
}

static void add_test(struct wtests *t, const struct scanner *s, size_t start,
		     size_t end, const struct reduced *red)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n++] = (struct wtest){
		.line = s->line,
		.name = xstrndup(s->buf + start, end - start),
		.macro = s->macro ? xstrdup(s->macro) : NULL,
		.func = s->macro ? -1 : func_at(red, start),
		.state = WT_SEEN,
	};
}

/* An identifier at @s->i: a test when it is one of @m's, called. */
static void identifier(struct scanner *s, const struct matcher *m,
		       const struct reduced *red, struct wtests *t)
{
	size_t start = s->i, end = ident_end(s, start);
	size_t after = end;

	while (after < s->len && (s->buf[after] == ' ' ||
				  s->buf[after] == '\t' ||
				  s->buf[after] == '\n'))
		after++;
	if (matcher_is_name(m, s->buf + start, end - start) &&
	    after < s->len && s->buf[after] == '(' && !declares(s, red))
		add_test(t, s, start, end, red);
	s->stars = 0;
	s->prev = start;
	s->prevlen = end - start;
	s->i = end;
}

void account_find(const char *buf, size_t len, const struct matcher *m,
		  const struct reduced *red, struct wtests *out)
{
	struct scanner s = { .buf = buf, .len = len, .line = 1, .bol = 1 };

	memset(out, 0, sizeof(*out));
	while (s.i < len) {
		char c = buf[s.i];

		if (c == '\\' && s.i + 1 < len && buf[s.i + 1] == '\n') {
			s.i += 2;
			s.line++;
		} else if (c == '\n') {
			s.i++;
			s.line++;
			s.bol = 1;
			free(s.macro);
			s.macro = NULL;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			s.i++;
		} else if (skip_trivia(&s)) {
			s.bol = 0;
		} else if (s.bol && c == '#') {
			s.bol = 0;
			directive(&s);
		} else if (is_id(c, 1)) {
			s.bol = 0;
			identifier(&s, m, red, out);
		} else {
			s.bol = 0;
			if (c == '*')
				s.stars = 1;
			else
				s.prevlen = 0;
			s.i++;
		}
	}
	free(s.macro);
}

int account_is_test(const char *name)
{
	return name && matcher_is_name(prefilter_tests(), name, strlen(name));
}

void account_mark(struct wtests *t, long line, const char *name)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].line == line && t->v[i].state != WT_ANALYSED &&
		    !strcmp(t->v[i].name, name)) {
			t->v[i].state = WT_ANALYSED;
			return;
		}
}

void account_unparsed(struct wtests *t, long first, long last)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].line >= first && t->v[i].line <= last &&
		    t->v[i].state == WT_SEEN) {
			t->v[i].state = WT_UNPARSED;
			t->v[i].bad_first = first;
			t->v[i].bad_last = last;
		}
}

/* Why @w was not analysed: its kind (a static string) and a sentence. */
static const char *why_not(const struct wtest *w, const struct reduced *red,
			   int failed, char **why)
{
	const char *fn = w->func >= 0 ? red->funcs[w->func].name : NULL;

	if (w->macro) {
		*why = xasprintf("it is in the body of macro %s, and a macro "
				 "is not analysed",
				 w->macro);
		return "macro";
	}
	if (failed) {
		*why = xstrdup("its file was not checked");
		return "not-checked";
	}
	if (w->state == WT_UNPARSED) {
		*why = fn ? xasprintf("Coccinelle could not parse %s()", fn) :
			    xasprintf("Coccinelle could not parse lines "
				      "%ld-%ld",
				      w->bad_first, w->bad_last);
		return "unparsed";
	}
	*why = fn ? xasprintf("Coccinelle did not parse %s() and printed "
			      "no error",
			      fn) :
		    xstrdup("Coccinelle found no function around it and "
			    "printed no error");
	return "silent";
}

static void add_unanalysed(struct scan_result *res, const char *path,
			   long line, const char *test, const char *kind,
			   const char *why)
{
	struct unanalysed u = { xstrdup(path), line, xstrdup(test),
				xstrdup(kind), xstrdup(why) };

	results_add_unanalysed(res, &u);
}

void account_finish(struct wtests *t, const struct reduced *red, int failed,
		    struct strbuf *entry, struct scan_result *res,
		    const char *path)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		const struct wtest *w = &t->v[i];
		const char *kind;
		char *why;

		if (w->state == WT_ANALYSED)
			continue;
		kind = why_not(w, red, failed, &why);
		add_unanalysed(res, path, w->line, w->name, kind, why);
		if (!failed)
			sb_printf(entry, "R\t%s\t%ld\t%s\t%s\t%s\n",
				  UNTESTED_TAG, w->line, w->name, kind, why);
		free(why);
	}
}

/* Field @k (0-based) of the tab-separated @line, malloc'ed, or NULL. */
static char *field(const char *line, size_t n, unsigned k)
{
	const char *p = line, *end = line + n, *tab;

	while (k--) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if (!tab)
			return NULL;
		p = tab + 1;
	}
	tab = memchr(p, '\t', (size_t)(end - p));
	return xstrndup(p, (size_t)((tab ? tab : end) - p));
}

static int has_tag(const char *line, size_t n, const char *tag)
{
	size_t k = strlen(tag);

	return n > k && !memcmp(line, tag, k) && line[k] == '\t';
}

char *account_test_file(const char *line, size_t n, long *lineno,
			char **name)
{
	char *file, *l;

	if (!has_tag(line, n, TEST_TAG))
		return NULL;
	file = field(line, n, 1);
	l = field(line, n, 2);
	*name = field(line, n, 5);
	*lineno = l ? strtol(l, NULL, 10) : 0;
	free(l);
	if (!*name) {
		free(file);
		return NULL;
	}
	return file;
}

int account_take_line(struct scan_result *res, const char *line, size_t n,
		      const char *path)
{
	char *f[4];
	unsigned k;

	if (has_tag(line, n, TEST_TAG)) {
		char *name = field(line, n, 5);

		res->st.tests_analysed++;
		res->st.helpers_analysed += !account_is_test(name);
		free(name);
		return 1;
	}
	if (!has_tag(line, n, UNTESTED_TAG))
		return 0;
	for (k = 0; k < 4; k++)
		f[k] = field(line, n, k + 1);
	if (f[0] && f[1] && f[2] && f[3])
		add_unanalysed(res, path, strtol(f[0], NULL, 10), f[1], f[2],
			       f[3]);
	for (k = 0; k < 4; k++)
		free(f[k]);
	return 1;
}

void account_free(struct wtests *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].macro);
	}
	free(t->v);
	memset(t, 0, sizeof(*t));
}
