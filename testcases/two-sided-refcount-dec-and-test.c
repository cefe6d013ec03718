// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided refcount: refcount_dec_and_test() is the store, then waitqueue_active(), and the waiter (in another file) reads refcount_read(): reported, a refcount is release-only
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-refcount-waiter.c
 * check-companion: testcases/companion/two-sided-refcount-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-refcount-dec-and-test.c:38:6: warning: store to s->users (line 34) may be reordered after waitqueue_active(&s->wq) in sess_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-refcount-waiter.c:18:1: note: waiter sess_drain() sleeps in wait_event() and reads s->users
 * check-output-end
 */

/*
 * Racy: the decrement is the store the waiter waits for: sess_drain(),
 * in another file, sleeps until refcount_read() gives 1.
 * refcount_dec_and_test() is a RELEASE (and an ACQUIRE only when it
 * reaches zero), not a full barrier, even though it returns a value:
 * when it does not reach zero, the test of the wait list may pass the
 * decrement and the drainer sleeps with the count at 1.
 */
#include <linux/refcount.h>
#include <linux/wait.h>

struct sess {
	refcount_t users;
	wait_queue_head_t wq;
};

extern void sess_free(struct sess *s);

static void __maybe_unused sess_put(struct sess *s)
{
	if (refcount_dec_and_test(&s->users)) {
		sess_free(s);
		return;
	}
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
