// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wait_var_event(): the queue is the variable, the condition is the second argument
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-wait-var-event.c	22	obj_wait_unused	wait_var_event	&obj->users	struct shared_obj		users		none	READ_ONCE(obj->users) == 0	
 * check-output-end
 */

/*
 * Waiting on a variable: the waker is wake_up_var(&obj->users).
 */
#include <linux/wait_bit.h>

struct shared_obj {
	int users;
};

static void __maybe_unused obj_wait_unused(struct shared_obj *obj)
{
	wait_var_event(&obj->users, READ_ONCE(obj->users) == 0);
}
