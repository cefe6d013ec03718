/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's compiler helpers used here: compiler barrier, single-copy
 * access macros, alignment, array size.
 */
#ifndef REPRO_COMPILER_H
#define REPRO_COMPILER_H

/* Stops the compiler, not the CPU. */
#define barrier()	__asm__ __volatile__("" : : : "memory")

/* One load or store the compiler may neither split, merge nor omit. */
#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val)	(*(volatile __typeof__(x) *)&(x) = (val))

#define __aligned(x)		__attribute__((aligned(x)))
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

#endif /* REPRO_COMPILER_H */
