// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: an enqueue followed by the release of a lock not taken before it was made under the caller's lock
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-caller.c	28	table_wait_free	prepare_to_wait	&table->free_wait	struct slot_table		nr_free	struct slot_table|&table->mutex	none		
 * check-output-end
 */

/*
 * The caller holds table->mutex: the enqueue happens under it, and the
 * function releases it to sleep.
 */
#include <linux/mutex.h>
#include <linux/wait.h>

struct slot_table {
	struct mutex mutex;
	wait_queue_head_t free_wait;
	unsigned int nr_free;
};

static void __maybe_unused table_wait_free(struct slot_table *table)
{
	DEFINE_WAIT(wait);

	prepare_to_wait(&table->free_wait, &wait, TASK_UNINTERRUPTIBLE);
	if (!table->nr_free) {
		mutex_unlock(&table->mutex);
		schedule();
		mutex_lock(&table->mutex);
	}
	finish_wait(&table->free_wait, &wait);
}
