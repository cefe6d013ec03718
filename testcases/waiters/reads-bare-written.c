// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: bare variables only written are no reads (link_errors++; last_seen = ...;), tested ones are (::link_errors in link_wait_limit())
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-bare-written.c	57	link_wait_limit	prepare_to_wait	&l->wait	struct link		id up ::link_errors		none		
wqcheck-waiter-1	testcases/waiters/reads-bare-written.c	36	link_wait_up	prepare_to_wait	&l->wait	struct link		id up		none		
 * check-output-end
 */

/*
 * Both waiters write link_errors and last_seen in statements, which
 * says nothing of what keeps them asleep; link_wait_limit() also tests
 * link_errors, which makes a waker's store to it a store it may miss.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct link {
	bool up;
	int id;
	wait_queue_head_t wait;
};

static unsigned int link_errors;
static int last_seen;

static int __maybe_unused link_wait_up(struct link *l)
{
	DEFINE_WAIT(wait);
	int ret = 0;

	for (;;) {
		prepare_to_wait(&l->wait, &wait, TASK_INTERRUPTIBLE);
		last_seen = l->id;
		if (READ_ONCE(l->up))
			break;
		if (signal_pending(current)) {
			link_errors++;
			ret = -ERESTARTSYS;
			break;
		}
		schedule();
	}
	finish_wait(&l->wait, &wait);
	return ret;
}

static int __maybe_unused link_wait_limit(struct link *l)
{
	DEFINE_WAIT(wait);
	int ret = 0;

	for (;;) {
		prepare_to_wait(&l->wait, &wait, TASK_INTERRUPTIBLE);
		last_seen = l->id;
		if (READ_ONCE(l->up))
			break;
		if (READ_ONCE(link_errors) >= 3) {
			link_errors++;
			ret = -EIO;
			break;
		}
		schedule();
	}
	finish_wait(&l->wait, &wait);
	return ret;
}
