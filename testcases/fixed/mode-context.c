// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: context mode: the store and the check are starred as - lines
 * check-command: cocci-context $file
 *
 * check-output-start
--- testcases/mode-context.c
+++ /tmp/cocci-output-mode-context.c
@@ -30,7 +30,5 @@ struct ring {
 
 static void __maybe_unused ring_publish_context(struct ring *r, unsigned int head)
 {
-	r->head = head;
-	if (waitqueue_active(&r->readers))
 		wake_up_interruptible(&r->readers);
 }
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

static void __maybe_unused ring_publish_context(struct ring *r, unsigned int head)
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
