// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-refcount-dec-and-test.c (not a case of its
 * own): the only waiter of struct sess's wq, reading the reference
 * count the waker decrements.
 */
#include <linux/refcount.h>
#include <linux/wait.h>

struct sess {
	refcount_t users;
	wait_queue_head_t wq;
};

/* Waits until the caller's own reference is the last one. */
static void __maybe_unused sess_drain(struct sess *s)
{
	wait_event(s->wq, refcount_read(&s->users) == 1);
}
