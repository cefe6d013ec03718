// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: record field 32: a kthread_stop() that a return skips on some path after the check is no stop on every path: the field is empty
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop-one-path.c	29	5	21	worker_pause	high	&w->wq	waitqueue_active	w->running = false	w->running	28	plain	wake_up	30	smp_mb()		store to w->running (line 28) may be reordered after waitqueue_active(&w->wq) in worker_pause(): a waiter can miss the wake-up; add smp_mb() before the check	29							struct worker	28,1,plain,1,w->running					
wqcheck-test-1	testcases/wake-kthread-stop-one-path.c	29	5	worker_pause	waitqueue_active	reported
 * check-output-end
 */

/*
 * When keep is true worker_pause() returns before kthread_stop(): on
 * that path nothing wakes the thread after the check, so the rules name
 * no stop (the twin of wake-kthread-stop.c).
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct worker {
	bool running;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused worker_pause(struct worker *w, bool keep)
{
	w->running = false;
	/*
	 * Order the store to w->running before the wait-list test of w->wq;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
	if (keep)
		return;
	kthread_stop(w->task);
}
