// SPDX-License-Identifier: GPL-2.0-only
/*
 * Coccinelle spends its time parsing, and most functions of a candidate
 * file never mention what the rules look for. This file finds the
 * top-level function bodies with a small C lexer (lexer.c) and blanks
 * out those spatch need not see.
 *
 * The lexer follows only the first branch of each #if/#ifdef for the
 * structure (braces, parentheses), as if the first branch were taken:
 * code that opens a brace in both branches of an #ifdef then still
 * balances. Identifiers are looked for in every branch. A body whose
 * blanking would leave an #if without its #endif, or cut between an
 * #if and its #else, is left alone.
 */
#include "reduce.h"

#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "prefilter.h"
#include "reduce_calls.h"
#include "util.h"

/* ---- pass 1: find the top-level function bodies ---- */

struct name {
	size_t start, len;
	long line;
	int attribute; /* right after a ')': __acquires(x) and the like */
};

struct span {
	size_t open, close;
	int mentions;
};

struct parser {
	struct lexer lx;
	struct reduced *r;
	size_t fcap;
	struct span *init; /* top-level initializers: "= { ... }" */
	size_t ninit, init_cap;
	struct span *decls; /* top-level declarations to blank whole */
	size_t ndecls, decls_cap;
	/* the current top-level declaration */
	size_t decl_start; /* its first token */
	int decl_started, decl_keep;
	struct name *names; /* identifiers right before a '(' */
	size_t nnames, names_cap;
	struct tok last_ident;
	char last; /* 'i' identifier, else the punctuator */
	char before_ident; /* what came before last_ident */
	int paren, has_eq;
};

static int is_keyword(const char *s, size_t n)
{
	static const char *const kw[] = {
		"void",		 "char",	"short",
		"int",		 "long",	"float",
		"double",	 "signed",	"unsigned",
		"struct",	 "union",	"enum",
		"sizeof",	 "typeof",	"__typeof__",
		"__typeof",	 "asm",		"__asm__",
		"__attribute__", "__attribute", "_Static_assert",
		"static_assert", "if",		"while",
		"for",		 "switch",	"return",
		"_Alignas",	 NULL,
	};
	const char *const *k;

	for (k = kw; *k; k++)
		if (strlen(*k) == n && !memcmp(*k, s, n))
			return 1;
	return 0;
}

static void reset_decl(struct parser *ps)
{
	ps->decl_started = 0;
	ps->decl_keep = 0;
	ps->nnames = 0;
	ps->last = 0;
	ps->paren = 0;
	ps->has_eq = 0;
}

static void add_name(struct parser *ps)
{
	const struct tok *t = &ps->last_ident;

	if (is_keyword(ps->lx.buf + t->start, t->len))
		return;
	if (ps->nnames == ps->names_cap) {
		ps->names_cap = ps->names_cap ? ps->names_cap * 2 : 8;
		ps->names =
			xrealloc(ps->names, ps->names_cap * sizeof(*ps->names));
	}
	ps->names[ps->nnames++] = (struct name){ t->start, t->len, t->line,
						 ps->before_ident == ')' };
}

/*
 * The function's name: the last identifier before a '(' that does not
 * directly follow a ')'. That skips attribute macros after the parameter
 * list (__acquires(x)) and a macro call without a semicolon before the
 * function (module_init(f) on the line above).
 */
static struct name *pick_name(struct parser *ps)
{
	size_t i;

	for (i = ps->nnames; i-- > 0;)
		if (!ps->names[i].attribute)
			return &ps->names[i];
	return ps->nnames ? &ps->names[0] : NULL;
}

static struct rfunc *new_func(struct parser *ps, const struct tok *open)
{
	struct reduced *r = ps->r;
	struct rfunc *f;
	struct name *n = pick_name(ps);

