/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A userspace model of the kernel's wait queue: a list of waiting tasks
 * under a spinlock, with the same lockless waitqueue_active() test.
 */
#ifndef REPRO_WAITQUEUE_H
#define REPRO_WAITQUEUE_H

#include <stdbool.h>

#include "barrier.h"
#include "list.h"
#include "sched.h"
#include "spinlock.h"

struct wait_queue_head {
	struct spinlock lock;
	struct list_head head;
};

struct wait_queue_entry {
	struct task_struct *private;
	struct list_head entry;
};

#define DEFINE_WAIT(name)						\
	struct wait_queue_entry name = {				\
		.private = current,					\
		.entry = { .next = &(name).entry, .prev = &(name).entry }, \
	}

void init_waitqueue_head(struct wait_queue_head *wq_head);
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state);
void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry);
void wake_up(struct wait_queue_head *wq_head);

/*
 * True if some task is queued.  Lockless: one plain load of the list head,
 * with no barrier, exactly like the kernel's.  A waker that stored the
 * condition just before must put smp_mb() between the store and this load.
 */
static inline bool waitqueue_active(struct wait_queue_head *wq_head)
{
	return !list_empty(&wq_head->head);
}

/* waitqueue_active() with the full barrier the waker needs built in. */
static inline bool wq_has_sleeper(struct wait_queue_head *wq_head)
{
	smp_mb();
	return waitqueue_active(wq_head);
}

#endif /* REPRO_WAITQUEUE_H */
