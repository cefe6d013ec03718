// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: swait_event_exclusive() and prepare_to_swait_exclusive(): simple wait queues are indexed like wait queues
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-swait.c	24	cl_wait	swait_event_exclusive	x->wait	struct completion_like		done		none	READ_ONCE(x->done)	
wqcheck-waiter-1	testcases/waiters/form-swait.c	32	cl_wait_open_coded	prepare_to_swait_exclusive	&x->wait	struct completion_like		done		none		
 * check-output-end
 */

/*
 * A simple wait queue, waited on both ways: the macro and the loop.
 */
#include <linux/swait.h>

struct completion_like {
	struct swait_queue_head wait;
	unsigned int done;
};

static void __maybe_unused cl_wait(struct completion_like *x)
{
	swait_event_exclusive(x->wait, READ_ONCE(x->done));
}

static void __maybe_unused cl_wait_open_coded(struct completion_like *x)
{
	DECLARE_SWAITQUEUE(wait);

	for (;;) {
		prepare_to_swait_exclusive(&x->wait, &wait,
					   TASK_UNINTERRUPTIBLE);
		if (READ_ONCE(x->done))
			break;
		schedule();
	}
	finish_swait(&x->wait, &wait);
}
