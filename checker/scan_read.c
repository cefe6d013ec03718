// SPDX-License-Identifier: GPL-2.0-only
/*
 * A pass's reading. The threads of prefilter.c read each file once; a
 * file that mentions one of the pass's names is reduced by the thread
 * that read it, for the rules of this pass: that work is wasted only on
 * a file the cache then answers for.
 */
#include "scan_read.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "macro_header.h"
#include "pass.h"
#include "pasted.h"
#include "prefilter.h"
#include "progress.h"
#include "results.h"
#include "walk.h"

struct reader {
	const struct pass *p;
	struct pass_env *env;
	struct scan_result *res;
	struct pass_stats *st;
	struct candidates *out;
	char salt[SHA256_HEX_LEN + 1]; /* from the pass's key, if any */
	size_t total; /* files to read, for the progress line */
	atomic_llong reduce_ns; /* time the reading threads spent reducing */
	int elsewhere; /* reading the files for @p->elsewhere's names */
};

static size_t count_lines(const char *buf, size_t len)
{
	size_t n = 0;
	const char *p = buf, *end = buf + len;

	while ((p = memchr(p, '\n', (size_t)(end - p)))) {
		n++;
		p++;
	}
	return n + (len && buf[len - 1] != '\n');
}

/*
 * A guess at spatch's time for a file, in non-blank bytes. Every rule
 * runs once per check over the function that holds it, and the cost of
 * following its paths grows with its branches. A least-squares fit to
 * the times of the 258 files of Linux 6.12 gives 2,400 bytes for each
 * branch times each check of a function (R² 0.74; 0.61 with the size
 * of the function instead of its branches).
 */
static double estimate_cost(const struct reduced *r)
{
	double cost = 0;
	size_t i;

	for (i = 0; i < r->len; i++)
		cost += r->text[i] != ' ' && r->text[i] != '\n';
	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].kept)
			cost += 2400.0 * r->funcs[i].nchecks *
				r->funcs[i].nbranches;
	return cost + 2000;
}

/* --no-reduce: the file as it is, every function kept. */
static void unreduce(struct reduced *red, const char *buf, size_t len)
{
	size_t i;

	memcpy(red->text, buf, len);
	for (i = 0; i < red->nfuncs; i++)
		red->funcs[i].kept = 1;
	red->nkept += red->nblanked;
	red->nblanked = 0;
}

/*
 * A file spatch need not see (its mentions are in comments, or its tests
 * in macro bodies): its tests are accounted for now. Takes @path.
 */
static void nothing_to_run(struct reader *r, struct cfile *f,
			   const char *key, char *path)
{
	struct strbuf e = { 0 };

	if (f->tests.n) {
		cache_entry_start(&e);
		account_finish(&f->tests, &f->red, 0, &e, r->res, path);
		cache_put(r->env->cache, key, e.buf, e.len);
		sb_free(&e);
	} else {
		cache_put_nothing(r->env->cache, key);
	}
	account_free(&f->tests);
	reduced_free(&f->red);
	free(path);
}

static void add_candidate(struct reader *r, char *path, const char *key,
			  const char *buf, size_t len, struct reduced *red)
{
	struct candidates *c = r->out;
	struct cfile *f;

	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 256;
		c->v = xrealloc(c->v, c->cap * sizeof(*c->v));
	}
	f = &c->v[c->n];
	memset(f, 0, sizeof(*f));
	f->red = *red;
	if (r->p->tests)
		account_find(buf, len, r->p->tests, red, &f->tests);
	if (r->env->no_reduce)
		unreduce(&f->red, buf, len);
	macro_header_rewrite(&f->red);
	if (r->p->waits_only ? !reduce_waits(&f->red, buf) &&
				       !f->red.wrapper_calls :
			       reduce_nothing_to_check(&f->red)) {
		/* Only comments mention the names: nothing to run. */
		r->st->nothing++;
		nothing_to_run(r, f, key, path);
		return;
	}
	r->st->funcs_kept += f->red.nkept;
	r->st->funcs_blanked += f->red.nblanked;
	f->path = path;
	memcpy(f->key, key, sizeof(f->key));
	f->cost = estimate_cost(&f->red);
	f->pending = (int)r->p->nrules;
	cache_entry_start(&f->entry);
	c->n++;
}

