/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * --fix and --emit-patches, in the steps main.c runs them: plan the
 * fixes of the findings shown (fix.c) and write each fixed text to a
 * copy; main.c scans the copies again, and the stage checks that every
 * fixed finding is gone and no new one came; then it writes the patches
 * (fix_emit.c: emit_patches.c's text, test-applied, checkpatch.pl), with
 * --verify-build builds the fixed objects and with --fix replaces the
 * files, each atomically (fix_write.c).
 */
#ifndef WQCHECK_FIX_STAGE_H
#define WQCHECK_FIX_STAGE_H

#include <stddef.h>

#include "options.h"
#include "records.h"
#include "scan.h"

struct fix_stage;

/* Whether the options ask for this stage. */
int fix_stage_wanted(const struct options *o);

/*
 * Plan the fixes of the @n findings in @v (the ones shown, pointing into
 * @s->recs) of the scan of @paths, and write the fixed texts to copies
 * in a temporary directory. Problems are printed and remembered; the
 * stage goes on with the files that had none. @jobs is make's -j.
 */
struct fix_stage *fix_stage_plan(const struct options *o, char *const *paths,
				 size_t npaths, long jobs,
				 const struct scan_result *s,
				 struct record *const *v, size_t n);

/* The fixed copies, to be scanned as PATHs; *@n may be 0. */
char *const *fix_stage_copies(const struct fix_stage *st, size_t *n);

/*
 * What the scan of the copies found, or NULL when it failed: a fix whose
 * finding is still reported, that brings a new one, or that Coccinelle
 * cannot parse does not verify.
 */
void fix_stage_verify(struct fix_stage *st, const struct scan_result *again);

/*
 * The patches, the builds, the files and the summary, for the fixes that
 * verified. 0, or -1 when a fix or a patch could not be made or did not
 * verify (each problem printed on standard error), or on interruption.
 */
int fix_stage_finish(struct fix_stage *st);
void fix_stage_free(struct fix_stage *st);

#endif
