# SPDX-License-Identifier: GPL-2.0-only
"""The Python of the waiter index (cocci/waiters.cocci), one job a module:

    names           the wait forms, lock primitives, pure readers; pure
                    helpers on expressions (root, type, substitution)
    text            a file's text (as written, comments out, code only),
                    its functions, macros and calls
    sites           the wait sites, their identifiers' types, their queue
    reads           what a condition reads (the reads field)
    locks           what a lock call takes; the locks held at a wait
    wrappers        wait wrappers of the file and of its headers
    loops           the loop around a wait, timeouts, how it sleeps
    snapshot        the snapshot field: a loop that waits for E to change
    snapshot_entry  the value of E when such a loop is entered
    conditions      E == K / E != K in a condition (also written into
                    waitqueue_active.cocci by make rules)
    record          the wqcheck-waiter-1 record of a wait site

waiters.cocci imports it from the directory it is in; the script rules
call sites, wrappers, locks and record. Standard library only.
"""
