/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wqcheck --patch: check a patch against a tree, as checkpatch.pl
 * checks one. The touched files are patched in temporary copies and
 * scanned; a finding is kept when the patch adds its check, its store,
 * its wake-up or its wrong barrier, or removes a barrier that sat
 * between its store and its check. Each is placed at a line of the
 * patch ("#N") and printed in checkpatch.pl's form (format_patch.c).
 */
#ifndef WQCHECK_PATCH_CHECK_H
#define WQCHECK_PATCH_CHECK_H

#include <stdio.h>

#include "options.h"
#include "records.h"
#include "scan.h"

/* Why a finding belongs to the patch. */
enum patch_why {
	WHY_CHECK, /* the patch adds the check */
	WHY_STORE, /* ... the store */
	WHY_WRONG_BARRIER, /* ... a barrier that is not enough */
	WHY_WAKE, /* ... the wake-up the check guards */
	WHY_REMOVED, /* it removes a barrier between store and check */
};

struct patch_finding {
	const struct record *rec; /* path: the file's path in the tree */
	enum patch_why why;
	long patch_line; /* "#N" */
	long file_line; /* "FILE: path:LINE:" */
	const char *raw; /* the patch's line at #N, with its +, - or ' ' */
	size_t rawlen;
	char *removed; /* WHY_REMOVED: the removed line, trimmed */
	long removed_line; /* WHY_REMOVED: its line in the patch */
};

struct patch_report {
	struct patch_finding *v; /* in the order of the patch */
	size_t n;
	size_t lines_checked; /* as checkpatch.pl counts them */
	const char *name; /* what checkpatch.pl calls the patch */
	const struct options *opt;
};

/*
 * Check the patch named by @o->patch ("-" for standard input) against
 * the tree @o->root, running the scan as @base says (its paths are
 * replaced). Prints the report and returns the exit status: 0 nothing
 * reported, 1 something was, 2 an error (printed).
 */
int patch_check_run(const struct options *o, const struct scan_config *base);

/* checkpatch.pl's output for @r; 0, or -1 if writing failed. */
int format_patch(FILE *out, const struct patch_report *r);

#endif
