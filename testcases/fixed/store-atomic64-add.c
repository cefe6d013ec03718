// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic64_add() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic64-add.c:24:5-21: WARNING: store to log->committed (line 23) may be reordered after waitqueue_active(&log->commit_wait) in log_commit(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  A committer sleeps until log->committed passes its sequence.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct jlog {
	wait_queue_head_t commit_wait;
	atomic64_t committed;
};

static void __maybe_unused log_commit(struct jlog *log, s64 bytes)
{
	atomic64_add(bytes, &log->committed);
	/*
	 * Order the atomic64_add() on log->committed before the wait-list test
	 * of log->commit_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&log->commit_wait))
		wake_up_all(&log->commit_wait);
}
