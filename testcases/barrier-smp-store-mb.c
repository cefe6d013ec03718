// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_store_mb() as the store: a store followed by a full barrier, not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  smp_store_mb(x, v) is WRITE_ONCE(x, v) then smp_mb().
 */
#include <linux/wait.h>

struct thr {
	wait_queue_head_t wait;
	int should_stop;
};

static void __maybe_unused thr_request_stop(struct thr *t)
{
	smp_store_mb(t->should_stop, 1);
	if (waitqueue_active(&t->wait))
		wake_up(&t->wait);
}
