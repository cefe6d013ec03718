// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable copied to a local that the waiter then tests (a twin of two-sided-counter-tested.c): the race, high, the waiter named as reading it
 * check-command: wqcheck --complete --no-cache --confidence=high $file
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
testcases/two-sided-counter-copied.c:37:6: warning: store to link_errors (line 36) may be reordered after waitqueue_active(&link_wait) in link_error(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-counter-copied.c:47:1: note: waiter link_wait_up() sleeps in prepare_to_wait() and reads link_errors
 * check-output-end
 */

/*
 * Racy, as two-sided-counter-tested.c: link_wait_up() reads
 * link_errors into a local on the queue and tests the local. The
 * waiter index records a bare variable only where it is tested (an if,
 * a return, ...), not where a statement copies it, so today the store
 * is taken as read by no waiter and the finding goes low (not shown):
 * cocci/waiters.cocci should follow a local assigned from the variable
 * into the tests of that local.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct link {
	bool up;
};

static DECLARE_WAIT_QUEUE_HEAD(link_wait);
static unsigned int link_errors;

static void __maybe_unused link_error(void)
{
	link_errors++;
	if (waitqueue_active(&link_wait))
		wake_up(&link_wait);
}

static int __maybe_unused link_wait_up(struct link *l)
{
	DEFINE_WAIT(wait);
	unsigned int errors;

	for (;;) {
		prepare_to_wait(&link_wait, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(l->up))
			break;
		errors = link_errors;
		if (errors >= 3)
			break;
		schedule();
	}
	finish_wait(&link_wait, &wait);
	return errors >= 3 ? -EIO : 0;
}
