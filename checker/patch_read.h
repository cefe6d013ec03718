/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Reading a patch the way checkpatch.pl and git apply read one: a plain
 * unified diff (diff -u, diff -ruN) or a git format-patch mail, with
 * several files, new and deleted files, renames and copies. Each file's
 * hunks keep every line with its line number in the patch, so that a
 * finding can be shown as "#N", the line within the patch.
 */
#ifndef WQCHECK_PATCH_READ_H
#define WQCHECK_PATCH_READ_H

#include <stddef.h>

struct patch_line {
	char kind; /* '+' added, '-' removed, ' ' context */
	long patch_line; /* 1-based line in the patch */
	/*
	 * Filled in by patch_apply(): the line in the patched file; for a
	 * removed line, the patched file's line just before where it was
	 * (0 when it was at the top).
	 */
	long new_line;
	char *text; /* without the kind character and the newline */
	const char *raw; /* the line as the patch has it (points into it) */
	size_t rawlen;
};

struct patch_hunk {
	long old_start, old_count, new_start, new_count;
	long patch_line; /* of the "@@" line */
	struct patch_line *lines;
	size_t nlines;
	int no_newline_old, no_newline_new; /* "\ No newline at end of file" */
};

struct patch_file {
	char *old_path; /* -p1, relative to the tree; NULL for a new file */
	char *new_path; /* NULL for a deleted file */
	int is_new, is_deleted, is_rename, is_copy, is_binary;
	long patch_line; /* where its header starts */
	struct patch_hunk *hunks;
	size_t nhunks;
};

struct patch {
	struct patch_file *files;
	size_t nfiles;
	char *subject; /* a mail's Subject:, or NULL */
	size_t lines_checked; /* as checkpatch.pl counts them */
};

/*
 * Parse a patch. Returns 0, or -1 with a one-line reason in @err: no
 * diff in it, a broken hunk, or a path that is absolute or goes up with
 * "..", which a patch for a tree never needs.
 */
int patch_parse(const char *text, size_t len, struct patch *p, char *err,
		size_t errlen);
void patch_free(struct patch *p);

/*
 * Apply one file's hunks to its old text (@old may be NULL for a new
 * file). A hunk whose context is not where its header says is looked
 * for above and below, as patch(1) does without fuzz. When they do not
 * apply but their new sides are all in @old, the patch is taken as
 * already applied (a pre-commit hook, a patch made from the last
 * commit) and @old is the new text. Fills in each line's new_line.
 * Returns 0 and the new text in @out, or -1 with a reason in @err.
 */
int patch_apply(struct patch_file *f, const char *old, size_t oldlen,
		char **out, size_t *outlen, char *err, size_t errlen);

/* Whether a path from a patch stays inside the tree: 1 if it does. */
int patch_path_ok(const char *path);

#endif
