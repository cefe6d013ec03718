// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the checking function says __must_hold(&s->lock), and the waiter enqueues and tests under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: slot_set_state() is annotated as called with s->lock held
 * (sparse checks it), so its store and test of the wait list are made
 * under the lock slot_wait_open() holds.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

void slot_set_state(struct slot *s, int state) __must_hold(&s->lock);

void slot_set_state(struct slot *s, int state)
	__must_hold(&s->lock)
{
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
