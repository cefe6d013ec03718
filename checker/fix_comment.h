/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * For fix.c: the comment above a barrier it adds, which names the
 * stores, the wait-list tests and the waiter's barrier it pairs with
 * (checkpatch.pl wants such a comment for every barrier), as lines.
 */
#ifndef WQCHECK_FIX_COMMENT_H
#define WQCHECK_FIX_COMMENT_H

#include <stddef.h>

#include "fix.h"

/* The comment's sentence for the findings @notes[0..n) of one barrier. */
char *fix_comment_text(struct fix_note *const *notes, size_t n);
/*
 * @text as a kernel comment at @indent, appended to the lines @v: one
 * line when it fits in 80 columns, else a block wrapped at 80.
 */
void fix_comment_lines(const char *indent, const char *text, char ***v,
		       size_t *n);
/* Append @s (taken) to the growing array of lines @v. */
void fix_push_line(char ***v, size_t *n, char *s);

#endif
