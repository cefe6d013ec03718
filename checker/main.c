// SPDX-License-Identifier: GPL-2.0-only
/*
 * wqcheck: find lost wake-ups in a kernel tree. main() puts the stages
 * together, each called from here and none calling another:
 *
 *   options (or kbuild's call)  ->  the rules, spatch, the cache (tools.c)
 *   -> the PATHs to scan (those given and those --files-from lists,
 *      or --patch's patched copies)
 *   -> scan (scan.c)  ->  what was not checked  ->  filter (filter.c)
 *   -> report: --patch's selection and format_patch(), or the baseline
 *      and a format (format_*.c)
 *   -> fix/verify (fix_stage.c): plan, scan the fixed copies again,
 *      check, then patches, builds and files
 *
 * and turns the outcome into the exit status.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "file_list.h"
#include "filter.h"
#include "fix_stage.h"
#include "judge.h"
#include "format.h"
#include "kbuild.h"
#include "options.h"
#include "patch_check.h"
#include "scan.h"
#include "tools.h"
#include "util.h"
#include "walk.h"

#include "datadir.h" /* WQCHECK_DATADIR, written by the Makefile */

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

static void on_signal(int sig)
{
	wq_interrupted = sig;
}

/* No SA_RESTART: a blocked poll() or read() must return to notice. */
static void catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static void warn_not_checked(const struct scan_result *s)
{
	size_t i;

	for (i = 0; i < s->nnc; i++) {
		char *p = escape_path(s->nc[i].path);

		wq_warn("%s: not checked: %s", p, s->nc[i].reason);
		free(p);
	}
	for (i = 0; i < s->nunparsed; i++) {
		const struct unparsed *u = &s->unparsed[i];
		char *p = escape_path(u->path);

		if (u->function)
			wq_warn("%s:%ld: %s() not checked: Coccinelle could "
				"not parse it",
				p, u->line, u->function);
		else if (u->line)
			wq_warn("%s:%ld: lines %ld-%ld not checked: Coccinelle "
				"could not parse them",
				p, u->line, u->line, u->last);
		else
			wq_warn("%s: not fully checked: Coccinelle could not "
				"parse a part of it",
				p);
		free(p);
	}
}

/* The tests of a wait list the rules did not see, one note each. */
static void note_unanalysed(const struct scan_result *s)
{
	size_t i;

	for (i = 0; i < s->nuna; i++) {
		const struct unanalysed *u = &s->una[i];
		char *p = escape_path(u->path);

		fprintf(stderr, "%s:%ld: note: %s() not analysed: %s\n", p,
			u->line, u->test, u->why);
		free(p);
	}
}

static size_t count_kind(const struct scan_result *s, const char *kind)
{
	size_t i, n = 0;

	for (i = 0; i < s->nuna; i++)
		n += !strcmp(s->una[i].kind, kind);
	return n;
}

/* The stats line of the tests of a wait list (account.h). */
static char *test_stats(const struct scan_result *s)
{
	size_t i, helpers = s->st.helpers_analysed;

	for (i = 0; i < s->nuna; i++)
		helpers += !account_is_test(s->una[i].test);
	return xasprintf("  wait-list tests     %zu seen (%zu of them calls of "
			 "the second pass's helpers), %zu analysed, %zu not "
			 "analysed (%zu in a macro body, %zu in a function "
			 "Coccinelle could not parse, %zu in a file not "
			 "checked, %zu not parsed with no error)\n",
			 s->st.tests_analysed + s->nuna, helpers,
			 s->st.tests_analysed, s->nuna, count_kind(s, "macro"),
			 count_kind(s, "unparsed"),
			 count_kind(s, "not-checked"), count_kind(s, "silent"));
}

