// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_interruptible()
 *
 * check-output-start
testcases/wake-up-interruptible.c:28:5-21: WARNING: store to kbd->head (line 27) may be reordered after waitqueue_active(&kbd->wait) in kbd_queue_key(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A reader in wait_event_interruptible() misses the key.
 */
#include <linux/wait.h>

#define KBD_BUF 64

struct kbd {
	wait_queue_head_t wait;
	unsigned int head;
	unsigned int tail;
	unsigned char buf[KBD_BUF];
};

static void __maybe_unused kbd_queue_key(struct kbd *kbd, unsigned char key)
{
	kbd->buf[kbd->head % KBD_BUF] = key;
	kbd->head++;
	/*
	 * Order the store to kbd->head before the wait-list test of kbd->wait;
	 * pairs with the barrier in wait_event_interruptible() in
	 * kbd_wait_key().
	 */
	smp_mb();
	if (waitqueue_active(&kbd->wait))
		wake_up_interruptible(&kbd->wait);
}

static int __maybe_unused kbd_wait_key(struct kbd *kbd)
{
	return wait_event_interruptible(kbd->wait,
					READ_ONCE(kbd->head) != kbd->tail);
}
