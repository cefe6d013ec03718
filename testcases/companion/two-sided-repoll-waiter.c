// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-repoll-short-timeout.c (not a case of its
 * own): the only waiter of struct engine's wq naps for HZ / 100, and
 * when the nap times out pokes the engine and waits again, so a wake-up
 * it misses only delays it.
 */
#include <linux/jiffies.h>
#include <linux/wait.h>

struct engine {
	bool done;
	wait_queue_head_t wq;
};

extern void engine_poke(struct engine *e);

static void __maybe_unused engine_sync(struct engine *e)
{
	for (;;) {
		if (wait_event_timeout(e->wq, READ_ONCE(e->done), HZ / 100))
			break;
		engine_poke(e);
	}
}
