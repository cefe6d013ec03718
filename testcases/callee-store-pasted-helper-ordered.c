// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a helper made by token pasting in a header's macro, then smp_mb(): no finding; a name the header's flag list does not name is not taken for one of its helpers
 * check-command: wqcheck --no-cache --confidence=low $file testcases/pasted-node-flags.h
 * check-companion: testcases/pasted-node-flags.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/callee-store-pasted-helper-ordered.c:40:2: warning: wake_up_bit(&n->flags, NODE_busy) in node_unlock_stale() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/callee-store-pasted-helper-ordered.c:45:1: note: waiter node_wait_idle() sleeps in wait_on_bit()
 * check-output-end
 */

/*
 * The twin of callee-store-pasted-helper.c. node_unlock() stores
 * through clear_node_busy() too, but smp_mb() orders the store before
 * the test of the wait list. node_unlock_stale() calls
 * clear_node_stale(), which x(flag) could paste, but NODE_FLAGS() does
 * not list "stale" and the header never names it: wqcheck does not take
 * it for the macro's helper (it is declared, and defined elsewhere), so
 * the check stays a store-in-caller finding at low confidence.
 */
#include <linux/sched.h>
#include <linux/wait_bit.h>

#include "pasted-node-flags.h"

void clear_node_stale(struct node *n);

static void __maybe_unused node_unlock(struct node *n)
{
	clear_node_busy(n);
	smp_mb();
	wake_up_bit(&n->flags, NODE_busy);
}

static void __maybe_unused node_unlock_stale(struct node *n)
{
	clear_node_stale(n);
	wake_up_bit(&n->flags, NODE_busy);
}

static void __maybe_unused node_wait_idle(struct node *n)
{
	wait_on_bit(&n->flags, NODE_busy, TASK_UNINTERRUPTIBLE);
}
