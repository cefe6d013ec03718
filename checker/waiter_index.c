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

#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "header_wrappers.h"
#include "judge.h"
#include "pass.h"
#include "prefilter.h"
#include "results.h"
#include "scan.h"
#include "util.h"
#include "waiter_files.h"
#include "walk.h"

/* The cache key of the pass: its rule file's content. */
static char *rule_key(const char *rule)
{
	char hex[SHA256_HEX_LEN + 1], *buf;
	size_t len;

	if (read_file(rule, &buf, &len))
		return xstrdup("waiters");
	sha256_hex(buf, len, hex);
	free(buf);
	return xasprintf("waiters:%s", hex);
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
	char *rules[] = { (char *)rule }, *key = rule_key(rule);
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
		.key = key,
		.waits_only = 1,
		.choose = waiter_files_choose,
		.gate = waiter_files_gate,
	};
	int ret;

	struct header_wrappers hw;

	if (wd) {
		p.accept = wanted_accept;
		p.accept_arg = wd;
	}
	header_wrappers_find(&hw, near, nnear);
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

int waiter_index_run(const char *rule, struct pass_env *env,
		     const struct walk_result *w, struct scan_result *res)
{
	struct index_words iw;
	int ret;

	judge_index_words(res->recs, res->nrecs, &iw);
	res->st.index_words = iw.npairs + iw.nbits;
	ret = run_index(rule, env, w, res, &iw);
	index_words_free(&iw);
	return ret;
}
