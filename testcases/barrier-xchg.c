// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered xchg() after the store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  xchg() is fully ordered: the earlier store and the xchg's
 * own store both complete before the load of the wait list.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct slot {
	wait_queue_head_t wait;
	void *owner;
	int status;
};

static void *__maybe_unused slot_release(struct slot *s, int status)
{
	void *prev;

	s->status = status;
	prev = xchg(&s->owner, NULL);
	if (waitqueue_active(&s->wait))
		wake_up(&s->wait);
	return prev;
}
