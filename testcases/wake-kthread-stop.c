// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: record field 32: a kthread_stop() or kthread_stop_put() on every path after the check is named (the first the paths reach); one a return skips on some path, or one before the check, is not
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop.c	55	5	21	worker_pause	high	&w->wq	waitqueue_active	w->running = false	w->running	54	plain	wake_up	56	smp_mb()		store to w->running (line 54) may be reordered after waitqueue_active(&w->wq) in worker_pause(): a waiter can miss the wake-up; add smp_mb() before the check	55							struct worker	54,1,plain,1,w->running				
wqcheck-test-1	testcases/wake-kthread-stop.c	55	5	worker_pause	waitqueue_active	reported
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop.c	66	5	21	worker_restart	high	&w->wq	waitqueue_active	w->running = false	w->running	65	plain	wake_up	67	smp_mb()		store to w->running (line 65) may be reordered after waitqueue_active(&w->wq) in worker_restart(): a waiter can miss the wake-up; add smp_mb() before the check	66							struct worker	65,1,plain,1,w->running				
wqcheck-test-1	testcases/wake-kthread-stop.c	66	5	worker_restart	waitqueue_active	reported
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop.c	36	5	21	worker_stop	high	&w->wq	waitqueue_active	w->running = false	w->running	35	plain	wake_up	37	smp_mb()		store to w->running (line 35) may be reordered after waitqueue_active(&w->wq) in worker_stop(): a waiter can miss the wake-up; add smp_mb() before the check	36							struct worker	35,1,plain,1,w->running				38,kthread_stop
wqcheck-test-1	testcases/wake-kthread-stop.c	36	5	worker_stop	waitqueue_active	reported
wqcheck-record-1	missing-barrier	testcases/wake-kthread-stop.c	44	5	21	worker_stop_either	high	&w->wq	waitqueue_active	w->running = false	w->running	43	plain	wake_up	45	smp_mb()		store to w->running (line 43) may be reordered after waitqueue_active(&w->wq) in worker_stop_either(): a waiter can miss the wake-up; add smp_mb() before the check	44							struct worker	43,1,plain,1,w->running				47,kthread_stop_put
wqcheck-test-1	testcases/wake-kthread-stop.c	44	5	worker_stop_either	waitqueue_active	reported
 * check-output-end
 */

/*
 * The rules do not judge the stop: whether it wakes the waiter is for
 * wqcheck to say, from the waiters' conditions (kthread_should_stop()).
 * They name it when it follows the check on every path to the end of
 * the function, and each finding stays as it is.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct worker {
	bool running;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused worker_stop(struct worker *w)
{
	w->running = false;
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
	kthread_stop(w->task);
}

static void __maybe_unused worker_stop_either(struct worker *w, bool put)
{
	w->running = false;
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
	if (put)
		kthread_stop_put(w->task);
	else
		kthread_stop(w->task);
}

static void __maybe_unused worker_pause(struct worker *w, bool keep)
{
	w->running = false;
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
	if (keep)
		return;
	kthread_stop(w->task);
}

static void __maybe_unused worker_restart(struct worker *w)
{
	kthread_stop(w->task);
	w->running = false;
	if (waitqueue_active(&w->wq))
		wake_up(&w->wq);
}
