// SPDX-License-Identifier: GPL-2.0
/* A waker of pipe_a's queue with no barrier: reported. */
#include <linux/wait.h>

struct pipe_a {
	int ready;
	wait_queue_head_t qa;
};

void pipe_a_done(struct pipe_a *p)
{
	p->ready = 1;
	if (waitqueue_active(&p->qa))
		wake_up(&p->qa);
}
