// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided embedded queue, another member: the waiter of h->ctl.wq reads h->ctl.ready, not the stored ctl->done: one level lower
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-embedded-queue-other.c:35:6: warning: store to ctl->done (line 34) may be reordered after waitqueue_active(&ctl->wq) in ctl_complete(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-embedded-queue-other.c:41:1: note: waiter host_wait_ready() sleeps in wait_event_interruptible() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Probably harmless: the same pairing as two-sided-embedded-queue.c,
 * but the only waiter waits for ready, which this waker does not store;
 * the finding drops one level (the waiter's note says it reads none of
 * the stores).
 */
#include <linux/wait.h>

struct ctl {
	bool done;
	bool ready;
	wait_queue_head_t wq;
};

struct host {
	int id;
	struct ctl ctl;
};

static void __maybe_unused ctl_complete(struct ctl *ctl)
{
	ctl->done = true;
	/*
	 * Order the store to ctl->done before the wait-list test of ctl->wq;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ctl->wq))
		wake_up(&ctl->wq);
}

static int __maybe_unused host_wait_ready(struct host *h)
{
	return wait_event_interruptible(h->ctl.wq, READ_ONCE(h->ctl.ready));
}
