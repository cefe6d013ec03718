// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: VM_BUG_ON(waitqueue_active()) after a store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  A debug assertion on a structure being freed.
 */
#include <linux/bug.h>
#include <linux/wait.h>

struct vma_lite {
	wait_queue_head_t fault_wait;
	unsigned long flags;
};

static void __maybe_unused vma_detach(struct vma_lite *vma)
{
	vma->flags = 0;
	VM_BUG_ON(waitqueue_active(&vma->fault_wait));
}
