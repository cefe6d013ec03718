// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding irq_work_queue() of a work that wakes
 *
 * check-output-start
testcases/wake-irq-work.c:27:5-21: WARNING: store to log->seq (line 26) may be reordered after waitqueue_active(&log->wait) in log_store(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  From a context that cannot take the wait queue lock, the waker
 * defers the wake_up() to an irq_work, but only when the unordered test
 * saw a reader: the reader can miss the record for good.
 */
#include <linux/irq_work.h>
#include <linux/wait.h>

struct klog {
	wait_queue_head_t wait;
	struct irq_work wake_work;
	u64 seq;
};

static void __maybe_unused log_store(struct klog *log)
{
	log->seq++;
	/*
	 * Order the store to log->seq before the wait-list test of log->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&log->wait))
		irq_work_queue(&log->wake_work);
}

static void __maybe_unused log_wake_work(struct irq_work *work)
{
	struct klog *log = container_of(work, struct klog, wake_work);

	wake_up_interruptible(&log->wait);
}
