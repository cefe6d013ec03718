// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided unread, not for sure: the waker stores pool->nfree; the only waiter (another file, --complete) names no member it reads, but reads *left, a pointer taken before the wait (&): one level lower only, still shown
 * check-command: wqcheck --complete --no-cache $file testcases/companion/two-sided-unread-waiter-alias.c
 * check-companion: testcases/companion/two-sided-unread-waiter-alias.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-unread-alias.c:32:6: warning: store to pool->nfree (line 31) may be reordered after waitqueue_active(&pool->wq) in pool_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-unread-waiter-alias.c:19:1: note: waiter pool_wait_left() sleeps in wait_event_interruptible() and reads none of the stores before the check by name (it also reads through a pointer it does not name)
 * check-output-end
 */

/*
 * A race: the waiter's *left is the pool's nfree, the member stored
 * here, though its condition never names it. The index marks such a
 * read (&), and a waiter with one is not taken to read none of the
 * stores for sure: the finding stays, one level lower (by name the
 * waiter reads nothing stored). The twin is
 * two-sided-unread-other-object.c.
 */
#include <linux/wait.h>

struct pool {
	unsigned int nfree;
	wait_queue_head_t wq;
};

static void __maybe_unused pool_put(struct pool *pool)
{
	pool->nfree++;
	if (waitqueue_active(&pool->wq))
		wake_up(&pool->wq);
}
