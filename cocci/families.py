# SPDX-License-Identifier: GPL-2.0
"""The name families of the rules: the one place each is written.

A family is the set of function names that play one part in the race:
the tests of the wait list, the fully ordered atomics, the calls that
store, the locks, ... Each is written here once. cocci/gen-rules writes
them into cocci/waitqueue_active.cocci (from waitqueue_active.cocci.in)
as regular expressions, which spatch matches without calling Python,
as SmPL disjunctions and as the tables of the rules' Python.
cocci/check-families checks that the copies the rule file cannot give
away (wqcheck's prefilter and SARIF rule list in C, kernel-scan's
Python) name the same.

A family is a tuple of alternatives of a regular expression, most of
them plain names; the rules match a name whole: "^" + head + "(a|b)$".
"""

import collections

Family = collections.namedtuple("Family", "alts head raw")


def family(*alts, head=""):
    return Family(tuple(alts), head, None)


def raw(regex):
    """A family that is a regular expression of its own, not anchored."""
    return Family((), "", regex)


# The rules a finding can be reported under, in the order reports list
# them, and the tests of the wait list that each plain one starts from.
RULES = (
    ("missing-barrier", ("waitqueue_active",)),
    ("swait-missing-barrier", ("swait_active",)),
    ("wake-bit-missing-barrier", ("wake_up_bit", "wake_up_var",
                                  "__wake_up_bit")),
    ("wrong-barrier", ()),
    ("store-in-caller", ()),
    ("waiter-no-barrier", ()),
)

# Only a test of the wait list that gates a wake-up matters; the
# wake-ups of the bit and var queues test the list inside.
GUARDS = ("waitqueue_active", "swait_active")

# The tests of the wait list with the barrier built in.
HAS_SLEEPER = ("wq_has_sleeper", "swq_has_sleeper")

# The full barriers of the waker, written as statements of their own.
FULL_BARRIERS = ("smp_mb", "mb", "smp_mb__after_spinlock",
                 "smp_mb__after_unlock_lock")

# Barriers that do not order a store before a later load, and why.
WEAK = (
    ("smp_wmb", "orders stores against stores only"),
    ("wmb", "orders stores against stores only"),
    ("smp_rmb", "orders loads against loads only"),
    ("rmb", "orders loads against loads only"),
    ("barrier", "stops only the compiler, not the CPU"),
    ("smp_acquire__after_ctrl_dep", "orders earlier loads only"),
    ("smp_mb__before_atomic",
     "orders nothing without an atomic read-modify-write after it"),
    ("smp_mb__after_atomic", "orders nothing after a plain store"),
)

# What a function of the waiter calls to wait, by prefix.
WAIT_PREFIXES = ("wait_event", "wait_var_event", "swait_event",
                 "prepare_to_wait", "prepare_to_swait", "wait_on_bit")

SPIN_LOCK = "spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?"
SPIN_UNLOCK = "spin_unlock(_irq|_irqrestore|_bh)?"
ATOMIC_OPS = "(add|sub|inc|dec|and|or|xor|andnot)"

