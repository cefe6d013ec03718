// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store to a global variable
 *
 * check-output-start
testcases/store-global.c:21:5-21: WARNING: store to flush_done (line 20) may be reordered after waitqueue_active(&flush_wait) in flush_finish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A file-scope variable is shared state like any other.
 */
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(flush_wait);
static int flush_done;

static void __maybe_unused flush_finish(void)
{
	flush_done = 1;
	/*
	 * Order the store to flush_done before the wait-list test of
	 * flush_wait; pairs with the barrier in wait_event() in
	 * flush_wait_done().
	 */
	smp_mb();
	if (waitqueue_active(&flush_wait))
		wake_up(&flush_wait);
}

static void __maybe_unused flush_wait_done(void)
{
	wait_event(flush_wait, READ_ONCE(flush_done));
}
