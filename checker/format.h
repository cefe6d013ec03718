/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The output formats, one file each: format_text.c (gcc style),
 * format_json.c, format_sarif.c (SARIF 2.1.0) and format_checkpatch.c.
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

/* Shared by the formats: the 1-based column of a record's check. */
static inline long report_column(const struct record *rec)
{
	return rec->column + 1;
}

#endif
