// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a caller Coccinelle cannot parse, kept only for the locks it may hold, hides no test: the finding stands and no function is said not checked
 * check-command: wqcheck --no-cache --strict $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/unanalysed-unparsable-caller.c:38:6: warning: store to j->done (line 37) may be reordered after waitqueue_active(&j->wait) in job_done(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
 * check-output-end
 */

/*
 * job_done() is static, so the reducer keeps its callers: a lock every
 * caller holds would serialise it with its waiters. The only caller is
 * declared by a macro Coccinelle cannot parse (as in
 * unanalysed-unparsable.c, whose function holds the test and is
 * named). Its call of job_done() is then one the rules did not see, so
 * no lock of the callers counts and the finding stands; the caller
 * holds no test, and saying it was not checked would be noise (as for
 * fs/aio.c's COMPAT_SYSCALL_DEFINE3(io_submit, ...) in 6.12).
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct work {
	void *data;
};

struct job {
	int done;
	spinlock_t lock;
	wait_queue_head_t wait;
};

static void job_done(struct job *j)
{
	j->done = 1;
	if (waitqueue_active(&j->wait))
		wake_up(&j->wait);
}

#define JOB_CALLBACK(name, arg) void name(struct work *arg)
#define job_type(name, w) struct job *name = (w)->data

static __maybe_unused JOB_CALLBACK(job_finish, w)
{
	job_type(j, w);

	spin_lock(&j->lock);
	job_done(j);
	spin_unlock(&j->lock);
}