/*
 * A candidate's key: its content's, what the headers' macros added to it
 * (@red past the file's length), and the pass's key if it has one.
 */
static void cache_key(const struct reader *r, const struct pfile *pf,
		      const struct reduced *red, char key[SHA256_HEX_LEN + 1])
{
	sha256_hex(pf->buf, pf->len, key);
	if (red->len > pf->len) {
		char *k = xasprintf("%s%s", key, red->text + pf->len);

		sha256_hex(k, strlen(k), key);
		free(k);
	}
	if (r->p->key) {
		char *k = xasprintf("%s%s", key, r->salt);

		sha256_hex(k, strlen(k), key);
		free(k);
	}
}

/* A candidate goes on, or comes from the cache. Takes @path. */
static void take_candidate(struct reader *r, char *path, struct pfile *pf)
{
	char key[SHA256_HEX_LEN + 1];
	struct reduced *red = pf->extra;

	r->st->candidates++;
	r->st->lines += count_lines(pf->buf, pf->len);
	if (r->p->pasted && r->env->pasted)
		if (pasted_expand(r->env->pasted, path, pf->buf, red) &&
		    getenv("WQCHECK_DEBUG"))
			fprintf(stderr, "wqcheck: debug: %s: helpers pasted:\n%s",
				path, red->text + pf->len);
	cache_key(r, pf, red, key);
	if (cache_load(r->env->cache, key, path, r->res)) {
		r->st->from_cache++;
		reduced_free(red);
		free(path);
	} else {
		add_candidate(r, path, key, pf->buf, pf->len, red);
	}
}

/* One file read: a candidate goes on, the rest is noted or dropped. */
static void take_file(struct reader *r, const char *path, struct pfile *pf)
{
	if (pf->candidate)
		take_candidate(r, xstrdup(path), pf);
	else if (r->p->note_unreadable && pf->error)
		results_add_not_checked(r->res, path,
					xstrdup(strerror(pf->error)));
	else if (r->p->note_unreadable && pf->binary)
		results_add_not_checked(r->res, path,
					xstrdup("binary file, not C source"));
	free(pf->extra); /* what it held is the candidate's now */
	free(pf->buf);
}

static void read_progress(size_t done, void *arg)
{
	struct reader *r = arg;

	progress_draw(r->env->progress, "reading", done, r->total);
}

/* @p->only without its NULL entries, sorted, to look paths up in. */
static const char **sorted_only(const struct pass *p, size_t *n)
{
	const char **v = xcalloc(p->nonly + 1, sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; p->only && i < p->nonly; i++)
		if (p->only[i])
			v[(*n)++] = p->only[i];
	sort_array(v, *n, sizeof(*v), cmp_strings);
	return v;
}

static int in_only(const char **only, size_t n, const char *path)
{
	return n && bsearch(&path, only, n, sizeof(*only), cmp_strings);
}

static void reduce_candidate(struct pfile *pf, void *arg)
{
	struct reader *r = arg;
	struct reduced *red;
	double t = now_seconds();

	if (r->p->accept &&
	    !r->p->accept(pf->buf, pf->len, r->p->accept_arg, r->elsewhere)) {
		/* not kept: its text goes now, not after the whole tree */
		pf->candidate = 0;
		free(pf->buf);
		pf->buf = NULL;
		return;
	}
	red = xmalloc(sizeof(*red));
	reduce_text_for(pf->buf, pf->len, r->p->names, r->p->choose, red);
	pf->extra = red;
	atomic_fetch_add(&r->reduce_ns, (long long)((now_seconds() - t) * 1e9));
}

/* Read the files @idx[0..n) of the walk into @pf[0..n), looking for @m. */
static int read_some(struct reader *r, const struct walk_result *w,
		     const size_t *idx, size_t n, const struct matcher *m,
		     struct pfile *pf)
{
	char **paths = xcalloc(n + 1, sizeof(*paths));
	struct pf_hook hook = { reduce_candidate, r, r->p->gate, r->p->mark };
	size_t i;
	int ret;

