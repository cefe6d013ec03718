/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Atomic counters for the wqcheck test corpus.
 *
 * Ordering, as the kernel documents it (Documentation/atomic_t.txt):
 *  - atomic_read()/atomic_set() are plain accesses: unordered;
 *  - read-modify-write operations without a return value (inc, dec,
 *    add, sub, or, and) are atomic but unordered; follow them with
 *    smp_mb__after_atomic() when a later load must not pass them;
 *  - read-modify-write operations that return a value (*_return,
 *    fetch_*, *_and_test, xchg) are fully ordered, as if an smp_mb()
 *    stood on each side; cmpxchg is fully ordered when it succeeds;
 *  - the _relaxed forms are unordered.
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/barrier.h>

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

typedef struct {
	long counter;
} atomic_long_t;

#define ATOMIC_INIT(i)		{ (i) }
#define ATOMIC64_INIT(i)	{ (i) }
#define ATOMIC_LONG_INIT(i)	{ (i) }

/* Unordered. */
extern int atomic_read(const atomic_t *v);
extern void atomic_set(atomic_t *v, int i);
extern void atomic_inc(atomic_t *v);
extern void atomic_dec(atomic_t *v);
extern void atomic_add(int i, atomic_t *v);
extern void atomic_sub(int i, atomic_t *v);
extern void atomic_or(int i, atomic_t *v);
extern void atomic_and(int i, atomic_t *v);
extern int atomic_inc_return_relaxed(atomic_t *v);
extern int atomic_fetch_add_relaxed(int i, atomic_t *v);

/* Fully ordered. */
extern int atomic_inc_return(atomic_t *v);
extern int atomic_dec_return(atomic_t *v);
extern int atomic_add_return(int i, atomic_t *v);
extern int atomic_sub_return(int i, atomic_t *v);
extern int atomic_fetch_add(int i, atomic_t *v);
extern int atomic_fetch_sub(int i, atomic_t *v);
extern int atomic_fetch_or(int i, atomic_t *v);
extern int atomic_fetch_and(int i, atomic_t *v);
extern bool atomic_inc_and_test(atomic_t *v);
extern bool atomic_dec_and_test(atomic_t *v);
extern bool atomic_sub_and_test(int i, atomic_t *v);
extern int atomic_xchg(atomic_t *v, int new);
/* Fully ordered on success, unordered when it fails. */
extern int atomic_cmpxchg(atomic_t *v, int old, int new);

/* 64-bit counters: same ordering as above. */
extern s64 atomic64_read(const atomic64_t *v);
extern void atomic64_set(atomic64_t *v, s64 i);
extern void atomic64_inc(atomic64_t *v);
extern void atomic64_dec(atomic64_t *v);
extern void atomic64_add(s64 i, atomic64_t *v);
extern void atomic64_sub(s64 i, atomic64_t *v);
extern void atomic64_or(s64 i, atomic64_t *v);
extern void atomic64_and(s64 i, atomic64_t *v);
extern s64 atomic64_inc_return(atomic64_t *v);
extern s64 atomic64_dec_return(atomic64_t *v);
extern s64 atomic64_add_return(s64 i, atomic64_t *v);
extern s64 atomic64_sub_return(s64 i, atomic64_t *v);
extern s64 atomic64_fetch_add(s64 i, atomic64_t *v);
extern s64 atomic64_fetch_or(s64 i, atomic64_t *v);
extern bool atomic64_dec_and_test(atomic64_t *v);
extern s64 atomic64_xchg(atomic64_t *v, s64 new);
extern s64 atomic64_cmpxchg(atomic64_t *v, s64 old, s64 new);

/* long-sized counters: same ordering as above. */
extern long atomic_long_read(const atomic_long_t *v);
extern void atomic_long_set(atomic_long_t *v, long i);
extern void atomic_long_inc(atomic_long_t *v);
extern void atomic_long_dec(atomic_long_t *v);
extern void atomic_long_add(long i, atomic_long_t *v);
extern void atomic_long_sub(long i, atomic_long_t *v);
extern void atomic_long_or(long i, atomic_long_t *v);
extern void atomic_long_and(long i, atomic_long_t *v);
extern long atomic_long_inc_return(atomic_long_t *v);
extern long atomic_long_dec_return(atomic_long_t *v);
extern long atomic_long_add_return(long i, atomic_long_t *v);
extern long atomic_long_fetch_add(long i, atomic_long_t *v);
extern long atomic_long_fetch_or(long i, atomic_long_t *v);
extern bool atomic_long_dec_and_test(atomic_long_t *v);
extern long atomic_long_xchg(atomic_long_t *v, long new);
extern long atomic_long_cmpxchg(atomic_long_t *v, long old, long new);

/*
 * xchg() and cmpxchg() on any scalar: both return the old value.
 * xchg() is fully ordered; cmpxchg() is fully ordered when it
 * succeeds (returns @old) and unordered when it fails.
 */
#define xchg(ptr, new)							\
	__atomic_exchange_n(ptr, new, __ATOMIC_SEQ_CST)

#define cmpxchg(ptr, old, new)						\
({									\
	typeof(*(ptr)) __cx_old = (old);				\
	__atomic_compare_exchange_n(ptr, &__cx_old, new, false,		\
				    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED); \
	__cx_old;							\
})

#endif /* _LINUX_ATOMIC_H */
