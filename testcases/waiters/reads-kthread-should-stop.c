// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads: a test of kthread_should_stop() in the condition is the read kthread_should_stop() (and kthread_should_stop()@f in a function of the file the condition calls); kthread_should_park() is still read as nothing
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-kthread-should-stop.c	40	pump_thread	wait_event_interruptible	p->wq	struct pump		kthread_should_stop() queued		none	kthread_should_stop() || READ_ONCE(p->queued)	
wqcheck-waiter-1	testcases/waiters/reads-kthread-should-stop.c	49	pump_thread_alive	wait_event_interruptible	p->wq	struct pump		enabled@pump_alive kthread_should_stop()@pump_alive		none	!pump_alive(p)	
wqcheck-waiter-1	testcases/waiters/reads-kthread-should-stop.c	57	pump_thread_park	wait_event_interruptible	p->wq	struct pump		queued		none	kthread_should_park() || READ_ONCE(p->queued)	
 * check-output-end
 */

/*
 * kthread_stop() sets the stop flag of a thread and wakes it, whatever
 * it sleeps on: a waiter that tests the flag wakes on the stop, which
 * the judge counts as a wake-up after the waker's check. The flag read
 * is named like a member, with the function it is read in. Parking is
 * not stopping: kthread_should_park() is a pure reader, read as nothing.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

extern bool kthread_should_park(void);

struct pump {
	wait_queue_head_t wq;
	unsigned int queued;
	bool enabled;
};

static bool pump_alive(struct pump *p)
{
	return READ_ONCE(p->enabled) && !kthread_should_stop();
}

static int __maybe_unused pump_thread(void *data)
{
	struct pump *p = data;

	wait_event_interruptible(p->wq, kthread_should_stop() ||
					READ_ONCE(p->queued));
	return 0;
}

static int __maybe_unused pump_thread_alive(void *data)
{
	struct pump *p = data;

	wait_event_interruptible(p->wq, !pump_alive(p));
	return 0;
}

static int __maybe_unused pump_thread_park(void *data)
{
	struct pump *p = data;

	wait_event_interruptible(p->wq, kthread_should_park() ||
					READ_ONCE(p->queued));
	return 0;
}
