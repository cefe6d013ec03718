// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_bit() is an unordered atomic bitop
 *
 * check-output-start
testcases/store-clear-bit.c:27:5-21: WARNING: store to buf->state (line 26) may be reordered after waitqueue_active(&buf->wait) in buf_unpin(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter tests the bit after queueing itself; the clear may
 * not be visible yet when the waker reads the empty list.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define BUF_PINNED 3

struct buffer {
	wait_queue_head_t wait;
	unsigned long state;
};

static void __maybe_unused buf_unpin(struct buffer *buf)
{
	clear_bit(BUF_PINNED, &buf->state);
	/*
	 * Order the clear_bit() on buf->state before the wait-list test of
	 * buf->wait; pairs with the barrier in wait_event() in
	 * buf_wait_unpinned().
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&buf->wait))
		wake_up(&buf->wait);
}

static void __maybe_unused buf_wait_unpinned(struct buffer *buf)
{
	wait_event(buf->wait, !test_bit(BUF_PINNED, &buf->state));
}
