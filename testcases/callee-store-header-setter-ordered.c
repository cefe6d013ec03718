// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a static inline setter of an included header, then smp_mb(): no finding; a header helper that branches is no setter and its call no store
 * check-command: wqcheck --no-cache --confidence=low $file testcases/header-setter-pool.h
 * check-companion: testcases/header-setter-pool.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/callee-store-header-setter-ordered.c:39:6: warning: waitqueue_active(&p->wait) in pool_release() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/callee-store-header-setter-ordered.c:45:1: note: waiter pool_wait_room() sleeps in wait_event()
 * check-output-end
 */

/*
 * The twin of callee-store-header-setter.c. pool_put() stores through
 * pool_queued_add() too, but smp_mb() orders the store before the test
 * of the wait list. pool_release() calls pool_uncharge(), which stores
 * only when p->limit is set (an if in its body): it is no setter, its
 * definition is not written for the rules, and the test stays a low
 * store-in-caller finding (the store may be in pool_release()'s
 * callers).
 */
#include <asm/barrier.h>
#include <linux/wait.h>

#include "header-setter-pool.h"

static void __maybe_unused pool_put(struct pool *p, int n)
{
	pool_queued_add(p, -n);
	smp_mb();
	if (waitqueue_active(&p->wait))
		wake_up(&p->wait);
}

static void __maybe_unused pool_release(struct pool *p, int n)
{
	pool_uncharge(p, n);
	if (waitqueue_active(&p->wait))
		wake_up(&p->wait);
}

static void __maybe_unused pool_wait_room(struct pool *p)
{
	wait_event(p->wait, READ_ONCE(p->queued) < p->limit);
}
