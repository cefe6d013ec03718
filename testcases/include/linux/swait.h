/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Simple wait queues for the wqcheck test corpus.
 *
 * Same rule as wait queues: swait_active() is a lockless test that
 * needs q->lock held or a full barrier after the waker's store;
 * swq_has_sleeper() has the barrier built in.
 */
#ifndef _LINUX_SWAIT_H
#define _LINUX_SWAIT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <asm/barrier.h>

struct swait_queue_head {
	raw_spinlock_t		lock;
	struct list_head	task_list;
};

struct swait_queue {
	struct task_struct	*task;
	struct list_head	task_list;
};

#define DECLARE_SWAITQUEUE(name)					\
	struct swait_queue name = {					\
		.task = current,					\
		.task_list = LIST_HEAD_INIT((name).task_list),		\
	}

extern void init_swait_queue_head(struct swait_queue_head *q);

static inline int swait_active(struct swait_queue_head *q)
{
	return !list_empty(&q->task_list);
}

static inline bool swq_has_sleeper(struct swait_queue_head *q)
{
	smp_mb();
	return swait_active(q);
}

extern void swake_up_one(struct swait_queue_head *q);
extern void swake_up_all(struct swait_queue_head *q);
/* Caller holds q->lock. */
extern void swake_up_locked(struct swait_queue_head *q, int wake_flags);

extern void prepare_to_swait_exclusive(struct swait_queue_head *q,
				       struct swait_queue *wait, int state);
extern void finish_swait(struct swait_queue_head *q, struct swait_queue *wait);

/* Sleep (one exclusive waiter woken at a time) until @condition is true. */
#define swait_event_exclusive(wq, condition)				\
do {									\
	DECLARE_SWAITQUEUE(__swe_wait);					\
									\
	for (;;) {							\
		prepare_to_swait_exclusive(&(wq), &__swe_wait,		\
					   TASK_UNINTERRUPTIBLE);	\
		if (condition)						\
			break;						\
		schedule();						\
	}								\
	finish_swait(&(wq), &__swe_wait);				\
} while (0)

#endif /* _LINUX_SWAIT_H */
