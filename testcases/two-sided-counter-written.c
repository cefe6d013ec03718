// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable only written by the waiter: it increments the static counter the waker stores (a statement, no test) and tests l->up; the queue is static to the file: low, not shown by default
 * check-command: wqcheck --complete --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-counter-written.c:35:6: warning: store to link_errors (line 34) may be reordered after waitqueue_active(&link_wait) in link_error(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-counter-written.c:35:1: note: low: no waiter of the queue tests a variable these stores write
testcases/two-sided-counter-written.c:45:1: note: waiter link_wait_up() sleeps in prepare_to_wait() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Not a race on link_errors: link_wait_up() sleeps until l->up and
 * only counts a signal in link_errors; no value of link_errors can
 * keep it asleep or wake it, so a store to it that passes the test of
 * the list is not what it misses. The twin, two-sided-counter-tested.c,
 * gives up after three errors: then the count is its condition.
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
	int ret = 0;

	for (;;) {
		prepare_to_wait(&link_wait, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(l->up))
			break;
		if (signal_pending(current)) {
			link_errors++;
			ret = -ERESTARTSYS;
			break;
		}
		schedule();
	}
	finish_wait(&link_wait, &wait);
	return ret;
}
