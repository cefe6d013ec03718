# SPDX-License-Identifier: GPL-2.0-only
"""Names: the wait forms, the lock primitives, the calls that read only
their arguments, the wait machinery whose arguments are no reads; and
pure helpers on expressions as written (a root, a type, an identity,
parameters replaced by arguments)."""

import re


IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
CHAIN = r"[A-Za-z_]\w*((->|\.)[A-Za-z_]\w*)*"
LOOP_FORM = re.compile(r"^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$")
COND_FORM = re.compile(r"^(_*(io_)?wait_event[a-z_0-9]*|wait_var_event[a-z_]*|"
                       r"swait_event[a-z_]*)$")    # 2nd argument: the cond
# Locks whose first argument is the lock (or asserted held). Any other
# name is a wrapper, resolved through its definition in the file.
STD_LOCK = re.compile(
    r"^(lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked|(raw_)?(spin|"
    r"read|write)_(un)?lock(_irq|_irqsave|_irqrestore|_bh|_nested|"
    r"_irqsave_nested)?|mutex_(un)?lock(_interruptible|_killable|_nested|"
    r"_io)?(_nested)?|(down|up)(_read|_write)?(_interruptible|_killable|"
    r"_nested|_non_owner)?|local_(un)?lock(_irq|_irqsave|_irqrestore)?)$")
LOCK_NAME = re.compile(r"^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$|^down[a-z_]*$")
UNLOCK_NAME = re.compile(r"^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$|^up(_read|"
                         r"_write)?$")
KEYWORDS = {"if", "while", "for", "switch", "return", "do", "else", "case",
            "goto", "break", "continue", "sizeof", "typeof", "__typeof__",
            "_Generic", "defined", "alignof", "__alignof__", "offsetof"}
# Calls that read nothing but their arguments (whose members are reads).
PURE = re.compile(
    r"^(READ_ONCE|smp_load_acquire|data_race|likely|unlikely|"
    r"__builtin_expect|atomic(64|_long)?_read(_acquire)?|refcount_read|"
    r"kref_read|percpu_counter_(read|sum)[a-z_]*|list_empty(_careful)?|"
    r"list_is_singular|list_is_last|list_first_entry(_or_null)?|list_entry|"
    r"hlist_empty|llist_empty|waitqueue_active|s?wq_has_sleeper|"
    r"swait_active|(fatal_)?signal_pending(_state)?|kthread_should_stop|"
    r"kthread_should_park|freezing|time_(after|before)(_eq)?(64)?|"
    r"time_in_range[a-z_0-9]*|time_is_(after|before)[a-z_0-9]*|"
    r"ktime_[a-z_0-9]+|jiffies[a-z_0-9]*|min|max|min_t|max_t|min3|max3|"
    r"clamp|clamp_t|clamp_val|abs|rcu_access_pointer|rcu_dereference[a-z_]*|"
    r"IS_ERR|IS_ERR_OR_NULL|PTR_ERR|ERR_PTR|ERR_CAST|PTR_ERR_OR_ZERO|"
    r"container_of|ARRAY_SIZE|BIT|BIT_ULL|GENMASK|GENMASK_ULL|FIELD_GET|"
    r"WARN_ON|WARN_ON_ONCE|WARN|WARN_ONCE|BUG_ON|VM_BUG_ON|VM_WARN_ON|"
    r"VM_WARN_ON_ONCE)$")
# Pure readers that dereference their arguments: a bare pointer passed
# to one is a read the member names do not show (READ_ONCE(x) reads x).
DEREF_READER = re.compile(
    r"^(atomic(64|_long)?_read(_acquire)?|"
    r"refcount_read|kref_read|percpu_counter_(read|sum)[a-z_]*|"
    r"list_empty(_careful)?|list_is_singular|list_is_last|"
    r"list_first_entry(_or_null)?|list_entry|hlist_empty|llist_empty|"
    r"waitqueue_active|s?wq_has_sleeper|swait_active|rcu_access_pointer|"
    r"rcu_dereference[a-z_]*|container_of)$")