	if (r->nfuncs == ps->fcap) {
		ps->fcap = ps->fcap ? ps->fcap * 2 : 64;
		r->funcs = xrealloc(r->funcs, ps->fcap * sizeof(*r->funcs));
	}
	f = &r->funcs[r->nfuncs++];
	memset(f, 0, sizeof(*f));
	f->start = ps->decl_start;
	f->open = open->start;
	f->open_line = open->line;
	if (n) {
		f->name = xstrndup(ps->lx.buf + n->start, n->len);
		f->name_line = n->line;
	} else {
		f->name_line = open->line;
	}
	return f;
}

static int is_branch(const char *s, size_t n)
{
	static const char *const kw[] = { "if", "for", "while", "switch",
					  "goto" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(kw); i++)
		if (strlen(kw[i]) == n && !memcmp(kw[i], s, n))
			return 1;
	return 0;
}

/* A body, from after its '{' to its '}' as the first #if branches see it. */
static void parse_body(struct parser *ps, struct rfunc *f)
{
	int depth = 1;
	struct tok t;

	for (;;) {
		lexer_next(&ps->lx, &t);
		if (t.type == T_EOF)
			break;
		if (t.type == T_IDENT) {
			const char *id = ps->lx.buf + t.start;

			int wait = prefilter_is_wait_name(id, t.len);

			f->nbranches += is_branch(id, t.len);

			if (matcher_is_name(ps->lx.m, id, t.len)) {
				f->mentions = 1;
				f->checks |= !wait;
				f->nchecks += !wait;
				if (!wait)
					f->last_check = t.start;
				f->enqueues |= wait;
			} else if (wait) {
				f->waits = 1;
			} else if (prefilter_is_wake_name(id, t.len)) {
				f->wakes = 1;
			} else if (prefilter_is_schedule_name(id, t.len)) {
				f->schedules = 1;
			}
			continue;
		}
		if (t.type != T_PUNCT || t.inactive)
			continue;
		if (ps->lx.buf[t.start] == '{') {
			depth++;
		} else if (ps->lx.buf[t.start] == '}' && --depth == 0) {
			f->close = t.start;
			f->close_line = t.line;
			return;
		}
	}
	/* No closing brace: leave the body as it is. */
	f->close = f->open;
	f->close_line = f->open_line;
	f->kept = 1;
}

static void push_span(struct span **v, size_t *n, size_t *cap,
		      struct span sp)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = sp;
}

/*
 * A brace block that is not a function body: a type, or an initializer,
 * whose inside is remembered to be blanked too (a kernel file can hold
 * tables of thousands of lines the rules never look at).
 */
static void skip_block(struct parser *ps, const struct tok *open,
		       int initializer)
{
	struct span sp = { open->start, 0, 0 };
	int depth = 1;
	struct tok t;

	while (depth) {
		lexer_next(&ps->lx, &t);
		if (t.type == T_EOF)
			return;
		if (t.type == T_IDENT &&
		    (matcher_is_name(ps->lx.m, ps->lx.buf + t.start, t.len) ||
		     prefilter_is_wait_name(ps->lx.buf + t.start, t.len))) {
			ps->r->outside = 1;
			ps->decl_keep = 1;
			sp.mentions = 1;
		}
		if (t.type != T_PUNCT || t.inactive)
			continue;
		if (ps->lx.buf[t.start] == '{')
			depth++;
		else if (ps->lx.buf[t.start] == '}')
			depth--;
	}
	if (!initializer || sp.mentions)
		return;
	sp.close = t.start;
	push_span(&ps->init, &ps->ninit, &ps->init_cap, sp);
}

/*
 * A declaration ends at @end: prototypes, variables, types, EXPORT_SYMBOL()
 * and the like are blanked whole, as the rules look inside functions
 * only. A typedef stays (spatch parses casts and declarations with its
 * name better for it), and so does whatever mentions a name the rules
 * look for.
 */
static void end_decl(struct parser *ps, size_t end)
{
	if (ps->decl_started && !ps->decl_keep)
		push_span(&ps->decls, &ps->ndecls, &ps->decls_cap,
			  (struct span){ ps->decl_start, end, 0 });
	reset_decl(ps);
}

