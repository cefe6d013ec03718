// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a check right after case labels: the statement starts after them, so the barrier goes after the labels, where every case reaches it
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/shape-after-case-labels.c	35	6	22	msg_complete	high	&m->wait	waitqueue_active	m->state = op	m->state	29	plain	wake_up	36	smp_mb()		store to m->state (line 29) may be reordered after waitqueue_active(&m->wait) in msg_complete(): a waiter can miss the wake-up; add smp_mb() before the check	35							struct msg_chan	29,1,plain,1,m->state					
wqcheck-test-1	testcases/shape-after-case-labels.c	35	6	msg_complete	waitqueue_active	reported
 * check-output-end
 */

/*
 * Racy: the store to m->state is not ordered before the test of the
 * wait list. The fix must not land before "case MSG_OPEN:", where the
 * paths that jump to "case MSG_CLOSE:" would skip it.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

enum msg_op { MSG_OPEN, MSG_CLOSE, MSG_DATA };

struct msg_chan {
	int state;
	wait_queue_head_t wait;
};

static void __maybe_unused msg_complete(struct msg_chan *m, enum msg_op op)
{
	m->state = op;
	switch (op) {
	case MSG_DATA:
		break;
	case MSG_OPEN:
	case MSG_CLOSE:
		/*
		 * Order the store to m->state before the wait-list test of
		 * m->wait; pairs with set_current_state() in the waiter.
		 */
		smp_mb();
		if (waitqueue_active(&m->wait))
			wake_up(&m->wait);
		break;
	}
}
