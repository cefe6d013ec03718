// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: a barrier-less helper tests the wait list, its caller stores u->state first, and the waiter (in another file) reads u->state: the call site is reported above low
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-call-site-waiter-state.c
 * check-companion: testcases/companion/two-sided-call-site-waiter-state.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Racy: unit_wake() tests u->wq with no barrier and stores nothing, so
 * alone it is a low finding (caller-store-second-pass.c).  Here its
 * caller stores u->state just before calling it, and the waiter of
 * struct unit's wq, in another file, sleeps until u->state changes:
 * the call site is a finding as certain as a direct one, and the
 * helper's own low finding is no longer needed by default (JSON, to
 * show the levels).
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
