/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_RING_H
#define _LINUX_RING_H

#include <linux/wait.h>

struct ring {
	unsigned int head;
	wait_queue_head_t wait;
};

static inline void ring_push(struct ring *r)
{
	r->head++;
	if (waitqueue_active(&r->wait))
		wake_up_all(&r->wait);
}

#endif
