// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: barrier() is a compiler barrier only: reported
 *
 * check-output-start
testcases/release-barrier.c:25:5-21: WARNING: store to tk->stopped (line 23) may be reordered after waitqueue_active(&tk->wait) in tk_stop(): barrier() on line 24 stops only the compiler, not the CPU; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  barrier() keeps the compiler from reordering, but emits no
 * instruction: the CPU's store buffer still lets the load go first.
 */
#include <linux/wait.h>

struct ticker {
	wait_queue_head_t wait;
	int stopped;
};

static void __maybe_unused tk_stop(struct ticker *tk)
{
	tk->stopped = 1;
	/*
	 * Order the store to tk->stopped before the wait-list test of tk->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&tk->wait))
		wake_up(&tk->wait);
}
