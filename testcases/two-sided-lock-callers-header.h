/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A companion of two-sided-lock-callers-header.c (not a case of its
 * own): a checking helper and its one caller in this header, which
 * holds s->lock; every file that includes the header has the helper too.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static inline void slot_wake(struct slot *slot, int state)
{
	slot->state = state;
	if (waitqueue_active(&slot->wq))
		wake_up(&slot->wq);
}

static inline void slot_open(struct slot *s)
{
	spin_lock(&s->lock);
	slot_wake(s, 1);
	spin_unlock(&s->lock);
}
