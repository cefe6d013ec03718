// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: callers pass one level up, correct: smp_mb() before the call of the static helper's static caller, and a caller that is not static is not followed
 * check-command: wqcheck --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/caller-store-two-levels-ordered.c:35:6: warning: waitqueue_active(&u->wq) in unit_wake() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/caller-store-two-levels-ordered.c:65:1: note: waiter unit_wait_idle() sleeps in wait_event()
testcases/caller-store-two-levels-ordered.c:41:2: warning: unit_wake(u) in unit_notify() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/caller-store-two-levels-ordered.c:65:1: note: waiter unit_wait_idle() sleeps in wait_event()
testcases/caller-store-two-levels-ordered.c:47:2: warning: unit_wake(u) in unit_notify_all() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/caller-store-two-levels-ordered.c:65:1: note: waiter unit_wait_idle() sleeps in wait_event()
 * check-output-end
 */

/*
 * The twin of caller-store-two-levels.c. unit_put() stores u->count,
 * then smp_mb(), then calls unit_notify(): ordered, no finding there.
 * unit_notify_all() calls unit_wake() with no store before it too, but
 * it is not static: other files may call it, and wqcheck does not go up
 * from it (its low finding says the store may be in its callers), so
 * unit_put_all()'s store before calling it is no finding either.
 */
#include <asm/barrier.h>
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

void unit_notify_all(struct unit *u);
void unit_notify_all(struct unit *u)
{
	unit_wake(u);
}

static void __maybe_unused unit_put(struct unit *u)
{
	u->count--;
	smp_mb();
	unit_notify(u);
}

static void __maybe_unused unit_put_all(struct unit *u)
{
	u->count = 0;
	unit_notify_all(u);
}

static void __maybe_unused unit_wait_idle(struct unit *u)
{
	wait_event(u->wq, READ_ONCE(u->count) == 0);
}
