// SPDX-License-Identifier: GPL-2.0-only
/*
 * The output formats on a fixed report: text and checkpatch compared
 * exactly, JSON and SARIF read back with json-c and checked field by
 * field.
 */
#include <fcntl.h>
#include <json-c/json.h>
#include <unistd.h>

#include "format.h"
#include "unit.h"
#include "util.h"

static char src[] = "/tmp/wqcheck-test-format.XXXXXX.c";

static const char code[] = "void aio_complete(struct kioctx *ctx)\n" /* 1 */
			   "{\n" /* 2 */
			   "\tctx->tail = tail;\n" /* 3 */
			   "\tif (waitqueue_active(&ctx->wait))\n" /* 4 */
			   "\t\twake_up(&ctx->wait);\n" /* 5 */
			   "}\n"; /* 6 */

static struct record rec(const char *conf, const char *store)
{
	static const char *const f[REC_NFIELDS] = {
		"wqcheck-record-1",
		"missing-barrier",
		"x",
		"4",
		"5",
		"21",
		"aio_complete",
		"high",
		"&ctx->wait",
		"waitqueue_active",
		"ctx->tail = tail",
		"ctx->tail",
		"3",
		"plain",
		"wake_up",
		"5",
		"smp_mb()",
		"",
		"store to ctx->tail (line 3) may be reordered",
	};
	struct record r;
	int i;

	memset(&r, 0, sizeof(r));
	for (i = 0; i < REC_NFIELDS; i++)
		r.f[i] = xstrdup(f[i] ? f[i] : "");
	free(r.f[REC_CONFIDENCE]);
	r.f[REC_CONFIDENCE] = xstrdup(conf);
	free(r.f[REC_STORE_EXPR]);
	r.f[REC_STORE_EXPR] = xstrdup(store);
	r.line = 4;
	r.column = 5;
	r.column_end = 21;
	r.store_line = *store ? 3 : 0;
	r.wake_line = 5;
	r.confidence = confidence_from_name(conf);
	r.path = xstrdup(src);
	return r;
}

static struct record recs[2];
static struct record *v[2] = { &recs[0], &recs[1] };
static struct scan_result scan;
static struct options opt;

static char *render(int (*fn)(FILE *, const struct report *), size_t n)
{
	struct report r = { .v = v, .n = n, .scan = &scan, .opt = &opt };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	CHECK_INT(fn(f, &r), 0);
	fclose(f);
	return buf;
}

static void test_text(void)
{
	char *out, *want;

	memset(&opt, 0, sizeof(opt));
	out = render(format_text, 1);
	want = xasprintf("%s:4:6: warning: store to ctx->tail (line 3) may be "
			 "reordered [wqcheck/missing-barrier]\n",
			 src);
	CHECK_STR(out, want);
	free(out);
	free(want);
	opt.verbose = 1;
	out = render(format_text, 1);
	want = xasprintf("%s:4:6: warning: store to ctx->tail (line 3) may be "
			 "reordered [wqcheck/missing-barrier]\n"
			 " 3 |         ctx->tail = tail;\n"
			 "   |         ^~~~~~~~~~~~~~~~\n"
			 " 4 |         if (waitqueue_active(&ctx->wait))\n"
			 "   |             ^~~~~~~~~~~~~~~~\n",
			 src);
	CHECK_STR(out, want);
	free(out);
	free(want);
	/* no store (low confidence): only the check */
	out = render(format_text, 2);
	CHECK(strstr(out, " 4 |         if (waitqueue_active(&ctx->wait))\n"
			  "   |             ^~~~~~~~~~~~~~~~\n"));
	free(out);
	opt.verbose = 0;
}

static void test_checkpatch(void)
{
	char *out, *want;

	memset(&opt, 0, sizeof(opt));
	scan.st.lines = 6;
	out = render(format_checkpatch, 1);
	want = xasprintf("WARNING:WAITQUEUE_ACTIVE_NO_BARRIER: store to "
			 "ctx->tail (line 3) may be reordered\n"
			 "#4: FILE: %s:4:\n"
			 "+\tif (waitqueue_active(&ctx->wait))\n"
			 "\n"
			 "total: 0 errors, 1 warnings, 6 lines checked\n",
			 src);
	CHECK_STR(out, want);
	free(out);
	free(want);
	opt.terse = 1;
	out = render(format_checkpatch, 1);
	want = xasprintf("%s:4: WARNING:WAITQUEUE_ACTIVE_NO_BARRIER: store to "
			 "ctx->tail (line 3) may be reordered\n"
			 "total: 0 errors, 1 warnings, 6 lines checked\n",
			 src);
	CHECK_STR(out, want);
	free(out);
	free(want);
	out = render(format_checkpatch, 0);
	CHECK_STR(out, "total: 0 errors, 0 warnings, 6 lines checked\n");
	free(out);
}

