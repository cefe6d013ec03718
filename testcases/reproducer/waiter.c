// SPDX-License-Identifier: GPL-2.0
/*
 * The reader, shaped like 2.6.24's read_events(): queue, set the state,
 * check the ring, and sleep only if it is empty.
 */
#include "aio.h"

static bool aio_events_available(struct kioctx *ctx)
{
	return READ_ONCE(ctx->tail) != ctx->head;
}

/*
 * schedule(), bounded.  The kernel's would sleep until woken, however long
 * that takes.  Here a timeout only means "not woken yet": keep sleeping
 * until this round's aio_complete() has returned.  If it returned and our
 * state is still TASK_INTERRUPTIBLE, nobody will ever wake us: the wakeup
 * is lost, and only the timeout ends the sleep.  Returns true then.
 */
static bool sleep_lost_wakeup(struct kioctx *ctx, unsigned int round)
{
	bool timed_out = false;

	while (!schedule_timeout(ctx->timeout_us)) {
		/* Acquire: a wake_up() made before completed is seen in state. */
		if (smp_load_acquire(&ctx->completed) == round &&
		    smp_load_acquire(&current->state) != TASK_RUNNING)
			return true;
		timed_out = true;
	}
	if (timed_out)
		ctx->slow++;
	return false;
}

/*
 * Wait for this round's event and consume it.  Returns true if the wakeup
 * for it was lost.
 */
bool read_events(struct kioctx *ctx, unsigned int round)
{
	DEFINE_WAIT(wait);
	bool lost = false;

	for (;;) {
		prepare_to_wait(&ctx->wait, &wait, TASK_INTERRUPTIBLE);
		if (aio_events_available(ctx))
			break;
		if (sleep_lost_wakeup(ctx, round)) {
			lost = true;
			break;
		}
	}
	finish_wait(&ctx->wait, &wait);
	ctx->head = READ_ONCE(ctx->tail);
	return lost;
}
