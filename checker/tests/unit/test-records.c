// SPDX-License-Identifier: GPL-2.0-only
/*
 * The parser of spatch's output: records and spatch's own diagnostics.
 */
#include "records.h"
#include "unit.h"
#include "util.h"

#define GOOD                                                        \
	"wqcheck-record-1\tmissing-barrier\tdir/3.c\t1158\t5\t21\t" \
	"aio_complete\thigh\t&ctx->wait\twaitqueue_active\t"        \
	"ctx->tail = tail\tctx->tail\t1150\tplain\twake_up\t1159\t" \
	"smp_mb()\t\tstore to ctx->tail (line 1150) may be reordered"

static int parse(const char *line, struct record *rec)
{
	char err[128];

	return record_parse(line, strlen(line), rec, err, sizeof(err));
}

static void test_good(void)
{
	struct record r;

	CHECK_INT(parse(GOOD, &r), 1);
	CHECK_STR(r.f[REC_RULE], "missing-barrier");
	CHECK_STR(r.f[REC_FILE], "dir/3.c");
	CHECK_INT(r.line, 1158);
	CHECK_INT(r.column, 5);
	CHECK_INT(r.column_end, 21);
	CHECK_STR(r.f[REC_FUNCTION], "aio_complete");
	CHECK_INT(r.confidence, CONF_HIGH);
	CHECK_STR(r.f[REC_WAIT_QUEUE], "&ctx->wait");
	CHECK_STR(r.f[REC_STORE_EXPR], "ctx->tail = tail");
	CHECK_INT(r.store_line, 1150);
	CHECK_INT(r.wake_line, 1159);
	CHECK_STR(r.f[REC_BETWEEN], "");
	CHECK_STR(r.f[REC_MESSAGE],
		  "store to ctx->tail (line 1150) may be reordered");
	record_free(&r);
}

static void test_escapes(void)
{
	const char *line =
		"wqcheck-record-1\tr\tf.c\t1\t0\t\tfn\tlow\tq\\tx\tc\t"
		"a\\nb\\\\c\t\t\t\t\t\t\t\tmsg \\z";
	struct record r;
	char *back, *want;

	CHECK_INT(parse(line, &r), 1);
	CHECK_STR(r.f[REC_WAIT_QUEUE], "q\tx");
	CHECK_STR(r.f[REC_STORE_EXPR], "a\nb\\c");
	CHECK_STR(r.f[REC_MESSAGE], "msg \\z"); /* unknown escape kept */
	CHECK_INT(r.column_end, 0); /* empty: not known */
	CHECK_INT(r.store_line, 0);
	back = record_format(&r);
	/* the fields after the message are empty: one tab before each */
	want = xasprintf("wqcheck-record-1\tr\tf.c\t1\t0\t\tfn\tlow\tq\\tx\tc\t"
			 "a\\nb\\\\c\t\t\t\t\t\t\t\tmsg \\\\z%.*s",
			 REC_NFIELDS - REC_MIN_FIELDS,
			 "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t");
	CHECK_STR(back, want);
	free(want);
	free(back);
	record_free(&r);
}

static void test_not_records(void)
{
	struct record r;

	CHECK_INT(parse("", &r), 0);
	CHECK_INT(parse("dir/3.c:4:5-21: waitqueue_active", &r), 0);
	CHECK_INT(parse("wqcheck-record-10\tx", &r), 0);
	CHECK_INT(parse("HANDLING: dir/3.c", &r), 0);
}

static void test_malformed(void)
{
	struct record r;
	char line[1024];

	CHECK_INT(parse("wqcheck-record-1\ttoo\tfew", &r), -1);
	CHECK_INT(parse("wqcheck-record-1", &r), -1);
	/* a bad number in a field of the second version */
	snprintf(line, sizeof(line), "%s\tx\t\t", GOOD);
	CHECK_INT(parse(line, &r), -1);
	/* a line that is not a number */
	CHECK_INT(parse("wqcheck-record-1\tr\tf.c\tx\t0\t\tfn\tlow\tq\tc\t"
			"\t\t\t\t\t\t\t\tmsg",
			&r),
		  -1);
	/* line 0 */
	CHECK_INT(parse("wqcheck-record-1\tr\tf.c\t0\t0\t\tfn\tlow\tq\tc\t"
			"\t\t\t\t\t\t\t\tmsg",
			&r),
		  -1);
	/* an unknown confidence */
	CHECK_INT(parse("wqcheck-record-1\tr\tf.c\t3\t0\t\tfn\tsure\tq\tc\t"
			"\t\t\t\t\t\t\t\tmsg",
			&r),
		  -1);
	/* no message */
	CHECK_INT(parse("wqcheck-record-1\tr\tf.c\t3\t0\t\tfn\tlow\tq\tc\t"
			"\t\t\t\t\t\t\t\t",
			&r),
		  -1);
}

