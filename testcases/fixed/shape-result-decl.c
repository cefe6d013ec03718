// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: result of the check in a declaration initialiser
 *
 * check-output-start
testcases/shape-result-decl.c:26:16-32: WARNING: store to tq->head (line 24) may be reordered after waitqueue_active(&tq->wait) in tq_publish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The check sits in the initialiser of a block-scope declaration
 * made after the store; it still gates the wake-up.
 */
#include <linux/wait.h>

struct taskq {
	wait_queue_head_t wait;
	unsigned int head;
	bool notify;
};

static void __maybe_unused tq_publish(struct taskq *tq, unsigned int head)
{
	tq->head = head;
	if (tq->notify) {
		bool active = wq_has_sleeper(&tq->wait);

		if (active)
			wake_up(&tq->wait);
	}
}
