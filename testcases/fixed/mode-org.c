// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: org mode: the check as a TODO item, the store as its secondary position
 * check-command: cocci-org $file
 *
 * check-output-start
* TODO [[view:testcases/mode-org.c::face=ovl-face1::linb=26::colb=5::cole=21][store to r->head (line 25) may be reordered after waitqueue_active(&r->readers) in ring_publish_org(): a waiter can miss the wake-up; add smp_mb() before the check testcases/mode-org.c::26]]
[[view:testcases/mode-org.c::face=ovl-face2::linb=25::colb=1::cole=8][store]]
 * check-output-end
 */

/*
 * Racy: a plain store to the ring head, then the lockless test.  The
 * same shape in each output mode of the semantic patch.
 */
#include <linux/wait.h>

struct ring {
	unsigned int head;
	wait_queue_head_t readers;
};

static void __maybe_unused ring_publish_org(struct ring *r, unsigned int head)
{
	r->head = head;
	/*
	 * Order the store to r->head before the wait-list test of r->readers;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&r->readers))
		wake_up_interruptible(&r->readers);
}
