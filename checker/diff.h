/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The unified diff of a text against the same text with some line edits
 * made, in the form git diff writes: three lines of context, hunks closer
 * than that merged, the enclosing function after each "@@" the way git's
 * default funcname rule finds it.
 */
#ifndef WQCHECK_DIFF_H
#define WQCHECK_DIFF_H

#include <stddef.h>

#include "fix.h"
#include "util.h"

#define DIFF_CONTEXT 3

struct diff_stat {
	long added, removed;
};

/*
 * Append to @out the hunks ("@@ ..." lines and what follows) that turn
 * @t into @t with the @n edits in @e made (sorted, not overlapping, all
 * of them). The "---" and "+++" lines are the caller's.
 */
void diff_hunks(struct strbuf *out, const struct src_text *t,
		const struct line_edit *e, size_t n, struct diff_stat *st);

#endif
