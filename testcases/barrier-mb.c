// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: mb() between the store and the check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  mb() is a full barrier (and also orders device accesses,
 * which is more than needed here).
 */
#include <linux/wait.h>

struct dma_chan {
	wait_queue_head_t wait;
	unsigned int completed;
};

static void __maybe_unused dma_chan_irq(struct dma_chan *chan)
{
	chan->completed++;
	mb();
	if (waitqueue_active(&chan->wait))
		wake_up(&chan->wait);
}
