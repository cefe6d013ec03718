// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store, then a cmpxchg() loop that only exits on success: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  cmpxchg() is fully ordered when it succeeds (unordered when
 * it fails), and the loop only leaves after a success, so every path
 * from the store to the check passes a successful, fully ordered
 * cmpxchg().
 */
#include <linux/atomic.h>
#include <linux/wait.h>

#define ST_DONE 0x4UL

struct tx {
	wait_queue_head_t wait;
	unsigned long state;
	int error;
};

static void __maybe_unused tx_finish(struct tx *tx, int error)
{
	unsigned long old, new;

	tx->error = error;
	do {
		old = READ_ONCE(tx->state);
		new = old | ST_DONE;
	} while (cmpxchg(&tx->state, old, new) != old);
	if (waitqueue_active(&tx->wait))
		wake_up(&tx->wait);
}
