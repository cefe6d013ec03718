/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The output formats, one file each: format_text.c (gcc style),
 * format_json.c, format_sarif.c (SARIF 2.1.0) and format_checkpatch.c
 * for a scan; format_patch.c (checkpatch.pl's report on a patch) for
 * --patch. A format is given what to print and prints it; it calls no
 * stage.
 */
#ifndef WQCHECK_FORMAT_H
#define WQCHECK_FORMAT_H

#include <stdio.h>

#include "options.h"
#include "records.h"
#include "scan.h"

#define WQCHECK_VERSION "0.1.0"
#define WQCHECK_URI \
	"https://www.kernel.org/doc/Documentation/memory-barriers.txt"
#define CHECKPATCH_TYPE "WAITQUEUE_ACTIVE_NO_BARRIER"

struct report {
	struct record *const *v; /* the findings, sorted */
	size_t n;
	size_t hidden; /* by the baseline */
	const struct scan_result *scan; /* not checked, unparsed, stats */
	const struct options *opt;
};

/* Each returns 0, or -1 if writing failed. */
int format_text(FILE *out, const struct report *r);
int format_json(FILE *out, const struct report *r);
int format_sarif(FILE *out, const struct report *r);
int format_checkpatch(FILE *out, const struct report *r);

/* --patch: why a finding belongs to the patch (patch_check.c decides). */
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

/* checkpatch.pl's output for @r; 0, or -1 if writing failed. */
int format_patch(FILE *out, const struct patch_report *r);

/* Shared by the formats: the 1-based column of a record's check. */
static inline long report_column(const struct record *rec)
{
	return rec->column + 1;
}

#endif
