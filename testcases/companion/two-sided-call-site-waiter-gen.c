// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-call-site-waiter-other.c (not a case of its
 * own): the only waiter of struct unit's wq, sleeping until u->gen
 * moves; it never reads u->state.
 */
#include <linux/wait.h>

struct unit {
	int state;
	unsigned int gen;
	wait_queue_head_t wq;
};

static void __maybe_unused unit_wait_gen(struct unit *u, unsigned int old)
{
	wait_event(u->wq, READ_ONCE(u->gen) != old);
}
