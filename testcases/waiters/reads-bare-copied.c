// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a bare variable copied into a local and tested there is read (errors = port_errors: ::port_errors); a goto names no variable
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-bare-copied.c	34	port_wait	prepare_to_wait	&p->wait	struct port		ready ::port_errors		none		
 * check-output-end
 */

/*
 * What keeps port_wait() asleep is port_errors, through the local it is
 * copied into: a waker's store to port_errors is one it may miss.
 * "goto out" names no variable.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct port {
	bool ready;
	wait_queue_head_t wait;
};

static unsigned int port_errors;

static int __maybe_unused port_wait(struct port *p)
{
	DEFINE_WAIT(wait);
	unsigned int errors;
	int ret = 0;

	for (;;) {
		prepare_to_wait(&p->wait, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(p->ready))
			break;
		errors = port_errors;
		if (errors >= 3) {
			ret = -EIO;
			goto out;
		}
		schedule();
	}
out:
	finish_wait(&p->wait, &wait);
	return ret;
}
