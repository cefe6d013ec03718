// SPDX-License-Identifier: GPL-2.0-only
/*
 * The cache's keys and entries, and the runner of child processes.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "results.h"
#include "run.h"
#include "unit.h"
#include "util.h"

static char dir[] = "/tmp/wqcheck-test-cache.XXXXXX";

static int rm_cb(const char *p, const struct stat *st, int f, struct FTW *w)
{
	(void)st;
	(void)f;
	(void)w;
	return remove(p);
}

static char *put_rule(const char *text)
{
	char *p = path_join(dir, "rule.cocci");
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	CHECK_INT(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
	return p;
}

static void test_sha256(void)
{
	char hex[SHA256_HEX_LEN + 1];

	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223"
		       "b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb924"
		       "27ae41e4649b934ca495991b7852b855");
}

static void test_entries(void)
{
	char *rule = put_rule("virtual wqcheck\n"), *home;
	char key1[SHA256_HEX_LEN + 1], key2[SHA256_HEX_LEN + 1];
	struct cache c;
	char *blob;
	size_t len;

	home = path_join(dir, "xdg");
	setenv("XDG_CACHE_HOME", home, 1);
	CHECK_INT(cache_open(&c, &rule, 1, "1.1.1", 0), 0);
	CHECK(c.dir && !strncmp(c.dir, home, strlen(home)));
	memcpy(key1, c.rules_key, sizeof(key1));
	sha256_hex("int x;", 6, key2);
	CHECK_INT(cache_get(&c, key2, &blob, &len), -1);
	cache_put(&c, key2, "R\tsomething\n", 12);
	CHECK_INT(cache_get(&c, key2, &blob, &len), 0);
	CHECK_INT(len, 12);
	free(blob);
	cache_close(&c);
	/* a new rule set or spatch version: a new key, a new directory */
	CHECK_INT(cache_open(&c, &rule, 1, "1.1.2", 0), 0);
	CHECK(strcmp(c.rules_key, key1));
	CHECK_INT(cache_get(&c, key2, &blob, &len), -1);
	cache_close(&c);
	free(rule);
	rule = put_rule("virtual wqcheck\n// changed\n");
	CHECK_INT(cache_open(&c, &rule, 1, "1.1.1", 0), 0);
	CHECK(strcmp(c.rules_key, key1));
	cache_close(&c);
	/* --no-cache: a key, but no directory */
	CHECK_INT(cache_open(&c, &rule, 1, "1.1.1", 1), 0);
	CHECK(!c.dir);
	CHECK_INT(cache_get(&c, key2, &blob, &len), -1);
	cache_close(&c);
	free(rule);
	free(home);
}

/*
 * What spatch found in a file, stored and loaded back: the same records
 * and unparsed regions, under the path given at loading.
 */
static void test_entry_round_trip(void)
{
	static const char rec[] = "wqcheck-record-1\tstore-in-caller\t3.c"
				  "\t12\t1\t\thelper\tlow\tq\twaitqueue_active"
				  "\t\t\t\t\twake_up\t14\t\t\tno barrier";
	char *rule = put_rule("virtual wqcheck\n"), *home;
	char key[SHA256_HEX_LEN + 1], other[SHA256_HEX_LEN + 1];
	struct scan_result res = { 0 };
	struct strbuf e = { 0 };
	struct cache c;

	home = path_join(dir, "xdg2");
	setenv("XDG_CACHE_HOME", home, 1);
	CHECK_INT(cache_open(&c, &rule, 1, "1.1.1", 0), 0);
	sha256_hex("a", 1, key);
	sha256_hex("b", 1, other);
	cache_entry_start(&e);
	cache_entry_record(&e, rec, strlen(rec));
	cache_entry_unparsed(&e, 20, 31, "tangled");
	cache_entry_unparsed(&e, 40, 42, NULL);
	cache_put(&c, key, e.buf, e.len);
	CHECK_INT(cache_load(&c, key, "dir/a.c", &res), 1);
	CHECK_INT(res.nrecs, 1);
	if (res.nrecs == 1) {
		CHECK_STR(res.recs[0].path, "dir/a.c");
		CHECK_STR(res.recs[0].f[REC_FUNCTION], "helper");
		CHECK_INT(res.recs[0].line, 12);
		CHECK_INT(res.recs[0].wake_line, 14);
	}
	CHECK_INT(res.nunparsed, 2);
	if (res.nunparsed == 2) {
		CHECK_STR(res.unparsed[0].function, "tangled");
		CHECK_INT(res.unparsed[0].line, 20);
		CHECK_INT(res.unparsed[0].last, 31);
		CHECK(!res.unparsed[1].function);
		CHECK_INT(res.unparsed[1].line, 40);
	}
	/* nothing to check: an entry, and nothing in it */
	cache_put_nothing(&c, other);
	CHECK_INT(cache_load(&c, other, "dir/b.c", &res), 1);
	CHECK_INT(res.nrecs, 1);
	CHECK_INT(res.nunparsed, 2);
	/* an entry of another kind is no entry */
	cache_put(&c, other, "R\tsomething\n", 12);
	CHECK_INT(cache_load(&c, other, "dir/b.c", &res), 0);
	sha256_hex("c", 1, other);
	CHECK_INT(cache_load(&c, other, "dir/c.c", &res), 0);
	scan_free(&res);
	sb_free(&e);
	cache_close(&c);
	free(rule);
	free(home);
}

