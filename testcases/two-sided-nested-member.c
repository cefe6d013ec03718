// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided nested member: ctrl->mcc_wait is the queue hba->ctrl.mcc_wait waits on (a pointer named after the member); hba->spare.mcc_wait is not
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-nested-member.c:35:6: warning: store to ctrl->done (line 34) may be reordered after waitqueue_active(&ctrl->mcc_wait) in ctrl_complete(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-nested-member.c:41:1: note: waiter hba_wait() sleeps in wait_event() and reads ctrl->done
 * check-output-end
 */

/*
 * Racy: ctrl_complete() is given &hba->ctrl (the types differ, struct
 * ctrl_info and struct hba); hba_wait() waits on hba->ctrl.mcc_wait and
 * reads the done flag locklessly. The queue is paired through the
 * member named like the waker's root, ctrl; hba->spare.mcc_wait is a
 * queue of another member and is not.
 */
#include <linux/wait.h>

struct ctrl_info {
	wait_queue_head_t mcc_wait;
	int done;
};

struct hba {
	struct ctrl_info ctrl;
	struct ctrl_info spare;
};

static void __maybe_unused ctrl_complete(struct ctrl_info *ctrl)
{
	ctrl->done = 1;
	if (waitqueue_active(&ctrl->mcc_wait))
		wake_up(&ctrl->mcc_wait);
}

static void __maybe_unused hba_wait(struct hba *hba)
{
	wait_event(hba->ctrl.mcc_wait, READ_ONCE(hba->ctrl.done));
}

static void __maybe_unused hba_wait_spare(struct hba *hba)
{
	wait_event(hba->spare.mcc_wait, READ_ONCE(hba->spare.done));
}
