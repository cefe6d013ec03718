// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads: the waker stores m->count, and the only waiter (in another file) reads m->count: reported at the usual level
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-reads-waiter-count.c
 * check-companion: testcases/companion/two-sided-reads-waiter-count.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-reads-other-member.c.  The waiter sleeps
 * until m->count reaches its target, the very store that may pass the
 * test of the wait list, so it can sleep with the count reached: the
 * finding keeps the level the waker alone gives it.
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
