// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: a lock the condition's callee takes through its parameter has the parameter's type as root type
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-cond-callee-type.c	40	slot_wait_open	wait_event	s->wq	struct slot		state@slot_is_open	struct slot|&s->lock	none	slot_is_open(s)	
 * check-output-end
 */

/*
 * wait_event()'s condition calls slot_is_open(), which reads the state
 * holding s->lock: the condition is tested under s->lock, a lock of
 * struct slot (the type of slot_is_open()'s parameter), which pairs it
 * with a waker of struct slot in any directory.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static bool slot_is_open(struct slot *s)
{
	bool open;

	spin_lock(&s->lock);
	open = s->state != 0;
	spin_unlock(&s->lock);
	return open;
}

void slot_wait_open(struct slot *s);

void slot_wait_open(struct slot *s)
{
	wait_event(s->wq, slot_is_open(s));
}
