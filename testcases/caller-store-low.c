// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store in a caller: a wake helper with no store and no barrier of its own is low confidence
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	store-in-caller	testcases/caller-store-low.c	26	5	21	tags_wake	low	&t->wait	waitqueue_active					wake_up	27	smp_mb()		waitqueue_active(&t->wait) in tags_wake() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check	26							struct tags						
wqcheck-test-1	testcases/caller-store-low.c	26	5	tags_wake	waitqueue_active	reported
 * check-output-end
 */

/*
 * The blk-mq tags shape before the 2015 fix: the helper tests the
 * queue at its entry, and the store that matters is in its caller.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct tags {
	atomic_t active;
	wait_queue_head_t wait;
};

static void tags_wake(struct tags *t)
{
	if (waitqueue_active(&t->wait))
		wake_up(&t->wait);
}

static void __maybe_unused tags_put(struct tags *t)
{
	atomic_dec(&t->active);
	tags_wake(t);
}
