/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The fix: for the findings of one file, the edits that put a full
 * barrier between each store and its wait-list test, and the file's text
 * with those edits made. fix.c plans and applies the edits, fix_code.c
 * holds the text and answers questions about the code, fix_comment.c
 * words the comment and the names. Nothing here touches a file;
 * fix_stage.c does.
 */
#ifndef WQCHECK_FIX_H
#define WQCHECK_FIX_H

#include <stddef.h>

#include "records.h"

enum fix_style {
	FIX_STYLE_BARRIER, /* insert smp_mb() or smp_mb__after_atomic() */
	FIX_STYLE_WQ_HAS_SLEEPER, /* waitqueue_active() -> wq_has_sleeper() */
};

/* A file's text as lines, each without its newline (fix_code.c). */
struct src_text {
	char *copy; /* the text with every newline made a NUL */
	char **line; /* line[0] is line 1 */
	size_t n;
	int no_final_newline; /* the last line has no newline */
};

void src_text_init(struct src_text *t, const char *buf, size_t len);
void src_text_free(struct src_text *t);

/*
 * Replace @count lines from line @first (1-based) by @text; @count 0 is
 * an insertion before line @first (n + 1: at the end).
 */
struct line_edit {
	long first, count;
	char **text;
	size_t ntext;
	int group; /* the patch it belongs to (fix_stage.c numbers them) */
};

enum fix_kind {
	FIX_NONE, /* not fixed: see @why */
	FIX_INSERT, /* a new barrier statement before the check */
	FIX_REPLACE, /* a barrier that does not order in place of one that does */
	FIX_SLEEPER, /* the test itself now has the barrier: wq_has_sleeper() */
	FIX_COVERED, /* the barrier added for another finding orders this one */
};

/* What was done for one finding. */
struct fix_note {
	const struct record *rec;
	enum fix_kind kind;
	const char *barrier; /* "smp_mb()", "smp_mb__after_atomic()", NULL */
	const char *sleeper; /* FIX_SLEEPER: "wq_has_sleeper", "swq_has_sleeper" */
	long at; /* the line of the barrier or the test in the original text */
	long kept_line; /* a wrong barrier left in place (stores follow it) */
	int braced; /* the store is the if's condition: its body got braces */
	long edit; /* index in fix_plan.edits, -1 for none */
	char *why; /* FIX_NONE: why not, in a few words */
};

struct fix_plan {
	struct line_edit *edits; /* sorted by line, not overlapping */
	size_t nedits;
	struct fix_note *notes; /* one per finding, in the order given */
	size_t nnotes;
};

/*
 * Plan the fixes for @n findings of the file whose text is @t. Findings
 * of another file must not be passed. Those that cannot be fixed safely
 * are noted with a reason; the rest share as few barriers as possible
 * (two tests after one store get one barrier).
 */
void fix_plan(const struct src_text *t, struct record *const *recs, size_t n,
	      enum fix_style style, struct fix_plan *out);
void fix_plan_free(struct fix_plan *p);

/*
 * The text with the edits in @e (sorted, not overlapping) made; with
 * @group >= 0 only the edits of that group and of the groups below it.
 */
char *fix_apply(const struct src_text *t, const struct line_edit *e, size_t n,
		int group, size_t *len);

/* The line in the edited text of line @line of the original text. */
long fix_map_line(const struct line_edit *e, size_t n, int group, long line);

/* Whether the rule of @rec is ever fixed here, and if not, why not. */
const char *fix_unsupported(const struct record *rec);

/* The waiter's function and wait call as the record names them. */
const char *fix_waiter_function(const struct record *rec);
char *fix_waiter_call(const struct record *rec); /* "prepare_to_wait" */

/*
 * Whether @check tests a wait list itself (waitqueue_active(),
 * swait_active()) rather than a call that tests one inside it
 * (wake_up_bit()).
 */
int fix_is_list_test(const char *check);

/* "ctx->wait" for "&ctx->wait"; malloc'ed. */
char *fix_queue_name(const char *queue);

#endif
