// SPDX-License-Identifier: GPL-2.0-only
/*
 * Baseline keys, and hiding known findings: a finding keeps its key when
 * an unrelated edit moves it or reformats its store, and loses it when
 * what it is about changes.
 */
#include <unistd.h>

#include "baseline.h"
#include "filter.h"
#include "unit.h"
#include "util.h"

static struct record mk(const char *path, long line, const char *fn,
			const char *wq, const char *store)
{
	struct record r;
	int i;

	memset(&r, 0, sizeof(r));
	for (i = 0; i < REC_NFIELDS; i++)
		r.f[i] = xstrdup("");
	free(r.f[REC_RULE]);
	r.f[REC_RULE] = xstrdup("missing-barrier");
	free(r.f[REC_FUNCTION]);
	r.f[REC_FUNCTION] = xstrdup(fn);
	free(r.f[REC_WAIT_QUEUE]);
	r.f[REC_WAIT_QUEUE] = xstrdup(wq);
	free(r.f[REC_STORE_EXPR]);
	r.f[REC_STORE_EXPR] = xstrdup(store);
	free(r.f[REC_MESSAGE]);
	r.f[REC_MESSAGE] = xstrdup("msg");
	r.path = xstrdup(path);
	r.line = line;
	r.confidence = CONF_HIGH;
	return r;
}

static void test_keys(void)
{
	struct record a = mk("fs/aio.c", 1158, "aio_complete", "&ctx->wait",
			     "ctx->tail = tail");
	struct record moved = mk("fs/aio.c", 1290, "aio_complete",
				 "& ctx->wait", "ctx->tail=tail");
	struct record other = mk("fs/aio.c", 1158, "aio_complete", "&ctx->wait",
				 "ctx->head = tail");
	struct record typed = mk("x.c", 1, "f", "q", "unsigned  long\tx = 1");
	char *ka = baseline_key(&a), *km = baseline_key(&moved);
	char *ko = baseline_key(&other), *kt = baseline_key(&typed);
	char *fa = baseline_fingerprint(&a);

	CHECK_STR(ka, "fs/aio.c\tmissing-barrier\taio_complete\t&ctx->wait\t"
		      "ctx->tail=tail");
	CHECK_STR(km, ka);
	CHECK(strcmp(ko, ka));
	CHECK_STR(kt, "x.c\tmissing-barrier\tf\tq\tunsigned long x=1");
	CHECK_INT(strlen(fa), 64);
	free(ka);
	free(km);
	free(ko);
	free(kt);
	free(fa);
	record_free(&a);
	record_free(&moved);
	record_free(&other);
	record_free(&typed);
}

static void test_write_load_hide(void)
{
	char path[] = "/tmp/wqcheck-test-baseline.XXXXXX";
	struct record r[4] = {
		mk("a.c", 10, "f", "&q", "x = 1"),
		mk("a.c", 20, "f", "&q", "x = 1"), /* the same key twice */
		mk("b\tc.c", 5, "g", "&q", "y = 2"),
		mk("a.c", 30, "h", "&q", "z = 3"),
	};
	struct record *v[4] = { &r[0], &r[1], &r[2], &r[3] };
	struct record moved = mk("a.c", 12, "f", "&q", "x =  1");
	struct record *now[3] = { &moved, &r[2], &r[3] };
	struct baseline b;
	size_t n = 3, i;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	close(fd);
	CHECK_INT(baseline_write(path, v, 3), 0);
	CHECK_INT(baseline_load(path, &b), 0);
	CHECK_INT(b.n, 3);
	/* the moved finding and b\tc.c are known; h() is new */
	CHECK_INT(baseline_hide(&b, now, &n), 2);
	CHECK_INT(n, 1);
	CHECK(now[0] == &r[3]);
	baseline_free(&b);
	/* an entry hides one finding: two findings, one entry */
	CHECK_INT(baseline_write(path, v, 1), 0);
	CHECK_INT(baseline_load(path, &b), 0);
	{
		struct record *two[2] = { &r[0], &r[1] };
		size_t m = 2;

		CHECK_INT(baseline_hide(&b, two, &m), 1);
		CHECK_INT(m, 1);
	}
	baseline_free(&b);
	unlink(path);
	for (i = 0; i < 4; i++)
		record_free(&r[i]);
	record_free(&moved);
}

static void test_bad_files(void)
{
	char path[] = "/tmp/wqcheck-test-baseline.XXXXXX";
	struct baseline b;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	CHECK_INT(write(fd, "{\"not\": \"a baseline\"}\n", 22), 22);
	close(fd);
	CHECK_INT(baseline_load(path, &b), -1);
	unlink(path);
	CHECK_INT(baseline_load(path, &b), -1); /* missing */
	CHECK_INT(baseline_write("/nonexistent-dir/x", NULL, 0), -1);
}

static void test_filter(void)
{
	struct record r[5] = {
		mk("b.c", 3, "f", "q", "s"), mk("a.c", 9, "f", "q", "s"),
		mk("a.c", 9, "f", "q", "s"), /* the same check again */
		mk("a.c", 2, "f", "q", "s"), mk("a.c", 1, "f", "q", ""),
	};
	struct findings f;
	size_t i;

	r[2].confidence = CONF_MEDIUM;
	r[4].confidence = CONF_LOW;
	filter_findings(r, 5, CONF_MEDIUM, &f);
	CHECK_INT(f.n, 3);
	CHECK_INT(f.below, 1);
	CHECK_INT(f.dups, 1);
	if (f.n == 3) {
		CHECK(f.v[0] == &r[3]);
		CHECK(f.v[1] == &r[1]); /* the high one of the two */
		CHECK(f.v[2] == &r[0]);
	}
	findings_free(&f);
	filter_findings(r, 5, CONF_HIGH, &f);
	CHECK_INT(f.n, 3);
	CHECK_INT(f.below, 2);
	findings_free(&f);
	filter_findings(r, 5, CONF_LOW, &f);
	CHECK_INT(f.n, 4);
	findings_free(&f);
	for (i = 0; i < 5; i++)
		record_free(&r[i]);
}

int main(void)
{
	RUN(test_keys);
	RUN(test_write_load_hide);
	RUN(test_bad_files);
	RUN(test_filter);
	return unit_done();
}
