// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads followed through two static functions of the file (name@function); the third level is not followed: *
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-two-levels.c	46	ring_wait	wait_event	r->wait	struct ring		tail@ring_avail head@ring_avail dead@ring_ready *		none	ring_ready(r)	
 * check-output-end
 */

/*
 * The condition calls ring_ready(), which calls ring_avail(), which
 * reads the tail: the reader two calls down is what the waker must
 * order its store before. ring_debug(), three calls down, is not read:
 * the record says that the condition may read more (*).
 */
#include <linux/wait.h>

struct ring {
	wait_queue_head_t wait;
	unsigned int head;
	unsigned int tail;
	bool dead;
	int debug;
};

static bool ring_debug(struct ring *r)
{
	return READ_ONCE(r->debug) != 0;
}

static unsigned int ring_avail(struct ring *r)
{
	if (ring_debug(r))
		return 0;
	return READ_ONCE(r->tail) - r->head;
}

static bool ring_ready(struct ring *r)
{
	return ring_avail(r) > 0 || READ_ONCE(r->dead);
}

static void __maybe_unused ring_wait(struct ring *r)
{
	wait_event(r->wait, ring_ready(r));
}
