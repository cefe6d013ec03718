// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided embedded queue: the waker names ctl->wq, the waiter h->ctl.wq (struct ctl embedded in struct host): paired, and the waiter reads the stored member
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-embedded-queue.c:35:6: warning: store to ctl->done (line 34) may be reordered after waitqueue_active(&ctl->wq) in ctl_complete(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-embedded-queue.c:41:1: note: waiter host_wait_done() sleeps in wait_event_interruptible() and reads ctl->done
 * check-output-end
 */

/*
 * The race: the waker reaches the queue through a pointer to the inner
 * struct, the waiter from the outer one; the chains ctl.wq and wq end
 * alike, so (in the same directory) they are the same queue, and the
 * waiter reads ctl->done.
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

static int __maybe_unused host_wait_done(struct host *h)
{
	return wait_event_interruptible(h->ctl.wq, READ_ONCE(h->ctl.done));
}
