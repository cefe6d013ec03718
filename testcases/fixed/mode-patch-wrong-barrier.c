// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: patch mode: a wrong barrier between store and check is replaced, not stacked
 * check-command: cocci-patch $file
 *
 * check-output-start
--- testcases/mode-patch-wrong-barrier.c
+++ /tmp/cocci-output-mode-patch-wrong-barrier.c
@@ -33,7 +33,8 @@ struct pool {
 static void __maybe_unused pool_put(struct pool *p)
 {
 	p->free++;
-	smp_wmb();
+	/\* Store above before wait-list test; pairs with set_current_state() *\/
+	smp_mb();
 	if (waitqueue_active(&p->wait))
 		wake_up(&p->wait);
 }
 * check-output-end
 */

/*
 * Racy: smp_wmb() orders the count against later stores, not against
 * the load of the wait list.  The fix puts smp_mb() in its place.
 */
#include <linux/wait.h>

struct pool {
	int free;
	wait_queue_head_t wait;
};

static void __maybe_unused pool_put(struct pool *p)
{
	p->free++;
	/*
	 * Order the store to p->free before the wait-list test of p->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&p->wait))
		wake_up(&p->wait);
}
