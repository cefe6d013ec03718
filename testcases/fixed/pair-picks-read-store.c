// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: pairing: of two stores before the check, the one the waiter reads is named, not the nearest
 *
 * check-output-start
testcases/pair-picks-read-store.c:26:5-21: WARNING: store to p->pg_event (line 24) may be reordered after waitqueue_active(&p->wait_pg) in pg_irq(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy: pg_wait() waits for pg_event; the nearer store to pg_state is
 * bookkeeping.  The finding names the store that the waiter misses.
 */
#include <linux/wait.h>

struct pg {
	int pg_event;
	int pg_state;
	wait_queue_head_t wait_pg;
};

static void __maybe_unused pg_irq(struct pg *p)
{
	p->pg_event = 1;
	p->pg_state = 2;
	/*
	 * Order the store to p->pg_event before the wait-list test of
	 * p->wait_pg; pairs with the barrier in wait_event_interruptible() in
	 * pg_wait().
	 */
	smp_mb();
	if (waitqueue_active(&p->wait_pg))
		wake_up(&p->wait_pg);
}

static int __maybe_unused pg_wait(struct pg *p)
{
	return wait_event_interruptible(p->wait_pg, READ_ONCE(p->pg_event) == 1);
}
