// SPDX-License-Identifier: GPL-2.0
/*
 * Queueing, dequeueing and waking on the model wait queue.
 */
#include "waitqueue.h"

void init_waitqueue_head(struct wait_queue_head *wq_head)
{
	spin_lock_init(&wq_head->lock);
	INIT_LIST_HEAD(&wq_head->head);
}

/*
 * Queue the current task (once) and set its state.  set_current_state()
 * ends with smp_mb(), so the enqueue is visible to every CPU before the
 * caller's next load, the check of its wait condition.
 */
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state)
{
	spin_lock(&wq_head->lock);
	if (list_empty(&wq_entry->entry))
		list_add(&wq_entry->entry, &wq_head->head);
	set_current_state(state);
	spin_unlock(&wq_head->lock);
}

/* Back to running, and off the queue unless a waker took us off already. */
void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry)
{
	__set_current_state(TASK_RUNNING);
	if (!list_empty_careful(&wq_entry->entry)) {
		spin_lock(&wq_head->lock);
		list_del_init(&wq_entry->entry);
		spin_unlock(&wq_head->lock);
	}
}

/*
 * Wake every queued task and take each one it woke off the queue, as
 * autoremove_wake_function() does for entries made by DEFINE_WAIT().
 */
void wake_up(struct wait_queue_head *wq_head)
{
	struct list_head *pos, *next;
	struct wait_queue_entry *wait;

	spin_lock(&wq_head->lock);
	for (pos = wq_head->head.next; pos != &wq_head->head; pos = next) {
		next = pos->next;
		wait = container_of(pos, struct wait_queue_entry, entry);
		if (wake_up_process(wait->private))
			list_del_init_careful(&wait->entry);
	}
	spin_unlock(&wq_head->lock);
}
