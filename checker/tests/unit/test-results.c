// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scan's results: two passes, or two rule files, may report the
 * same region or file; tidying sorts them and keeps one of each.
 */
#include "results.h"
#include "unit.h"
#include "util.h"

static void test_tidy(void)
{
	struct scan_result r = { 0 };

	results_add_unparsed(&r, "b.c", "g", 30, 40);
	results_add_unparsed(&r, "a.c", NULL, 7, 9);
	results_add_unparsed(&r, "b.c", "f", 10, 20);
	results_add_unparsed(&r, "b.c", "g", 30, 40);
	results_add_unparsed(&r, "a.c", "h", 7, 9);
	results_add_not_checked(&r, "z.c", xstrdup("timed out"));
	results_add_not_checked(&r, "y.c", xstrdup("binary"));
	results_add_not_checked(&r, "z.c", xstrdup("timed out again"));
	results_tidy(&r);
	CHECK_INT(r.nunparsed, 4);
	if (r.nunparsed == 4) {
		CHECK_STR(r.unparsed[0].path, "a.c");
		CHECK(!r.unparsed[0].function);
		CHECK_STR(r.unparsed[1].function, "h");
		CHECK_STR(r.unparsed[2].function, "f");
		CHECK_STR(r.unparsed[3].function, "g");
		CHECK_INT(r.unparsed[3].last, 40);
	}
	CHECK_INT(r.nnc, 2);
	if (r.nnc == 2) {
		CHECK_STR(r.nc[0].path, "y.c");
		CHECK_STR(r.nc[1].path, "z.c");
	}
	/* tidy once more: nothing changes */
	results_tidy(&r);
	CHECK_INT(r.nunparsed, 4);
	CHECK_INT(r.nnc, 2);
	scan_free(&r);
	CHECK(!r.unparsed && !r.nunparsed && !r.nc && !r.nnc);
}

/* Appending grows the arrays; a result made empty can be used again. */
static void test_grow(void)
{
	struct scan_result r = { 0 };
	int i;

	for (i = 0; i < 100; i++)
		results_add_unparsed(&r, "a.c", NULL, i + 1, i + 1);
	CHECK_INT(r.nunparsed, 100);
	CHECK_INT(r.unparsed[99].line, 100);
	scan_free(&r);
	results_add_not_checked(&r, "a.c", xstrdup("again"));
	CHECK_INT(r.nnc, 1);
	scan_free(&r);
}

int main(void)
{
	RUN(test_tidy);
	RUN(test_grow);
	return unit_done();
}
