/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A store that replaces a value no waiter can be asleep on. The waker
 * tested E == K under a lock L it holds through the store and the
 * check (the record's value and locks fields); every waiter of the
 * queue waits for E to change from a snapshot it took under L in a
 * loop that goes round only while E is not K (its snapshot field,
 * cocci/RECORDS.md). A waiter asleep when the store is made holds a
 * snapshot that is not K, the value the store replaces: that value was
 * stored since, and the wake-up it missed is that store's, not this
 * one's (a finding of its own).
 *
 * Assumed, not checked: every store to E is made under L (else E could
 * become K between a waiter's test and its snapshot); that a do-while
 * loop's first round, which no test of the loop guards, was entered
 * only as the callers in the file show (their test before the call);
 * and, as every judgement against the waiters, that the waiters the
 * PATHs hold are all of them (a scan of one file or of a patch sees
 * only those of the files it reads).
 */
#ifndef WQCHECK_JUDGE_VALUE_H
#define WQCHECK_JUDGE_VALUE_H

#include <stddef.h>

#include "records.h"
#include "waiters.h"

/*
 * The note "low: no waiter sleeps while E is K, ..." when that holds
 * of @r against its queue's @nw waiters @w (at least one), else NULL.
 */
char *value_unslept(const struct record *r, const struct waiter *const *w,
		    size_t nw);

#endif