static void top_punct(struct parser *ps, const struct tok *t)
{
	char c = ps->lx.buf[t->start];

	switch (c) {
	case '(':
		if (ps->paren++ == 0 && ps->last == 'i')
			add_name(ps);
		break;
	case ')':
		if (ps->paren)
			ps->paren--;
		break;
	case '=':
		if (!ps->paren)
			ps->has_eq = 1;
		break;
	case ';':
		if (!ps->paren) {
			end_decl(ps, t->start + 1);
			return;
		}
		break;
	case '{':
		if (ps->paren)
			break;
		if (ps->last == ')' && !ps->has_eq) {
			parse_body(ps, new_func(ps, t));
			reset_decl(ps);
			return;
		}
		skip_block(ps, t, ps->has_eq);
		ps->last = '}';
		return;
	case '}':
		if (!ps->paren) {
			reset_decl(ps);
			return;
		}
		break;
	}
	ps->last = c;
}

static void parse_top(struct parser *ps)
{
	struct tok t;

	for (;;) {
		lexer_next(&ps->lx, &t);
		if (t.type == T_EOF)
			return;
		if (t.type == T_IDENT &&
		    matcher_is_name(ps->lx.m, ps->lx.buf + t.start, t.len)) {
			ps->r->outside = 1;
			ps->decl_keep = 1;
		}
		if (t.inactive)
			continue;
		if (!ps->decl_started) {
			ps->decl_started = 1;
			ps->decl_start = t.start;
			ps->decl_keep |= t.type == T_IDENT && t.len == 7 &&
					 !memcmp(ps->lx.buf + t.start,
						 "typedef", 7);
		}
		if (t.type == T_IDENT) {
			ps->before_ident = ps->last;
			ps->last = 'i';
			ps->last_ident = t;
		} else if (t.type == T_PUNCT) {
			top_punct(ps, &t);
		} else {
			ps->last = '0';
		}
	}
}

/* ---- blanking ---- */

/* Do the directives inside (open, close) nest properly on their own? */
static int directives_balanced(const struct lexer *lx, size_t open,
			       size_t close)
{
	long depth = 0;
	size_t i;

	for (i = 0; i < lx->nd; i++) {
		const struct dspan *d = &lx->d[i];

		if (d->start < open || d->start > close)
			continue;
		if (d->kind == D_IF)
			depth++;
		else if (d->kind == D_ENDIF && --depth < 0)
			return 0;
		else if (d->kind == D_ELSE && depth == 0)
			return 0;
	}
	return depth == 0;
}

/* Blank [from, to) except newlines and preprocessor lines. */
static void blank_span(struct reduced *r, const struct lexer *lx, size_t from,
		       size_t to)
{
	size_t lo = 0, hi = lx->nd, i;

	/* The first directive that ends after @from (they are sorted). */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (lx->d[mid].end <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = from; i < to; i++) {
		if (lo < lx->nd && i >= lx->d[lo].start) {
			i = lx->d[lo].end - 1;
			lo++;
			continue;
		}
		if (r->text[i] != '\n' && r->text[i] != '\r')
			r->text[i] = ' ';
	}
}

/*
 * A lock macro, #define lock_kmap_any(f) spin_lock_irqsave(&kmap_lock, f):
 * the rules read its body to know which lock a call of it takes.
 */
static int is_lock_define(const char *buf, size_t start, size_t end)
{
	const char *p = buf + start, *e = buf + end, *name, *word;
	size_t n;

	while (p < e && (*p == '#' || *p == ' ' || *p == '\t'))
		p++;
	if (e - p < 6 || memcmp(p, "define", 6))
		return 0;
	for (p += 6; p < e && (*p == ' ' || *p == '\t'); p++)
		;
	for (name = p; p < e && is_ident_char((unsigned char)*p); p++)
		;
	n = (size_t)(p - name);
	if (p >= e || *p != '(')
		return 0;
	/* a word "lock" or "unlock" between underscores: lock_kmap_any */
	for (word = name; word < name + n; word++)
		if ((word == name || word[-1] == '_') &&
		    ((name + n - word >= 4 && !memcmp(word, "lock", 4) &&
		      (word + 4 == name + n || word[4] == '_')) ||
		     (name + n - word >= 6 && !memcmp(word, "unlock", 6) &&
		      (word + 6 == name + n || word[6] == '_'))))
			return 1;
	return 0;
}

