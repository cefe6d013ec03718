// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided repoll: the only waiter (in another file) gives up with -ETIMEDOUT when its timeout expires: reported at the usual level
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-timeout-error-waiter.c
 * check-companion: testcases/companion/two-sided-timeout-error-waiter.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-repoll-short-timeout.c.  The waiter has
 * a timeout too, but its expiry is an error: engine_sync() returns
 * -ETIMEDOUT after five seconds asleep with e->done already set.  A
 * timeout that ends the wait in failure is still a lost wake-up, so the
 * finding keeps its level.
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
