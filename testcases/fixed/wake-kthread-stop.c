// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: record field 32: kthread_stop_put() on one branch after the check and kthread_stop() on the other is a stop on every path, named by the one on the earlier line and the task they stop (line, name, task)
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop.c	30	5	21	worker_stop_either	high	&w->wq	waitqueue_active	w->running = false	w->running	29	plain	wake_up	31	smp_mb()		store to w->running (line 29) may be reordered after waitqueue_active(&w->wq) in worker_stop_either(): a waiter can miss the wake-up; add smp_mb() before the check	30							struct worker	29,1,plain,1,w->running				33,kthread_stop_put,w->task	
wqcheck-test-1	testcases/wake-kthread-stop.c	30	5	worker_stop_either	waitqueue_active	reported
 * check-output-end
 */

/*
 * The rules do not judge the stop: whether it wakes the waiter is for
 * wqcheck to say, from the waiters' conditions (kthread_should_stop()).
 * They name it when it follows the check on every path to the end of
 * the function, one call or another, and the finding stays as it is.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct worker {
	bool running;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused worker_stop_either(struct worker *w, bool put)
{
	w->running = false;
	/*
	 * Order the store to w->running before the wait-list test of w->wq;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
	if (put)
		kthread_stop_put(w->task);
	else
		kthread_stop(w->task);
}
