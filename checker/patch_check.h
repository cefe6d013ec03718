/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wqcheck --patch: check a patch against a tree, as checkpatch.pl checks
 * one. What is particular to a patch, in the steps main.c runs between
 * its own: the touched files are patched in temporary copies, which are
 * the PATHs main.c scans; the records then name the tree's files; and of
 * the findings, those the patch is responsible for are kept, each placed
 * at a line of the patch ("#N") for format_patch.c. A finding is the
 * patch's when the patch adds its check, its store, its wake-up or its
 * wrong barrier, or removes a barrier that sat between its store and its
 * check.
 */
#ifndef WQCHECK_PATCH_CHECK_H
#define WQCHECK_PATCH_CHECK_H

#include <stddef.h>

#include "format.h"
#include "options.h"
#include "scan.h"

struct patch_check;

/*
 * Read the patch @o->patch ("-" for standard input) and apply it to
 * temporary copies of the C files it touches, read from the tree
 * @o->root. NULL after printing an error.
 */
struct patch_check *patch_check_prepare(const struct options *o);

/* The copies the patch changed, to be scanned as PATHs; *@n may be 0. */
char *const *patch_check_copies(const struct patch_check *pc, size_t *n);

/* Name the tree's files in @s where it names the copies. */
void patch_check_to_tree(const struct patch_check *pc, struct scan_result *s);

/*
 * Of the @n findings in @v, those the patch is responsible for, in the
 * order of the patch, into @r (which points into @pc and @v: free @pc
 * after @r is printed).
 */
void patch_check_select(struct patch_check *pc, struct record *const *v,
			size_t n, struct patch_report *r);

void patch_check_free(struct patch_check *pc);

#endif
