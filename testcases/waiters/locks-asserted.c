// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: lockdep_assert_held(L) before the wait says the caller holds L
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-asserted.c	28	ctl_wait_ready	wait_event_interruptible	dev->wait	struct ctl_dev		ready	struct ctl_dev|&dev->mutex	none	READ_ONCE(dev->ready)	
 * check-output-end
 */

/*
 * The caller holds dev->mutex across the wait, as the assertion says;
 * nothing in the function takes or releases it.
 */
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/wait.h>

struct ctl_dev {
	struct mutex mutex;
	wait_queue_head_t wait;
	bool ready;
};

static int __maybe_unused ctl_wait_ready(struct ctl_dev *dev)
{
	lockdep_assert_held(&dev->mutex);
	return wait_event_interruptible(dev->wait, READ_ONCE(dev->ready));
}
