// SPDX-License-Identifier: GPL-2.0-only
/* Running spatch on the batches of a pass. */
#include "spatch_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "pass.h"
#include "progress.h"
#include "run.h"
#include "scan_read.h"
#include "spatch_output.h"
#include "util.h"

struct phase {
	const struct pass *p;
	struct pass_env *env;
	struct candidates *c;
	struct pass_stats *st;
	struct spatch_reader rd;
	char *tmpdir;
	char timeout[24]; /* spatch's --timeout value */
	struct batch *retry; /* single-file reruns of failed batches */
	size_t nretry, retry_cap;
	size_t done; /* files finished, for the progress line */
};

/* One spatch run: a batch with one rule file. */
struct unit {
	struct batch *b;
	size_t rule;
};

static char **spatch_argv(struct phase *ph, const struct batch *b, size_t rule)
{
	const struct pass_env *env = ph->env;
	char **argv = xcalloc(20 + 2 * ph->p->ndefines, sizeof(*argv));
	char **a = argv;
	size_t i;

	*a++ = (char *)env->spatch;
	if (env->python) {
		*a++ = "--python";
		*a++ = (char *)env->python;
	}
	/*
	 * Trying Coccinelle's standard isomorphisms on every rule took two
	 * thirds of the 0.3 s it spends reading the semantic patch, at each
	 * start, and changed one pattern: &E0->lock also matched
	 * &E0[i].lock. The rules' Options line says the same for coccicheck.
	 */
	*a++ = "--iso-limit";
	*a++ = "0";
	*a++ = "--quiet";
	*a++ = "--parse-error-msg";
	*a++ = "--no-includes";
	*a++ = "--include-headers";
	*a++ = "--no-show-diff";
	for (i = 0; i < ph->p->ndefines; i++) {
		*a++ = "-D";
		*a++ = (char *)ph->p->defines[i];
	}
	*a++ = "--timeout";
	*a++ = ph->timeout;
	*a++ = "--sp-file";
	*a++ = (char *)ph->p->rules[rule];
	*a++ = "--dir";
	*a++ = b->dir;
	*a = NULL;
	return argv;
}

/* Each rule file run on @f: its cache entry is complete. */
static void file_finished(struct phase *ph, struct cfile *f)
{
	if (--f->pending > 0)
		return;
	ph->done++;
	account_finish(&f->tests, &f->red, f->failed, &f->entry, ph->rd.res,
		       f->path);
	if (!f->failed)
		cache_put(ph->env->cache, f->key, f->entry.buf, f->entry.len);
}

static void add_retry(struct phase *ph, size_t file, size_t rule)
{
	if (ph->nretry == ph->retry_cap) {
		ph->retry_cap = ph->retry_cap ? ph->retry_cap * 2 : 8;
		ph->retry =
			xrealloc(ph->retry, ph->retry_cap * sizeof(*ph->retry));
	}
	batch_single(&ph->retry[ph->nretry++], file, rule);
}

static void batch_failed(struct phase *ph, struct job *job, struct batch *b,
			 size_t rule)
{
	char *why = job_failure(job);
	char *line = spatch_last_error(job->err.buf, job->err.len);
	size_t i;

	/* Nothing handled: the rules or spatch itself are broken. */
	if (!job->killed &&
	    !strstr(job->err.buf ? job->err.buf : "", "HANDLING: ")) {
		if (!ph->env->fatal)
			ph->env->fatal = xasprintf("%s%s%s", why,
						   *line ? ": " : "", line);
	} else if (b->nfiles > 1) {
		for (i = 0; i < b->nfiles; i++)
			add_retry(ph, b->files[i], rule);
	} else if (!ph->c->v[b->files[0]].failed) {
		struct cfile *f = &ph->c->v[b->files[0]];

		cfile_fail(f, ph->rd.res,
			   *line ? xasprintf("%s: %s", why, line) :
				   xstrdup(why));
		file_finished(ph, f);
	}
	free(why);
	free(line);
}

