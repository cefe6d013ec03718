// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: the same helper and caller, but the waiter (in another file) reads u->gen, not u->state: the call site stays low
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-call-site-waiter-gen.c
 * check-companion: testcases/companion/two-sided-call-site-waiter-gen.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Probably harmless: the twin of two-sided-call-site-waiter-reads.c.
 * The waiter of struct unit's wq sleeps until u->gen moves, and
 * nothing on this path stores u->gen, so the call site after the store
 * to u->state stays at low, like the helper's own finding.
 */
#include <linux/wait.h>

struct unit {
	int state;
	unsigned int gen;
	wait_queue_head_t wq;
};

/* Stores nothing itself: its callers store, then call it. */
static void unit_wake(struct unit *u)
{
	if (waitqueue_active(&u->wq))
		wake_up(&u->wq);
}

static void __maybe_unused unit_set_state(struct unit *u, int state)
{
	u->state = state;
	unit_wake(u);
}
