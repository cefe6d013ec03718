/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Work run from hard interrupt context, for the wqcheck test corpus.
 * A waker that cannot take the wait queue lock where it is queues an
 * irq_work whose callback does the wake_up().
 */
#ifndef _LINUX_IRQ_WORK_H
#define _LINUX_IRQ_WORK_H

#include <linux/types.h>
#include <linux/llist.h>

struct irq_work {
	struct llist_node	node;
	void			(*func)(struct irq_work *work);
};

extern void init_irq_work(struct irq_work *work,
			  void (*func)(struct irq_work *work));
/* Returns false when @work was already pending. */
extern bool irq_work_queue(struct irq_work *work);

#endif /* _LINUX_IRQ_WORK_H */
