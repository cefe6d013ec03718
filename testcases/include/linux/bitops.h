/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bit operations for the wqcheck test corpus.
 *
 * Ordering (Documentation/atomic_bitops.txt):
 *  - test_bit() and the non-atomic __set_bit()/__clear_bit()/
 *    __change_bit() are plain accesses: unordered;
 *  - set_bit(), clear_bit(), change_bit() are atomic but unordered;
 *    smp_mb__after_atomic() upgrades them;
 *  - clear_bit_unlock() is a RELEASE: earlier accesses stay before
 *    it, but a later load may pass it;
 *  - test_and_set_bit(), test_and_clear_bit(), test_and_change_bit()
 *    are fully ordered; test_and_set_bit_lock() is only an ACQUIRE.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>
#include <asm/barrier.h>

#define BIT(nr)			(1UL << (nr))

extern bool test_bit(long nr, const volatile unsigned long *addr);

extern void set_bit(long nr, volatile unsigned long *addr);
extern void clear_bit(long nr, volatile unsigned long *addr);
extern void change_bit(long nr, volatile unsigned long *addr);
extern void clear_bit_unlock(long nr, volatile unsigned long *addr);

extern void __set_bit(long nr, volatile unsigned long *addr);
extern void __clear_bit(long nr, volatile unsigned long *addr);
extern void __change_bit(long nr, volatile unsigned long *addr);

extern bool test_and_set_bit(long nr, volatile unsigned long *addr);
extern bool test_and_clear_bit(long nr, volatile unsigned long *addr);
extern bool test_and_change_bit(long nr, volatile unsigned long *addr);
extern bool test_and_set_bit_lock(long nr, volatile unsigned long *addr);

#endif /* _LINUX_BITOPS_H */
