// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a helper made by token pasting in a header's macro stores: clear_node_busy() then wake_up_bit() is the race, at high confidence
 * check-command: wqcheck --no-cache --confidence=high $file testcases/pasted-node-flags.h
 * check-companion: testcases/pasted-node-flags.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/callee-store-pasted-helper.c:30:2: warning: store to n->flags in clear_node_busy() (line 29) may be reordered after wake_up_bit(&n->flags, NODE_busy) in node_unlock(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/callee-store-pasted-helper.c:35:1: note: waiter node_wait_idle() sleeps in wait_on_bit() and reads n->flags
 * check-output-end
 */

/*
 * No file spells out clear_node_busy(): x(flag) in pasted-node-flags.h
 * pastes it from "clear_node_" and the flag busy, which NODE_FLAGS()
 * lists. wqcheck writes the expansion for the rules, which then see the
 * clear_bit() inside it as a store before the check, with no barrier
 * (the twin, callee-store-pasted-helper-ordered.c, has one; without the
 * expansion this was only a low store-in-caller finding).
 */
#include <linux/sched.h>
#include <linux/wait_bit.h>

#include "pasted-node-flags.h"

static void __maybe_unused node_unlock(struct node *n)
{
	clear_node_busy(n);
	wake_up_bit(&n->flags, NODE_busy);
}

static void __maybe_unused node_wait_idle(struct node *n)
{
	wait_on_bit(&n->flags, NODE_busy, TASK_UNINTERRUPTIBLE);
}
