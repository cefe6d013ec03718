// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the checking helper is a static function of a header whose one caller there holds s->lock, but any file including the header may call it: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/two-sided-lock-callers-header.h testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/two-sided-lock-callers-header.h testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-callers-header.h:19:6: warning: store to slot->state (line 18) may be reordered after waitqueue_active(&slot->wq) in slot_wake(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-waiter-open.c:26:1: note: waiter slot_wait_open() sleeps in prepare_to_wait() and reads slot->state
 * check-output-end
 */

/*
 * The race: slot_close() includes the header and calls slot_wake()
 * without s->lock. As two-sided-lock-callers.c, its twin, the header's
 * own caller holds the lock, but the header cannot know every caller.
 */
#include "two-sided-lock-callers-header.h"

static void __maybe_unused slot_close(struct slot *s)
{
	slot_wake(s, 0);
}
