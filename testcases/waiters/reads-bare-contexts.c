// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: where a bare variable is a test: if, return, ?:, a pure reader's argument, anywhere in a wait_event() condition, a called function of the file (@f); not a local, a parameter, a type (cast, declaration, sizeof, min_t), a member a macro names, a constant; a struct tag in a pointer reader's arguments is no unnamed pointer (no &)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-bare-contexts.c	51	dev_wait	prepare_to_wait	&d->wq	struct dev		::flag_a ::flag_b count ::limit items v MAX_V ::stage@stage_ok ::want@stage_ok		none		
wqcheck-waiter-1	testcases/waiters/reads-bare-contexts.c	69	dev_wait_cond	wait_event	d->wq	struct dev		::stage@stage_ok ::want@stage_ok count ::limit		none	stage_ok() || READ_ONCE(d->count) > limit	
 * check-output-end
 */

/*
 * dev_wait() is on the queue from prepare_to_wait() to schedule(): what
 * its loop tests is what it may miss. stage_ok() is the file's own
 * function, read two calls deep as members are. The struct tag and the
 * member list_first_entry() names are no pointer the waiter reads
 * through (no &): its pointer argument, &d->items, is named.
 */
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct item {
	struct list_head node;
	int v;
};

struct dev {
	struct list_head items;
	int count;
	wait_queue_head_t wq;
};

#define MAX_V 16

static int flag_a, flag_b, stage, want, limit;

static bool stage_ok(void)
{
	return READ_ONCE(stage) == want;
}

static void __maybe_unused dev_wait(struct dev *d, int param)
{
	DEFINE_WAIT(wait);
	unsigned long n;
	int local = 0;

	for (;;) {
		prepare_to_wait(&d->wq, &wait, TASK_UNINTERRUPTIBLE);
		if (READ_ONCE(flag_a) || param || local)
			break;
		local = flag_b ? 1 : 0;
		n = min_t(u32, READ_ONCE(d->count), limit);
		if (sizeof(struct item) > (u64)n)
			break;
		if (list_first_entry(&d->items, struct item, node)->v > MAX_V)
			break;
		if (stage_ok())
			break;
		schedule();
	}
	finish_wait(&d->wq, &wait);
}

static void __maybe_unused dev_wait_cond(struct dev *d)
{
	wait_event(d->wq, stage_ok() || READ_ONCE(d->count) > limit);
}
