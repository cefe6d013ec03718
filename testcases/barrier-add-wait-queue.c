// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: barrier add_wait_queue: the twin of barrier-prepare-to-wait.c with add_wait_queue(), which orders nothing, and the state set after the test
 * check-command: cocci-report $file
 * check-exit-value: 0
 *
 * check-output-start
testcases/barrier-add-wait-queue.c:31:5-21: WARNING: store to w->ready (line 29) may be reordered after waitqueue_active(&w->peer) in worker_park(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * The race: add_wait_queue() takes and releases the queue's lock, not
 * a full barrier, and the task state is set only after the test.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct worker {
	bool ready;
	wait_queue_head_t own;
	wait_queue_head_t peer;
};

static void __maybe_unused worker_park(struct worker *w)
{
	DECLARE_WAITQUEUE(wait, current);

	w->ready = true;
	add_wait_queue(&w->own, &wait);
	if (waitqueue_active(&w->peer))
		wake_up(&w->peer);
	set_current_state(TASK_INTERRUPTIBLE);
	schedule();
	remove_wait_queue(&w->own, &wait);
}
