// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: store and check under s->lock, and both waiters (in two other files) enqueue and test under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c testcases/companion/two-sided-lock-waiter-closed.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c testcases/companion/two-sided-lock-waiter-closed.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: slot_set_state() stores and tests the wait list holding
 * s->lock, and every waiter of slot.wq, slot_wait_open() and
 * slot_wait_closed() in the two companion files, holds s->lock from
 * its prepare_to_wait() to its test of the state.  Either the waker
 * runs first and the waiter sees the new state, or the waiter is on
 * the list before the waker looks.  Only the waiters tell: the waker
 * alone looks like lock-waiter-lockless.c.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static void __maybe_unused slot_set_state(struct slot *s, int state)
{
	spin_lock(&s->lock);
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	spin_unlock(&s->lock);
}
