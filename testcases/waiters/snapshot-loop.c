// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the snapshot field: a wait for E to change from a snapshot taken under a lock the loop drops only around the wait; the values its test ends the loop on, for a do-while loop those its callers excluded
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/snapshot-loop.c	48	job_wait_do	wait_var_event	&j->state	struct job		state		none	j->state != old	j->state|JOB_IDLE|&j->lock
wqcheck-waiter-1	testcases/waiters/snapshot-loop.c	68	job_wait_late	wait_var_event	&j->state	struct job		state		none	j->state != old	
wqcheck-waiter-1	testcases/waiters/snapshot-loop.c	37	job_wait_while	wait_var_event	&j->state	struct job		state		none	j->state != old	j->state|JOB_IDLE,JOB_DONE|&j->lock
 * check-output-end
 */

/*
 * job_wait_while() tests before each snapshot: both values its loop
 * ends on are in the field. job_wait_do() takes its first snapshot
 * before its test; its only caller tested that the state is not
 * JOB_IDLE, but not that it is not JOB_DONE: only JOB_IDLE is in the
 * field. job_wait_late() reads its snapshot after dropping the lock:
 * no field.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { JOB_IDLE, JOB_RUNNING, JOB_DONE };

struct job {
	struct mutex lock;
	int state;
};

static void __maybe_unused job_wait_while(struct job *j)
{
	while (j->state != JOB_IDLE && j->state != JOB_DONE) {
		int old = j->state;

		mutex_unlock(&j->lock);
		wait_var_event(&j->state, j->state != old);
		mutex_lock(&j->lock);
	}
}

static void job_wait_do(struct job *j)
{
	do {
		int old = j->state;

		mutex_unlock(&j->lock);
		wait_var_event(&j->state, j->state != old);
		mutex_lock(&j->lock);
	} while (j->state != JOB_IDLE && j->state != JOB_DONE);
}

static void __maybe_unused job_settle(struct job *j)
{
	mutex_lock(&j->lock);
	if (j->state != JOB_IDLE)
		job_wait_do(j);
	mutex_unlock(&j->lock);
}

static void __maybe_unused job_wait_late(struct job *j)
{
	while (j->state != JOB_IDLE && j->state != JOB_DONE) {
		int old;

		mutex_unlock(&j->lock);
		old = j->state;
		wait_var_event(&j->state, j->state != old);
		mutex_lock(&j->lock);
	}
}
