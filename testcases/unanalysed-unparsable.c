// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a function Coccinelle cannot parse: its test is named
 * check-command: wqcheck --no-cache --strict $file
 * check-exit-value: 2
 *
 * check-output-start
wqcheck: warning: testcases/unanalysed-unparsable.c:36: JOB_CALLBACK() not checked: Coccinelle could not parse it
testcases/unanalysed-unparsable.c:42: note: waitqueue_active() not analysed: Coccinelle could not parse JOB_CALLBACK()
wqcheck: error: 1 test of a wait list was not analysed (--strict)
 * check-output-end
 */

/*
 * Coccinelle cannot parse a function that a macro declares and whose
 * first statement is a macro declaring a variable (as CLOSURE_CALLBACK()
 * and closure_type() in fs/bcachefs/btree_io.c of 6.12): the test in it
 * is not analysed, and wqcheck says so rather than find nothing. A
 * macro of the name alone is given to spatch as a plain header
 * (macro-header-function.c); this one takes the parameter's name too.
 */
#include <linux/wait.h>

struct work {
	void *data;
};

struct job {
	int done;
	wait_queue_head_t wait;
};

#define JOB_CALLBACK(name, arg) void name(struct work *arg)
#define job_type(name, w) struct job *name = (w)->data

static __maybe_unused JOB_CALLBACK(job_done, w)
{
	job_type(j, w);
	int done = 1;

	j->done = done;
	if (waitqueue_active(&j->wait))
		wake_up(&j->wait);
}
