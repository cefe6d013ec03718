// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable copied to a local that the waiter then tests (a twin of two-sided-counter-tested.c): the race, high, the waiter named as reading it
 * check-command: wqcheck --complete --no-cache --confidence=high $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-counter-copied.c:33:6: warning: store to lane_errors (line 32) may be reordered after waitqueue_active(&lane_wait) in lane_error(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-counter-copied.c:43:1: note: waiter lane_wait_up() sleeps in prepare_to_wait() and reads lane_errors
 * check-output-end
 */

/*
 * Racy, as two-sided-counter-tested.c: lane_wait_up() reads
 * lane_errors into a local on the queue and tests the local. The
 * waiter index records a bare variable wherever its value is read (a
 * copy included), so the store is read and the finding stays high.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct lane {
	bool up;
};

static DECLARE_WAIT_QUEUE_HEAD(lane_wait);
static unsigned int lane_errors;

static void __maybe_unused lane_error(void)
{
	lane_errors++;
	if (waitqueue_active(&lane_wait))
		wake_up(&lane_wait);
}

static int __maybe_unused lane_wait_up(struct lane *l)
{
	DEFINE_WAIT(wait);
	unsigned int errors;

	for (;;) {
		prepare_to_wait(&lane_wait, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(l->up))
			break;
		errors = lane_errors;
		if (errors >= 3)
			break;
		schedule();
	}
	finish_wait(&lane_wait, &wait);
	return errors >= 3 ? -EIO : 0;
}
