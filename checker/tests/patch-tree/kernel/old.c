// SPDX-License-Identifier: GPL-2.0-only
/* A race the tree already has: a patch that does not touch it is clean. */
#include <linux/wait.h>

struct job {
	int state;
	int count;
	wait_queue_head_t wait;
};

static void job_done(struct job *j)
{
	j->state = 2;
	if (waitqueue_active(&j->wait))
		wake_up(&j->wait);
}

static int job_count(struct job *j)
{
	return j->count;
}
