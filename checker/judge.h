/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Judging each finding against the waiters of its queue, wherever in
 * the tree they are: the race needs a waiter that can miss the store.
 *
 * - Every waiter enqueues and tests under a lock the waker holds at the
 *   check: the two sides are serialised; not reported.
 * - No waiter reads any store that reaches the check: one confidence
 *   level lower; low when, in a whole tree, the waiters of a queue
 *   certainly read none of them (judge_unread.h: a queue of a known
 *   type, or one static to its file) and a store reaches the check with
 *   no call between (the stores are all in sight). A stored bare
 *   variable is read by a waiter that tests it. A wait_on_bit*() waiter
 *   reads of a bit store (set_bit(B, w)) only its own bit.
 * - Every waiter re-polls on a short timeout (the wake-up is a hint),
 *   or wake_up_bit(W, B) for a bit that no indexed waiter waits on:
 *   low, not shown by default.
 * - A kthread_stop() follows the check on every path, of the thread
 *   every waiter waits in, and every waiter tests kthread_should_stop():
 *   low (judge_stop.h).
 * - The store replaces a value K that the waker tested E == K under a
 *   lock it holds through the check, and every waiter of the queue
 *   waits in a loop that takes its snapshot of E under that lock and
 *   never sleeps while E is K (judge_value.h): low.
 * - No indexed waiter of the queue at all: one level lower (a waiter
 *   the index cannot see, through a macro or a function of a .c file
 *   that returns the queue, stays possible; a header's accessor is
 *   seen, accessor.h).
 * - Otherwise the finding names the newest store a waiter reads, is a
 *   wrong-barrier only when the weak barrier comes after that store,
 *   and a store before a call of a barrier-less helper is shown at the
 *   confidence of a direct finding.
 * Every finding with waiters gets a note naming each of them.
 */
#ifndef WQCHECK_JUDGE_H
#define WQCHECK_JUDGE_H

#include <stddef.h>

#include "records.h"
#include "waiters.h"

struct judge_stats {
	size_t judged; /* findings whose queue has indexed waiters */
	size_t serialised; /* dropped: the waiters hold the waker's lock */
	size_t unread; /* lowered: no waiter reads the stores */
	size_t unread_sure; /* low: no waiter can read them */
	size_t repoll; /* lowered: every waiter re-polls */
	size_t stopped; /* low: a kthread_stop() wakes every waiter */
	size_t no_bit_waiter; /* lowered: nothing waits on the bit */
	size_t no_waiter; /* lowered: nothing waits on the queue */
	size_t restored; /* a store named anew */
	size_t raised; /* call sites shown at a direct finding's confidence */
	size_t unslept; /* low: no waiter sleeps on the value replaced */
};

/*
 * Judge @recs in place. Only when @whole_tree (the waiters come from a
 * whole tree) is a queue or bit with no waiter judged so: in part of a
 * tree, its waiters may be in the files not scanned. A dropped record gets confidence CONF_NONE, which
 * filter_findings() leaves out at every setting.
 */
void judge_records(struct record *recs, size_t n, const struct waiter *w,
		   size_t nw, int whole_tree, struct judge_stats *st);

#endif
