// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the store in an if condition, the wake-up its unbraced body: the fix braces the body
 *
 * check-output-start
testcases/fix-store-in-condition.c:28:2-13: WARNING: store to p->refs (line 27) may be reordered after wake_up_var(&p->refs) in pending_put(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  refcount_dec_and_test() is a release, not a full barrier, so
 * the load of the wait list in wake_up_var() may pass the decrement that
 * the waiter tests for zero.  The barrier must go between the condition
 * and the wake-up: inside the body, which needs braces for it.
 */
#include <linux/refcount.h>
#include <linux/wait_bit.h>

struct pending {
	refcount_t refs;
	int done;
};

static void __maybe_unused pending_put(struct pending *p)
{
	p->done = 1;
	if (refcount_dec_and_test(&p->refs)) {
		/*
		 * Order the store to p->refs before the wait-list test in
		 * wake_up_var(); pairs with set_current_state() in the waiter.
		 */
		smp_mb();
		wake_up_var(&p->refs); /* the waiter only needs the address */
	}
}
