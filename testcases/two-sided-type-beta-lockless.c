// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided type: struct alpha's waiter tests under the alpha lock, and only struct beta's waiter (also on a member wq) goes without a lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-type-alpha-waiter-locked.c testcases/companion/two-sided-type-beta-waiter-lockless.c
 * check-companion: testcases/companion/two-sided-type-alpha-waiter-locked.c testcases/companion/two-sided-type-beta-waiter-lockless.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the mirror of two-sided-type-alpha-lockless.c.  The only
 * waiter of struct alpha's wq tests under the alpha lock the waker
 * holds.  The lockless waiter sleeps on struct beta's wq, a queue with
 * the same member name and the same expression (s->wq) but another
 * type, which alpha_post() never wakes: it must not count.
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
