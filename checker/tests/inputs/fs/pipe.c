// SPDX-License-Identifier: GPL-2.0-only
/* The store, an unlock of another lock, then the check: medium. */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct pipe {
	spinlock_t lock;
	int nr_free;
	wait_queue_head_t wr_wait;
};

static int pipe_size(struct pipe *p)
{
	return p->nr_free * 4096;
}

static void pipe_read_done(struct pipe *p)
{
	spin_lock(&p->lock);
	p->nr_free++;
	spin_unlock(&p->lock);
	if (waitqueue_active(&p->wr_wait))
		wake_up_interruptible(&p->wr_wait);
}
