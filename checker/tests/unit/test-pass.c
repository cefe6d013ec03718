// SPDX-License-Identifier: GPL-2.0-only
/*
 * A pass is a value: a third pass, with its own rule file, names, file
 * set, -D define and cache key, is run by scan_pass() as the first two
 * are. spatch here is a script that logs its arguments and prints one
 * record for each file it is given.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "pass.h"
#include "prefilter.h"
#include "progress.h"
#include "scan.h"
#include "unit.h"
#include "util.h"
#include "walk.h"

static char *dir;

static char *put_n(const char *name, const char *text, size_t len, int mode)
{
	char *p = path_join(dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, mode);

	CHECK_INT(write(fd, text, len), (long)len);
	close(fd);
	return p;
}

static char *put(const char *name, const char *text, int mode)
{
	return put_n(name, text, strlen(text), mode);
}

static char *slurp(const char *name)
{
	char *p = path_join(dir, name), *buf = NULL;
	size_t len;

	if (read_file(p, &buf, &len))
		buf = xstrdup("");
	free(p);
	return buf;
}

/* The fake spatch: the -D and --sp-file it got, one record per file. */
static const char fake_spatch[] =
	"#!/bin/sh\n"
	"d=; prev=; args=\n"
	"for a; do\n"
	"	[ \"$prev\" = --dir ] && d=$a\n"
	"	[ \"$prev\" = -D ] && args=\"$args -D $a\"\n"
	"	[ \"$prev\" = --sp-file ] && args=\"$args ${a##*/}\"\n"
	"	prev=$a\n"
	"done\n"
	"echo \"$args\" >>\"${0%/*}/log\"\n"
	"for f in \"$d\"/*; do\n"
	"	printf 'wqcheck-record-1\\twaiter\\t%s\\t2\\t1\\t\\tf\\tlow"
	"\\tq\\t\\t\\t\\t\\t\\t\\t\\t\\t\\tindexed\\n' \"$f\"\n"
	"done\n";

struct fixture {
	char *spatch, *rule, *tree;
	struct walk_result w;
	struct matcher *names, *elsewhere;
	const char *only[1];
	char *rules[1];
};

/*
 * tree/a.c calls wait_for_it(), b.c calls hdr_helper(), c.c calls
 * wait_for_it() too, d.c is binary.
 */
static void setup(struct fixture *fx)
{
	static const char *const w[] = { "wait_for_it", "hdr_helper" };
	static const char *const h[] = { "hdr_helper" };
	char *tree, *paths[1];

	dir = make_temp_dir("wqcheck-test-pass");
	if (!dir)
		exit(1);
	tree = path_join(dir, "tree");
	paths[0] = tree;
	fx->spatch = put("spatch", fake_spatch, 0700);
	fx->rule = put("waiters.cocci", "virtual wqcheck\n", 0600);
	CHECK_INT(mkdir(tree, 0700), 0);
	free(put("tree/a.c", "void a(void)\n{\n\twait_for_it(q);\n}\n", 0600));
	free(put("tree/b.c", "void b(void)\n{\n\thdr_helper(q);\n}\n", 0600));
	free(put("tree/c.c", "void c(void)\n{\n\twait_for_it(q);\n}\n", 0600));
	free(put_n("tree/d.c", "wait_for_it\0", 12, 0600));
	CHECK_INT(walk_paths(paths, 1, &fx->w), 0);
	CHECK_INT(fx->w.nfiles, 4);
	fx->tree = tree;
	fx->names = matcher_new(w, 2);
	fx->elsewhere = matcher_new(h, 1);
	fx->only[0] = fx->w.files[0].path; /* tree/a.c */
	fx->rules[0] = fx->rule;
}

static void teardown(struct fixture *fx)
{
	walk_free(&fx->w);
	matcher_free(fx->names);
	matcher_free(fx->elsewhere);
	free(fx->spatch);
	free(fx->rule);
	free(fx->tree);
	remove_tree(dir);
	free(dir);
	dir = NULL;
}

