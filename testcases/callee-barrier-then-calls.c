// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function whose fully ordered atomic comes first, then calls that store, orders nothing they store
 *
 * check-output-start
testcases/callee-barrier-then-calls.c:51:1-12: WARNING: store to it->gen (line 49) may be reordered after wake_up_var(&b->users) in item_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  item_put() tests its count with atomic_dec_and_test(), fully
 * ordered, and then calls box_put(), whose refcount_dec_and_test() is
 * what the waiter of box->users reads: a release, not a full barrier.
 * item_put() does not end in its barrier, so it orders nothing it does
 * after it, and the wake-up needs its own smp_mb().  Compare
 * callee-ordered.c, whose called function ends in its atomic.
 */
#include <linux/atomic.h>
#include <linux/refcount.h>
#include <linux/wait_bit.h>

struct box {
	refcount_t users;
};

struct item {
	atomic_t count;
	struct box *box;
	int gen;
};

static void box_put(struct box *b)
{
	if (refcount_dec_and_test(&b->users))
		b->users.refs.counter = 0;
}

static void item_put(struct item *it)
{
	if (!atomic_dec_and_test(&it->count))
		return;
	box_put(it->box);
}

static void __maybe_unused item_release(struct item *it)
{
	struct box *b = it->box;

	it->gen++;
	item_put(it);
	wake_up_var(&b->users);
}
