// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-call-site-waiter-reads.c (not a case of its
 * own): the only waiter of struct unit's wq, sleeping until u->state
 * leaves the state it started in.
 */
#include <linux/wait.h>

struct unit {
	int state;
	unsigned int gen;
	wait_queue_head_t wq;
};

static void __maybe_unused unit_wait_state_change(struct unit *u, int old)
{
	wait_event(u->wq, READ_ONCE(u->state) != old);
}