/*
 * #define, #undef and #include lines, continuations included: spatch
 * runs with --no-includes, and a macro body is no function the rules
 * look at, but each is one more element for every rule to visit, and
 * the bodies are what Coccinelle most often fails to parse. A lock
 * macro stays (is_lock_define()), and so does one that names a caller
 * the lock rules climb (its calls there are not seen).
 */
static void blank_defines(struct reduced *r, const struct lexer *lx)
{
	size_t i, k;

	for (i = 0; i < lx->nd; i++) {
		if (lx->d[i].kind != D_DEFINE ||
		    is_lock_define(lx->buf, lx->d[i].start, lx->d[i].end) ||
		    reduce_names_chain(r, lx->buf, lx->d[i].start,
				       lx->d[i].end))
			continue;
		for (k = lx->d[i].start; k < lx->d[i].end; k++)
			if (r->text[k] != '\n' && r->text[k] != '\r')
				r->text[k] = ' ';
	}
}

/* It enqueues and sleeps: what the waiter rule looks at. */
static int is_sleeper(const struct rfunc *f)
{
	return f->enqueues && f->schedules;
}

/* Which bodies spatch has to see: f->kept. */
static void choose_kept(struct reduced *out, const struct lexer *lx)
{
	int checks = out->outside, sleepers = 0;
	size_t i;

	for (i = 0; i < out->nfuncs; i++) {
		checks |= out->funcs[i].checks;
		sleepers |= is_sleeper(&out->funcs[i]);
	}
	for (i = 0; i < out->nfuncs; i++) {
		struct rfunc *f = &out->funcs[i];

		/*
		 * Waits and enqueues serve to pair a check of this file with
		 * them; wake-ups only to tell whether the queue of an enqueue
		 * that sleeps is woken under its lock.
		 */
		if (f->checks || is_sleeper(f) ||
		    ((f->waits || f->enqueues) && checks) ||
		    (f->wakes && sleepers) ||
		    !directives_balanced(lx, f->open, f->close))
			f->kept = 1;
	}
	reduce_keep_calls(out, lx->buf, checks);
}

/* Blank in the copy what spatch need not see, if #if/#endif allow it. */
static void blank_unkept(struct reduced *out, const struct parser *ps,
			 int defines)
{
	const struct lexer *lx = &ps->lx;
	size_t i;

	for (i = 0; i < out->nfuncs; i++) {
		const struct rfunc *f = &out->funcs[i];

		if (f->kept) {
			out->nkept++;
			continue;
		}
		/* the whole definition, else its body */
		if (directives_balanced(lx, f->start, f->close))
			blank_span(out, lx, f->start, f->close + 1);
		else
			blank_span(out, lx, f->open + 1, f->close);
		out->nblanked++;
	}
	for (i = 0; i < ps->ndecls; i++)
		if (directives_balanced(lx, ps->decls[i].open,
					ps->decls[i].close) &&
		    !reduce_names_chain(out, lx->buf, ps->decls[i].open,
					ps->decls[i].close))
			blank_span(out, lx, ps->decls[i].open,
				   ps->decls[i].close);
	for (i = 0; i < ps->ninit; i++)
		if (directives_balanced(lx, ps->init[i].open,
					ps->init[i].close) &&
		    !reduce_names_chain(out, lx->buf, ps->init[i].open,
					ps->init[i].close))
			blank_span(out, lx, ps->init[i].open + 1,
				   ps->init[i].close);
	if (defines)
		blank_defines(out, lx);
}

