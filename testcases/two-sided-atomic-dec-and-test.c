// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided refcount: the same with an atomic_t and atomic_dec_and_test(), which is fully ordered: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-atomic-waiter.c
 * check-companion: testcases/companion/two-sided-atomic-waiter.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the twin of two-sided-refcount-dec-and-test.c with an
 * atomic_t.  atomic_dec_and_test() returns a value, so it is fully
 * ordered, as if an smp_mb() stood on each side: the decrement is
 * visible before the test of the wait list, whatever it returns.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct sess {
	atomic_t users;
	wait_queue_head_t wq;
};

extern void sess_free(struct sess *s);

static void __maybe_unused sess_put(struct sess *s)
{
	if (atomic_dec_and_test(&s->users)) {
		sess_free(s);
		return;
	}
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
