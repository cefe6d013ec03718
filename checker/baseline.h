/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Baselines: a file of known findings that CI does not gate on. A
 * finding is keyed by what survives an unrelated edit that moves it:
 * its file, rule, function, wait queue and store text, not its line.
 */
#ifndef WQCHECK_BASELINE_H
#define WQCHECK_BASELINE_H

#include <stddef.h>

#include "records.h"

struct baseline {
	char **keys; /* sorted; a key may appear more than once */
	size_t n;
	unsigned char *used;
};

/* The key of @r: tab-separated fields, whitespace in the store folded. */
char *baseline_key(const struct record *r);
/* The key without the path, hashed: SARIF's partial fingerprint. */
char *baseline_fingerprint(const struct record *r);

/* 0, or -1 after printing an error. */
int baseline_load(const char *file, struct baseline *b);
int baseline_write(const char *file, struct record *const *v, size_t n);

/*
 * Remove from @v the findings the baseline records (each entry hides one
 * finding) and return how many were hidden.
 */
size_t baseline_hide(struct baseline *b, struct record **v, size_t *n);
void baseline_free(struct baseline *b);

#endif
