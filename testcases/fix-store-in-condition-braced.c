// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the store in an if condition, the wake-up its unbraced body: with its barrier in braces: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The twin of fix-store-in-condition.c as --fix makes it:
 * smp_mb() in braces between the decrement in the condition and the
 * load of the wait list in wake_up_var().
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
		smp_mb();
		wake_up_var(&p->refs); /* the waiter only needs the address */
	}
}
