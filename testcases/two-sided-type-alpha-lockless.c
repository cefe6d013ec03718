// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided type: struct alpha's waiter tests without the lock, struct beta's (also a member wq) under its lock; the alpha waker holds the alpha lock: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-type-alpha-waiter-lockless.c testcases/companion/two-sided-type-beta-waiter-locked.c
 * check-companion: testcases/companion/two-sided-type-alpha-waiter-lockless.c testcases/companion/two-sided-type-beta-waiter-locked.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-type-alpha-lockless.c:35:6: warning: store to s->ready (line 34) may be reordered after waitqueue_active(&s->wq) in alpha_post(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-type-alpha-waiter-lockless.c:18:1: note: waiter alpha_wait() sleeps in wait_event() and reads s->ready
 * check-output-end
 */

/*
 * Racy: alpha_post() stores and tests holding s->lock of struct alpha,
 * but the waiter of struct alpha's wq reads s->ready without that lock.
 * The other waiter, in the other companion, sleeps on a member also
 * named wq and under a lock also named s->lock, of struct beta: another
 * queue, and a lock this waker does not hold, so it neither protects
 * nor excuses anything here.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct alpha {
	spinlock_t lock;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused alpha_post(struct alpha *s)
{
	spin_lock_irq(&s->lock);
	s->ready = true;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	spin_unlock_irq(&s->lock);
}
