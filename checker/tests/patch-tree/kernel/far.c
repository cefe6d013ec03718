// SPDX-License-Identifier: GPL-2.0-only
/* The barrier sits well above the check: a hunk does not show both. */
#include <linux/wait.h>

struct queue {
	int head;
	wait_queue_head_t wait;
};

static int queue_push(struct queue *q, int v)
{
	int a, b, c;

	q->head = v;
	smp_mb();
	a = v * 2;
	b = a + 3;
	c = b - v;
	a = c * c;
	b = a / 2;
	if (waitqueue_active(&q->wait))
		wake_up(&q->wait);
	return b;
}
