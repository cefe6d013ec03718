// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waker holds s->lock by guard(), and the waiter enqueues and tests under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: guard(spinlock)(&s->lock) holds s->lock to the end of the
 * function; the check is made inside, where slot_wait_open() cannot be
 * between its enqueue and its test.
 */
#include <linux/cleanup.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

static void __maybe_unused slot_set_state(struct slot *s, int state)
{
	guard(spinlock)(&s->lock);
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
