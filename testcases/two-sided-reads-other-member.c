// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads: the waker stores m->count, and the only waiter (in another file) reads m->ready, not m->count: one confidence level lower
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-reads-waiter-ready.c
 * check-companion: testcases/companion/two-sided-reads-waiter-ready.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Probably harmless: a missing barrier, but the store that may pass
 * the test of the wait list is m->count, and the only waiter of
 * struct meter's wq sleeps until m->ready.  Missing this wake-up does
 * not leave that waiter asleep with its condition true, so the finding
 * stays, one level lower (JSON, to show the level).  The twin,
 * two-sided-reads-stored-member.c, has a waiter that reads m->count.
 */
#include <linux/wait.h>

struct meter {
	unsigned int count;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused meter_set_count(struct meter *m, unsigned int n)
{
	m->count = n;
	if (waitqueue_active(&m->wq))
		wake_up(&m->wq);
}
