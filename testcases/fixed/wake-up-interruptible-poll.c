// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_interruptible_poll()
 *
 * check-output-start
testcases/wake-up-interruptible-poll.c:24:5-21: WARNING: store to ch->wr_room (line 23) may be reordered after waitqueue_active(&ch->wr_wait) in chan_consumed(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A writer polling for EPOLLOUT misses the freed room.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct chan {
	wait_queue_head_t wr_wait;
	unsigned int wr_room;
};

static void __maybe_unused chan_consumed(struct chan *ch, unsigned int bytes)
{
	ch->wr_room += bytes;
	/*
	 * Order the store to ch->wr_room before the wait-list test of
	 * ch->wr_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ch->wr_wait))
		wake_up_interruptible_poll(&ch->wr_wait,
					   EPOLLOUT | EPOLLWRNORM);
}
