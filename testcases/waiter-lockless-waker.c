// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: no barrier after the enqueue, and a waker tests the list without the lock
 *
 * check-output-start
testcases/waiter-lockless-waker.c:28:1-15: WARNING: add_wait_queue(&d->wq, &wait) in dev_wait_ready() is followed by schedule() (line 31) with no full barrier after the enqueue: the condition test can pass it and miss a wake-up; use set_current_state() after add_wait_queue() or prepare_to_wait()
 * check-output-end
 */

/*
 * Racy: dev_set_ready() has its barrier, but the waiter has none
 * between its enqueue and its load of d->ready. The load can pass the
 * enqueue: the waiter reads 0, the waker's smp_mb() then orders its
 * store before a test of the list that does not see the waiter yet.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct dev {
	int ready;
	wait_queue_head_t wq;
};

static void __maybe_unused dev_wait_ready(struct dev *d)
{
	DEFINE_WAIT(wait);

	add_wait_queue(&d->wq, &wait);
	__set_current_state(TASK_INTERRUPTIBLE);
	if (!READ_ONCE(d->ready))
		schedule();
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&d->wq, &wait);
}

static void __maybe_unused dev_set_ready(struct dev *d)
{
	WRITE_ONCE(d->ready, 1);
	smp_mb();
	if (waitqueue_active(&d->wq))
		wake_up(&d->wq);
}
