// SPDX-License-Identifier: GPL-2.0-only
/*
 * wqcheck: find lost wake-ups in a kernel tree. main() puts the stages
 * together: options, rules, spatch, scan, filter, baseline, output, and
 * turns the outcome into the exit status.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "baseline.h"
#include "cache.h"
#include "filter.h"
#include "fix_stage.h"
#include "format.h"
#include "kbuild.h"
#include "options.h"
#include "patch_check.h"
#include "run.h"
#include "scan.h"
#include "util.h"

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

static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* $WQCHECK_COCCI_DIR, the source tree's cocci/, the installed copy. */
static char *find_cocci_dir(void)
{
	const char *env = getenv("WQCHECK_COCCI_DIR");
	char exe[PATH_MAX], *slash, *dir;
	ssize_t n;

	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			dir = xasprintf("%s/../cocci", exe);
			if (is_dir(dir))
				return dir;
			free(dir);
		}
	}
	return xstrdup(WQCHECK_DATADIR);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The rule files: *.cocci that declare "virtual wqcheck". */
static int is_rule_file(const char *path)
{
	char *buf;
	size_t len;
	int ret;

	if (read_file(path, &buf, &len))
		return 0;
	ret = strstr(buf, "virtual wqcheck") != NULL;
	free(buf);
	return ret;
}

static char **find_rules(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;

	*n = 0;
	if (!d) {
		wq_error("%s: cannot read the semantic patches: %s (set "
			 "WQCHECK_COCCI_DIR to the directory holding "
			 "waitqueue_active.cocci)",
			 dir, strerror(errno));
		return NULL;
	}
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *path;

		if (len < 6 || strcmp(de->d_name + len - 6, ".cocci"))
			continue;
		path = path_join(dir, de->d_name);
		if (!is_rule_file(path)) {
			free(path);
			continue;
		}
		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[(*n)++] = path;
	}
	closedir(d);
	if (!*n)
		wq_error("%s: no semantic patch declaring 'virtual wqcheck' "
			 "found",
			 dir);
	else
		sort_array(v, *n, sizeof(*v), cmp_str);
	return v;
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

static void print_stats(const struct scan_result *s, const struct findings *f,
			size_t shown, size_t hidden)
{
	const struct scan_stats *st = &s->st;

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
		"  functions Coccinelle could not parse: %zu (not checked)\n"
		"  files not checked   %zu\n"
		"  findings            %zu shown, %zu below --confidence, %zu "
		"hidden by the baseline, %zu duplicates\n"
		"  time                walk %.2f s, read %.2f s (its threads "
		"reduced for %.2f s), spatch %.2f s, total %.2f s\n"
		"  spatch              %.2f s of CPU, longest run %.2f s\n",
		st->files, st->skipped, st->candidates, st->from_cache,
		st->parsed - st->callers_parsed, st->batches, st->nothing,
		st->funcs_kept, st->funcs_blanked, st->callees, st->callers,
		st->callers_parsed, s->nunparsed, s->nnc, shown, f->below,
		hidden, f->dups, st->t_walk, st->t_read, st->t_reduce,
		st->t_spatch, st->t_total, st->spatch_cpu, st->longest_batch);
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
 * After the scan: filter, baseline, output, then --fix or --emit-patches
 * (@cfg for their rescan); returns the exit status.
 */
static int report(const struct options *o, const struct scan_config *cfg,
		  struct scan_result *s)
{
	struct findings f;
	struct baseline b = { 0 };
	struct report r = { .scan = s, .opt = o };
	int status = EXIT_CLEAN;

	warn_not_checked(s);
	filter_findings(s->recs, s->nrecs, o->min_confidence, &f);
	if (o->baseline && baseline_load(o->baseline, &b)) {
		status = EXIT_TROUBLE;
		goto out;
	}
	if (o->write_baseline && baseline_write(o->write_baseline, f.v, f.n)) {
		status = EXIT_TROUBLE;
		goto out;
	}
	if (o->baseline)
		r.hidden = baseline_hide(&b, f.v, &f.n);
	r.v = f.v;
	r.n = f.n;
	if (output(o, &r)) {
		status = EXIT_TROUBLE;
		goto out;
	}
	if (o->stats)
		print_stats(s, &f, f.n, r.hidden);
	if (f.n && !o->write_baseline)
		status = EXIT_FINDINGS;
	/* Findings or not, an incomplete scan must not pass for a full one. */
	if (s->nnc && !o->kbuild) {
		wq_error("the scan is incomplete: %zu file%s not checked",
			 s->nnc, s->nnc == 1 ? " was" : "s were");
		status = EXIT_TROUBLE;
	}
	if (fix_stage_wanted(o) && fix_stage(o, cfg, s, f.v, f.n))
		status = EXIT_TROUBLE;
out:
	baseline_free(&b);
	findings_free(&f);
	return status;
}

static long default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? n : 1;
}

/*
 * spatch finds the Python for its scripts by running "python3" from
 * $PATH. A version manager's shim there (pyenv) costs a fifth of a
 * second at each of the four spatch starts of a scan, and may load an
 * interpreter other than the one Coccinelle was built for. Debian's
 * coccinelle is built for /usr/bin/python3.
 */
static const char *spatch_python(void)
{
	const char *p = getenv("WQCHECK_PYTHON");

	if (p)
		return *p ? p : NULL;
	return access("/usr/bin/python3", X_OK) ? NULL : "/usr/bin/python3";
}

static int run(struct options *o)
{
	struct scan_config cfg = { 0 };
	struct scan_result res;
	struct cache cache = { 0 };
	char *dir = find_cocci_dir(), *version = NULL, **rules;
	size_t nrules;
	const char *spatch = o->spatch ? o->spatch : getenv("WQCHECK_SPATCH");
	int status = EXIT_TROUBLE;

	rules = find_rules(dir, &nrules);
	if (!rules)
		goto out;
	if (!spatch || !*spatch)
		spatch = "spatch";
	if (spatch_probe(spatch, &version) ||
	    cache_open(&cache, rules, nrules, version,
		       o->no_cache || o->no_reduce))
		goto out;
	cfg = (struct scan_config){
		.paths = o->paths,
		.npaths = o->npaths,
		.rule_files = rules,
		.nrules = nrules,
		.spatch = spatch,
		.python = spatch_python(),
		.timeout = o->timeout,
		.jobs = o->jobs ? o->jobs : default_jobs(),
		.cache = &cache,
		.min_confidence = o->min_confidence,
		.progress = !o->quiet && isatty(2),
		.no_reduce = o->no_reduce,
	};
	if (o->patch) {
		status = patch_check_run(o, &cfg);
		goto out;
	}
	if (!scan_run(&cfg, &res))
		status = report(o, &cfg, &res);
	else if (wq_interrupted)
		wq_error("interrupted: the scan was stopped, nothing reported");
	scan_free(&res);
out:
	cache_close(&cache);
	free(version);
	free_strv(rules, nrules);
	free(dir);
	return status;
}

int main(int argc, char **argv)
{
	struct options o;
	char err[512];
	int status;

	if (options_parse(argc, argv, &o, err, sizeof(err))) {
		if (kbuild_detect(argc, argv)) {
			options_free(&o);
			catch_signals();
			return kbuild_main(argc, argv, run);
		}
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
