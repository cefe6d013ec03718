/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * --fix and --emit-patches: after the scan, plan the fixes of the
 * findings shown (fix.c), check them by scanning the fixed files again,
 * write the patches (emit_patches.c) and check that they apply and that
 * checkpatch.pl is content, build the fixed objects with --verify-build,
 * and with --fix replace the files, each atomically.
 */
#ifndef WQCHECK_FIX_STAGE_H
#define WQCHECK_FIX_STAGE_H

#include <stddef.h>

#include "options.h"
#include "records.h"
#include "scan.h"

/* Whether the options ask for this stage. */
int fix_stage_wanted(const struct options *o);

/*
 * Fix the @n findings in @v (the ones shown, pointing into @s->recs).
 * @cfg is the scan's configuration, used again for the rescan. Returns
 * 0, or -1 when a fix or a patch could not be made or did not verify
 * (each problem printed on standard error).
 */
int fix_stage(const struct options *o, const struct scan_config *cfg,
	      const struct scan_result *s, struct record *const *v, size_t n);

#endif
