// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store inside a loop, smp_mb() after the loop: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Whatever the loop stored, the barrier after it orders
 * every store before the test.
 */
#include <linux/wait.h>

#define BATCH_MAX 32

struct batch {
	wait_queue_head_t wait;
	bool done[BATCH_MAX];
};

static void __maybe_unused batch_mark_done(struct batch *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		b->done[i] = true;
	smp_mb();
	if (waitqueue_active(&b->wait))
		wake_up_all(&b->wait);
}