# Bit tests: their first argument is a bit, and a read.
BIT_READER = re.compile(r"^(test_bit(_acquire)?|test_and_(set|clear|change)"
                        r"_bit(_lock)?)$")
# The wait machinery, locks and diagnostics: neither the call nor its
# arguments are what the condition reads.
MACHINERY = re.compile(
    r"^(prepare_to_s?wait[a-z_]*|finish_s?wait|_*add_wait_queue[a-z_]*|"
    r"_*remove_wait_queue|init_wait[a-z_]*|init_waitqueue_entry|"
    r"DEFINE_WAIT[A-Z_]*|DECLARE_WAITQUEUE|DECLARE_SWAITQUEUE|"
    r"_*set_current_state|set_special_state|(io_)?schedule[a-z_]*|"
    r"might_sleep|cond_resched[a-z_]*|cpu_relax|barrier|smp_[a-z_]*mb[a-z_]*|"
    r"mb|rmb|wmb|sched_annotate_sleep|([a-z0-9_]*_)?(un)?lock(_[a-z0-9_]*)?|"
    r"(down|up)(_read|_write)?[a-z_]*|local_(irq|bh)_[a-z]+|"
    r"preempt_(en|dis)able[a-z_]*|lockdep_[a-z_]+|assert_[a-z_]+|"
    r"__acquires?|__releases?|pr_[a-z_]+|printk[a-z_]*|dev_(dbg|info|notice|"
    r"warn|err|crit|alert|emerg)[a-z_]*|net_[a-z]+_ratelimited|"
    r"trace_[a-z0-9_]+|(scoped_)?guard)$")
# Constants that say nothing of the waker state.
NOISE = re.compile(r"^(TASK_[A-Z_]+|NULL|HZ|MAX_SCHEDULE_TIMEOUT|KTIME_MAX|"
                   r"_*GFP_[A-Z_]+|E(?!POLL)[A-Z0-9]+|[US](8|16|32|64)_MAX|"
                   r"U?(INT|LONG)_MAX|HRTIMER_MODE_[A-Z_]+|CLOCK_[A-Z_]+|"
                   r"PAGE_SIZE|PAGE_SHIFT)$")
CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]+$")


def root_of(expr):
    """The root identifier of a queue or lock: &, *, casts and brackets
    stripped, the first name of its ->/. chain."""
    e = re.sub(r"^(\s*(&|\*|\(\s*(struct|union|enum)?\s*\w+[\s*]*\)|\())*\s*",
               "", expr)
    m = IDENT.match(e)
    return m.group(0) if m else ""


def clean_type(t):
    t = re.sub(r"\[[^\]]*\]|\*|\b(const|volatile|__rcu|__iomem|__user|"
               r"__percpu|__force)\b", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def identity(expr):
    return re.sub(r"[\s&*()]", "", expr)


def subst(expr, params, args):
    """expr with each parameter replaced by its argument: the parameter
    p of &p->m given &x->n gives &x->n.m."""
    names = [p for p in params if p]
    if not names:
        return expr

    def arg(m):
        i = params.index(m.group(0))
        a = args[i] if i < len(args) else m.group(0)
        return a if re.fullmatch(CHAIN, a) else "(%s)" % a
    expr = re.sub(r"(?<![.>])\b(%s)\b" % "|".join(map(re.escape, names)),
                  arg, re.sub(r"\s+", " ", expr.strip()))
    expr = re.sub(r"\(&\s*(%s)\)->" % CHAIN, r"\1.", expr)
    expr = re.sub(r"\(\*\s*(%s)\)\." % CHAIN, r"\1->", expr)
    expr = re.sub(r"^\*\(&\s*(%s)\)$" % CHAIN, r"\1", expr)
    return re.sub(r"^\(([^()]*)\)$", r"\1", expr)
