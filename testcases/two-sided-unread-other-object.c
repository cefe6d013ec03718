// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided unread for sure: the waker stores j->state, and the only waiter of the pool's queue (another file, the whole tree: --complete) reads p->nfree by name and nothing else: low, not shown by default
 * check-command: wqcheck --complete --no-cache --confidence=low $file testcases/companion/two-sided-unread-waiter-named.c
 * check-companion: testcases/companion/two-sided-unread-waiter-named.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-unread-other-object.c:38:6: warning: store to j->state (line 37) may be reordered after waitqueue_active(&pool->wq) in job_finish(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-unread-other-object.c:38:1: note: low: no waiter of the queue reads a member these stores write
testcases/companion/two-sided-unread-waiter-named.c:17:1: note: waiter pool_wait_free() sleeps in wait_event_interruptible() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Not a race: the store that may pass the test of the wait list is to
 * the job, and the pool's waiter sleeps until the pool has a free
 * slot, which it reads by name; it calls nothing whose reads wqcheck
 * cannot see. Whatever this store does, it cannot be what the waiter
 * misses. The twin, two-sided-unread-alias.c, has a waiter that reads
 * through a pointer it does not name: one level lower only.
 */
#include <linux/wait.h>

struct pool {
	unsigned int nfree;
	wait_queue_head_t wq;
};

struct job {
	int state;
	struct pool *pool;
};

static void __maybe_unused job_finish(struct job *j, struct pool *pool)
{
	j->state = 2;
	if (waitqueue_active(&pool->wq))
		wake_up(&pool->wq);
}
