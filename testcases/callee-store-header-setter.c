// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a static inline setter of an included header stores: pool_queued_add() then waitqueue_active() is the race, at high confidence
 * check-command: wqcheck --no-cache --confidence=high $file testcases/header-setter-pool.h
 * check-companion: testcases/header-setter-pool.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/callee-store-header-setter.c:30:6: warning: store to p->queued in pool_queued_add() (line 29) may be reordered after waitqueue_active(&p->wait) in pool_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/callee-store-header-setter.c:36:1: note: waiter pool_wait_room() sleeps in wait_event() and reads p->queued
 * check-output-end
 */

/*
 * Coccinelle reads this file without its headers, so the call of
 * pool_queued_add() was no store and the test below only a low
 * store-in-caller finding. The header the file includes defines it as
 * a setter (one WRITE_ONCE() to a member of its pointer parameter):
 * wqcheck writes its definition after the end of the copy it gives
 * spatch, and the rules read its store as a store of a called function
 * (the twin, callee-store-header-setter-ordered.c, has a barrier).
 */
#include <linux/wait.h>

#include "header-setter-pool.h"

static void __maybe_unused pool_put(struct pool *p, int n)
{
	pool_queued_add(p, -n);
	if (waitqueue_active(&p->wait))
		wake_up(&p->wait);
}

static void __maybe_unused pool_wait_room(struct pool *p)
{
	wait_event(p->wait, READ_ONCE(p->queued) < p->limit);
}
