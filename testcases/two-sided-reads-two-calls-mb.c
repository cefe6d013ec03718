// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads through calls: the same waker with smp_mb() before the check: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-reads-two-calls-waiter.c
 * check-companion: testcases/companion/two-sided-reads-two-calls-waiter.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the twin of two-sided-reads-two-calls.c.  smp_mb() orders
 * both stores, f->tail included, before the test of the wait list, so
 * whatever the waiter reads, it is not missed.
 */
#include <linux/wait.h>

struct feed {
	unsigned int head;
	unsigned int tail;
	unsigned long stamp;
	bool closed;
	wait_queue_head_t wq;
};

static void __maybe_unused feed_publish(struct feed *f, unsigned int tail,
					unsigned long now)
{
	f->tail = tail;
	f->stamp = now;
	smp_mb();
	if (waitqueue_active(&f->wq))
		wake_up(&f->wq);
}