static void print_stats(const struct scan_result *s, const struct findings *f,
			size_t shown, size_t hidden)
{
	const struct scan_stats *st = &s->st;
	char *tests = test_stats(s);

	fprintf(stderr,
		"wqcheck: stats:\n"
		"  files walked        %zu C sources and headers "
		"(%zu build outputs or VCS directories skipped)\n"
		"  candidate files     %zu (mention an identifier the rules "
		"need)\n"
		"  from the cache      %zu\n"
		"  given to spatch     %zu in %zu batches (%zu more had "
		"mentions only in comments)\n"
		"  functions checked   %zu (%zu others blanked out: they "
		"mention nothing the rules need)\n"
		"  second pass         %zu helpers tested with no barrier for "
		"their callers: %zu files call them, %zu given to spatch\n"
		"  waiter index        %zu members and bits looked for: %zu "
		"files mention one, %zu wait and were given to spatch, %zu "
		"waiters (%zu functions or files could not be parsed)\n"
		"  judged by waiters   %zu findings: %zu dropped (every waiter "
		"holds the waker's lock), %zu lowered (no waiter reads the "
		"stores), %zu low (no waiter can read them), %zu lowered (no "
		"waiter of the queue), %zu low "
		"(every waiter re-polls), %zu low (a kthread_stop() wakes every "
		"waiter), %zu low (nothing waits on the bit), "
		"%zu with the store renamed, %zu call sites raised, %zu low "
		"(no waiter sleeps on the value the store replaces)\n"
		"  functions Coccinelle could not parse: %zu (not checked)\n"
		"  files not checked   %zu\n"
		"%s"
		"  findings            %zu shown, %zu below --confidence, %zu "
		"hidden by the baseline, %zu duplicates\n"
		"  time                walk %.2f s, read %.2f s (its threads "
		"reduced for %.2f s), spatch %.2f s, total %.2f s\n"
		"  spatch              %.2f s of CPU, longest run %.2f s\n",
		st->files, st->skipped, st->candidates, st->from_cache,
		st->parsed - st->callers_parsed, st->batches, st->nothing,
		st->funcs_kept, st->funcs_blanked, st->callees, st->callers,
		st->callers_parsed, st->index_words, st->index_files,
		st->index_parsed, s->nwaiters, st->index_unparsed,
		st->judged.judged,
		st->judged.serialised, st->judged.unread,
		st->judged.unread_sure,
		st->judged.no_waiter, st->judged.repoll, st->judged.stopped,
		st->judged.no_bit_waiter, st->judged.restored,
		st->judged.raised, st->judged.unslept, s->nunparsed, s->nnc,
		tests, shown, f->below, hidden, f->dups, st->t_walk,
		st->t_read, st->t_reduce, st->t_spatch, st->t_total, st->spatch_cpu, st->longest_batch);
	free(tests);
}

