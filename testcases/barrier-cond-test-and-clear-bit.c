// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered test_and_clear_bit() before && in the same condition: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The bitop that returns a value is fully ordered and is
 * evaluated before waitqueue_active().
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define R_WAITING 0

struct resv {
	wait_queue_head_t wait;
	unsigned long flags;
	unsigned int granted;
};

static void __maybe_unused resv_grant(struct resv *rv, unsigned int n)
{
	rv->granted += n;
	if (test_and_clear_bit(R_WAITING, &rv->flags) &&
	    waitqueue_active(&rv->wait))
		wake_up(&rv->wait);
}
