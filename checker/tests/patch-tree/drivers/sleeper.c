// SPDX-License-Identifier: GPL-2.0-only
/* wq_has_sleeper() has the barrier built in. */
#include <linux/wait.h>

struct port {
	int ready;
	wait_queue_head_t wq;
};

static void port_ready(struct port *p)
{
	p->ready = 1;
	if (wq_has_sleeper(&p->wq))
		wake_up_interruptible(&p->wq);
}