static void test_missing_rule(void)
{
	char *rule = path_join(dir, "none.cocci");
	struct cache c;

	CHECK_INT(cache_open(&c, &rule, 1, "1.1.1", 1), -1);
	free(rule);
}

static void test_versions(void)
{
	CHECK(version_cmp("1.1.1", "1.1.0") > 0);
	CHECK(version_cmp("1.1.0", "1.1.0") == 0);
	CHECK(version_cmp("1.0.8", "1.1.0") < 0);
	CHECK(version_cmp("1.10", "1.9") > 0);
	CHECK(version_cmp("2", "1.1.0") > 0);
}

static void noop_done(struct job *j, void *arg)
{
	(*(int *)arg)++;
	(void)j;
}

static void test_jobs(void)
{
	char *ok[] = { "sh", "-c", "echo out; echo err >&2", NULL };
	char *fail[] = { "sh", "-c", "exit 3", NULL };
	char *crash[] = { "sh", "-c", "kill -SEGV $$", NULL };
	char *hang[] = { "sh", "-c", "sleep 30", NULL };
	char *missing[] = { "/nonexistent/spatch", NULL };
	struct job jobs[5] = {
		{ .argv = ok, .limit = 20 },
		{ .argv = fail, .limit = 20 },
		{ .argv = crash, .limit = 20 },
		{ .argv = hang, .limit = 0.5 },
		{ .argv = missing, .limit = 20 },
	};
	double t0 = now_seconds();
	int ndone = 0, i;
	char *why;

	CHECK_INT(run_jobs(jobs, 5, 3, "/tmp", noop_done, NULL, &ndone), 0);
	CHECK_INT(ndone, 5);
	CHECK(now_seconds() - t0 < 10);
	CHECK(job_ok(&jobs[0]));
	CHECK_STR(jobs[0].out.buf, "out\n");
	CHECK_STR(jobs[0].err.buf, "err\n");
	why = job_failure(&jobs[1]);
	CHECK_STR(why, "sh exited with status 3");
	free(why);
	why = job_failure(&jobs[2]);
	CHECK(!strncmp(why, "sh crashed (signal 11", 21));
	free(why);
	CHECK(jobs[3].killed && !job_ok(&jobs[3]));
	why = job_failure(&jobs[3]);
	CHECK(strstr(why, "hung and was killed") != NULL);
	free(why);
	/*
	 * valgrind runs posix_spawn() as fork and exec, so a program that
	 * is not there shows as a child exiting 127, not as ENOENT.
	 */
	if (UNIT_ON_VALGRIND())
		CHECK(jobs[4].spawn_error == ENOENT ||
		      (WIFEXITED(jobs[4].status) &&
		       WEXITSTATUS(jobs[4].status) == 127));
	else
		CHECK_INT(jobs[4].spawn_error, ENOENT);
	for (i = 0; i < 5; i++) {
		sb_free(&jobs[i].out);
		sb_free(&jobs[i].err);
	}
}

static void test_probe(void)
{
	char *fake = path_join(dir, "old-spatch"), *v = NULL;
	const char *script = "#!/bin/sh\necho 'spatch version 1.0.4 "
			     "compiled with OCaml version 4.05.0'\n";
	int fd = open(fake, O_WRONLY | O_CREAT | O_TRUNC, 0700);

	CHECK_INT(write(fd, script, strlen(script)), (long)strlen(script));
	close(fd);
	CHECK_INT(spatch_probe(fake, &v), -1); /* too old */
	CHECK_INT(spatch_probe("/nonexistent/spatch", &v), -1);
	CHECK_INT(spatch_probe("false", &v), -1); /* fails */
	CHECK_INT(spatch_probe("true", &v), -1); /* says nothing */
	free(fake);
}

int main(void)
{
	CHECK(mkdtemp(dir) != NULL);
	RUN(test_sha256);
	RUN(test_entries);
	RUN(test_entry_round_trip);
	RUN(test_missing_rule);
	RUN(test_versions);
	RUN(test_jobs);
	RUN(test_probe);
	nftw(dir, rm_cb, 8, FTW_DEPTH | FTW_PHYS);
	return unit_done();
}
