/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The progress line on standard error: what the scan is doing, how many
 * files of how many, how many findings so far. A warning clears it first.
 */
#ifndef WQCHECK_PROGRESS_H
#define WQCHECK_PROGRESS_H

#include <stddef.h>

#include "records.h"

struct scan_result;

struct progress {
	int on; /* draw it at all */
	enum confidence min; /* the findings it counts */
	const struct scan_result *res; /* where they are */
	double t0, last_draw;
};

/* Start the clock; with @on, draw from now on, counting @res's findings. */
void progress_start(struct progress *p, int on, enum confidence min,
		    const struct scan_result *res);
/* "wqcheck: @what @done/@total files, ...", at most ten times a second. */
void progress_draw(struct progress *p, const char *what, size_t done,
		   size_t total);
/* Clear the line; warnings are printed without it from now on. */
void progress_stop(void);

#endif
