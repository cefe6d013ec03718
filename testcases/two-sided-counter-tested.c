// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable tested by the waiter: it gives up when the static counter the waker stores reaches three (twin of two-sided-counter-written.c): the race, high, the waiter named as reading it
 * check-command: wqcheck --complete --no-cache --confidence=high $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-counter-tested.c:34:6: warning: store to port_errors (line 33) may be reordered after waitqueue_active(&port_wait) in port_error(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-counter-tested.c:44:1: note: waiter port_wait_up() sleeps in prepare_to_wait() and reads port_errors
 * check-output-end
 */

/*
 * Racy: port_wait_up() gives up after three errors, testing
 * port_errors on the queue; port_error()'s increment may still be
 * buffered when it finds the list empty, and the waiter sleeps on with
 * the third error counted. The twin, two-sided-counter-written.c, only
 * counts.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct port {
	bool up;
};

static DECLARE_WAIT_QUEUE_HEAD(port_wait);
static unsigned int port_errors;

static void __maybe_unused port_error(void)
{
	port_errors++;
	if (waitqueue_active(&port_wait))
		wake_up(&port_wait);
}

static int __maybe_unused port_wait_up(struct port *l)
{
	DEFINE_WAIT(wait);
	int ret = 0;

	for (;;) {
		prepare_to_wait(&port_wait, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(l->up))
			break;
		if (READ_ONCE(port_errors) >= 3) {
			ret = -EIO;
			break;
		}
		schedule();
	}
	finish_wait(&port_wait, &wait);
	return ret;
}
