/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The patches of --emit-patches, one per function, in the form git
 * format-patch writes: the mail headers, a message that explains the
 * race with the names from the code, the Fixes: tag, the diffstat and
 * the diff. fix_stage.c decides what goes into each.
 */
#ifndef WQCHECK_EMIT_PATCHES_H
#define WQCHECK_EMIT_PATCHES_H

#include <stddef.h>
#include <time.h>

#include "fix.h"

/* One patch: the fixes of one function of one file. */
struct patch_in {
	const char *relpath; /* relative to the tree's root */
	const char *function;
	struct fix_note *const *notes; /* fixed findings of the function */
	size_t nnotes;
	const struct src_text *base; /* the file before this patch */
	const struct line_edit *edits; /* relative to @base */
	size_t nedits;
	const char *old_text, *new_text; /* for the index line */
	size_t old_len, new_len;
	unsigned int mode; /* 0100644 */
	/* The lines the message names are those of the file @base is. */
	const struct line_edit *orig_edits; /* all edits of the file */
	size_t norig;
	int group; /* this patch's */
	const char *prefix; /* "aio" */
	const char *fixes; /* "Fixes: ..." or NULL */
	int name_function; /* another patch of the file has the same subject */
};

/* What every patch shares. */
struct patch_meta {
	const char *name, *email;
	int signoff;
	time_t date;
};

/* "aio: add missing memory barrier before waitqueue_active()" */
char *patch_subject(const struct patch_in *p);
/* The message body: paragraphs wrapped at 72 columns, no trailers. */
char *patch_message(const struct patch_in *p);
/*
 * The whole patch; @to and @cc are the recipients (one address a line,
 * NULL or "" for none).
 */
char *patch_text(const struct patch_in *p, const struct patch_meta *m,
		 const char *to, const char *cc);
/* "0001-aio-add-missing-memory-barrier-before-waitqueue_active.patch" */
char *patch_file_name(int number, const char *subject);

/*
 * Write @len bytes of @text to @path through a temporary file in the
 * same directory: written, flushed to disk, then renamed over @path,
 * so that @path is never half written. @mode is applied to the new
 * file. 0, or -1 with errno set.
 */
int write_atomic(const char *path, const char *text, size_t len,
		 unsigned int mode);
/* The same, the new file also owned as @uid and @gid where allowed. */
int write_atomic_owned(const char *path, const char *text, size_t len,
		       unsigned int mode, long uid, long gid);

/*
 * To: and Cc: for the patch at @patch_path from the tree's
 * scripts/get_maintainer.pl (--no-git), run in @root. Maintainers and
 * supporters go to @to, lists and reviewers to @cc, one a line. 0, or
 * -1 when the tree has no such script or it failed.
 */
int patch_recipients(const char *root, const char *patch_path, char **to,
		     char **cc);

#endif
