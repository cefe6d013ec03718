/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * For the fix stage's files only (fix_stage.c, fix_emit.c, fix_write.c):
 * the trees scanned, the files being fixed, and the stage that holds
 * them between main.c's calls.
 */
#ifndef WQCHECK_FIX_FILES_H
#define WQCHECK_FIX_FILES_H

#include <stddef.h>

#include "fix.h"
#include "options.h"
#include "scan.h"

/* A PATH that was scanned, and the tree it is in. */
struct root {
	char *arg; /* the PATH given, without trailing slashes */
	char *dir; /* the tree's root; found when a file needs it */
	int is_git;
};

/* One file with findings to fix. */
struct ffile {
	const char *path; /* as shown */
	char *relpath; /* relative to the root */
	const struct root *root;
	char *orig;
	size_t orig_len;
	unsigned int mode;
	long uid, gid;
	struct src_text text;
	struct record **recs;
	size_t nrecs;
	struct fix_plan plan;
	char *fixed;
	size_t fixed_len;
	char *tmp_path; /* the fixed copy that was scanned again */
	char *prefix;
	int bad; /* did not verify: not written, no patch */
	int first_group, ngroups;
};

struct fix_stage {
	const struct options *o;
	const struct scan_result *s; /* the scan whose findings are fixed */
	long jobs; /* for make with --verify-build */
	struct root *roots;
	size_t nroots;
	struct ffile *files;
	size_t nfiles;
	char **copies; /* the fixed copies to scan again */
	size_t ncopies;
	char *tmp;
	int failed;
	size_t not_fixed;
};

/* The file was planned, verified so far, and has something to change. */
static inline int has_edits(const struct ffile *f)
{
	return !f->bad && f->plan.nedits > 0;
}

/* Write @text to @path (0600), making its directories. 0, or -1. */
int fix_write_copy(const char *path, const char *text, size_t len);

/* fix_emit.c: --emit-patches, each patch test-applied and checkpatch'ed. */
void fix_emit(struct fix_stage *st);

/* fix_write.c: --verify-build for one file, then --fix for them all. */
void fix_build_one(struct fix_stage *st, struct ffile *f);
void fix_in_place(struct fix_stage *st);

#endif
