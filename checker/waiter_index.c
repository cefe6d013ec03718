// SPDX-License-Identifier: GPL-2.0-only
/*
 * The waiter index pass (waiter_index.h). A waiter that the judge can
 * pair with a finding names the queue's type ("kioctx" for struct
 * kioctx), or the woken bit; a waiter whose queue's type is not known
 * pairs only in the waker's directory, where the queue's member name is
 * enough ("wait"). The rule file reads the static functions a condition
 * calls, so it is given whole files, and only those that wait.
 */
#include "waiter_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accessor.h"
#include "cache.h"
#include "header_wrappers.h"
#include "identity.h"
#include "index_words.h"
#include "judge.h"
#include "pass.h"
#include "prefilter.h"
#include "results.h"
#include "scan.h"
#include "util.h"
#include "waiter_files.h"
#include "walk.h"

/*
 * The words in sorted order: the first pass's records come in another
 * order from the cache than from spatch, and the key must not change.
 */
static void add_words(struct strbuf *sb, char **a, char **b, size_t n)
{
	char **v = xcalloc(n + 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = xasprintf("%s/%s", a[i], b ? b[i] : "");
	sort_array(v, n, sizeof(*v), cmp_strings);
	for (i = 0; i < n; i++)
		sb_printf(sb, "%s,", v[i]);
	sb_printf(sb, ";");
	free_strv(v, n);
}

/*
 * The cache key of the pass: its rule file's content and that of the
 * Python it imports (the modules of wqindex/ beside it), the words it
 * looks for (which functions of a file it keeps depends on them) and
 * the headers whose wrappers its records read.
 */
static char *index_key(const char *rule, const struct index_words *iw,
		       const struct header_wrappers *hw)
{
	char hex[SHA256_HEX_LEN + 1], *buf, *modules;
	const char *slash = strrchr(rule, '/');
	struct strbuf sb = { 0 };
	size_t len;

	if (read_file(rule, &buf, &len)) {
		sb_printf(&sb, "waiters;");
	} else {
		sha256_hex(buf, len, hex);
		free(buf);
		sb_printf(&sb, "waiters:%s;", hex);
	}
	modules = slash ? xasprintf("%.*s/wqindex", (int)(slash - rule), rule) :
			  xstrdup("wqindex");
	cache_key_files(&sb, modules, ".py");
	free(modules);
	add_words(&sb, iw->members, iw->tags, iw->npairs);
	add_words(&sb, iw->bits, NULL, iw->nbits);
	add_words(&sb, iw->dirs, NULL, iw->ndirs);
	sb_printf(&sb, "%s", hw->key ? hw->key : "");
	return sb_detach(&sb);
}

static int in_dirs(const struct index_words *iw, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t len = slash ? (size_t)(slash - path + 1) : 0, i;

	for (i = 0; i < iw->ndirs; i++)
		if (slash ? strlen(iw->dirs[i]) == len &&
				    !memcmp(iw->dirs[i], path, len) :
			    !strcmp(iw->dirs[i], "./"))
			return 1;
	return 0;
}

/* The files of the wakers' directories, read for every word. */
static const char **near_files(const struct index_words *iw,
			       const struct walk_result *w, size_t *n)
{
	const char **v = xcalloc(w->nfiles + 1, sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < w->nfiles; i++)
		if (in_dirs(iw, w->files[i].path))
			v[(*n)++] = w->files[i].path;
	return v;
}

static struct matcher *words_matcher(char **a, size_t na, char **b,
				     size_t nb)
{
	const char **v = xcalloc(na + nb + 1, sizeof(*v));
	size_t i, n = 0;
	struct matcher *m;

	for (i = 0; i < na + nb; i++) {
		const char *word = i < na ? a[i] : b[i - na];

		if (*word)
			v[n++] = word;
	}
	m = n ? matcher_new(v, n) : NULL;
	free(v);
	return m;
}

static int cmp_waiter(const void *a, const void *b)
{
	const struct waiter *x = a, *y = b;
	int c = strcmp(x->f[W_FILE], y->f[W_FILE]);

	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/*
 * Take the waiters of @idx, in file and line order (spatch's batches end
 * in any order, and the notes name the waiters in this one); the rest of
 * @idx only counts.
 */
static void take_index(struct scan_result *res, struct scan_result *idx,
		       const struct pass_stats *ps)
{
	size_t i;

	sort_array(idx->waiters, idx->nwaiters, sizeof(*idx->waiters),
		   cmp_waiter);
	for (i = 0; i < idx->nwaiters; i++)
		results_add_waiter(res, &idx->waiters[i],
				   idx->waiters[i].f[W_FILE]);
	idx->nwaiters = 0;
	res->st.index_files = ps->candidates;
	res->st.index_parsed = ps->parsed;
	res->st.index_unparsed = idx->nunparsed + idx->nnc;
	res->st.t_spatch += ps->t_spatch;
	res->st.t_read += ps->t_read;
	res->st.spatch_cpu += ps->spatch_cpu;
}

static int run_index(const char *rule, struct pass_env *env,
		     const struct walk_result *w, struct scan_result *res,
		     const struct index_words *iw)
{
	static const char *const defines[] = { "wqindex" };
	char *rules[] = { (char *)rule }, *key;
	struct pass_stats ps = { 0 };
	struct scan_result idx = { 0 };
	size_t nnear;
	const char **near = near_files(iw, w, &nnear);
	struct matcher *all = words_matcher(iw->members, iw->npairs, iw->bits,
					    iw->nbits);
	struct matcher *rare = words_matcher(iw->tags, iw->npairs, iw->bits,
					     iw->nbits);
	struct wanted *wd = wanted_new(iw);
	struct pass p = {
		.rules = rules,
		.nrules = 1,
		.names = all,
		.only = near,
		.nonly = nnear,
		.elsewhere = rare,
		.defines = defines,
		.ndefines = ARRAY_SIZE(defines),
		.waits_only = 1,
		.choose = waiter_files_choose,
		.gate = waiter_files_gate,
		.marked_only = 1,
	};
	struct header_wrappers hw;
	int ret;

	if (wd) {
		p.accept = wanted_accept;
		p.accept_arg = wd;
	}
	header_wrappers_find(&hw, near, nnear);
	p.key = key = index_key(rule, iw, &hw);
	waiter_files_set_wrappers(&hw);
	ret = all ? scan_pass(&p, env, w, &idx, &ps) : 0;
	waiter_files_set_wrappers(NULL);
	header_wrappers_free(&hw);

	take_index(res, &idx, &ps);
	scan_free(&idx);
	if (all)
		matcher_free(all);
	if (rare)
		matcher_free(rare);
	free(near);
	free(key);
	free(wd);
	return ret;
}

static void debug_accessors(double seconds)
{
	size_t i, n;
	const struct accessor *a = ident_accessors(&n);

	fprintf(stderr, "wqcheck: debug: %zu accessors in %.2f s\n", n,
		seconds);
	for (i = 0; i < n; i++)
		fprintf(stderr, "wqcheck: debug: %s: %s() is (%s, %s)\n",
			a[i].file, a[i].name, a[i].type, a[i].chain);
}

/*
 * The accessors of the headers, and those of the wakers' own files: a
 * waiter in a waker's file may call a static accessor of that file.
 * Found before the index's words, which name them.
 */
static void find_accessors(const struct pass_env *env,
			   const struct walk_result *w, struct scan_result *res)
{
	char **files = xcalloc(res->nrecs + 1, sizeof(*files));
	struct accessor *acc;
	size_t i, n = 0, nacc;
	double t = now_seconds();

	for (i = 0; i < res->nrecs; i++)
		files[i] = (char *)record_where(&res->recs[i]);
	sort_array(files, res->nrecs, sizeof(*files), cmp_strings);
	for (i = 0; i < res->nrecs; i++)
		if (!n || strcmp(files[n - 1], files[i]))
			files[n++] = files[i];
	accessors_find(w, env->jobs, &acc, &nacc);
	accessors_in_files(files, n, &acc, &nacc);
	ident_set_accessors(acc, nacc);
	free(files);
	res->st.t_read += now_seconds() - t;
	if (getenv("WQCHECK_DEBUG"))
		debug_accessors(now_seconds() - t);
}

int waiter_index_run(const char *rule, struct pass_env *env,
		     const struct walk_result *w, struct scan_result *res)
{
	struct index_words iw;
	int ret;

	find_accessors(env, w, res);
	index_words_collect(res->recs, res->nrecs, &iw);
	res->st.index_words = iw.npairs + iw.nbits;
	ret = run_index(rule, env, w, res, &iw);
	index_words_free(&iw);
	return ret;
}
