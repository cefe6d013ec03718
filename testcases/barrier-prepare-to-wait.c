// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: barrier prepare_to_wait: the waker enqueues itself on another queue with prepare_to_wait() (set_current_state() inside, a full barrier) between its store and the test
 * check-command: cocci-report $file
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: prepare_to_wait() sets the task state with
 * set_current_state(), which orders the store to w->ready before the
 * test of the peer's queue.
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
	DEFINE_WAIT(wait);

	w->ready = true;
	prepare_to_wait(&w->own, &wait, TASK_INTERRUPTIBLE);
	if (waitqueue_active(&w->peer))
		wake_up(&w->peer);
	schedule();
	finish_wait(&w->own, &wait);
}
