// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a barrier before the store does not help: reported
 *
 * check-output-start
testcases/path-store-after-mb.c:26:5-21: WARNING: store to t->state (line 25) may be reordered after waitqueue_active(&t->wait) in tun_close(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The smp_mb() sits on the wrong side of the store.
 */
#include <linux/wait.h>

#define TUN_CLOSED 3

struct tun {
	wait_queue_head_t wait;
	int state;
};

static void __maybe_unused tun_close(struct tun *t)
{
	smp_mb();
	t->state = TUN_CLOSED;
	/*
	 * Order the store to t->state before the wait-list test of t->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&t->wait))
		wake_up_all(&t->wait);
}
