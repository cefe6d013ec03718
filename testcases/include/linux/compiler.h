/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compiler helpers for the wqcheck test corpus.
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)

#define __maybe_unused		__attribute__((__unused__))
#define __used			__attribute__((__used__))
#define __must_check		__attribute__((__warn_unused_result__))
#define __always_inline		inline __attribute__((__always_inline__))
#define __noreturn		__attribute__((__noreturn__))
#define __printf(a, b)		__attribute__((__format__(__printf__, a, b)))

/* Lock annotations for sparse's context checking: nothing to gcc. */
#define __must_hold(x)

/*
 * barrier() stops the compiler from moving memory accesses across it.
 * It emits no instruction: the CPU may still reorder around it.
 */
#define barrier()		__asm__ __volatile__("" : : : "memory")

/*
 * READ_ONCE()/WRITE_ONCE(): one untorn access the compiler may not
 * merge, repeat or drop.  They order nothing against other locations.
 */
#define READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

#endif /* _LINUX_COMPILER_H */
