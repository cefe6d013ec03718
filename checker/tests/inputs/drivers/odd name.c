// SPDX-License-Identifier: GPL-2.0-only
/* A file name with a space in it. */
#include <linux/wait.h>

struct odd {
	int flag;
	wait_queue_head_t wq;
};

static void odd_kick(struct odd *o)
{
	o->flag = 1;
	if (waitqueue_active(&o->wq))
		wake_up(&o->wq);
}
