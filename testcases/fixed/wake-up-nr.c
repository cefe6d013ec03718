// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_nr()
 *
 * check-output-start
testcases/wake-up-nr.c:24:5-21: WARNING: store to sem->tokens (line 23) may be reordered after waitqueue_active(&sem->wait) in tokens_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Exclusive waiters sleep until tokens are available; the
 * releaser wakes as many as it returned.
 */
#include <linux/wait.h>

struct token_sem {
	wait_queue_head_t wait;
	int tokens;
};

static void __maybe_unused tokens_release(struct token_sem *sem, int n)
{
	sem->tokens += n;
	/*
	 * Order the store to sem->tokens before the wait-list test of
	 * sem->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&sem->wait))
		wake_up_nr(&sem->wait, n);
}