/* The pass under test: a.c for both names, the rest for hdr_helper(). */
static struct pass waiters_pass(const struct fixture *fx, const char **defines)
{
	return (struct pass){
		.rules = fx->rules,
		.nrules = 1,
		.names = fx->names,
		.only = fx->only,
		.nonly = 1,
		.elsewhere = fx->elsewhere,
		.defines = defines,
		.ndefines = 1,
		.key = "waiters",
	};
}

static int run(const struct fixture *fx, const struct pass *p,
	       struct cache *cache, struct scan_result *res,
	       struct pass_stats *st)
{
	struct progress progress;
	struct pass_env env = { .spatch = fx->spatch,
				.jobs = 2,
				.timeout = 10,
				.cache = cache,
				.progress = &progress };
	int ret;

	progress_start(&progress, 0, CONF_LOW, res);
	ret = scan_pass(p, &env, &fx->w, res, st);
	progress_stop();
	CHECK(!env.fatal);
	free(env.fatal);
	return ret;
}

static void test_third_pass(void)
{
	const char *defines[] = { "waiters" };
	struct fixture fx = { 0 };
	struct scan_result res = { 0 };
	struct pass_stats st = { 0 };
	struct pass p;
	struct cache cache = { 0 }; /* off */
	char *log;

	setup(&fx);
	p = waiters_pass(&fx, defines);
	CHECK_INT(run(&fx, &p, &cache, &res, &st), 0);
	/* a.c for wait_for_it(), b.c for hdr_helper(); not c.c nor d.c */
	CHECK_INT(st.candidates, 2);
	CHECK_INT(st.parsed, 2);
	CHECK_INT(st.batches, 2);
	CHECK_INT(st.from_cache, 0);
	CHECK_INT(res.nrecs, 2);
	CHECK_INT(res.nnc, 0); /* d.c is not noted: not note_unreadable */
	if (res.nrecs == 2) {
		/* in the order the runs ended: a.c's and b.c's */
		int b = !strcmp(res.recs[0].path, fx.only[0]);

		CHECK_STR(res.recs[!b].path, fx.only[0]);
		CHECK_STR(res.recs[b].path, fx.w.files[1].path);
		CHECK_STR(res.recs[0].f[REC_RULE], "waiter");
		CHECK_STR(res.recs[0].f[REC_MESSAGE], "indexed");
	}
	log = slurp("log");
	CHECK_STR(log, " -D waiters waiters.cocci\n"
		       " -D waiters waiters.cocci\n");
	free(log);
	scan_free(&res);
	teardown(&fx);
}

/*
 * Every file read, the binary one noted as not checked; then the same
 * from the cache, and a pass with another key does not see its entries.
 */
static void test_file_set_and_cache(void)
{
	struct fixture fx = { 0 };
	struct scan_result res = { 0 };
	struct pass_stats st = { 0 }, again = { 0 }, other = { 0 };
	struct pass p;
	struct cache cache;
	char *xdg;

	setup(&fx);
	xdg = path_join(dir, "xdg");
	setenv("XDG_CACHE_HOME", xdg, 1);
	CHECK_INT(cache_open(&cache, fx.rules, 1, "1.1.1", 0), 0);
	p = waiters_pass(&fx, NULL);
	p.ndefines = 0;
	p.only = NULL; /* every file, for both names */
	p.note_unreadable = 1;
	CHECK_INT(run(&fx, &p, &cache, &res, &st), 0);
	CHECK_INT(st.candidates, 3);
	CHECK_INT(st.parsed, 3);
	CHECK_INT(res.nrecs, 3);
	CHECK_INT(res.nnc, 1);
	if (res.nnc == 1)
		CHECK_STR(res.nc[0].reason, "binary file, not C source");
	CHECK_INT(run(&fx, &p, &cache, &res, &again), 0);
	CHECK_INT(again.from_cache, 3);
	CHECK_INT(again.parsed, 0);
	CHECK_INT(res.nrecs, 6);
	p.key = "another pass";
	CHECK_INT(run(&fx, &p, &cache, &res, &other), 0);
	CHECK_INT(other.from_cache, 0);
	CHECK_INT(other.parsed, 3);
	cache_close(&cache);
	scan_free(&res);
	teardown(&fx);
	free(xdg);
}

int main(void)
{
	RUN(test_third_pass);
	RUN(test_file_set_and_cache);
	return unit_done();
}