/* Records of 19 fields (the first version) and of more than wqcheck knows. */
static void test_field_counts(void)
{
	struct record r;
	char line[1024];

	snprintf(line, sizeof(line), "%s\t1158\tsmp_wmb\t1155", GOOD);
	CHECK_INT(parse(line, &r), 1);
	CHECK_INT(r.stmt_line, 1158);
	CHECK_STR(r.f[REC_WRONG_BARRIER], "smp_wmb");
	CHECK_INT(r.wrong_barrier_line, 1155);
	record_free(&r);
	CHECK_INT(parse(GOOD, &r), 1); /* 19 fields */
	CHECK_INT(r.stmt_line, 0);
	CHECK_STR(r.f[REC_WRONG_BARRIER], "");
	record_free(&r);
	snprintf(line, sizeof(line), "%s\t1\t\t\tfuture\tfields", GOOD);
	CHECK_INT(parse(line, &r), 1);
	CHECK_INT(r.stmt_line, 1);
	record_free(&r);
}

static void test_crlf(void)
{
	struct record r;
	char line[1024];

	snprintf(line, sizeof(line), "%s\r", GOOD);
	CHECK_INT(parse(line, &r), 1);
	CHECK_STR(r.f[REC_MESSAGE],
		  "store to ctx->tail (line 1150) may be reordered");
	record_free(&r);
}

static void test_confidence_names(void)
{
	CHECK_INT(confidence_from_name("high"), CONF_HIGH);
	CHECK_INT(confidence_from_name("medium"), CONF_MEDIUM);
	CHECK_INT(confidence_from_name("low"), CONF_LOW);
	CHECK_INT(confidence_from_name("High"), CONF_NONE);
	CHECK_STR(confidence_name(CONF_MEDIUM), "medium");
}

static const char stderr_text[] =
	"init_defs_builtins: /usr/lib/coccinelle/standard.h\n"
	"HANDLING: /tmp/wqcheck.x/b0/1.c\n"
	"parse error \n"
	" = error in /tmp/wqcheck.x/b0/1.c; set verbose_parsing for more info\n"
	"badcount: 4\n"
	"bad: }\n"
	"bad: int g(int x)\n"
	"bad: {\n"
	"BAD:!!!!! \treturn x +* / ;\n"
	"bad: }\n"
	"HANDLING: /tmp/wqcheck.x/b0/2.h\n"
	"EXN: Coccinelle_modules.Common.Timeout in /tmp/wqcheck.x/b0/2.h\n"
	"HANDLING: /tmp/wqcheck.x/b0/3.c\n"
	"semantic error function with no return type must have types\n"
	" =error in /tmp/wqcheck.x/b0/3.c; set verbose_parsing for more info\n"
	"badcount: 1\n"
	"BAD:!!!!! }";

static void test_diags(void)
{
	struct diag *d;
	size_t n;

	diag_parse(stderr_text, strlen(stderr_text), &d, &n);
	CHECK_INT(n, 3);
	if (n != 3)
		return;
	CHECK_INT(d[0].kind, DIAG_BAD);
	CHECK_STR(d[0].file, "/tmp/wqcheck.x/b0/1.c");
	CHECK_INT(d[0].nlines, 5);
	CHECK_STR(d[0].lines[0], "}");
	CHECK_STR(d[0].lines[3], "\treturn x +* / ;");
	CHECK_INT(d[1].kind, DIAG_EXN);
	CHECK_STR(d[1].file, "/tmp/wqcheck.x/b0/2.h");
	CHECK_STR(d[1].text, "Coccinelle_modules.Common.Timeout");
	CHECK_INT(d[2].kind, DIAG_BAD);
	CHECK_STR(d[2].file, "/tmp/wqcheck.x/b0/3.c");
	CHECK_INT(d[2].nlines, 1);
	diag_free(d, n);
}

static void test_diags_empty(void)
{
	struct diag *d;
	size_t n;

	diag_parse("", 0, &d, &n);
	CHECK_INT(n, 0);
	diag_free(d, n);
	diag_parse("badcount: 2\n", 12, &d, &n); /* no HANDLING first */
	CHECK_INT(n, 1);
	if (n)
		CHECK_STR(d[0].file, "");
	diag_free(d, n);
}

int main(void)
{
	RUN(test_good);
	RUN(test_escapes);
	RUN(test_not_records);
	RUN(test_malformed);
	RUN(test_field_counts);
	RUN(test_crlf);
	RUN(test_confidence_names);
	RUN(test_diags);
	RUN(test_diags_empty);
	return unit_done();
}
