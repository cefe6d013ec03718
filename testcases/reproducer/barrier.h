/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's barrier and access macros, spelled as the kernel spells
 * them and built from the compiler's atomics so that each one costs on
 * x86-64 what the kernel's version costs there.
 */
#ifndef REPRO_BARRIER_H
#define REPRO_BARRIER_H

#include "compiler.h"

/*
 * Full barrier: orders earlier stores against later loads too.  On x86-64
 * GCC emits a locked "or" to the stack (the kernel a locked "add"); either
 * drains the store buffer before any later load may complete.
 */
#define smp_mb()	__atomic_thread_fence(__ATOMIC_SEQ_CST)

/*
 * Store-store barrier.  x86 never reorders two stores, so the kernel
 * defines it as a compiler barrier there; elsewhere a release fence is at
 * least as strong.  Neither orders a store against a later load.
 */
#if defined(__x86_64__) || defined(__i386__)
#define smp_wmb()	barrier()
#else
#define smp_wmb()	__atomic_thread_fence(__ATOMIC_RELEASE)
#endif

/* Orders earlier accesses before the store; a plain mov on x86. */
#define smp_store_release(p, v)	__atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define smp_load_acquire(p)	__atomic_load_n((p), __ATOMIC_ACQUIRE)

#if defined(__x86_64__) || defined(__i386__)
#define cpu_relax()	__builtin_ia32_pause()
#else
#define cpu_relax()	barrier()
#endif

#endif /* REPRO_BARRIER_H */
