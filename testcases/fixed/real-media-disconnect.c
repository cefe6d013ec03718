// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: media USB disconnect: disconnected flag set, then an unordered check
 *
 * check-output-start
testcases/real-media-disconnect.c:31:5-21: WARNING: store to dev->disconnected (line 30) may be reordered after waitqueue_active(&dev->frame_wait) in media_usb_disconnect(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A reader blocked in dqbuf waits for a frame or for the device to
 * go away.  If the disconnect reads an empty wait list before its store
 * is visible, the reader sleeps on a device that will never produce
 * another frame.
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
	/*
	 * Order the store to dev->disconnected before the wait-list test of
	 * dev->frame_wait; pairs with the barrier in wait_event_interruptible()
	 * in media_dqbuf_wait().
	 */
	smp_mb();
	if (waitqueue_active(&dev->frame_wait))
		wake_up_interruptible_all(&dev->frame_wait);
	media_usb_put(dev);
}

static int __maybe_unused media_dqbuf_wait(struct media_usb_dev *dev)
{
	return wait_event_interruptible(dev->frame_wait,
					READ_ONCE(dev->frame_ready) ||
					READ_ONCE(dev->disconnected));
}
