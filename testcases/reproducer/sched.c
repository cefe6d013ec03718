// SPDX-License-Identifier: GPL-2.0
/*
 * schedule_timeout() and wake_up_process() on top of the futex syscall.
 */
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sched.h"

__thread struct task_struct current_task;

static long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

static void futex_wait(int *uaddr, int val, long timeout_us)
{
	struct timespec ts = {
		.tv_sec = timeout_us / 1000000,
		.tv_nsec = (timeout_us % 1000000) * 1000,
	};

	/* EAGAIN (the word changed), EINTR and ETIMEDOUT all mean: look again. */
	syscall(SYS_futex, uaddr, FUTEX_WAIT_PRIVATE, val, &ts, NULL, 0);
}

static void futex_wake(int *uaddr)
{
	syscall(SYS_futex, uaddr, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/*
 * Sleep until another task sets our state to TASK_RUNNING, or until
 * @timeout_us have passed.  Returns 0 on timeout with the state untouched,
 * otherwise the microseconds left (at least 1), as the kernel's does in
 * jiffies.  The kernel's schedule() has no timeout; the bound is what lets
 * the harness count a lost wakeup instead of hanging on it.
 */
long schedule_timeout(long timeout_us)
{
	long deadline = now_us() + timeout_us;
	long left = timeout_us;
	int state;

	WRITE_ONCE(current->sleeping, 1);
	for (;;) {
		state = __atomic_load_n(&current->state, __ATOMIC_ACQUIRE);
		if (state == TASK_RUNNING)
			break;
		left = deadline - now_us();
		if (left <= 0) {
			left = 0;
			goto out;
		}
		futex_wait(&current->state, state, left);
	}
	if (left < 1)
		left = 1;
out:
	WRITE_ONCE(current->sleeping, 0);
	return left;
}

/*
 * Wake @p if it is in a sleeping state.  Returns true if this call changed
 * the state (the kernel's try_to_wake_up() returning 1).
 */
bool wake_up_process(struct task_struct *p)
{
	int state = TASK_INTERRUPTIBLE;

	if (!__atomic_compare_exchange_n(&p->state, &state, TASK_RUNNING, false,
					 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
		return false;
	futex_wake(&p->state);
	return true;
}
