/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reference counts for the wqcheck test corpus.
 *
 * Unlike atomic_dec_and_test(), refcount_dec_and_test() is NOT fully
 * ordered: it is a RELEASE (earlier accesses complete before the
 * decrement), plus an ACQUIRE when it returns true.  A load after a
 * decrement that did not reach zero may be satisfied before earlier
 * stores are visible.
 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/types.h>
#include <linux/atomic.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n)	{ .refs = ATOMIC_INIT(n) }

extern void refcount_set(refcount_t *r, int n);
extern unsigned int refcount_read(const refcount_t *r);
extern void refcount_inc(refcount_t *r);
extern bool __must_check refcount_inc_not_zero(refcount_t *r);
extern void refcount_dec(refcount_t *r);
extern bool __must_check refcount_dec_and_test(refcount_t *r);

#endif /* _LINUX_REFCOUNT_H */