static void job_done(struct job *job, void *arg)
{
	struct phase *ph = arg;
	struct unit *u = job->data;
	size_t i;

	ph->st->spatch_cpu += job->cpu;
	if (job->wall > ph->st->longest_batch)
		ph->st->longest_batch = job->wall;
	if (getenv("WQCHECK_DEBUG"))
		fprintf(stderr,
			"wqcheck: debug: %s: %zu files, %.2f s, "
			"%.2f s CPU\n",
			u->b->dir, u->b->nfiles, job->wall, job->cpu);
	if (!job_ok(job)) {
		batch_failed(ph, job, u->b, u->rule);
	} else {
		spatch_take_records(&ph->rd, job->out.buf ? job->out.buf : "",
				    job->out.len);
		spatch_take_diags(&ph->rd, job->err.buf ? job->err.buf : "",
				  job->err.len);
		for (i = 0; i < u->b->nfiles; i++)
			file_finished(ph, &ph->c->v[u->b->files[i]]);
	}
	sb_free(&job->out);
	sb_free(&job->err);
	progress_draw(ph->env->progress, "checking", ph->done, ph->c->n);
}

static void tick(void *arg)
{
	struct phase *ph = arg;

	progress_draw(ph->env->progress, "checking", ph->done, ph->c->n);
}

/* Run every batch with every rule file, or each rerun with its own. */
static int run_batches(struct phase *ph, struct batch *b, size_t nb, int rerun)
{
	size_t nrules = rerun ? 1 : ph->p->nrules, n = nb * nrules, i;
	struct job *jobs = xcalloc(n, sizeof(*jobs));
	struct unit *units = xcalloc(n, sizeof(*units));
	long timeout = ph->env->timeout;
	int ret;

	for (i = 0; i < n; i++) {
		struct batch *bb = &b[i / nrules];

		units[i].b = bb;
		units[i].rule = rerun ? bb->rule : i % nrules;
		jobs[i].argv = spatch_argv(ph, bb, units[i].rule);
		jobs[i].data = &units[i];
		/*
		 * spatch's own --timeout should stop a slow file first; this
		 * is for a spatch that hangs where that cannot reach it.
		 */
		jobs[i].limit =
			5 + (double)bb->nfiles * (1.5 * (double)timeout + 2);
	}
	ret = run_jobs(jobs, n, ph->env->jobs, ph->tmpdir, job_done, tick, ph);
	for (i = 0; i < n; i++)
		free(jobs[i].argv);
	free(jobs);
	free(units);
	return ret;
}

/* Write batches @b[0..n) as b<i>, or the reruns as s<file>. */
static int write_batches(struct phase *ph, struct batch *b, size_t n, int rerun)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < n && !ret; i++) {
		char *name = rerun ? xasprintf("s%zu", b[i].files[0]) :
				     xasprintf("b%zu", i);

		ret = batch_write(&b[i], ph->c, ph->tmpdir, name);
		free(name);
	}
	return ret;
}

static void free_batches(struct batch *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		batch_free(&b[i]);
	free(b);
}

int spatch_run(const struct pass *p, struct pass_env *env, struct candidates *c,
	       struct scan_result *res, struct pass_stats *st)
{
	struct phase ph = {
		.p = p,
		.env = env,
		.c = c,
		.st = st,
		.rd = { c, res, p->names, env->timeout,
			&env->warned_bad_record },
	};
	size_t nb;
	struct batch *b;
	int ret;

	snprintf(ph.timeout, sizeof(ph.timeout), "%ld", env->timeout);
	ph.tmpdir = make_temp_dir("wqcheck");
	if (!ph.tmpdir)
		return -1;
	b = batch_plan(c, env->jobs, &nb);
	st->batches += nb;
	ret = write_batches(&ph, b, nb, 0);
	if (!ret)
		ret = run_batches(&ph, b, nb, 0);
	free_batches(b, nb);
	if (!ret && !env->fatal && ph.nretry) {
		ret = write_batches(&ph, ph.retry, ph.nretry, 1);
		if (!ret)
			ret = run_batches(&ph, ph.retry, ph.nretry, 1);
	}
	free_batches(ph.retry, ph.nretry);
	remove_tree(ph.tmpdir);
	free(ph.tmpdir);
	return ret;
}
