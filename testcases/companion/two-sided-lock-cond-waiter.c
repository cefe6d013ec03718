// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-lock-passed.c and
 * two-sided-lock-passed-late-store.c (not a case of its own): a waiter
 * of struct slot's wq whose wait_event() condition calls a function
 * that reads the state holding s->lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
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
