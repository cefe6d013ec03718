// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: media USB disconnect, fixed: smp_mb() after setting the flag
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of real-media-disconnect.c with the barrier in place.
 */
#include <linux/mutex.h>
#include <linux/wait.h>

struct media_usb_dev {
	struct mutex lock;
	wait_queue_head_t frame_wait;
	bool frame_ready;
	bool disconnected;
};

extern void media_usb_put(struct media_usb_dev *dev);

static void __maybe_unused media_usb_disconnect(struct media_usb_dev *dev)
{
	dev->disconnected = true;
	/* Pairs with set_current_state() in the dqbuf waiter. */
	smp_mb();
	if (waitqueue_active(&dev->frame_wait))
		wake_up_interruptible_all(&dev->frame_wait);
	media_usb_put(dev);
}
