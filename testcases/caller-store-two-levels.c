// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: callers pass one level up: a static helper calls a static helper that tests the wait list, with no store before the call; the store in its caller is the race, and the waiter reads it
 * check-command: wqcheck --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/caller-store-two-levels.c:45:2: warning: store to u->count (line 44) may be reordered after the wait-list test in unit_notify(), called here from unit_put() with no barrier: a waiter can miss the wake-up; add smp_mb() before the call [wqcheck/store-in-caller]
testcases/caller-store-two-levels.c:50:1: note: waiter unit_wait_idle() sleeps in wait_event() and reads u->count
 * check-output-end
 */

/*
 * unit_wake() tests u->wq with no barrier and stores nothing (a low
 * finding of the first pass); unit_notify() calls it with no store
 * before the call (a low finding of the callers pass). Both are static:
 * every caller of unit_notify() is in this file, so the callers pass
 * runs once more for it, and finds unit_put()'s store to u->count with
 * no barrier before the call. The waiter sleeps until u->count drops to
 * zero: it reads that store, so the call site is shown as a direct
 * finding would be (the twin, caller-store-two-levels-ordered.c, has a
 * barrier there, and a helper that is not static).
 */
#include <linux/wait.h>

struct unit {
	int count;
	wait_queue_head_t wq;
};

static void unit_wake(struct unit *u)
{
	if (waitqueue_active(&u->wq))
		wake_up(&u->wq);
}

static void unit_notify(struct unit *u)
{
	unit_wake(u);
}

static void __maybe_unused unit_put(struct unit *u)
{
	u->count--;
	unit_notify(u);
}

static void __maybe_unused unit_wait_idle(struct unit *u)
{
	wait_event(u->wq, READ_ONCE(u->count) == 0);
}
