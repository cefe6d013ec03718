// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: prepare_to_wait() in a loop: the reads are the whole loop's (its test and its tail), the sleep is schedule()
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-prepare-to-wait.c	29	job_wait	prepare_to_wait	&jq->wait	struct job_queue		pending stopping		none		
 * check-output-end
 */

/*
 * The open-coded wait: enqueue, test, sleep, and re-read the state at
 * the bottom of the loop for the next test. Both reads count.
 */
#include <linux/wait.h>

struct job_queue {
	wait_queue_head_t wait;
	int pending;
	bool stopping;
};

static void __maybe_unused job_wait(struct job_queue *jq)
{
	DEFINE_WAIT(wait);
	bool stop = false;

	while (!stop) {
		prepare_to_wait(&jq->wait, &wait, TASK_UNINTERRUPTIBLE);
		if (READ_ONCE(jq->pending))
			break;
		schedule();
		stop = READ_ONCE(jq->stopping);
	}
	finish_wait(&jq->wait, &wait);
}
