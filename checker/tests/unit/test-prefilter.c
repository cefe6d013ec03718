// SPDX-License-Identifier: GPL-2.0-only
/*
 * The prefilter: which texts mention the rules' identifiers, and the
 * threaded reading of a list of files.
 */
#include <errno.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <unistd.h>

#include "prefilter.h"
#include "unit.h"
#include "util.h"

static int mentions(const char *s)
{
	return prefilter_mentions(s, strlen(s));
}

static void test_each_identifier(void)
{
	const char *const *id;

	for (id = wq_idents; *id; id++) {
		char *text = xasprintf("x = 1;\n\tif (%s(&q))\n", *id);

		CHECK(mentions(text));
		CHECK(prefilter_is_ident(*id, strlen(*id)));
		free(text);
	}
}

static void test_whole_identifiers_only(void)
{
	CHECK(!mentions(""));
	CHECK(!mentions("waitqueue_activ"));
	CHECK(!mentions("my_waitqueue_active(q)"));
	CHECK(!mentions("waitqueue_active_now(q)"));
	CHECK(!mentions("add_wait_queue_exclusive(q, &w)"));
	CHECK(!mentions("wake_up_bits(x)"));
	CHECK(mentions("waitqueue_active")); /* the whole text */
	CHECK(mentions("(waitqueue_active)"));
	CHECK(mentions("__add_wait_queue(q, &w)"));
	CHECK(mentions("x swait_active(q)"));
	/* a file with only the barrier-carrying test has nothing to report */
	CHECK(!mentions("x swq_has_sleeper(q)"));
	CHECK(!mentions("if (wq_has_sleeper(q))"));
	CHECK(mentions("/* waitqueue_active */")); /* comments count */
	CHECK(!prefilter_is_ident("wake_up", 7));
	CHECK(!prefilter_is_ident("waitqueue_activ", 15));
}

static void test_long_text(void)
{
	size_t n = 1 << 20;
	char *buf = xmalloc(n + 32);

	memset(buf, 'a', n);
	CHECK(!prefilter_mentions(buf, n));
	memcpy(buf + n - 11, "wake_up_var", 11); /* part of aaa...var */
	CHECK(!prefilter_mentions(buf, n));
	buf[n - 12] = ' '; /* at the very end */
	CHECK(prefilter_mentions(buf, n));
	memset(buf, 'a', n);
	memcpy(buf, "__wake_up_bit ", 14); /* at the very start */
	CHECK(prefilter_mentions(buf, n));
	free(buf);
}

static int found(const struct matcher *m, const char *s)
{
	return matcher_mentions(m, s, strlen(s));
}

/*
 * Three ways to search: one rare byte all names have ('w'), a rare byte
 * for each ('w', 'y'), none ("ep_clear_and_put" has no rare byte: the
 * Wu-Manber window). Each finds every name, whole, anywhere.
 */
static void test_matcher_kinds(void)
{
	static const char *const common[] = { "cond_wake_up_nomb",
					      "wake_up_pollfree" };
	static const char *const own[] = { "cond_wake_up_nomb",
					   "signalfd_notify" };
	static const char *const none[] = { "signalfd_notify",
					    "ep_clear_and_put" };
	const char *const *sets[] = { common, own, none };
	size_t i, j;

	for (i = 0; i < ARRAY_SIZE(sets); i++) {
		struct matcher *m = matcher_new(sets[i], 2);

		for (j = 0; j < 2; j++) {
			char *call = xasprintf("\tx = 1;\n\t%s(q);\n", sets[i][j]);
			char *part = xasprintf("\t%s_x(q);\n", sets[i][j]);

			CHECK(found(m, call));
			CHECK(found(m, sets[i][j])); /* the whole text */
			CHECK(!found(m, part));
			CHECK(!found(m, sets[i][j] + 1));
			free(call);
			free(part);
		}
		CHECK(!found(m, "wake_up(q); notify(y); put(p);"));
		matcher_free(m);
	}
}

static void test_wait_names(void)
{
	CHECK(prefilter_is_wait_name("wait_event_interruptible", 24));
	CHECK(prefilter_is_wait_name("__wait_event", 12));
	CHECK(prefilter_is_wait_name("__add_wait_queue_exclusive", 26));
	CHECK(prefilter_is_wait_name("prepare_to_wait", 15));
	CHECK(!prefilter_is_wait_name("wake_up", 7));
	CHECK(!prefilter_is_wait_name("__", 2));
	CHECK(prefilter_is_schedule_name("schedule", 8));
	CHECK(prefilter_is_schedule_name("io_schedule", 11));
	CHECK(prefilter_is_schedule_name("schedule_timeout_uninterruptible",
					 32));
	CHECK(prefilter_is_schedule_name("schedule_hrtimeout_range", 24));
	CHECK(!prefilter_is_schedule_name("schedule_work", 13));
	CHECK(!prefilter_is_schedule_name("schedule_timeout2", 17));
	CHECK(!prefilter_is_schedule_name("io_", 3));
}

static void test_binary_and_names(void)
{
	CHECK(prefilter_is_binary("ab\0cd", 5));
	CHECK(!prefilter_is_binary("abcd", 4));
	CHECK(prefilter_is_c_name("a.c"));
	CHECK(prefilter_is_c_name("dir/x.h"));
	CHECK(!prefilter_is_c_name(".c"));
	CHECK(!prefilter_is_c_name("a.cc"));
	CHECK(!prefilter_is_c_name("a.S"));
	CHECK(!prefilter_is_c_name("c"));
}

