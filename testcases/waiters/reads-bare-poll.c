// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: bare variables a poll function tests: only after poll_wait() (::mon_count), not the flag tested before it, nor the locals
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-bare-poll.c	37	mon_poll	poll_wait	&mon_events			seen ::mon_count EPOLLIN				
 * check-output-end
 */

/*
 * A file-scope variable a waiter tests is recorded as ::name: a waker
 * that stores to it is read. mon_closing is tested before poll_wait()
 * enqueues: that test cannot miss a wake-up (it is made before the
 * task is on the queue), so it is no read. seq and mask are the poll
 * function's own values, no waker stores them.
 */
#include <linux/atomic.h>
#include <linux/poll.h>
#include <linux/wait.h>

struct mon_file {
	int seen;
};

static DECLARE_WAIT_QUEUE_HEAD(mon_events);
static int mon_closing;
static atomic_t mon_count;

static __poll_t __maybe_unused mon_poll(struct file *file, poll_table *pt,
					struct mon_file *seq)
{
	__poll_t mask = 0;

	if (READ_ONCE(mon_closing))
		return EPOLLERR;
	poll_wait(file, &mon_events, pt);
	if (seq->seen != atomic_read(&mon_count))
		mask |= EPOLLIN;
	return mask;
}
