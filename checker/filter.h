/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * From records to findings: keep those at or above the confidence asked
 * for, sort them by path, line and column, and drop duplicates.
 */
#ifndef WQCHECK_FILTER_H
#define WQCHECK_FILTER_H

#include <stddef.h>

#include "records.h"

struct findings {
	struct record **v; /* point into the records given */
	size_t n;
	size_t below; /* below the confidence asked for */
	size_t dups; /* duplicates dropped */
};

void filter_findings(struct record *recs, size_t n, enum confidence min,
		     struct findings *out);
void findings_free(struct findings *f);

#endif