static int output(const struct options *o, const struct report *r)
{
	static int (*const fmt[])(FILE *, const struct report *) = {
		[FMT_TEXT] = format_text,
		[FMT_JSON] = format_json,
		[FMT_SARIF] = format_sarif,
		[FMT_CHECKPATCH] = format_checkpatch,
	};

	if (fmt[o->format](stdout, r)) {
		wq_error("cannot write the output: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * A scan's report: the baseline, the format, the stats. The exit status,
 * or -1 when nothing could be reported (then nothing is fixed either).
 * With a baseline, @f keeps only the findings shown.
 */
static int report(const struct options *o, const struct scan_result *s,
		  struct findings *f)
{
	struct baseline b = { 0 };
	struct report r = { .scan = s, .opt = o };
	int status = -1;

	if (o->baseline && baseline_load(o->baseline, &b))
		goto out;
	if (o->write_baseline && baseline_write(o->write_baseline, f->v, f->n))
		goto out;
	if (o->baseline)
		r.hidden = baseline_hide(&b, f->v, &f->n);
	r.v = f->v;
	r.n = f->n;
	if (output(o, &r))
		goto out;
	if (o->stats)
		print_stats(s, f, f->n, r.hidden);
	status = f->n && !o->write_baseline ? EXIT_FINDINGS : EXIT_CLEAN;
	/* Findings or not, an incomplete scan must not pass for a full one. */
	if (s->nnc && !o->kbuild) {
		wq_error("the scan is incomplete: %zu file%s not checked",
			 s->nnc, s->nnc == 1 ? " was" : "s were");
		status = EXIT_TROUBLE;
	}
	if (s->nuna && o->strict) {
		wq_error("%zu test%s of a wait list %s not analysed (--strict)",
			 s->nuna, s->nuna == 1 ? "" : "s",
			 s->nuna == 1 ? "was" : "were");
		status = EXIT_TROUBLE;
	}
out:
	baseline_free(&b);
	return status;
}

/* --patch's report: the findings the patch is responsible for. */
static int report_patch(struct patch_check *pc, const struct scan_result *s,
			const struct findings *f)
{
	struct patch_report r;

	patch_check_select(pc, f->v, f->n, &r);
	if (format_patch(stdout, &r)) {
		wq_error("cannot write the output: %s", strerror(errno));
		return EXIT_TROUBLE;
	}
	if (r.n)
		return EXIT_FINDINGS;
	if (s->nnc) {
		wq_error("the check is incomplete: %zu file%s not checked",
			 s->nnc, s->nnc == 1 ? " was" : "s were");
		return EXIT_TROUBLE;
	}
	return EXIT_CLEAN;
}

/* What the scan is given. */
struct inputs {
	char *const *paths;
	size_t npaths;
	struct file_list list; /* --files-from */
	char **all; /* the PATHs given, then the list's */
	struct patch_check *patch; /* --patch: the patched copies */
};

/* The PATHs given and those --files-from lists, as one scan's. */
static int add_list(const struct options *o, struct inputs *in)
{
	size_t i;

	if (file_list_read(o->files_from, o->null, &in->list))
		return -1;
	if (!o->npaths && !in->list.n) {
		wq_error("%s: no PATH listed (--files-from)",
			 strcmp(o->files_from, "-") ? o->files_from :
						      "standard input");
		return -1;
	}
	in->all = xcalloc(o->npaths + in->list.n + 1, sizeof(*in->all));
	for (i = 0; i < o->npaths; i++)
		in->all[i] = o->paths[i];
	for (i = 0; i < in->list.n; i++)
		in->all[o->npaths + i] = in->list.paths[i];
	in->paths = in->all;
	in->npaths = o->npaths + in->list.n;
	return 0;
}

static int inputs_gather(const struct options *o, struct inputs *in)
{
	if (o->patch) {
		in->patch = patch_check_prepare(o);
		if (!in->patch)
			return -1;
		in->paths = patch_check_copies(in->patch, &in->npaths);
		return 0;
	}
	in->paths = o->paths;
	in->npaths = o->npaths;
	return o->files_from ? add_list(o, in) : 0;
}

static void inputs_free(struct inputs *in)
{
	patch_check_free(in->patch);
	file_list_free(&in->list);
	free(in->all);
}

static int holds_kernel_top(char *const *paths, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (walk_is_kernel_top(paths[i]))
			return 1;
	return 0;
}

/*
 * Scan @paths as @t says, then judge each finding against the waiters
 * of its queue: those the scan indexed, or those of @index (a rescan of
 * fixed copies is judged by the waiters of the first scan). Nothing to
 * scan gives an empty result.
 */
static int scan(const struct tools *t, char *const *paths, size_t n,
		int progress, const struct scan_result *index,
		struct scan_result *res)
{
	struct scan_config cfg = t->cfg;
	int ret;

	memset(res, 0, sizeof(*res));
	if (!n)
		return 0;
	cfg.paths = paths;
	cfg.npaths = n;
	cfg.progress = progress;
	if (index)
		cfg.index_rule = NULL;
	ret = scan_run(&cfg, res);
	res->st.whole_tree = t->complete || holds_kernel_top(paths, n);
	if (!index)
		index = res;
	if (!ret && (t->cfg.index_rule))
		judge_records(res->recs, res->nrecs, index->waiters,
			      index->nwaiters, index->st.whole_tree,
			      &res->st.judged);
	return ret;
}

/*
 * --fix, --emit-patches: plan the fixes of the findings shown, scan the
 * fixed copies again (each fixed finding must be gone, no new one come),
 * then the patches, the builds and the files. 0, or -1.
 */
static int fix_and_verify(const struct options *o, const struct tools *t,
			  const struct inputs *in, const struct scan_result *s,
			  const struct findings *f)
{
	struct fix_stage *st;
	struct scan_result again;
	char *const *copies;
	size_t n;
	int ret;

	st = fix_stage_plan(o, in->paths, in->npaths, t->cfg.jobs, s, f->v,
			    f->n);
	copies = fix_stage_copies(st, &n);
	if (n) {
		ret = scan(t, copies, n, 0, s, &again);
		fix_stage_verify(st, ret ? NULL : &again);
		scan_free(&again);
	}
	ret = fix_stage_finish(st);
	fix_stage_free(st);
	return ret;
}

static int run(const struct options *o)
{
	struct tools t = { 0 };
	struct inputs in = { 0 };
	struct scan_result res = { 0 };
	struct findings f = { 0 };
	int status = EXIT_TROUBLE;

	if (tools_open(o, WQCHECK_DATADIR, &t))
		goto out;
	if (inputs_gather(o, &in) ||
	    scan(&t, in.paths, in.npaths, t.cfg.progress, NULL, &res)) {
		if (wq_interrupted)
			wq_error("interrupted: the %s was stopped, nothing "
				 "reported",
				 o->patch ? "check" : "scan");
		goto out;
	}
	if (in.patch)
		patch_check_to_tree(in.patch, &res);
	warn_not_checked(&res);
	note_unanalysed(&res);
	filter_findings(res.recs, res.nrecs, o->min_confidence, &f);
	if (in.patch) {
		status = report_patch(in.patch, &res, &f);
		goto out;
	}
	status = report(o, &res, &f);
	if (status < 0)
		status = EXIT_TROUBLE;
	else if (fix_stage_wanted(o) && fix_and_verify(o, &t, &in, &res, &f))
		status = EXIT_TROUBLE;
out:
	findings_free(&f);
	scan_free(&res);
	inputs_free(&in);
	tools_close(&t);
	return status;
}

/*
 * kbuild's call (make C=1 CHECK=wqcheck): its options and its file make
 * ordinary options, which run() scans; sparse runs first with --sparse.
 */
static int run_kbuild(int argc, char **argv)
{
	struct options o;
	struct kbuild k;
	char err[256];
	int status, sparse;

	if (kbuild_parse(argc, argv, &o, &k, err, sizeof(err))) {
		wq_error("%s", err);
		kbuild_free(&k);
		options_free(&o);
		return EXIT_TROUBLE;
	}
	if (o.verbose)
		kbuild_show(&k);
	sparse = kbuild_sparse(&k, argc, argv);
	if (kbuild_to_stderr())
		status = EXIT_TROUBLE;
	else
		status = wq_interrupted ? EXIT_CLEAN : run(&o);
	kbuild_free(&k);
	options_free(&o);
	return kbuild_status(sparse, status);
}

int main(int argc, char **argv)
{
	struct options o;
	char err[512];
	int status;

	if (kbuild_detect(argc, argv)) {
		catch_signals();
		return run_kbuild(argc, argv);
	}
	if (options_parse(argc, argv, &o, err, sizeof(err))) {
		wq_error("%s", err);
		fputs("Try 'wqcheck --help' for more information.\n", stderr);
		options_free(&o);
		return EXIT_TROUBLE;
	}
	if (o.help || o.version) {
		if (o.help)
			options_usage(stdout);
		else
			printf("wqcheck %s\n", WQCHECK_VERSION);
		options_free(&o);
		return EXIT_CLEAN;
	}
	catch_signals();
	status = run(&o);
	options_free(&o);
	return status;
}