	for (i = 0; i < n; i++)
		paths[i] = w->files[idx[i]].path;
	ret = n ? prefilter_files(paths, n, r->env->jobs, m, &hook, pf,
				  read_progress, r) :
		  0;
	free(paths);
	return ret;
}

/* Whether @p reads file @i of the walk at all (pass.h, @marked_only). */
static int may_read(const struct pass *p, const unsigned char *marks, size_t i)
{
	return !p->marked_only || !marks || marks[i];
}

/*
 * Which files of the walk @p reads, first those it reads for its names
 * (*@nnames of them), then those it reads for @p->elsewhere's. Returns
 * their indices; *@n is how many.
 */
static size_t *files_read(const struct pass *p, const unsigned char *marks,
			  const struct walk_result *w, size_t *nnames,
			  size_t *n)
{
	size_t *idx = xcalloc(w->nfiles + 1, sizeof(*idx));
	size_t i, k = 0, nonly;
	const char **only = sorted_only(p, &nonly);

	for (i = 0; i < w->nfiles; i++)
		if (may_read(p, marks, i) &&
		    (!p->only || in_only(only, nonly, w->files[i].path)))
			idx[k++] = i;
	*nnames = k;
	for (i = 0; i < w->nfiles && p->only && p->elsewhere; i++)
		if (may_read(p, marks, i) &&
		    !in_only(only, nonly, w->files[i].path))
			idx[k++] = i;
	*n = k;
	free(only);
	return idx;
}

/* What @p->mark said of each file read, for a later pass. */
static void keep_marks(struct pass_env *env, const struct walk_result *w,
		       const size_t *idx, const struct pfile *pf, size_t n)
{
	size_t i;

	if (!env->marks)
		env->marks = xcalloc(w->nfiles + 1, 1);
	for (i = 0; i < n; i++)
		env->marks[idx[i]] = (unsigned char)pf[i].marked;
}

int scan_read(const struct pass *p, struct pass_env *env,
	      const struct walk_result *w, struct scan_result *res,
	      struct pass_stats *st, struct candidates *out)
{
	struct reader r = {
		.p = p, .env = env, .res = res, .st = st, .out = out
	};
	size_t nnames, n, i, *idx = files_read(p, env->marks, w, &nnames, &n);
	struct pfile *pf = xcalloc(n + 1, sizeof(*pf));
	int ret;

	atomic_init(&r.reduce_ns, 0);
	if (p->key)
		sha256_hex(p->key, strlen(p->key), r.salt);
	r.total = n;
	if (getenv("WQCHECK_DEBUG"))
		fprintf(stderr, "wqcheck: debug: reading %zu files\n", n);
	ret = read_some(&r, w, idx, nnames, p->names, pf);
	r.elsewhere = 1;
	if (!ret)
		ret = read_some(&r, w, idx + nnames, n - nnames, p->elsewhere,
				pf + nnames);
	if (!ret && p->mark)
		keep_marks(env, w, idx, pf, n);
	for (i = 0; i < n; i++) {
		if (!ret) {
			take_file(&r, w->files[idx[i]].path, &pf[i]);
			continue;
		}
		if (pf[i].extra)
			reduced_free(pf[i].extra);
		free(pf[i].extra);
		free(pf[i].buf);
	}
	st->t_reduce += (double)atomic_load(&r.reduce_ns) / 1e9;
	free(idx);
	free(pf);
	return ret;
}

void candidates_free(struct candidates *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].path);
		reduced_free(&c->v[i].red);
		sb_free(&c->v[i].entry);
		account_free(&c->v[i].tests);
	}
	free(c->v);
	memset(c, 0, sizeof(*c));
}

void cfile_fail(struct cfile *f, struct scan_result *res, char *reason)
{
	if (f->failed) {
		free(reason);
		return;
	}
	f->failed = 1;
	results_add_not_checked(res, f->path, reason);
}