static char *make_file(const char *dir, const char *name, const char *text,
		       size_t len)
{
	char *p = path_join(dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	CHECK(fd >= 0);
	CHECK_INT(write(fd, text, len), (long)len);
	close(fd);
	return p;
}

/* The hook sees each candidate, and only candidates. */
static void mark(struct pfile *pf, void *arg)
{
	atomic_fetch_add((atomic_int *)arg, 1);
	pf->extra = pf->buf;
}

static void test_files(void)
{
	char dir[] = "/tmp/wqcheck-test-prefilter.XXXXXX";
	char *paths[5];
	struct pfile pf[5];
	atomic_int seen;
	struct pf_hook hook = { mark, &seen, NULL, NULL };
	long threads;
	int i;

	CHECK(mkdtemp(dir) != NULL);
	paths[0] = make_file(dir, "a.c", "if (waitqueue_active(q))", 24);
	paths[1] = make_file(dir, "b.c", "int b;", 6);
	paths[2] = make_file(dir, "c.c", "waitqueue_active\0\1\2", 19);
	paths[3] = path_join(dir, "missing.c");
	paths[4] = make_file(dir, "e.h", "", 0);
	for (threads = 1; threads <= 3; threads++) {
		memset(pf, 0, sizeof(pf));
		atomic_store(&seen, 0);
		CHECK_INT(prefilter_files(paths, 5, threads,
					  prefilter_default(), &hook, pf, NULL,
					  NULL),
			  0);
		CHECK(pf[0].candidate && pf[0].buf && pf[0].len == 24);
		CHECK(pf[0].extra == pf[0].buf && !pf[1].extra);
		CHECK_INT(atomic_load(&seen), 1);
		CHECK(!pf[1].candidate && !pf[1].buf && !pf[1].error);
		CHECK(pf[2].binary && !pf[2].candidate && !pf[2].buf);
		CHECK_INT(pf[3].error, ENOENT);
		CHECK(!pf[4].candidate && !pf[4].error);
		for (i = 0; i < 5; i++)
			free(pf[i].buf);
	}
	for (i = 0; i < 5; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
	rmdir(dir);
}

static int gate_says_no(const char *buf, size_t len)
{
	return len > 3 && buf[3] != '(';
}

/* A gate turns a file away before the matcher sees it. */
static void test_gate(void)
{
	char dir[] = "/tmp/wqcheck-test-prefilter.XXXXXX";
	char *paths[2];
	struct pfile pf[2] = { 0 };
	atomic_int seen;
	struct pf_hook hook = { mark, &seen, gate_says_no, NULL };

	CHECK(mkdtemp(dir) != NULL);
	paths[0] = make_file(dir, "a.c", "if (waitqueue_active(q))", 24);
	paths[1] = make_file(dir, "b.c", "if  waitqueue_active(q)", 23);
	atomic_store(&seen, 0);
	CHECK_INT(prefilter_files(paths, 2, 1, prefilter_default(), &hook, pf,
				  NULL, NULL),
		  0);
	CHECK(!pf[0].candidate && !pf[0].buf);
	CHECK(pf[1].candidate && pf[1].extra == pf[1].buf);
	CHECK_INT(atomic_load(&seen), 1);
	free(pf[1].buf);
	unlink(paths[0]);
	unlink(paths[1]);
	free(paths[0]);
	free(paths[1]);
	rmdir(dir);
}

static int has_semicolon(const char *buf, size_t len)
{
	return memchr(buf, ';', len) != NULL;
}

/*
 * The mark is tested on every file read, candidate or not, and never on
 * a binary file: a later pass reads only the files marked.
 */
static void test_mark(void)
{
	char dir[] = "/tmp/wqcheck-test-prefilter.XXXXXX";
	char *paths[4];
	struct pfile pf[4] = { 0 };
	atomic_int seen;
	struct pf_hook hook = { mark, &seen, NULL, has_semicolon };
	int i;

	CHECK(mkdtemp(dir) != NULL);
	paths[0] = make_file(dir, "a.c", "if (waitqueue_active(q))", 24);
	paths[1] = make_file(dir, "b.c", "int b;", 6);
	paths[2] = make_file(dir, "c.c", "int c;\0\1", 8);
	paths[3] = make_file(dir, "d.c", "waitqueue_active(q);", 20);
	atomic_store(&seen, 0);
	CHECK_INT(prefilter_files(paths, 4, 2, prefilter_default(), &hook, pf,
				  NULL, NULL),
		  0);
	CHECK(pf[0].candidate && !pf[0].marked);
	CHECK(!pf[1].candidate && pf[1].marked && !pf[1].buf);
	CHECK(pf[2].binary && !pf[2].marked);
	CHECK(pf[3].candidate && pf[3].marked);
	CHECK_INT(atomic_load(&seen), 2);
	for (i = 0; i < 4; i++) {
		free(pf[i].buf);
		unlink(paths[i]);
		free(paths[i]);
	}
	rmdir(dir);
}

int main(void)
{
	RUN(test_each_identifier);
	RUN(test_whole_identifiers_only);
	RUN(test_long_text);
	RUN(test_matcher_kinds);
	RUN(test_wait_names);
	RUN(test_binary_and_names);
	RUN(test_files);
	RUN(test_gate);
	RUN(test_mark);
	return unit_done();
}