void reduce_text_for(const char *buf, size_t len, const struct matcher *m,
		     reduce_choose_fn choose, struct reduced *out)
{
	struct parser ps = { .r = out };
	size_t i;

	memset(out, 0, sizeof(*out));
	lexer_init(&ps.lx, buf, len, m);
	parse_top(&ps);
	if (ps.lx.directive_mentions)
		out->outside = 1;
	if (choose) {
		choose(out, buf, len);
		for (i = 0; i < out->nfuncs; i++)
			if (!directives_balanced(&ps.lx, out->funcs[i].open,
						 out->funcs[i].close))
				out->funcs[i].kept = 1;
	} else {
		choose_kept(out, &ps.lx);
	}
	out->text = xmalloc(len + 1);
	memcpy(out->text, buf, len);
	out->text[len] = '\0';
	out->len = len;
	/* A chooser's rules may read the file's macros (lock wrappers). */
	blank_unkept(out, &ps, !choose);
	free(ps.decls);
	free(ps.init);
	free(ps.names);
	lexer_free(&ps.lx);
}

void reduce_text(const char *buf, size_t len, const struct matcher *m,
		 struct reduced *out)
{
	reduce_text_for(buf, len, m, NULL, out);
}

int reduce_func_waits(const struct rfunc *f, const char *buf)
{
	return f->waits || f->enqueues ||
	       memmem(buf + f->open, f->close - f->open, "poll_wait", 9);
}

int reduce_waits(const struct reduced *r, const char *buf)
{
	size_t i;

	for (i = 0; i < r->nfuncs; i++)
		if (reduce_func_waits(&r->funcs[i], buf))
			return 1;
	return 0;
}

int reduce_nothing_to_check(const struct reduced *r)
{
	size_t i;

	if (r->outside)
		return 0;
	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].checks || is_sleeper(&r->funcs[i]))
			return 0;
	return 1;
}

size_t reduce_funcs_in_lines(const struct reduced *r, long first, long last,
			     size_t *idx, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < r->nfuncs; i++) {
		const struct rfunc *f = &r->funcs[i];

		if (!f->kept || f->close_line < first || f->name_line > last)
			continue;
		/* Only the closing brace of the function before: not it. */
		if (f->close_line == first && f->open_line < first)
			continue;
		if (n < max)
			idx[n] = i;
		n++;
	}
	return n;
}

static int same_line(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);

	while (alen && strchr(" \t\r", a[alen - 1]))
		alen--;
	while (blen && strchr(" \t\r", b[blen - 1]))
		blen--;
	return alen == blen && !memcmp(a, b, alen);
}

/* Does the text from offset @off on start with @lines? */
static int lines_match_at(const struct reduced *r, size_t off,
			  char *const *lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *nl;

		if (off > r->len)
			return 0;
		nl = memchr(r->text + off, '\n', r->len - off);
		if (!nl)
			nl = r->text + r->len;
		if (!same_line(r->text + off, (size_t)(nl - r->text) - off,
			       lines[i]))
			return 0;
		off = (size_t)(nl - r->text) + 1;
	}
	return 1;
}

static int search_lines(const struct reduced *r, char *const *lines, size_t n,
			long from, long to, long *first)
{
	size_t off = 0;
	long line = 1;

	while (line < to && off <= r->len) {
		const char *nl;

		if (line >= from && lines_match_at(r, off, lines, n)) {
			*first = line;
			return 0;
		}
		nl = memchr(r->text + off, '\n', r->len - off);
		if (!nl)
			break;
		off = (size_t)(nl - r->text) + 1;
		line++;
	}
	return -1;
}

int reduce_locate_lines(const struct reduced *r, char *const *lines, size_t n,
			long from, long *first)
{
	if (!n)
		return -1;
	if (!search_lines(r, lines, n, from, 0x7fffffff, first))
		return 0;
	return search_lines(r, lines, n, 1, from, first);
}

void reduced_free(struct reduced *r)
{
	size_t i;

	for (i = 0; i < r->nfuncs; i++)
		free(r->funcs[i].name);
	free(r->funcs);
	free(r->text);
	memset(r, 0, sizeof(*r));
}
