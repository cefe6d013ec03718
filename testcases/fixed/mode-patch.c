// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: patch mode: smp_mb() goes right before the if that holds the check
 * check-command: cocci-patch $file
 *
 * check-output-start
--- testcases/mode-patch.c
+++ /tmp/cocci-output-mode-patch.c
@@ -32,6 +32,8 @@ struct ring {
 static void __maybe_unused ring_publish_patch(struct ring *r, unsigned int head)
 {
 	r->head = head;
+	/\* Store above before wait-list test; pairs with set_current_state() *\/
+	smp_mb();
 	if (waitqueue_active(&r->readers))
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

static void __maybe_unused ring_publish_patch(struct ring *r, unsigned int head)
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
