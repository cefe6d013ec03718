// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: every caller in the file calls the checking helper holding s->lock, and the waiter enqueues and tests under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: slot_wake() takes no lock itself, but both of its callers
 * in this file hold s->lock across the call (the lock is written with
 * the argument, the helper's parameter is another name), so its test
 * of the wait list is made under the lock slot_wait_open() holds.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

static void slot_wake(struct slot *slot, int state)
{
	slot->state = state;
	if (waitqueue_active(&slot->wq))
		wake_up(&slot->wq);
}

static void __maybe_unused slot_open(struct slot *s)
{
	spin_lock(&s->lock);
	slot_wake(s, 1);
	spin_unlock(&s->lock);
}

static void __maybe_unused slot_close(struct slot *s)
{
	spin_lock(&s->lock);
	slot_wake(s, 0);
	spin_unlock(&s->lock);
}
