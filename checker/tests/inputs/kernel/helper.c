// SPDX-License-Identifier: GPL-2.0-only
/* The check in a helper: the store is in the caller (low confidence). */
#include <linux/wait.h>

struct work {
	int done;
	wait_queue_head_t wait;
};

static void work_wake(struct work *w)
{
	if (waitqueue_active(&w->wait))
		wake_up(&w->wait);
}

static void work_finish(struct work *w)
{
	w->done = 1;
	work_wake(w);
}

static int work_unrelated(int x)
{
	return x * 2;
}
