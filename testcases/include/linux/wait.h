/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Wait queues for the wqcheck test corpus.
 *
 * The waiter:
 *
 *	prepare_to_wait(&wq, &wait, TASK_UNINTERRUPTIBLE);  (adds itself
 *		to wq.head under wq.lock, then a full barrier)
 *	if (!cond)
 *		schedule();
 *	finish_wait(&wq, &wait);
 *
 * The waker stores cond and then wakes.  Every wake_up*() but the
 * _locked forms takes wq.lock (for those the caller already holds it),
 * which pairs with the waiter's prepare_to_wait().  Testing
 * waitqueue_active() first skips that lock, and is only safe when
 * either wq.lock is held or a full barrier (smp_mb()) separates the
 * store of cond from the test: without it the load of the wait list
 * may be satisfied before the store is visible, the waker sees no
 * waiter, the waiter sees no cond, and it sleeps for ever.
 * wq_has_sleeper() is the test with that barrier built in.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <asm/barrier.h>

struct wait_queue_entry;
typedef int (*wait_queue_func_t)(struct wait_queue_entry *wq_entry,
				 unsigned int mode, int flags, void *key);

struct wait_queue_entry {
	unsigned int		flags;
	void			*private;
	wait_queue_func_t	func;
	struct list_head	entry;
};
typedef struct wait_queue_entry wait_queue_entry_t;

struct wait_queue_head {
	spinlock_t		lock;
	struct list_head	head;
};
typedef struct wait_queue_head wait_queue_head_t;

extern int default_wake_function(struct wait_queue_entry *wq_entry,
				 unsigned int mode, int flags, void *key);
extern int autoremove_wake_function(struct wait_queue_entry *wq_entry,
				    unsigned int mode, int flags, void *key);

#define __WAIT_QUEUE_HEAD_INITIALIZER(name)				\
	{								\
		.lock = __SPIN_LOCK_UNLOCKED(name.lock),		\
		.head = LIST_HEAD_INIT(name.head),			\
	}
#define DECLARE_WAIT_QUEUE_HEAD(name)					\
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

extern void init_waitqueue_head(struct wait_queue_head *wq_head);

/* A wait entry for @tsk, for add_wait_queue(). */
#define DECLARE_WAITQUEUE(name, tsk)					\
	struct wait_queue_entry name = {				\
		.private = tsk,						\
		.func = default_wake_function,				\
		.entry = { NULL, NULL },				\
	}

#define DEFINE_WAIT(name)						\
	struct wait_queue_entry name = {				\
		.private = current,					\
		.func = autoremove_wake_function,			\
		.entry = LIST_HEAD_INIT((name).entry),			\
	}

/*
 * Lockless test for waiters.  Safe only under wq_head->lock, or after
 * a full barrier that follows the waker's store (see above).
 */
static inline int waitqueue_active(struct wait_queue_head *wq_head)
{
	return !list_empty(&wq_head->head);
}

/* waitqueue_active() preceded by the full barrier it needs. */
static inline bool wq_has_sleeper(struct wait_queue_head *wq_head)
{
	smp_mb();
	return waitqueue_active(wq_head);
}

extern void add_wait_queue(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry);
extern void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
				     struct wait_queue_entry *wq_entry);
extern void remove_wait_queue(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry);

extern void prepare_to_wait(struct wait_queue_head *wq_head,
			    struct wait_queue_entry *wq_entry, int state);
extern bool prepare_to_wait_exclusive(struct wait_queue_head *wq_head,
				      struct wait_queue_entry *wq_entry,
				      int state);
extern long prepare_to_wait_event(struct wait_queue_head *wq_head,
				  struct wait_queue_entry *wq_entry, int state);
extern void finish_wait(struct wait_queue_head *wq_head,
			struct wait_queue_entry *wq_entry);

/*
 * Wake-ups.  In the kernel most of these are macros around
 * __wake_up(); plain prototypes are all a checker needs.  All of them
 * take wq_head->lock, except the _locked forms, whose caller must
 * already hold it.
 */
extern int __wake_up(struct wait_queue_head *wq_head, unsigned int mode,
		     int nr, void *key);
extern void wake_up(struct wait_queue_head *wq_head);
extern void wake_up_all(struct wait_queue_head *wq_head);
extern void wake_up_nr(struct wait_queue_head *wq_head, int nr);
extern void wake_up_interruptible(struct wait_queue_head *wq_head);
extern void wake_up_interruptible_all(struct wait_queue_head *wq_head);
extern void wake_up_poll(struct wait_queue_head *wq_head, __poll_t mask);
extern void wake_up_interruptible_poll(struct wait_queue_head *wq_head,
				       __poll_t mask);
extern void wake_up_interruptible_sync_poll(struct wait_queue_head *wq_head,
					    __poll_t mask);
extern void wake_up_locked(struct wait_queue_head *wq_head);
extern void wake_up_locked_poll(struct wait_queue_head *wq_head,
				__poll_t mask);

/* Sleep until @condition is true. */
#define wait_event(wq_head, condition)					\
do {									\
	DEFINE_WAIT(__we_wait);						\
									\
	for (;;) {							\
		prepare_to_wait(&(wq_head), &__we_wait,			\
				TASK_UNINTERRUPTIBLE);			\
		if (condition)						\
			break;						\
		schedule();						\
	}								\
	finish_wait(&(wq_head), &__we_wait);				\
} while (0)

/* As wait_event(), but a signal ends the wait: returns -ERESTARTSYS. */
#define wait_event_interruptible(wq_head, condition)			\
({									\
	DEFINE_WAIT(__wei_wait);					\
	int __wei_ret = 0;						\
									\
	for (;;) {							\
		prepare_to_wait(&(wq_head), &__wei_wait,		\
				TASK_INTERRUPTIBLE);			\
		if (condition)						\
			break;						\
		if (signal_pending(current)) {				\
			__wei_ret = -ERESTARTSYS;			\
			break;						\
		}							\
		schedule();						\
	}								\
	finish_wait(&(wq_head), &__wei_wait);				\
	__wei_ret;							\
})

/*
 * As wait_event(), for at most @timeout jiffies: 0 when the time ran out
 * with @condition still false, else the jiffies left (at least 1).
 */
#define wait_event_timeout(wq_head, condition, timeout)			\
({									\
	DEFINE_WAIT(__wet_wait);					\
	long __wet_ret = (timeout);					\
									\
	for (;;) {							\
		prepare_to_wait(&(wq_head), &__wet_wait,		\
				TASK_UNINTERRUPTIBLE);			\
		if (condition) {					\
			__wet_ret = __wet_ret ? __wet_ret : 1;		\
			break;						\
		}							\
		if (!__wet_ret)						\
			break;						\
		__wet_ret = schedule_timeout(__wet_ret);		\
	}								\
	finish_wait(&(wq_head), &__wet_wait);				\
	__wet_ret;							\
})

/*
 * As wait_event(), called and returning with @lock held (spin_lock_irq):
 * the condition is tested under it, and it is dropped only to sleep.
 */
#define wait_event_lock_irq(wq_head, condition, lock)			\
do {									\
	DEFINE_WAIT(__weli_wait);					\
									\
	for (;;) {							\
		prepare_to_wait(&(wq_head), &__weli_wait,		\
				TASK_UNINTERRUPTIBLE);			\
		if (condition)						\
			break;						\
		spin_unlock_irq(&(lock));				\
		schedule();						\
		spin_lock_irq(&(lock));					\
	}								\
	finish_wait(&(wq_head), &__weli_wait);				\
} while (0)

#endif /* _LINUX_WAIT_H */