static json_object *get(json_object *o, const char *path)
{
	char *p = xstrdup(path), *save = NULL, *k;

	for (k = strtok_r(p, ".", &save); k && o;
	     k = strtok_r(NULL, ".", &save)) {
		if (*k >= '0' && *k <= '9')
			o = json_object_array_get_idx(o, (size_t)atoi(k));
		else if (!json_object_object_get_ex(o, k, &o))
			o = NULL;
	}
	free(p);
	return o;
}

static const char *str(json_object *o, const char *path)
{
	json_object *v = get(o, path);

	return v ? json_object_get_string(v) : "(missing)";
}

static void test_json(void)
{
	char *out;
	json_object *root;
	struct not_checked nc = { "bad file.c", "binary file, not C source" };
	struct unparsed up = { "u.c", "foo", 12, 20 };

	memset(&opt, 0, sizeof(opt));
	scan.nc = &nc;
	scan.nnc = 1;
	scan.unparsed = &up;
	scan.nunparsed = 1;
	out = render(format_json, 2);
	root = json_tokener_parse(out);
	CHECK(root != NULL);
	CHECK_STR(str(root, "findings.0.file"), src);
	CHECK_INT(json_object_get_int(get(root, "findings.0.line")), 4);
	CHECK_INT(json_object_get_int(get(root, "findings.0.column")), 6);
	CHECK_STR(str(root, "findings.0.function"), "aio_complete");
	CHECK_STR(str(root, "findings.0.rule"), "missing-barrier");
	CHECK_STR(str(root, "findings.0.confidence"), "high");
	CHECK_STR(str(root, "findings.0.wait_queue"), "&ctx->wait");
	CHECK_STR(str(root, "findings.0.store.expr"), "ctx->tail = tail");
	CHECK_INT(json_object_get_int(get(root, "findings.0.store.line")), 3);
	CHECK_STR(str(root, "findings.0.wake.function"), "wake_up");
	CHECK_INT(json_object_get_int(get(root, "findings.0.wake.line")), 5);
	CHECK_STR(str(root, "findings.0.suggested_fix"), "smp_mb()");
	CHECK_STR(str(root, "findings.0.message"),
		  "store to ctx->tail (line 3) may be reordered");
	CHECK(get(root, "findings.1.store") == NULL); /* low: no store */
	CHECK_STR(str(root, "not_checked.0.file"), "bad file.c");
	CHECK_STR(str(root, "unparsed.0.function"), "foo");
	CHECK(get(root, "stats") == NULL); /* times only with --stats */
	json_object_put(root);
	free(out);
	scan.nnc = scan.nunparsed = 0;
}

static void test_sarif(void)
{
	char *out, *uri;
	json_object *root;
	struct not_checked nc = { "dir/with space.c", "spatch timed out" };

	memset(&opt, 0, sizeof(opt));
	scan.nc = &nc;
	scan.nnc = 1;
	out = render(format_sarif, 1);
	root = json_tokener_parse(out);
	CHECK(root != NULL);
	CHECK_STR(str(root, "version"), "2.1.0");
	CHECK_STR(str(root, "runs.0.tool.driver.name"), "wqcheck");
	CHECK_STR(str(root, "runs.0.tool.driver.rules.0.id"),
		  "missing-barrier");
	CHECK_STR(str(root, "runs.0.results.0.ruleId"), "missing-barrier");
	CHECK_INT(json_object_get_int(get(root, "runs.0.results.0.ruleIndex")),
		  0);
	CHECK_STR(str(root, "runs.0.results.0.level"), "warning");
	uri = xasprintf("file://%s", src); /* an absolute path */
	CHECK_STR(str(root, "runs.0.results.0.locations.0.physicalLocation."
			    "artifactLocation.uri"),
		  uri);
	free(uri);
	CHECK_INT(json_object_get_int(get(root, "runs.0.results.0.locations.0."
						"physicalLocation.region."
						"startColumn")),
		  6);
	CHECK_STR(str(root, "runs.0.results.0.locations.0.logicalLocations.0."
			    "name"),
		  "aio_complete");
	CHECK_INT(json_object_get_int(get(root,
					  "runs.0.results.0."
					  "relatedLocations.0.physicalLocation."
					  "region.startLine")),
		  3);
	CHECK_INT(strlen(str(root, "runs.0.results.0.partialFingerprints."
				   "wqcheck/v1")),
		  64);
	CHECK_STR(str(root,
		      "runs.0.invocations.0.toolExecutionNotifications.0."
		      "locations.0.physicalLocation.artifactLocation.uri"),
		  "dir/with%20space.c");
	CHECK(!json_object_get_boolean(get(root, "runs.0.invocations.0."
						 "executionSuccessful")));
	json_object_put(root);
	free(out);
	scan.nnc = 0;
}

int main(void)
{
	int fd = mkstemps(src, 2);

	CHECK(fd >= 0);
	CHECK_INT(write(fd, code, strlen(code)), (long)strlen(code));
	close(fd);
	recs[0] = rec("high", "ctx->tail = tail");
	recs[1] = rec("low", "");
	RUN(test_text);
	RUN(test_checkpatch);
	RUN(test_json);
	RUN(test_sarif);
	unlink(src);
	record_free(&recs[0]);
	record_free(&recs[1]);
	return unit_done();
}
