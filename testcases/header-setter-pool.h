/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A header of callee-store-header-setter*.c (not a case of its own):
 * struct pool, a setter (its body only stores to a member of its
 * pointer parameter) and a helper that branches, which is no setter.
 */
#ifndef HEADER_SETTER_POOL_H
#define HEADER_SETTER_POOL_H

#include <linux/compiler.h>
#include <linux/wait.h>

struct pool {
	int queued;
	int limit;
	int charged;
	wait_queue_head_t wait;
};

static inline void pool_queued_add(struct pool *p, int val)
{
	WRITE_ONCE(p->queued, p->queued + val);
}

/* Stores only when accounting is on: no setter, its store may not be. */
static inline void pool_uncharge(struct pool *p, int val)
{
	if (p->limit)
		p->charged -= val;
}

#endif