FAMILIES = {
    # The checks: a test of the wait list, or a wake-up that makes one.
    "check": family(*(c for _, checks in RULES for c in checks)),
    "guard": family(*GUARDS),
    # A lockless test of a queue, as the waiter's rule looks for it.
    "lockless_test": family(*GUARDS, *HAS_SLEEPER),
    "has_sleeper": family(*HAS_SLEEPER),
    "wake": raw("[Ww]ake|^irq_work_queue$|^complete(_all)?$"),
    # Calls whose arguments are read, never a gate of a wake-up.
    "diag": family("wait_event[a-z_]*", "wait_var_event[a-z_]*",
                   "swait_event[a-z_]*", "_*wait_event[a-z_]*", "BUG_ON",
                   "VM_BUG_ON", "WARN_ON", "WARN_ON_ONCE", "WARN",
                   "WARN_ONCE", "VM_WARN_ON", "VM_WARN_ON_ONCE", "ASSERT",
                   "assert", "lockdep_assert", "printk", "pr_[a-z_]+",
                   "dev_[a-z_]+", "seq_printf", "trace_[a-z0-9_]+"),
    "full_barrier": family(*FULL_BARRIERS),
    # Full barriers that take arguments; prepare_to_wait*() and
    # prepare_to_swait*() call set_current_state() after the enqueue.
    "full_barrier_call": family("smp_store_mb", "set_current_state",
                                "set_special_state", "prepare_to_wait",
                                "prepare_to_wait_exclusive",
                                "prepare_to_wait_event",
                                "prepare_to_swait_exclusive",
                                "prepare_to_swait_event"),
    "weak": family(*(name for name, _ in WEAK)),
    # Value-returning atomics and the like: fully ordered.
    "fully_ordered": family(
        "atomic(64|_long)?_(%s_return|fetch_%s|"
        "(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|"
        "inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)"
        % (ATOMIC_OPS, ATOMIC_OPS),
        "test_and_(set|clear|change)_bit", "xchg", "cmpxchg", "cmpxchg64",
        "try_cmpxchg", "llist_add", "llist_add_batch", "llist_del_all",
        "llist_del_first"),
    # Atomic read-modify-writes that order nothing by themselves.
    "rmw": family(
        "atomic(64|_long)?_((inc|dec|add|sub|or|and|andnot|xor)|"
        "(%s_return|fetch_%s)_(relaxed|acquire|release))"
        % (ATOMIC_OPS, ATOMIC_OPS),
        "set_bit", "clear_bit", "clear_bit_unlock", "change_bit"),
    # Calls that are plain stores.
    "store_call": family(
        "WRITE_ONCE", "smp_store_release",
        "atomic(64|_long)?_set(_release)?", "__set_bit", "__clear_bit",
        "__change_bit", "__clear_bit_unlock", "__llist_add",
        "__llist_add_batch",
        "list_(add|add_tail|add_rcu|add_tail_rcu|del|del_init|del_rcu|"
        "del_init_careful|move|move_tail|splice|splice_init|splice_tail|"
        "splice_tail_init|replace|replace_init)",
        "hlist_(add_head|add_head_rcu|add_before|add_behind|del|del_init|"
        "del_rcu)",
        # release-only, even when they return a value
        "refcount_(set|inc|dec|add|sub|dec_and_test|sub_and_test|dec_if_one|"
        "dec_not_one|inc_not_zero|add_not_zero)",
        "percpu_counter_(add|sub|inc|dec|set|add_batch|add_local|sub_local)"),
    # Calls that neither store nor order: nothing hides between a store
    # and the check when only these are called there.
    "harmless": family(
        "READ_ONCE", "WRITE_ONCE", "likely", "unlikely",
        *(name for name, _ in WEAK), "smp_store_release", "smp_load_acquire",
        "atomic(64|_long)?_(read|set)", "test_bit", "list_empty",
        "waitqueue_active"),
    # The queue's own spinlock, and any spinlock call at all.
    "queue_lock": family(SPIN_LOCK, head="(raw_)?"),
    "queue_unlock": family(SPIN_UNLOCK, head="(raw_)?"),
    "spin_any": raw("^(raw_)?spin_(un)?lock"),
    # Any name with a word lock or unlock: a lock macro or function of
    # the file (lock_kmap_any()), resolved through its body.
    "lock_word": raw("^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$"),
    "unlock_word": raw("^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$"),
    "lock": family(SPIN_LOCK, "mutex_lock(_interruptible|_killable|_nested)?",
                   "read_lock(_irq|_irqsave|_bh)?",
                   "write_lock(_irq|_irqsave|_bh)?", head="(raw_)?"),
    "unlock": family(SPIN_UNLOCK, "mutex_unlock",
                     "read_unlock(_irq|_irqrestore|_bh)?",
                     "write_unlock(_irq|_irqrestore|_bh)?", head="(raw_)?"),
    # The waiter: what waits, what enqueues, what sleeps.
    "wait": family(*(p + "[a-z_]*" for p in WAIT_PREFIXES)),
    "enqueue": family("prepare_to_wait[a-z_]*", "prepare_to_swait[a-z_]*",
                      "_*add_wait_queue[a-z_]*"),
    "add_wait_queue": family("add_wait_queue", "add_wait_queue_exclusive",
                             "add_wait_queue_priority", head="(__)?"),
    "prepare": family("prepare_to_wait", "prepare_to_wait_exclusive",
                      "prepare_to_wait_event"),
    "sleep": family("schedule", "schedule_timeout[a-z_]*",
                    "schedule_hrtimeout[a-z_]*", head="(io_)?"),
    # Stopping a kthread: its stop flag is set, then the thread woken
    # (wake_up_process(), a full barrier), whatever it waits on.
    "thread_stop": family("kthread_stop", "kthread_stop_put"),
}

# Derived lists that the copies outside the rule file hold.
DERIVED = {
    # wqcheck's prefilter: a file must mention one of these.
    "anchor": FAMILIES["check"].alts + ("add_wait_queue",
                                        "__add_wait_queue"),
    # ... and a function that calls one of these (by prefix) waits.
    "wait_prefix": WAIT_PREFIXES + ("add_wait_queue",),
    # ... and sleeps in schedule() or one of these.
    "sleep_tail": tuple(a[len("schedule"):-len("[a-z_]*")]
                        for a in FAMILIES["sleep"].alts[1:]),
    # The tests of the wait list and their forms with a barrier.
    "test_or_sleeper": FAMILIES["check"].alts +
    FAMILIES["has_sleeper"].alts,
    # The rules that report a store before a check.
    "store_rule": tuple(name for name, checks in RULES if checks) +
    ("wrong-barrier",),
    "rule": tuple(name for name, _ in RULES),
}


def regex(name):
    """A family as the rules match a name: whole, unless it is raw."""
    f = FAMILIES[name]
    if f.raw is not None:
        return f.raw
    return "^%s(%s)$" % (f.head, "|".join(f.alts))


def names(name):
    """The alternatives of a family (or a derived list)."""
    if name in DERIVED:
        return DERIVED[name]
    f = FAMILIES[name]
    if f.raw is not None:
        raise KeyError("%s is a regular expression, not a list" % name)
    return f.alts


def rule_of_check():
    return tuple((c, name) for name, checks in RULES for c in checks)
