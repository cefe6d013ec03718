# SPDX-License-Identifier: GPL-2.0
"""Why the rule misses a mutant: one line per site, written by reading
the mutant and the rule's record for it. Keyed by "path:line" of the
barrier in the unmutated tree; kernel-scan/mutate prints the note under
the miss. A note names the rule version it was written against when the
cause is a recent change of the rule.

Exports: NOTES.
"""

NOTES = {
    "fs/aio.c:1201":
        "the rule keeps only the newest store (ctx->completed_events++); "
        "the waiter read_events() tests aio_read_events(), which reads "
        "ring->tail through a helper, so the waiter pairing (since "
        "1bba09e) says reads=no and lowers the 2008 aio bug to low",
    "crypto/jitterentropy-testing.c:108":
        "the waiter's condition is a helper, jent_testing_have_data(), "
        "that reads rb_writer; the pairing does not look into it "
        "(reads=no) and lowers the finding to low",
    "drivers/base/power/wakeup.c:704":
        "the waiter pm_get_wakeup_count() reads combined_event_count "
        "through split_counters(); the pairing sees reads=no and lowers "
        "the finding to low",
    "drivers/scsi/cxlflash/main.c:3733":
        "questionable site: this wq_has_sleeper() decides an error exit, "
        "the wake-up is gated by a second wq_has_sleeper() further down; "
        "the pairing finds the waiter tests cfg->state, not the stored "
        "afu_cookie, and lowers it to low",
    "net/rds/ib_send.c:233":
        "the store and the check are in one condition "
        "`(atomic_sub(...), atomic_read(...)) == 0 && waitqueue_active()`; "
        "the store rules need `store ... check` across CFG nodes, so only "
        "the low store-in-caller rule fires",
}
