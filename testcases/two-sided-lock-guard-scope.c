// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: guard() holds s->lock only in a block that ends before the check: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-guard-scope.c:37:6: warning: store to s->state (line 36) may be reordered after waitqueue_active(&s->wq) in slot_set_state(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-waiter-open.c:26:1: note: waiter slot_wait_open() sleeps in prepare_to_wait() and reads s->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-lock-guard.c.  The guard's block closes
 * (and releases s->lock) before the store and the test of the wait
 * list, so nothing serialises them with slot_wait_open().
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
	if (state) {
		guard(spinlock)(&s->lock);
		state++;
	}
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
