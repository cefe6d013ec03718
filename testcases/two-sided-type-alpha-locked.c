// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided type: struct alpha's waiter now also tests under the alpha lock, the alpha waker holds it: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-type-alpha-waiter-locked.c testcases/companion/two-sided-type-beta-waiter-locked.c
 * check-companion: testcases/companion/two-sided-type-alpha-waiter-locked.c testcases/companion/two-sided-type-beta-waiter-locked.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the twin of two-sided-type-alpha-lockless.c.  The only
 * waiter of struct alpha's wq enqueues and tests s->ready under the
 * alpha lock that alpha_post() holds, so the two are serialised; the
 * struct beta waiter waits on another queue.
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
