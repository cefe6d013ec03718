// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a test in a macro body: named with the macro, --strict fails
 * check-command: wqcheck --no-cache --strict $file
 * check-exit-value: 2
 *
 * check-output-start
testcases/unanalysed-macro-body.c:28: note: waitqueue_active() not analysed: it is in the body of macro dev_wake_flag, and a macro is not analysed
wqcheck: error: 1 test of a wait list was not analysed (--strict)
 * check-output-end
 */

/*
 * A macro is not analysed (its body is no function the rules can
 * follow); 6.12 has one such test, btintel_wake_up_flag() in
 * drivers/bluetooth/btintel.h. It is named, never skipped in silence.
 */
#include <linux/wait.h>

struct dev {
	unsigned long flags;
	wait_queue_head_t wait;
};

#define dev_wake_flag(d, flag)                        \
	do {                                          \
		clear_bit((flag), &(d)->flags);       \
		if (waitqueue_active(&(d)->wait))     \
			wake_up(&(d)->wait);          \
	} while (0)
