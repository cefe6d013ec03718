// SPDX-License-Identifier: GPL-2.0
/*
 * kernel-scan test tree: one racy waker, its correct twin, and source
 * text that the reports must escape.
 */
#include <linux/wait.h>

struct demo_ring {
	unsigned long tail;
	wait_queue_head_t wait;
};

/* Racy: the new tail may still be in the store buffer at the check. */
void demo_ring_push(struct demo_ring *r, unsigned long tail)
{
	r->tail = tail;	/* ``` </div><script>alert("x")</script> & | */
	if (waitqueue_active(&r->wait))
		wake_up(&r->wait);
}

/* Correct: smp_mb() orders the store before the check. */
void demo_ring_push_mb(struct demo_ring *r, unsigned long tail)
{
	r->tail = tail;
	smp_mb();
	if (waitqueue_active(&r->wait))
		wake_up(&r->wait);
}
