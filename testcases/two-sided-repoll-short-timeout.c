// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided repoll: the only waiter (in another file) naps HZ / 100 at a time and pokes the engine between naps: one confidence level lower
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-repoll-waiter.c
 * check-companion: testcases/companion/two-sided-repoll-waiter.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * A hint, not a hang: the barrier is missing, but the only waiter of
 * struct engine's wq, engine_sync() in another file, sleeps at most a
 * hundredth of a second, then pokes the engine and waits again.  A
 * missed wake-up costs it one short nap, so the finding stays one level
 * lower (JSON, to show the level).
 */
#include <linux/wait.h>

struct engine {
	bool done;
	wait_queue_head_t wq;
};

static void __maybe_unused engine_irq_done(struct engine *e)
{
	e->done = true;
	if (waitqueue_active(&e->wq))
		wake_up(&e->wq);
}
