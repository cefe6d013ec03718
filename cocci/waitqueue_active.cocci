// SPDX-License-Identifier: GPL-2.0-only
/// Find a store to shared state followed by a waitqueue_active() test that
/// guards a wake-up, with no full memory barrier between the two.
///
/// waitqueue_active() is a lockless load of the wait list. Without a full
/// barrier the CPU may perform that load before its earlier store is
/// visible (store buffering): the waiter enqueues itself, reads the old
/// value and sleeps, the waker sees an empty list and does not wake it.
/// Put smp_mb() between the store and the test (smp_mb__after_atomic()
/// after a non-value-returning atomic read-modify-write), or test with
/// wq_has_sleeper(), which has the barrier built in.
///
// Confidence: Moderate
// Copyright: (C) 2026 The wqcheck authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: A test made under the wait queue own lock is not reported.
// Options: --no-includes --include-headers --iso-limit 0
// Requires: 1.1.0
//
// How moderate: we read each of the 178 findings on Linux 6.12 and its
// waiter (kernel-scan/triage). Of those at high confidence 32 of 48 were
// true races, at medium 2 of 21; report, org, context and patch modes
// show only these. Low, 16 of 109, is shown by checker/wqcheck alone.
//
// Made by cocci/gen-rules from waitqueue_active.cocci.in and the name
// families of cocci/families.py: edit those, then run make rules.

virtual patch
virtual context
virtual org
virtual report
virtual wqcheck
virtual callers

// ---------------------------------------------------------------------
// The map: the rules in the order they run on each file.
//
// A check is a test of the wait list: waitqueue_active() or
// swait_active(), which must gate a wake-up to matter, or
// wake_up_bit(), wake_up_var(), __wake_up_bit(), which test the list
// inside. Each rule collects one kind of fact about the checks of the
// file into a table of the Python at the end of this file (section
// "facts"), keyed by the position of the check:
//
//   rule          collects                                     table
//   check         the checks                                   checks
//   gated         the wake-ups a check gates                   checks
//   uncond        a wake-up that follows on every path         nongating
//   kstop         a kthread_stop() that follows on every path  stops
//   diag          a check read by an assertion or a print      nongating
//   qlocked       a check under the queue's own lock           locked
//   ordcond       a fully ordered atomic earlier in the same
//                 condition                                    ordered_cond
//   plain         a store, then the check, no full barrier     stores
//   rmwstore      the same after an atomic read-modify-write   stores
//   direct        which stores reach it with no call between   directs
//   entry         a check reached from the entry of its
//                 function with no store and no barrier        entry_reach
//   heldlock      a lock held across the store and the check   held
//   waitlocked,   an enqueue made under a lock, for a check
//   waitlocked2   made under one                               locked_waits
//   waits         the waiters of the file, to pair with        waiters
//   waiter        the waiter side: an enqueue, then a sleep
//                 with no full barrier                         waiter_races
//   wakers        the queues the file wakes                    woken
//   sleepers      the queues it tests without their lock       tested
//
// Then the findings. decide() (Python section "deciding") turns the
// facts of one check into at most one finding: the store it is
// reported against, the confidence, the barrier to add. The rules under
// "Decide and print" call it once per check and print in the mode's
// form: report, org, or the records of checker/wqcheck (wqcheck mode,
// cocci/RECORDS.md); ctx_check and ctx_store star the check and the
// store in context mode; fix and fix_wrong add or replace the barrier in
// patch mode. The waiter side has its own three output rules.
//
// The Python follows the rules, in sections: names (the families as
// Python tables), facts (the tables above), source text, collecting
// (what the script rule after each rule calls), deciding, the waiter
// side, output.
//
// The names each rule matches are the families of cocci/families.py,
// one metavariable name for one family in every rule: chk the checks,
// fo the fully ordered atomics, rmw the atomic read-modify-writes that
// order nothing, st the calls that store, lkany/qlk/qul the queue's
// spinlock, lk/ul any lock, wt an enqueue, wfn a wait, wk a wake-up,
// hs a lockless test of the list.

// ---------------------------------------------------------------------
// The check: waitqueue_active() or swait_active() (which must gate a
// wake-up, see the next rule), or a wake-up that tests the wait list
// itself: wake_up_bit(), wake_up_var(), __wake_up_bit().
// E0 is the queue when the argument is &E0, else the pointer to it.
//
// wqcheck runs a second pass with -D callers -D callees=f,g: the
// functions that test the wait list with no barrier and no store of
// their own (the store-in-caller findings of the first pass, static
// inline wrappers in headers included). A call to one of them is then
// the check: wqcheck runs a copy of this file whose line after the
// "wqcheck: check names" comment below names them instead of the tests
// of the wait list, which the first pass has already seen.

@check@
expression E0;
// wqcheck: check names
identifier chk =~ "^(waitqueue_active|swait_active|wake_up_bit|wake_up_var|__wake_up_bit)$";
position pc;
@@

(
chk@pc(&E0, ...)
|
chk@pc(E0, ...)
)

@script:python@
pc << check.pc;
chk << check.chk;
@@

add_check(pc, str(chk))

// The type of the variable the queue hangs off (struct kioctx for
// &ctx->wait), when the function declares it: wqcheck --waiters pairs
// the check with the waiters of that type's member in every file.
@qtype@
identifier ck;
position check.pc, pr;
type T;
idexpression T R;
@@

ck@pc(<+... R@pr ...+>, ...)

@script:python@
pc << check.pc;
pr << qtype.pr;
R << qtype.R;
T << qtype.T;
@@

add_root_type(qtypes, key(pc), int(pr[0].column), str(R), str(T))

// Does waitqueue_active() or swait_active() gate a wake-up? (Never a
// helper of the second pass: gated and uncond are left out there.)
@gated depends on !callers exists@
position check.pc, pg, pw;
identifier chk = {waitqueue_active, swait_active};
identifier wk =~ "[Ww]ake|^irq_work_queue$|^complete(_all)?$";
@@

chk@pc@pg(...)
... when any
wk@pw(...)

@script:python@
pg << gated.pg;
pw << gated.pw;
wk << gated.wk;
@@

add_wake(pg, str(wk), pw)

// A wake-up that follows on every path is not gated by the test.
@uncond depends on !callers forall@
position check.pc, pu;
identifier chk = {waitqueue_active, swait_active};
identifier wk =~ "[Ww]ake|^irq_work_queue$|^complete(_all)?$";
@@

chk@pc@pu(...)
... when strict
wk(...)

@script:python@
pu << uncond.pu;
@@

nongating.add(key(pu))

// A kthread_stop() on every path after the test sets the stop flag of a
// thread and wakes it, whatever queue it sleeps on: a waiter that tests
// kthread_should_stop() cannot sleep through it, when it is that
// thread. The record names the one on the earliest line and the task
// stopped (field 32, stop); wqcheck's judge asks the waiters and which
// function the waker's file starts that task with. A return before it
// on some path is no stop on that path.
// First pass only: call sites of the second pass's helpers keep field
// 32 empty.
@kstop depends on !callers forall@
position check.pc, pk, ps;
identifier ck;
identifier stop =~ "^(kthread_stop|kthread_stop_put)$";
@@

ck@pc@pk(...)
... when strict
stop@ps(...)

@script:python@
pk << kstop.pk;
ps << kstop.ps;
@@

add_stop(pk, ps)

// Assertions and diagnostics read the list; they gate nothing.
@diag@
position check.pc, pn;
identifier fn =~ "^(wait_event[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|_*wait_event[a-z_]*|BUG_ON|VM_BUG_ON|WARN_ON|WARN_ON_ONCE|WARN|WARN_ONCE|VM_WARN_ON|VM_WARN_ON_ONCE|ASSERT|assert|lockdep_assert|printk|pr_[a-z_]+|dev_[a-z_]+|seq_printf|trace_[a-z0-9_]+)$";
identifier chk;
@@

fn(..., <+... chk@pc@pn(...) ...+>, ...)

@script:python@
pn << diag.pn;
@@

nongating.add(key(pn))

// Tested under the own lock of the queue: the lock orders it against
// the enqueue by the waiter.
@qlocked exists@
identifier ck;
expression check.E0;
position check.pc, pk;
identifier qlk =~ "^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?)$";
identifier qul =~ "^(raw_)?(spin_unlock(_irq|_irqrestore|_bh)?)$";
@@

(
qlk(&E0.lock, ...)
|
qlk(&E0->lock, ...)
|
lockdep_assert_held(&E0.lock)
|
lockdep_assert_held(&E0->lock)
)
... when != qul(&E0.lock, ...)
    when != qul(&E0->lock, ...)
ck@pc@pk(...)

@script:python@
pk << qlocked.pk;
@@

locked.add(key(pk))

// A fully ordered atomic evaluated earlier in the same condition.
@ordcond@
identifier ck;
position check.pc, po;
expression E1;
@@

E1 && <+... ck@pc@po(...) ...+>

@script:python@
po << ordcond.po;
E1 << ordcond.E1;
@@

if ORDERED_CALL.search(str(E1)):
	ordered_cond.add(key(po))

// ---------------------------------------------------------------------
// Functions of this file called before a check, one level deep: the
// reducer keeps the functions that a function with a check calls.
// A call of one that stores with no full barrier after the store, on
// some path to its end, is a store at the call (storefn, storefn_rmw,
// callstore below); a call of one that meets a full barrier on every
// path from its entry to its end orders what was stored before it
// (barrierfn minus unorderedfn), as a barrier written there would.

// The called functions of the file: add_fn_def() reads the text of
// each for the stores through its parameters that no full barrier
// follows (matching every store with the rules, as plain does, cost as
// much as all the other rules together on 6.12).
@storefn_def depends on check@
identifier f : script:python() { str(f) in called_fns };
position pf;
@@

f@pf(...) { ... }

@script:python@
f << storefn_def.f;
pf << storefn_def.pf;
@@

add_fn_def(str(f), pf)

// A store that a full barrier follows in the text (on some path, maybe
// not on all): kept if some path from its line to the end of its
// function meets none.
@storefn_tail depends on storefn_def exists@
identifier f : script:python() { str(f) in doubt_fns };
position ps : script:python() { line_key(ps) in doubt_stores };
expression e;
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
@@

f(...) {
... when any
e@ps
... when any
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != fo(...)
}

@script:python@
ps << storefn_tail.ps;
@@

keep_fn_store(ps)

// The functions of the file with a full barrier in them, and those of
// them with a path from entry to end that meets none.
@barrierfn depends on check exists@
identifier f : script:python() { str(f) in called_fns };
identifier fb =~ "^(smp_mb|mb|smp_mb__after_spinlock|smp_mb__after_unlock_lock)$";
identifier fbc =~ "^(smp_store_mb|set_current_state|set_special_state|prepare_to_wait|prepare_to_wait_exclusive|prepare_to_wait_event|prepare_to_swait_exclusive|prepare_to_swait_event)$";
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
@@

f(...) {
... when any
(
fb(...)
|
fbc(...)
|
fo(...)
)
... when any
}

@script:python@
f << barrierfn.f;
@@

barrier_fns.add(str(f))

@unorderedfn depends on barrierfn exists@
identifier f : script:python() { str(f) in barrier_fns };
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
@@

f(...) {
... when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != fo(...)
}

@script:python@
f << unorderedfn.f;
@@

unordered_fns.add(str(f))

// A call of a function that stores, then the check, with no full
// barrier between (the same barriers as plain's, and the functions
// that order).
// A local variable given by address: what the function stores there is
// the caller's own (dax_entry_waitqueue(xas, entry, &key)).
@calllocal depends on storefn_def@
identifier cf : script:python() { stores_in(str(cf)) };
local idexpression L;
position pl;
@@

cf@pl(..., &L, ...)

@script:python@
pl << calllocal.pl;
L << calllocal.L;
@@

local_args.setdefault(key(pl), set()).add(str(L))

@callstore depends on storefn_def exists@
identifier ck;
expression check.E0;
position check.pc, ps;
identifier cf : script:python() { stores_in(str(cf)) };
identifier of : script:python() { is_ordered_fn(str(of)) };
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
identifier rmw =~ "^(atomic(64|_long)?_((inc|dec|add|sub|or|and|andnot|xor)|((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot))_(relaxed|acquire|release))|set_bit|clear_bit|clear_bit_unlock|change_bit)$";
identifier lkany =~ "^(raw_)?spin_(un)?lock";
@@

cf@ps(...)
... when any
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != \( wq_has_sleeper(...) \| swq_has_sleeper(...) \)
    when != fo(...)
    when != of(...)
    when != rmw(...)
    when != lkany(&E0.lock, ...)
    when != lkany(&E0->lock, ...)
ck@pc(...)

@script:python@
pc << check.pc;
ps << callstore.ps;
cf << callstore.cf;
@@

add_callee_stores(pc, ps, str(cf))

// ---------------------------------------------------------------------
// Stores that reach the check with no full barrier on some path: an
// assignment, an increment or decrement, or a call that stores (st).
// One rule for the three: each rule runs once per check over its
// function, and the three searches share their barriers. A store to a
// local variable matches first and is not reported. An atomic RMW
// (handled by the next rule) between a store and the check ends the
// search: it is the store nearest to the check.

@plain exists@
identifier ck;
expression check.E0, X, V;
local idexpression L;
identifier I;
expression J;
position check.pc, ps, pv, pi;
assignment operator aop;
identifier st =~ "^(WRITE_ONCE|smp_store_release|atomic(64|_long)?_set(_release)?|__set_bit|__clear_bit|__change_bit|__clear_bit_unlock|__llist_add|__llist_add_batch|list_(add|add_tail|add_rcu|add_tail_rcu|del|del_init|del_rcu|del_init_careful|move|move_tail|splice|splice_init|splice_tail|splice_tail_init|replace|replace_init)|hlist_(add_head|add_head_rcu|add_before|add_behind|del|del_init|del_rcu)|refcount_(set|inc|dec|add|sub|dec_and_test|sub_and_test|dec_if_one|dec_not_one|inc_not_zero|add_not_zero)|percpu_counter_(add|sub|inc|dec|set|add_batch|add_local|sub_local))$";
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
identifier rmw =~ "^(atomic(64|_long)?_((inc|dec|add|sub|or|and|andnot|xor)|((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot))_(relaxed|acquire|release))|set_bit|clear_bit|clear_bit_unlock|change_bit)$";
identifier lkany =~ "^(raw_)?spin_(un)?lock";
identifier of : script:python() { is_ordered_fn(str(of)) };
@@

(
L aop V
|
L.I aop V
|
L[J] aop V
|
X@ps aop V@pv
|
L++
|
L--
|
 ++L
|
 --L
|
X@ps@pi++
|
X@ps@pi--
|
 ++X@ps@pi
|
 --X@ps@pi
|
st@ps(...)
)
... when any
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != \( wq_has_sleeper(...) \| swq_has_sleeper(...) \)
    when != fo(...)
    when != of(...)
    when != rmw(...)
    when != lkany(&E0.lock, ...)
    when != lkany(&E0->lock, ...)
ck@pc(...)

// An assignment.
@script:python@
pc << check.pc;
ps << plain.ps;
pv << plain.pv;
@@

add_assign_store(pc, ps, pv)

// An increment or decrement: which side the operator is on.
@script:python@
pc << check.pc;
ps << plain.ps;
pi << plain.pi;
@@

p = ps[0]
lines = src_lines(p.file)
line = lines[int(p.line) - 1] if int(p.line) <= len(lines) else ""
c0, c1 = int(p.column), int(p.column_end)
if line[c1:c1 + 2] in ("++", "--"):
	add_incdec_store(pc, ps, "X" + line[c1:c1 + 2])
else:
	add_incdec_store(pc, ps, line[max(c0 - 2, 0):c0] + "X")

// A call that stores.
@script:python@
pc << check.pc;
ps << plain.ps;
st << plain.st;
@@

name = str(st)
if name == "smp_store_release":
	kind = "release"
elif name.startswith(("list_", "hlist_")):
	kind = "list"
else:
	kind = "plain"
add_call_store(pc, ps, name, kind)

// A non-value-returning atomic RMW: smp_mb__after_atomic() after it
// makes it fully ordered.
@rmwstore exists@
identifier ck;
expression check.E0;
position check.pc, ps;
identifier rmw =~ "^(atomic(64|_long)?_((inc|dec|add|sub|or|and|andnot|xor)|((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot))_(relaxed|acquire|release))|set_bit|clear_bit|clear_bit_unlock|change_bit)$";
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
identifier lkany =~ "^(raw_)?spin_(un)?lock";
identifier of : script:python() { is_ordered_fn(str(of)) };
@@

rmw@ps(...)
... when any
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \| smp_mb__after_atomic() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != \( wq_has_sleeper(...) \| swq_has_sleeper(...) \)
    when != fo(...)
    when != of(...)
    when != lkany(&E0.lock, ...)
    when != lkany(&E0->lock, ...)
ck@pc(...)

@script:python@
pc << check.pc;
ps << rmwstore.ps;
st << rmwstore.rmw;
@@

add_call_store(pc, ps, str(st), "atomic-rmw")

// ---------------------------------------------------------------------
// Confidence. High: some path from the store to the check has no call at
// all. Otherwise a lock release or a call sits between them: medium.

@direct exists@
identifier ck;
position check.pc;
position ps = {plain.ps, rmwstore.ps, callstore.ps};
expression e;
identifier f !~ "^(READ_ONCE|WRITE_ONCE|likely|unlikely|smp_wmb|wmb|smp_rmb|rmb|barrier|smp_acquire__after_ctrl_dep|smp_mb__before_atomic|smp_mb__after_atomic|smp_store_release|smp_load_acquire|atomic(64|_long)?_(read|set)|test_bit|list_empty|waitqueue_active)$";
@@

e@ps
... when != f(...)
ck@pc(...)

@script:python@
pc << check.pc;
ps << direct.ps;
@@

directs.add((key(pc), int(ps[0].line)))

// No store in the function: the check is reached from the entry with no
// barrier, so a store by a caller is not ordered before it. Leading dots
// start at the entry of the function (fn(...) { ... } would also follow
// each match on to the exit). Only for checks the store rules found no
// store for, and that can still be reported: this search from the entry
// cost the most of all, for an answer decide() then ignored.
@entry exists@
identifier ck;
position check.pc;
position pe : script:python() { reportable(key(pe)) and key(pe) not in stores };
identifier fo =~ "^(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)$";
identifier of : script:python() { is_ordered_fn(str(of)) };
@@

... when any
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \| smp_mb__after_atomic() \)
    when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != fo(...)
    when != of(...)
ck@pc@pe(...)

@script:python@
pe << entry.pe;
@@

entry_reach.add(key(pe))

// A lock held across the store and the check. It makes the code correct
// when the waiter enqueues and tests its condition under the same lock
// (the next rules look for such a waiter in this file, only where a
// check is made under a lock): then the two sides are serialised and
// neither can miss the other.
@heldlock exists@
identifier ck;
position check.pc, ph, pl;
identifier lk =~ "^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?|mutex_lock(_interruptible|_killable|_nested)?|read_lock(_irq|_irqsave|_bh)?|write_lock(_irq|_irqsave|_bh)?)$";
identifier ul =~ "^(raw_)?(spin_unlock(_irq|_irqrestore|_bh)?|mutex_unlock|read_unlock(_irq|_irqrestore|_bh)?|write_unlock(_irq|_irqrestore|_bh)?)$";
expression L;
@@

(
lk@pl(L, ...)
|
lockdep_assert_held@pl(L)
)
... when != ul(L, ...)
ck@pc@ph(...)

@script:python@
ph << heldlock.ph;
pl << heldlock.pl;
L << heldlock.L;
@@

held.setdefault(key(ph), []).append((norm_queue(str(L)), int(pl[0].line)))

// The type of the variable each held lock hangs off, as for the queue.
@locktype@
identifier lk;
position heldlock.pl, pr;
type T;
idexpression T R;
@@

lk@pl(<+... R@pr ...+>, ...)

@script:python@
pl << heldlock.pl;
pr << locktype.pr;
R << locktype.R;
T << locktype.T;
@@

add_root_type(ltypes, key(pl), int(pr[0].column), str(R), str(T))

@waitlocked depends on heldlock exists@
position pw;
identifier wt =~ "^(prepare_to_wait[a-z_]*|prepare_to_swait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?|mutex_lock(_interruptible|_killable|_nested)?|read_lock(_irq|_irqsave|_bh)?|write_lock(_irq|_irqsave|_bh)?)$";
identifier ul =~ "^(raw_)?(spin_unlock(_irq|_irqrestore|_bh)?|mutex_unlock|read_unlock(_irq|_irqrestore|_bh)?|write_unlock(_irq|_irqrestore|_bh)?)$";
expression L;
@@

lk(L, ...)
... when != ul(L, ...)
wt@pw(...)

@script:python@
pw << waitlocked.pw;
L << waitlocked.L;
@@

add_locked_wait(pw, str(L))

// The lock may have been taken by the caller: an enqueue followed by the
// release of a lock, before any retaking of it, was made under it.
@waitlocked2 depends on heldlock exists@
position pw;
identifier wt =~ "^(prepare_to_wait[a-z_]*|prepare_to_swait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?|mutex_lock(_interruptible|_killable|_nested)?|read_lock(_irq|_irqsave|_bh)?|write_lock(_irq|_irqsave|_bh)?)$";
identifier ul =~ "^(raw_)?(spin_unlock(_irq|_irqrestore|_bh)?|mutex_unlock|read_unlock(_irq|_irqrestore|_bh)?|write_unlock(_irq|_irqrestore|_bh)?)$";
expression L;
@@

wt@pw(...)
... when != lk(L, ...)
ul(L, ...)

@script:python@
pw << waitlocked2.pw;
L << waitlocked2.L;
@@

add_locked_wait(pw, str(L))

// Locks held at the check in other spellings, for wqcheck --waiters
// (the locks field; cocci/RECORDS.md). A lock call of another name
// (lock_kmap_any(flags)) is a macro or function of this file whose body
// takes a lock: lock_alias() resolves it through its definition.
@heldalias exists@
identifier ck;
identifier lkw =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ulw =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
position check.pc, ph, pl;
@@

lkw@pl(...)
... when != ulw(...)
ck@pc@ph(...)

@script:python@
ph << heldalias.ph;
pl << heldalias.pl;
lkw << heldalias.lkw;
@@

add_alias_lock(ph, pl, str(lkw))

@aliastype@
identifier lkw;
position heldalias.pl, pr;
type T;
idexpression T R;
@@

lkw@pl(<+... R@pr ...+>, ...)

@script:python@
pl << heldalias.pl;
pr << aliastype.pr;
R << aliastype.R;
T << aliastype.T;
@@

add_root_type(ltypes, key(pl), int(pr[0].column), str(R), str(T))

// guard(spinlock_irqsave)(&L) holds L to the end of its scope
// (include/linux/cleanup.h). scoped_guard(G, &L) { ... } is left out:
// declaring it an iterator makes Coccinelle parse functions it could
// not before, whose checks after the block need the released-lock
// reasoning of passlock for a block's end, which is not written yet.
@heldguard exists@
identifier ck, G;
expression L;
position check.pc, ph, pl;
@@

guard@pl(G)(L);
...
ck@pc@ph(...)

@script:python@
ph << heldguard.ph;
pl << heldguard.pl;
G << heldguard.G;
L << heldguard.L;
@@

add_guard_lock(ph, pl, str(G), str(L))

@guardtype@
identifier G;
position heldguard.pl, pr;
type T;
idexpression T R;
@@

guard@pl(G)(<+... R@pr ...+>)

@script:python@
pl << heldguard.pl;
pr << guardtype.pr;
R << guardtype.R;
T << guardtype.T;
@@

add_root_type(ltypes, key(pl), int(pr[0].column), str(R), str(T))

// A lock taken and released between the stores and the check: a waiter
// that tests its condition under it either tests after the release
// (and sees the stores) or before the taking (and the check sees its
// enqueue). Kept only when no path reaches the check around it (the
// next rule) and every store is before the release (passed_locks()).
@passlock exists@
identifier ck;
identifier lk =~ "^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?|mutex_lock(_interruptible|_killable|_nested)?|read_lock(_irq|_irqsave|_bh)?|write_lock(_irq|_irqsave|_bh)?)$";
identifier ul =~ "^(raw_)?(spin_unlock(_irq|_irqrestore|_bh)?|mutex_unlock|read_unlock(_irq|_irqrestore|_bh)?|write_unlock(_irq|_irqrestore|_bh)?)$";
expression L;
position check.pc, pp, pl, pu;
@@

lk@pl(L, ...)
... when != ul(L, ...)
ul@pu(L, ...)
... when != lk(L, ...)
ck@pc@pp(...)

@passaround exists@
identifier ck, passlock.lk;
expression passlock.L;
position check.pc, passlock.pp, pa;
@@

... when != lk(L, ...)
ck@pc@pp@pa(...)

@script:python@
pp << passlock.pp;
pl << passlock.pl;
pu << passlock.pu;
L << passlock.L;
@@

add_passed_lock(pp, pl, pu, str(L))

@passtype@
identifier lk;
position passlock.pl, pr;
type T;
idexpression T R;
@@

lk@pl(<+... R@pr ...+>, ...)

@script:python@
pl << passlock.pl;
pr << passtype.pr;
R << passtype.R;
T << passtype.T;
@@

add_root_type(ltypes, key(pl), int(pr[0].column), str(R), str(T))

@script:python@
pp << passlock.pp;
pl << passlock.pl;
pa << passaround.pa;
@@

passed_around.add((key(pp), int(pl[0].line)))

// A lock that every call of the check's function in this file holds
// (the caller's expression written with the function's parameters).
@script:python checkfn@
pc << check.pc;
f;
@@

coccinelle.f = cocci.make_ident(pc[0].current_element)

@callsite exists@
identifier checkfn.f;
position pf;
@@

f@pf(...)

@script:python@
pf << callsite.pf;
@@

add_call_site(pf)

@callheld exists@
identifier checkfn.f;
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
expression L;
position callsite.pf, pl;
@@

lk@pl(L, ...)
... when != ul(L, ...)
f@pf(...)

@script:python@
pf << callsite.pf;
pl << callheld.pl;
L << callheld.L;
lk << callheld.lk;
@@

add_caller_lock(pf, pl, str(L), str(lk))

@calltype@
identifier lk;
position callheld.pl, pr;
type T;
idexpression T R;
@@

lk@pl(<+... R@pr ...+>, ...)

@script:python@
pl << callheld.pl;
pr << calltype.pr;
R << calltype.R;
T << calltype.T;
@@

add_root_type(ltypes, key(pl), int(pr[0].column), str(R), str(T))

// The callers' callers, two levels more: a caller that takes no lock
// may be called with one held (callers_hold() follows them only for a
// static function named in calls alone).
@script:python callerfn@
pf << callsite.pf;
g;
@@

coccinelle.g = cocci.make_ident(pf[0].current_element
                                 if climbs(pf) else NO_CALLER)

@callsite2 exists@
identifier callerfn.g;
position pf2;
@@

g@pf2(...)

@script:python@
pf2 << callsite2.pf2;
@@

add_call_site(pf2)

@callheld2 exists@
identifier callerfn.g;
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
expression L;
position callsite2.pf2, pl;
@@

lk@pl(L, ...)
... when != ul(L, ...)
g@pf2(...)

@script:python@
pf2 << callsite2.pf2;
pl << callheld2.pl;
L << callheld2.L;
lk << callheld2.lk;
@@

add_caller_lock(pf2, pl, str(L), str(lk))

@script:python callerfn2@
pf2 << callsite2.pf2;
h;
@@

coccinelle.h = cocci.make_ident(pf2[0].current_element
                                 if climbs(pf2) else NO_CALLER)

@callsite3 exists@
identifier callerfn2.h;
position pf3;
@@

h@pf3(...)

@script:python@
pf3 << callsite3.pf3;
@@

add_call_site(pf3)

@callheld3 exists@
identifier callerfn2.h;
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
expression L;
position callsite3.pf3, pl;
@@

lk@pl(L, ...)
... when != ul(L, ...)
h@pf3(...)

@script:python@
pf3 << callsite3.pf3;
pl << callheld3.pl;
L << callheld3.L;
lk << callheld3.lk;
@@

add_caller_lock(pf3, pl, str(L), str(lk))

// The waiters in this file, to pair each check with the wait it serves.
@waits depends on check@
identifier wfn =~ "^(wait_event[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|prepare_to_wait[a-z_]*|prepare_to_swait[a-z_]*|wait_on_bit[a-z_]*)$";
position pw;
@@

wfn@pw(...)

@script:python@
pw << waits.pw;
wfn << waits.wfn;
@@

add_waiter(pw, str(wfn))

// ---------------------------------------------------------------------
// The waiter side: enqueued with add_wait_queue(), then asleep in
// schedule() with no full barrier after the enqueue. Its load of the
// condition can pass its store to the wait list, the mirror image of the
// race of the waker; set_current_state() after the enqueue (or
// prepare_to_wait(), or wait_event*()) is what orders them.

@waiter depends on !callers exists@
identifier aw =~ "^(__)?(add_wait_queue|add_wait_queue_exclusive|add_wait_queue_priority)$";
identifier sch =~ "^(io_)?(schedule|schedule_timeout[a-z_]*|schedule_hrtimeout[a-z_]*)$";
position pa, ps;
@@

aw@pa(...)
... when != \( smp_store_mb(...) \| set_current_state(...) \| set_special_state(...) \| prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \| prepare_to_swait_exclusive(...) \| prepare_to_swait_event(...) \)
    when != \( smp_mb() \| mb() \| smp_mb__after_spinlock() \| smp_mb__after_unlock_lock() \)
    when != \( prepare_to_wait(...) \| prepare_to_wait_exclusive(...) \| prepare_to_wait_event(...) \)
sch@ps(...)

@script:python@
pa << waiter.pa;
ps << waiter.ps;
aw << waiter.aw;
sch << waiter.sch;
@@

add_waiter_race(pa, str(aw), ps, str(sch))

// Who else tests or wakes the queues of this file: a waiter that reads
// its condition before its enqueue is visible can only miss a waker
// that looks at the list without the queue lock (waitqueue_active(),
// wq_has_sleeper()). When the file wakes the queue and never tests it
// locklessly, wake_up() takes the lock that add_wait_queue() took, and
// the unlock/lock pair orders the two sides. Looked at only in a file
// with such a waiter.
@wakers depends on waiter@
identifier wk =~ "[Ww]ake|^irq_work_queue$|^complete(_all)?$";
expression Q;
position pw;
@@

wk@pw(Q, ...)

@script:python@
Q << wakers.Q;
pw << wakers.pw;
@@

woken.add((pw[0].file, norm_queue(str(Q))))

@sleepers depends on waiter@
identifier hs =~ "^(waitqueue_active|swait_active|wq_has_sleeper|swq_has_sleeper)$";
expression Q;
position ph;
@@

hs@ph(Q)

@script:python@
Q << sleepers.Q;
ph << sleepers.ph;
@@

tested.add((ph[0].file, norm_queue(str(Q))))

@script:python depends on report@
pa << waiter.pa;
@@

f = waiter_finding(pa)
if f is not None:
	coccilib.report.print_report(pa[0], "WARNING: " + f["message"])

@script:python depends on wqcheck@
pa << waiter.pa;
@@

f = waiter_finding(pa)
if f is not None:
	waiter_record(f)

@script:python depends on org@
pa << waiter.pa;
@@

f = waiter_finding(pa)
if f is not None:
	cocci.print_main(f["message"], pa)

// ---------------------------------------------------------------------
// Decide and print, once per check.

@script:python depends on report@
pc << check.pc;
@@

k = key(pc)
if k not in decided:
	f = decide(k)
	if f is not None and f["confidence"] != "low":
		coccilib.report.print_report(pc[0], "WARNING: " + message(f))

@script:python depends on wqcheck@
pc << check.pc;
@@

k = key(pc)
if k not in decided:
	f = decide(k)
	if f is not None:
		record(f)
test_record(k)

@script:python depends on org@
pc << check.pc;
@@

k = key(pc)
if k not in decided:
	f = decide(k)
	if f is not None and f["confidence"] != "low":
		cocci.print_main(message(f), pc)
		cocci.print_secs("store", f["store"]["pos"])

@script:python depends on context || patch@
pc << check.pc;
@@

decide(key(pc))

// ---------------------------------------------------------------------
// Context mode: the store and the check. Both rules inherit check.pc:
// spatch then matches them only in the functions that hold a check (a
// bare "* e@ps" tried every expression of every function of every file
// and made this mode 8 times slower than report mode).

@ctx_check depends on context exists@
identifier ck;
position check.pc;
position pr : script:python() { reported(pr) };
@@

* ck@pc@pr(...)

@ctx_store depends on context exists@
identifier ck;
expression e;
position check.pc;
position ps : script:python() { is_chosen_store(ps) };
@@

* e@ps
... when any
ck@pc(...)

// ---------------------------------------------------------------------
// Patch mode: put the barrier right before the statement that holds the
// check, or put it in place of a barrier that does not order the store.
// wqcheck --fix writes the same barrier with a comment naming the store
// and the queue; here the comment can only be generic. One rule for both
// barriers, inheriting check.pc like the context rules: a position cannot
// be inherited past a rule that changes the code, so fix_wrong is last.

@fix depends on patch@
identifier ck;
position check.pc;
position pa : script:python() { reported(pa, "smp_mb__after_atomic()") };
position pm : script:python() { reported(pm, "smp_mb()") };
statement S1, S2;
expression V;
@@

(
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb__after_atomic();
  if (<+... ck@pc@pa(...) ...+>) S1 else S2
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb();
  if (<+... ck@pc@pm(...) ...+>) S1 else S2
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb__after_atomic();
  if (<+... ck@pc@pa(...) ...+>) S1
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb();
  if (<+... ck@pc@pm(...) ...+>) S1
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb__after_atomic();
  ck@pc@pa(...);
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb();
  ck@pc@pm(...);
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb__after_atomic();
  V = ck@pc@pa(...);
|
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb();
  V = ck@pc@pm(...);
)

@fix_wrong depends on patch@
identifier wb =~ "^(smp_wmb|wmb|smp_rmb|rmb|barrier|smp_acquire__after_ctrl_dep|smp_mb__before_atomic|smp_mb__after_atomic)$";
position pb : script:python() { is_wrong_barrier(pb) };
@@

- wb@pb();
+ /* Store above before wait-list test; pairs with set_current_state() */
+ smp_mb();

// ---------------------------------------------------------------------
// Python: names.
// The families come from cocci/families.py, as in the rules above.

@initialize:python@
@@
import bisect
import re

# Fully ordered atomics, found in the text of a condition (ordcond) or
# after a store in a called function (storefn), and the full barriers.
ORDERED_CALL = re.compile(r"\b(atomic(64|_long)?_((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot)|(sub|dec|inc|add_negative)_and_test|xchg|cmpxchg|try_cmpxchg|inc_not_zero|add_unless|dec_if_positive|dec_and_lock(_irqsave)?)|test_and_(set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|try_cmpxchg|llist_add|llist_add_batch|llist_del_all|llist_del_first)\s*\(")
FULL_CALL = re.compile(
    r"\b(smp_mb|mb|smp_mb__after_spinlock|smp_mb__after_unlock_lock|smp_store_mb|set_current_state|set_special_state|prepare_to_wait|prepare_to_wait_exclusive|prepare_to_wait_event|prepare_to_swait_exclusive|prepare_to_swait_event)\s*\(")

# Calls that neither store nor order (first_call(), calls_in()); the
# keywords because CALL also finds "if (".
HARMLESS = re.compile(
    r"^(READ_ONCE|WRITE_ONCE|likely|unlikely|smp_wmb|wmb|smp_rmb|rmb|barrier|smp_acquire__after_ctrl_dep|smp_mb__before_atomic|smp_mb__after_atomic|smp_store_release|smp_load_acquire|atomic(64|_long)?_(read|set)|test_bit|list_empty|waitqueue_active|if|for|while|switch|return|sizeof)$")
CALL = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*\(")
ATOMIC_SET = re.compile(r"^atomic(64|_long)?_set")

# Tests that must gate a wake-up to matter, and the rule each check is
# reported under.
GUARDS = ("waitqueue_active", "swait_active")
RULES = {
    "waitqueue_active": "missing-barrier",
    "swait_active": "swait-missing-barrier",
    "wake_up_bit": "wake-bit-missing-barrier",
    "wake_up_var": "wake-bit-missing-barrier",
    "__wake_up_bit": "wake-bit-missing-barrier",
}
WRONG_BARRIER = "wrong-barrier"
STORE_IN_CALLER = "store-in-caller"
WAITER_NO_BARRIER = "waiter-no-barrier"

# Barriers that do not order a store against a later load, and why.
WEAK = {
    "smp_wmb": "orders stores against stores only",
    "wmb": "orders stores against stores only",
    "smp_rmb": "orders loads against loads only",
    "rmb": "orders loads against loads only",
    "barrier": "stops only the compiler, not the CPU",
    "smp_acquire__after_ctrl_dep": "orders earlier loads only",
    "smp_mb__before_atomic":
        "orders nothing without an atomic read-modify-write after it",
    "smp_mb__after_atomic": "orders nothing after a plain store",
}
WEAK_LINE = re.compile(r"^(\s*)(" + "|".join(WEAK) + r")\(\);")

# What a record escapes, and how its fields and lines end
# (cocci/RECORDS.md).
BACKSLASH = chr(92)
TAB = chr(9)
NEWLINE = chr(10)

// ---------------------------------------------------------------------
// Python: facts.
// The tables the rules fill, one per kind of fact.

@initialize:python@
@@
# What the rules found, keyed by the (file, line, column) of the check
# unless said otherwise, and the rule that fills each.
CALLEES = set()  # -D callees: the helpers of the second pass
checks = {}      # check: key -> dict(pc, name, fn, queue, wakes)
stores = {}      # plain, rmwstore: key -> list of store dicts
nongating = set()     # uncond, diag
stops = {}       # kstop: key -> ((line, name), tasks) of a stop
locked = set()        # qlocked
ordered_cond = set()  # ordcond
directs = set()  # direct: (check key, store line) with no call between
entry_reach = set()   # entry
held = {}        # heldlock: key -> [(normalised lock, line it was taken)]
locked_waits = set()  # waitlocked, waits: (file, queue, lock), normalised
waiters = {}     # waits: (file, normalised queue) -> list of waiter dicts
waiter_races = {}     # waiter: add_wait_queue key -> finding dict
woken = set()    # wakers: (file, queue) woken somewhere in the file
tested = set()   # sleepers: (file, queue) tested without the queue lock
fn_file = [""]   # the file the tables of functions below are about
called_fns = set()  # check: the functions called before a check
doubt_fns = set()     # storefn: functions with stores a barrier follows
doubt_stores = {}     # ... those stores, by key, for storefn_tail
fn_stores = {}   # storefn, storefn_rmw: function -> params and stores
barrier_fns = set()   # barrierfn: functions with a full barrier in them
unordered_fns = set()  # unorderedfn: ... and a way through with none
late_fns = set()       # ... or a store or call after its last barrier
local_args = {}  # calllocal: call key -> locals given there by address
decided = {}     # decide(): key -> finding dict, or None when not reported
test_printed = set()  # the checks a wqcheck-test-1 record was printed for

// The helpers of the second pass (the check rule says more).
@initialize:python@
callee_list << virtual.callees;
@@

CALLEES.update(n for n in callee_list.split(",") if n)

// ---------------------------------------------------------------------
// Python: source text.
// Reading the source around a position.

@initialize:python@
@@
_lines = {}


def src_lines(path):
    if path not in _lines:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                _lines[path] = f.read().split(NEWLINE)
        except OSError:
            _lines[path] = []
    return _lines[path]


def key(p):
    return (p[0].file, int(p[0].line), int(p[0].column))


def span(path, l1, c1, l2, c2):
    """Source text between two 1-based line, 0-based column points."""
    lines = src_lines(path)
    if l1 < 1 or l2 > len(lines):
        return ""
    if l1 == l2:
        return lines[l1 - 1][c1:c2]
    parts = [lines[l1 - 1][c1:]] + lines[l1:l2 - 1] + [lines[l2 - 1][:c2]]
    return " ".join(s.strip() for s in parts)


def text_before(pc):
    """The text of the function holding pc, from its body's "{" (at the
    start of a line, as the kernel's style writes it) to pc."""
    p = pc[0]
    lines = src_lines(p.file)
    l = int(p.line)
    start = l - 1
    while start > 0 and not lines[start - 1].startswith("{"):
        start -= 1
    return span(p.file, start, 0, l, int(p.column))


def call_text(p):
    """The whole call `name(args)` whose name is at position p."""
    path, l, c = p[0].file, int(p[0].line), int(p[0].column)
    lines = src_lines(path)
    text, depth, started = "", 0, False
    for i in range(l - 1, min(l + 20, len(lines))):
        seg = lines[i][c:] if i == l - 1 else " " + lines[i].strip()
        for ch in seg:
            text += ch
            if ch == "(":
                depth += 1
                started = True
            elif ch == ")":
                depth -= 1
                if started and depth == 0:
                    return text
    return text


def call_args(text):
    """Top-level arguments of the text of a call."""
    start = text.find("(")
    body = text[start + 1:-1] if start >= 0 else ""
    args, depth, cur = [], 0, ""
    for ch in body:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        args.append(cur.strip())
    return args


def deref(arg):
    """What a pointer argument points to, as a reader would name it."""
    arg = re.sub(r"^\(\s*[A-Za-z_][\w\s]*\*+\s*\)\s*", "", arg)
    if arg.startswith("&"):
        return arg[1:].strip()
    return "*" + arg


def norm_queue(q):
    """A queue as both sides name it: &ctx->wait, ctx->wait, *wq, wq."""
    q = re.sub(r"\s+", "", q)
    while q[:1] in ("&", "*"):
        q = q[1:]
    if q.startswith("(") and q.endswith(")"):
        q = q[1:-1]
    return q


def same_expr(a, b):
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)

// ---------------------------------------------------------------------
// Python: collecting.
// What the script rules after each rule call.

@initialize:python@
@@
def add_check(pc, name):
    k = key(pc)
    # Outside a function (a macro body: Coccinelle names the element
    # "something_else") there is no flow to follow and nobody to report.
    if k in checks or pc[0].current_element == "something_else":
        return
    text = call_text(pc)
    checks[k] = dict(pc=pc, name=name, fn=pc[0].current_element,
                     queue=text[text.find("(") + 1:-1].strip(), wakes=[])
    if name not in GUARDS:
        checks[k]["wakes"].append((name, int(pc[0].line), False))
    if pc[0].file != fn_file[0]:
        new_fn_file(pc[0].file)
    called_fns.update(m.group(1) for m in CALL.finditer(text_before(pc)))


def new_fn_file(path):
    """The tables of functions by name are those of one file: spatch
    gives one run many files, and the rules see them one after the
    other (the check rule first)."""
    fn_file[0] = path
    for table in (called_fns, doubt_fns, doubt_stores, fn_stores,
                  barrier_fns, unordered_fns, late_fns, local_args):
        table.clear()


def add_wake(pc, name, pw):
    """Record a wake-up reached from check pc.

    The first one that wakes the same queue is named in the finding; a
    wake-up of some other object comes after those."""
    c = checks.get(key(pc))
    if c is None:
        return
    args = call_args(call_text(pw))
    other = not (args and same_expr(args[0], c["queue"]))
    c["wakes"].append((name, int(pw[0].line), other))
    c["wakes"].sort(key=lambda w: (w[2], w[1]))


def add_stop(pc, ps):
    """A kthread_stop() that follows check pc on every path: the one on
    the earliest line is named (line, name), with the task every stop
    is given, or "" when they differ. The name is read at the position:
    asking spatch for it would ask one name of all paths."""
    k = key(pc)
    for p in ps:
        here = (int(p.line), name_of_call([p]))
        args = call_args(call_text([p]))
        task = re.sub(r"\s+", "", args[0]) if len(args) == 1 else ""
        first, tasks = stops.get(k, (here, set()))
        stops[k] = (min(first, here), tasks | {task})


def add_store(pc, ps, kind, text, target):
    """Record a store that reaches check pc with no barrier.

    A store written after the check reaches it only around a loop, from
    an earlier iteration; such pairs were noise on real trees (the wake-up
    is about the state of its own iteration), so they are not kept."""
    k = key(pc)
    if (int(ps[0].line), int(ps[0].column)) >= k[1:]:
        return None
    s = dict(line=int(ps[0].line), col=int(ps[0].column), kind=kind,
             expr=text, target=target, pos=ps)
    stores.setdefault(k, []).append(s)
    return s


def call_target(name, text):
    """What a call that stores stores to, or None without arguments."""
    args = call_args(text)
    if not args:
        return None
    if name == "WRITE_ONCE":
        return args[0]
    if name == "smp_store_release" or ATOMIC_SET.match(name) or \
            name.startswith(("percpu_counter_", "refcount_set")):
        return deref(args[0])
    return deref(args[-1])


def add_call_store(pc, ps, name, kind):
    text = call_text(ps)
    target = call_target(name, text)
    if target is not None:
        add_store(pc, ps, kind, text, target)


def assign_target(ps):
    p = ps[0]
    return span(p.file, int(p.line), int(p.column),
                int(p.line_end), int(p.column_end))


def params_of(pf):
    """The parameter names of the function defined at pf, None where a
    parameter has no plain name (a function pointer, "...")."""
    names = []
    for decl in call_args(call_text(pf)):
        m = re.search(r"(\w+)\s*(\[[^]]*\]\s*)*$", decl)
        names.append(m.group(1) if m and m.group(1) != "void" else None)
    return names


COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
ASSIGN = re.compile(r"(?<![\w>.)\]])(\*\s*)?([A-Za-z_]\w*(?:\s*->\s*\w+|"
                    r"\s*\.\s*\w+|\s*\[[^]=;]*\])*)\s*"
                    r"(?:[-+*/%&|^]|<<|>>)?=(?!=)")
INCDEC = re.compile(r"(\+\+|--)\s*([A-Za-z_]\w*(?:\s*(?:->|\.)\s*\w+)+)|"
                    r"([A-Za-z_]\w*(?:\s*(?:->|\.)\s*\w+)+)\s*(\+\+|--)")
STORE_CALL = re.compile(r"\b(WRITE_ONCE|smp_store_release|atomic(64|_long)?_set(_release)?|__set_bit|__clear_bit|__change_bit|__clear_bit_unlock|__llist_add|__llist_add_batch|list_(add|add_tail|add_rcu|add_tail_rcu|del|del_init|del_rcu|del_init_careful|move|move_tail|splice|splice_init|splice_tail|splice_tail_init|replace|replace_init)|hlist_(add_head|add_head_rcu|add_before|add_behind|del|del_init|del_rcu)|refcount_(set|inc|dec|add|sub|dec_and_test|sub_and_test|dec_if_one|dec_not_one|inc_not_zero|add_not_zero)|percpu_counter_(add|sub|inc|dec|set|add_batch|add_local|sub_local))\s*\(")
RMW_CALL = re.compile(r"\b(atomic(64|_long)?_((inc|dec|add|sub|or|and|andnot|xor)|((add|sub|inc|dec|and|or|xor|andnot)_return|fetch_(add|sub|inc|dec|and|or|xor|andnot))_(relaxed|acquire|release))|set_bit|clear_bit|clear_bit_unlock|change_bit)\s*\(")


def blank_comments(text):
    return COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def fn_body(pf):
    """The body of the function defined at pf, comments blanked, and the
    line its text starts on: from its "{" to the first line after that
    starts with "}", as the kernel's style ends a function."""
    p = pf[0]
    lines = src_lines(p.file)
    first = int(p.line)
    end = first
    while end < len(lines) and not lines[end - 1].startswith("}"):
        end += 1
    text = blank_comments(NEWLINE.join(lines[first - 1:end]))
    return text, first


def call_at(text, start):
    """The call text "name(args)" starting at offset start of text."""
    depth = 0
    for i in range(text.find("(", start), len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start:i + 1], i + 1
    return text[start:], len(text)


def body_stores(text):
    """(offset, end, target, rmw) of each store written in a body."""
    for m in ASSIGN.finditer(text):
        target = (m.group(1) or "") + re.sub(r"\s+", "", m.group(2))
        yield m.start(), m.end(), target, False
    for m in INCDEC.finditer(text):
        target = re.sub(r"\s+", "", m.group(2) or m.group(3))
        yield m.start(), m.end(), target, False
    for regex, rmw in ((STORE_CALL, False), (RMW_CALL, True)):
        for m in regex.finditer(text):
            call, end = call_at(text, m.start())
            yield m.start(), end, call_target(m.group(1), call), rmw


def works_after_barrier(text):
    """Whether the text after the last full barrier or fully ordered
    call stores or calls something that may: such a function does not
    end in its barrier, and orders nothing it does after it (put_event()
    tests its count with atomic_long_dec_and_test(), then frees through
    calls whose stores the waiter reads)."""
    ends = [call_at(text, m.start())[1] for r in (ORDERED_CALL, FULL_CALL)
            for m in r.finditer(text)]
    if not ends:
        return False
    tail = text[max(ends):]
    return any(not HARMLESS.match(c.group(1)) for c in CALL.finditer(tail)) \
        or any(True for _ in body_stores(tail))


def add_fn_def(fn, pf):
    """The stores of called function fn (defined at pf) through its
    parameters: kept when no full barrier follows them in its text
    (smp_mb__after_atomic() too after an atomic RMW), else left to
    storefn_tail; direct when no call follows them either."""
    params = params_of(pf)
    fn_stores[fn] = dict(params=params, stores=[])
    text, first = fn_body(pf)
    body = text.find("{")
    if works_after_barrier(text[body:]):
        late_fns.add(fn)
    for start, end, target, rmw in body_stores(text):
        m = MEMBER_ROOT.match(target or "")
        if start < body or not m or m.group(2) not in params or \
                not (m.group(1) or re.match(r"\s*(->|\[)", m.group(3))):
            continue
        tail = text[end:]
        if rmw and "smp_mb__after_atomic" in tail:
            continue
        store = dict(target=target, kind="plain", direct=not any(
            not HARMLESS.match(c.group(1)) for c in CALL.finditer(tail)))
        if ORDERED_CALL.search(tail) or FULL_CALL.search(tail):
            doubt_fns.add(fn)
            line = first + text.count(NEWLINE, 0, start)
            doubt_stores.setdefault((pf[0].file, line), []).append(
                (fn, store))
        elif store not in fn_stores[fn]["stores"]:
            fn_stores[fn]["stores"].append(store)


def stores_in(fn):
    """Whether called function fn stores through its parameters."""
    return bool(fn_stores.get(fn, {}).get("stores"))


def line_key(ps):
    return (ps[0].file, int(ps[0].line))


def keep_fn_store(ps):
    """The stores on a line of doubt_stores that some path leaves
    unordered."""
    for fn, store in doubt_stores.pop(line_key(ps), []):
        if store not in fn_stores[fn]["stores"]:
            fn_stores[fn]["stores"].append(store)


MEMBER_ROOT = re.compile(r"^(\**)\s*(\w+)(.*)$", re.S)
SIMPLE_ARG = re.compile(r"^[\w.]+(->[\w.]+)*$")


def map_target(target, params, args, local):
    """A callee's store target as the caller names it: its parameter
    replaced by the argument of the call (p->n with f(&x) is x.n).
    None when it is not reached through a parameter (the callee's own
    objects, or a global), or when the argument is the address of a
    local of the caller: the caller's waiters reach what the caller
    passes on."""
    m = MEMBER_ROOT.match(target)
    if not m or m.group(2) not in params:
        return None
    i = params.index(m.group(2))
    if i >= len(args):
        return None
    stars, rest, arg = m.group(1), m.group(3), args[i].strip()
    if arg.startswith("&") and re.sub(r"\s+", "", arg[1:]) in local:
        return None
    if arg.startswith("&") and rest.startswith("->"):
        inner = arg[1:].strip()
        if SIMPLE_ARG.match(inner):
            return stars + inner + "." + rest[2:]
    if SIMPLE_ARG.match(arg):
        return stars + arg + rest
    return stars + "(" + arg + ")" + rest


def add_callee_stores(pc, ps, fn):
    """The stores of fn, at its call ps, as stores that reach check pc.
    Kind plain: the fix is smp_mb() before the check, as nothing after
    the call is right after the atomic."""
    entry = fn_stores.get(fn)
    if entry is None:
        return
    text = call_text(ps)
    args = call_args(text)
    seen = set()
    for s in entry["stores"]:
        target = map_target(s["target"], entry["params"], args,
                            local_args.get(key(ps), ()))
        if target is None or target in seen:
            continue
        seen.add(target)
        added = add_store(pc, ps, s["kind"], text, target)
        if added is not None:
            added["callee"] = fn
            added["indirect"] = not any(x["direct"] for x in entry["stores"]
                                        if x["target"] == s["target"])


def is_direct(k, s):
    """Some path from store s to check k has no call (in the callee too,
    for a store made in a function called there)."""
    return (k, s["line"]) in directs and not s.get("indirect")


def is_ordered_fn(name):
    """A function of this file that meets a full barrier on every path,
    and ends in it."""
    return name in barrier_fns and name not in unordered_fns and \
        name not in late_fns


def add_assign_store(pc, ps, pv):
    p, v = ps[0], pv[0]
    text = span(p.file, int(p.line), int(p.column),
                int(v.line_end), int(v.column_end))
    target = span(p.file, int(p.line), int(p.column),
                  int(p.line_end), int(p.column_end))
    add_store(pc, ps, "plain", text, target)


def add_incdec_store(pc, ps, text):
    p = ps[0]
    target = span(p.file, int(p.line), int(p.column),
                  int(p.line_end), int(p.column_end))
    add_store(pc, ps, "plain", text.replace("X", target), target)


def add_locked_wait(pw, lock):
    args = call_args(call_text(pw))
    if args:
        locked_waits.add((pw[0].file, norm_queue(args[0]), norm_queue(lock)))


def add_waiter(pw, name):
    """Record a wait on a queue: wait_event*(), prepare_to_wait*(), ..."""
    text = call_text(pw)
    args = call_args(text)
    if not args:
        return
    p = pw[0]
    if name.startswith(("wait_event", "wait_var_event", "swait_event")):
        cond = args[1] if len(args) > 1 else ""
    else:
        lines = src_lines(p.file)
        cond = " ".join(lines[int(p.line):int(p.line) + 12])
    if "lock" in name and len(args) > 2:
        locked_waits.add((p.file, norm_queue(args[0]), norm_queue(args[2])))
    waiters.setdefault((p.file, norm_queue(args[0])), []).append(dict(
        call="%s(%s)" % (name, args[0]), fn=p.current_element,
        line=int(p.line), cond=cond,
        bit=name.startswith("wait_on_bit")))

// ---------------------------------------------------------------------
// Python: locks held.
// The other spellings of a held lock (the rules after heldlock): a lock
// macro or function of the file, guard(), a lock taken and released
// before the check, a lock every caller in the file holds, __must_hold().

@initialize:python@
@@
LOCK_NAME = re.compile("^(raw_)?(spin_lock(_irq|_irqsave|_bh|_nested|_irqsave_nested)?|mutex_lock(_interruptible|_killable|_nested)?|read_lock(_irq|_irqsave|_bh)?|write_lock(_irq|_irqsave|_bh)?)$")
LOCK_CALL = re.compile(r"\b(" + LOCK_NAME.pattern[1:-1] + r")\s*\(")
GUARD_CLASS = re.compile(r"^((raw_)?spinlock|mutex|rwsem_(read|write)|"
                         r"(read|write)_lock)(_\w+)?$")
extra_held = {}    # check key -> {normalised lock: (line, root type)}
aliases = {}       # check key -> [(lock, lock call key)]: macro, guard
locks_done = set()  # the check keys held_locks() completed
passed = {}        # check key -> [(lock, line taken, line released)]
passed_around = set()  # (check key, line taken): a path skips the taking
call_sites = {}    # (file, function) -> set of call keys
caller_locks = {}  # call key -> {lock as the callee names it: type}


def hold(k, lock, line, typ):
    """The check at k is made with lock held since line (0: on entry)."""
    extra_held.setdefault(k, {}).setdefault(norm_queue(lock),
                                            (line, typ.strip()))


def file_text(path):
    return NEWLINE.join(src_lines(path))


def subst_params(expr, params, args):
    """expr with each parameter name replaced by its argument."""
    def arg(m):
        i = params.index(m.group(0))
        a = args[i].strip() if i < len(args) else m.group(0)
        return a if re.fullmatch(r"[\w.>-]+", a) else "(%s)" % a
    names = [p for p in params if p]
    if names:
        expr = re.sub(r"(?<![.>\w])(%s)\b" % "|".join(map(re.escape, names)),
                      arg, expr)
    return re.sub(r"\((\w+)\)", r"\1", expr.strip())


_definitions = {}


def definition(path, name):
    """(parameter names, body text) of a macro or function of the file
    called name, or None. Asked again for each statement a walk passes
    and each lock call: found once per file and name."""
    if (path, name) not in _definitions:
        if len(_definitions) > 4096:
            _definitions.clear()
        _definitions[(path, name)] = find_definition(path, name)
    return _definitions[(path, name)]


def find_definition(path, name):
    text = file_text(path)
    m = re.search(r"(?m)^[ \t]*#[ \t]*define[ \t]+%s\(([^)]*)\)((\\\n|"
                  r"[^\n])*)" % re.escape(name), text)
    if m:
        return [p.strip() for p in m.group(1).split(",")], m.group(2)
    m = re.search(r"(?m)^\w[^;{}()]*\b%s\s*\(([^)]*)\)[^;{]*\{" %
                  re.escape(name), text)
    if not m:
        return None
    params = [(re.search(r"(\w+)\s*$", p) or re.match("", "")).group(0)
              for p in m.group(1).split(",")]
    depth, i = 0, m.end() - 1
    for i in range(m.end() - 1, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            break
    return params, text[m.end():i]


# The write side of an rw_semaphore excludes every other holder; the
# read side excludes none of the other readers, so it serialises nothing
# a waiter could also do under it.
EXCL_CALL = re.compile(r"\bdown_write(_killable|_nested)?\s*\(")
SHARED_CALL = re.compile(r"\b(down_read\w*|read_lock\w*)\s*\(")
WORD_CALL = re.compile(r"\b((?!\w*unlock)[a-z0-9_]*_)?lock(_[a-z0-9_]*)?"
                       r"\s*\(")
# if (true) A; else B; with a constant the call gave (super_lock(sb,
# true) -> __super_lock(sb, excl)): the branch taken.
CONST_IF = re.compile(r"\bif\s*\(?\s*(true|false|1|0)\s*\)?\s*([^;{}]*;)"
                      r"\s*else\s*([^;{}]*;)")


def lock_alias(path, name, args, depth=2):
    """The lock a call of a lock macro or function of this file takes:
    the first lock primitive of its body, parameters replaced; else, in
    the body with its arguments put in and constant branches folded, an
    exclusive rw_semaphore with no shared one, or what a lock function
    of the file it calls takes (depth levels down)."""
    if LOCK_NAME.match(name):
        return ""
    d = definition(path, name)
    m = LOCK_CALL.search(d[1]) if d else None
    if not m:
        return lock_nested(path, d, args, depth) if d else ""
    inner = first_call_args(d[1][m.end() - 1:])
    return subst_params(inner[0], d[0], args) if inner else ""


def lock_nested(path, d, args, depth):
    body = subst_params(d[1], d[0], args) if any(d[0]) else d[1]
    body = CONST_IF.sub(lambda m: m.group(2) if m.group(1) in ("true", "1")
                        else m.group(3), body)
    m = EXCL_CALL.search(body)
    if m and not SHARED_CALL.search(body):
        inner = first_call_args(body[m.end() - 1:])
        return inner[0].strip() if inner else ""
    m = WORD_CALL.search(body)
    if m is None or depth <= 0:
        return ""
    callee = re.match(r"\w+", body[m.start():]).group(0)
    return lock_alias(path, callee, first_call_args(body[m.end() - 1:]),
                      depth - 1)


def add_alias_lock(ph, pl, name):
    lock = lock_alias(pl[0].file, name, call_args(call_text(pl)))
    if lock:
        aliases.setdefault(key(ph), []).append((lock, key(pl)))


def lock_root(lock):
    """The variable a lock hangs off: s of &(s)->lock."""
    return re.match(r"[&*(\s]*(\w*)", lock).group(1)


def typed(lock, lk):
    """The type of the root of lock, from the types of the call at lk."""
    root = lock_root(lock)
    typ = [t for col, n, t in ltypes.get(lk, []) if n == root]
    return typ[0].replace("*", "") if typ else ""


def in_scope(path, pl, ph):
    """Whether ph is in the block that holds pl (no brace closes it)."""
    lines, depth = src_lines(path), 0
    a, b = int(pl[0].line), int(ph[0].line)
    text = NEWLINE.join(lines[a - 1:b])[int(pl[0].column):]
    for ch in text[:len(text) - len(lines[b - 1]) + int(ph[0].column)]:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return True


def add_guard_lock(ph, pl, cls, lock):
    if GUARD_CLASS.match(cls) and in_scope(pl[0].file, pl, ph):
        aliases.setdefault(key(ph), []).append((lock, key(pl)))


def add_passed_lock(pp, pl, pu, lock):
    passed.setdefault(key(pp), []).append(
        (lock, int(pl[0].line), int(pu[0].line), key(pl)))


def add_call_site(pf):
    call_sites.setdefault((pf[0].file, name_of_call(pf)), set()).add(
        (key(pf), pf[0].current_element))


def name_of_call(p):
    m = re.match(r"\w+", src_lines(p[0].file)[int(p[0].line) - 1]
                 [int(p[0].column):])
    return m.group(0) if m else ""


def add_caller_lock(pf, pl, lock, name):
    """A lock held at the call at pf: a lock primitive's argument, or
    what a lock function or macro of the file takes (wc_lock(wc))."""
    if not LOCK_NAME.match(name):
        lock = lock_alias(pl[0].file, name, call_args(call_text(pl)))
    if lock:
        caller_locks.setdefault(key(pf), []).append((lock, key(pl)))


def header_of(path, fn):
    """(parameters as (name, type), annotations) of function fn."""
    m = re.search(r"(?m)^\w[^;{}()]*\b%s\s*\(([^)]*)\)([^;{]*)\{" %
                  re.escape(fn), file_text(path))
    if not m:
        return [], ""
    out = []
    for p in m.group(1).split(","):
        n = re.search(r"(\w+)\s*$", p)
        out.append((n.group(1) if n else "",
                    p[:n.start()] if n else ""))
    return out, m.group(2)


_only_called = {}


def only_called(path, fn):
    """Whether fn is static and the file names it only to call it (or
    declare it) outside macros: then its calls here are all its calls."""
    if (path, fn) not in _only_called:
        if len(_only_called) > 4096:
            _only_called.clear()
        _only_called[(path, fn)] = names_only_calls(path, fn)
    return _only_called[(path, fn)]


def names_only_calls(path, fn):
    if path.endswith(".h"):
        return False    # its static functions belong to every includer
    text = file_text(path)
    d = re.search(r"(?m)^\w[^;{}()]*\b%s\s*\(" % re.escape(fn), text)
    if not d or not re.search(r"\bstatic\b", d.group(0)):
        return False
    for m in re.finditer(r"\b%s\b" % re.escape(fn), text):
        line = text[text.rfind(NEWLINE, 0, m.start()) + 1:m.start()]
        if not re.match(r"\s*\(", text[m.end():m.end() + 80]) or \
                re.match(r"\s*#", line):
            return False
    return True


# A name no code has: the callers of a function not worth climbing from
# (dropping the match instead would drop the check it came from).
NO_CALLER = "wqcheck_no_caller_"


def climbs(pf):
    """Whether the locks on entry to the function holding the call at
    pf are worth finding: it holds no lock of its own at the call (the
    locks of a site are then enough: more could only be added) and all
    its calls are in the file."""
    return key(pf) not in caller_locks and \
        only_called(pf[0].file, pf[0].current_element)


CALL_BEFORE = re.compile(r"(?:\b(return|else|case|do)|[^\w\s*])\s*$")


def written_calls(path, fn):
    """How many calls of fn the code of the file has (comments out): a
    name followed by ( that no type or * precedes (a definition, a
    prototype). More than the rules matched means a caller they could
    not parse, whose lock is not known."""
    text, n = COMMENT.sub(" ", file_text(path)), 0
    for m in re.finditer(r"\b%s\s*\(" % re.escape(fn), text):
        if CALL_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            n += 1
    return n


def callee_lock(lock, args, params):
    """A lock of a caller written with the parameters of the callee, or None:
    &a->lock with a passed as parameter p is &p->lock; a bare global
    stays as it is."""
    n = norm_queue(lock)
    for a, (p, typ) in zip(args, params):
        a = norm_queue(a)
        if a and p and (n == a or n.startswith((a + "->", a + "."))):
            return "&" + p + n[len(a):], typ
    if re.fullmatch(r"\w+", n):
        return lock, ""
    return None


def plain_type(typ):
    return re.sub(r"\b(const|volatile)\b|\*", "", typ)


def entry_locks(path, fn, depth, busy=()):
    """{normalised lock: (lock, type)} held on entry to fn, written with
    its parameters: those its definition says it must hold, and, for a
    static function the file names only in calls, those every call of
    it holds, itself or, up to depth levels more, on entry to its
    caller."""
    params, notes = header_of(path, fn)
    out = {}
    for m in re.finditer(r"__must_hold\s*\(", notes):
        lock = first_call_args(notes[m.end() - 1:])
        if lock:
            out[norm_queue(lock[0])] = (lock[0], plain_type(dict(params).get(
                lock_root(lock[0]), "")))
    sites = call_sites.get((path, fn), set())
    if not sites or fn in busy or not only_called(path, fn) or \
            written_calls(path, fn) > len(sites):
        return out
    common = None
    for site, caller in sites:
        args = call_args(call_text_at(site))
        held = [lock for lock, lk in caller_locks.get(site, [])]
        if depth > 0:
            held += [lock for lock, typ in entry_locks(
                path, caller, depth - 1, busy + (fn,)).values()]
        mine = {}
        for lock in held:
            found = callee_lock(lock, args, params)
            if found:
                mine[norm_queue(found[0])] = (found[0], plain_type(found[1]))
        common = mine if common is None else \
            {n: v for n, v in common.items() if n in mine}
    out.update(common or {})
    return out


def callers_hold(c):
    """The locks held at the function of c on entry (entry_locks(), two
    levels of callers up)."""
    k = key(c["pc"])
    for lock, typ in entry_locks(c["pc"][0].file, c["fn"], 2).values():
        hold(k, lock, 0, typ)


def call_text_at(k):
    """The text of the call whose name is at the key k."""
    class Pos:
        file, line, column = k
    return call_text([Pos])


def first_call_args(text):
    """The arguments of the call whose ( opens text, or []."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return call_args(text[:i + 1])
    return []


def passed_locks(c, k):
    """The locks released after every store and taken before the check
    (a store inside the critical section is ordered by its release)."""
    last = max((s["line"] for s in stores.get(k, [])), default=None)
    for lock, taken, released, lk in passed.get(k, []):
        if (k, taken) in passed_around or last is None or last >= released \
                or released >= k[1]:
            continue
        hold(k, lock, taken, typed(lock, lk))


def held_locks(k):
    """(lock, line taken, root type or None) of each lock held at the
    check at k (None: the type of the lock call, ltypes)."""
    c = checks.get(k)
    if c is not None and k not in locks_done:
        locks_done.add(k)
        for lock, lk in aliases.get(k, []):
            hold(k, lock, lk[1], typed(lock, lk))
        callers_hold(c)
        passed_locks(c, k)
    out = [(lock, line, None) for lock, line in held.get(k, [])]
    seen = set(lock for lock, line, t in out)
    return out + [(lock, line, typ) for lock, (line, typ) in
                  sorted(extra_held.get(k, {}).items()) if lock not in seen]

// ---------------------------------------------------------------------
// Python: the value a store replaces (the value field; cocci/RECORDS.md).
// A plain store to E made where the path to it tested E equal to a
// constant K, with no other store to E since: the store replaces K.
// wqcheck judges it against waiters that never sleep while E is K.

@initialize:python@
@@
CODE_BLANK = re.compile(r"/\*.*?\*/|//[^\n]*|\"(\\.|[^\"\\\n])*\"|"
                        r"'(\\.|[^'\\\n])*'|^[ \t]*#(\\\n|[^\n])*", re.M | re.S)
JUMP = re.compile(r"^\s*(goto\s+\w+|return\b[^;]*|break|continue)\s*;\s*$")
STMT_HEAD = re.compile(r"^\s*(while|for|switch|do|else|case|default)\b")
VALUE_LABEL = re.compile(r"(?<![:?])\b(?!default\b)[A-Za-z_]\w*\s*:(?!:)")
STORE_OP = re.compile(r"\s*([-+*/%&|^]|<<|>>)?=(?!=)|\s*(\+\+|--)")
_code = {}


def code_of(path):
    """The file with comments, strings and directives blanked, and the
    offset of each line."""
    if path not in _code:
        if len(_code) > 8:
            _code.clear()
        raw = file_text(path)
        code = CODE_BLANK.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)),
                              raw)
        starts = [0] + [m.end() for m in re.finditer(NEWLINE, raw)]
        _code[path] = (code, starts)
    return _code[path]


def partner_back(code, j):
    """Offset of the bracket opening the one closing at j, or -1."""
    depth = 0
    for i in range(j, -1, -1):
        depth += {")": 1, "]": 1, "}": 1, "(": -1, "[": -1, "{": -1}.get(
            code[i], 0)
        if depth == 0:
            return i
    return -1


# A constant a state is compared with: an ALL_CAPS name or a number.
VALUE_CONST = re.compile(r"_*[A-Z][A-Z0-9_]*|\d+[uUlL]*")


def split_top_op(text, op):
    """text split at op (&& or ||) outside brackets."""
    out, depth, last, i = [], 0, 0, 0
    while i < len(text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[i], 0)
        if depth == 0 and text.startswith(op, i):
            out.append(text[last:i])
            last = i = i + len(op)
            continue
        i += 1
    return out + [text[last:]]


def enclosed(text):
    """Whether the whole of text is one pair of parentheses."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if depth == 0:
            return text[0] == "(" and i == len(text) - 1
    return False


def compared(cond, expr_re, op, join):
    """K of each part of cond, split at join (&& or ||), that compares
    the state E (expr_re) with a constant K by op (== or !=): E op K or
    K op E. With op == and join &&, cond true means E is one of them;
    with op != and join ||, cond false does; with op != and join &&,
    cond true means E is none of them."""
    out = []
    for part in split_top_op(cond, join):
        part = part.strip()
        while part.startswith("(") and enclosed(part):
            part = part[1:-1].strip()
        sides = [x.strip() for x in part.split(op)]
        if len(sides) != 2:
            continue
        for a, b in (sides, sides[::-1]):
            if expr_re.fullmatch(a) and VALUE_CONST.fullmatch(b):
                out.append(b)
    return out


UNLOCK_CALL = re.compile(r"\b\w*unlock\w*\s*\(|\bup(_read|_write)?\s*\(")


def stores_to(path, text, expr_re, member, root):
    """Whether text may store to E: an assignment, ++/--, &E, a store
    call, or a call of a function of this file that stores to a member
    of that name (one level; a function of another file is not read).
    A lock released there counts too: the test was not made under the
    lock that the locks field says is held at the check. So does a new
    value of E's root variable: E then names another object than the
    one tested."""
    if UNLOCK_CALL.search(text):
        return True
    for m in re.finditer(r"(?<![\w.>])%s\b(?!\s*(->|\.))" % re.escape(root),
                         text):
        if STORE_OP.match(text, m.end()) or \
                text[:m.start()].rstrip().endswith(("&", "++", "--")):
            return True
    for m in expr_re.finditer(text):
        before = text[:m.start()].rstrip()
        if STORE_OP.match(text, m.end()) or before.endswith(("&", "++", "--")) \
                or re.search(r"\b(WRITE_ONCE|WRITE_ONCE|smp_store_release|atomic(64|_long)?_set(_release)?|__set_bit|__clear_bit|__change_bit|__clear_bit_unlock|__llist_add|__llist_add_batch|list_(add|add_tail|add_rcu|add_tail_rcu|del|del_init|del_rcu|del_init_careful|move|move_tail|splice|splice_init|splice_tail|splice_tail_init|replace|replace_init)|hlist_(add_head|add_head_rcu|add_before|add_behind|del|del_init|del_rcu)|refcount_(set|inc|dec|add|sub|dec_and_test|sub_and_test|dec_if_one|dec_not_one|inc_not_zero|add_not_zero)|percpu_counter_(add|sub|inc|dec|set|add_batch|add_local|sub_local))\s*\($",
                             before):
            return True
    mem = re.compile(r"(->|\.)\s*%s\b(%s|\s*\))" % (
        re.escape(member), STORE_OP.pattern))
    for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\(", text):
        d = definition(path, m.group(1)) if m.group(1) not in KEYWORDS_C \
            else None
        if d and (mem.search(d[1]) or re.search(
                r"&[^;,()]*(->|\.)\s*%s\b" % re.escape(member), d[1])):
            return True
    return False


KEYWORDS_C = {"if", "while", "for", "switch", "return", "sizeof", "typeof"}


def stmt_start(code, end, lo):
    """Start of the statement ending at end (its ; or }), at the same
    block level: after the previous ;, { or } outside brackets."""
    i = end - 1
    while i > lo:
        ch = code[i]
        if ch in ")]":
            i = partner_back(code, i)
            if i < 0:
                return -1
        elif ch in ";{}":
            return i + 1
        i -= 1
    return -1


def replaced_value(path, line, col, target):
    """(test line, K) when the path to the store at line:col tested
    target == K with no store to it since, else None."""
    code, starts = code_of(path)
    if not (1 <= line <= len(starts)):
        return None
    pos = starts[line - 1] + col
    expr_re = re.compile(r"\s*".join(
        re.escape(t) for t in re.findall(r"->|\.|\w+|\S", target)))
    member = re.findall(r"\w+", target)[-1]
    root = re.match(r"\w+", target).group(0)
    cur = stmt_start(code, pos, 0)
    while cur > 0:
        j = cur - 1
        while j > 0 and code[j].isspace():
            j -= 1
        gap = code[j + 1:cur]
        if VALUE_LABEL.search(gap):
            return None    # another path joins here
        if code[j] == "{":
            k = j - 1
            while k > 0 and code[k].isspace():
                k -= 1
            po = partner_back(code, k) if code[k] == ")" else -1
            head = code[max(0, po - 40):po] if po > 0 else ""
            w = re.search(r"(\w+)\s*$", head)
            if not w or w.group(1) != "if" or \
                    re.search(r"\belse\s+if\s*$", head) or starts_line(code, j):
                return None    # a loop, else, switch, function body
            cond = code[po + 1:k]
            ks = compared(cond, expr_re, "==", "&&")
            if ks:
                return line_of(starts, po), ks[0]
            if stores_to(path, cond, expr_re, member, root):
                return None
            cur = po - len(head) + w.start()
            continue
        if code[j] not in ";}":
            return None
        start = stmt_start(code, j, 0) if code[j] == ";" else None
        if code[j] == "}":
            ob = partner_back(code, j)
            start = stmt_start(code, ob, 0) if ob > 0 else -1
        if start is None or start < 0:
            return None
        stmt = code[start:j + 1]
        found = exit_test(path, stmt, expr_re, member, root)
        if found == "stop":
            return None
        if found:
            return line_of(starts, start + len(stmt) - len(stmt.lstrip())), \
                found
        cur = start
    return None


def starts_line(code, j):
    """Whether the { at j opens a function body: first on its line."""
    return j == 0 or code[j - 1] == NEWLINE


def exit_test(path, stmt, expr_re, member, root):
    """For a statement before the store: K when it is if (E != K ...)
    with a branch that always leaves (so E == K after it), "stop" when
    it may store to E (or its shape is not known), else None."""
    head = re.match(r"\s*(\w+:\s*)*if\s*\(", stmt)
    if STMT_HEAD.match(stmt):
        return "stop"
    if not head:
        return "stop" if stores_to(path, stmt, expr_re, member, root) or \
            VALUE_LABEL.search(re.sub(r"\?[^:]*:", "", stmt)) else None
    pc = -1
    depth = 0
    for i in range(head.end() - 1, len(stmt)):
        depth += {"(": 1, ")": -1}.get(stmt[i], 0)
        if depth == 0:
            pc = i
            break
    cond, branch = stmt[head.end():pc], stmt[pc + 1:].strip()
    if partner_back(branch, len(branch) - 1) != 0 \
            if branch.startswith("{") else re.search(r"\belse\b", branch):
        return "stop"    # an if with an else
    if branch.startswith("{"):
        inner = branch[1:-1].rstrip()
        last = inner[stmt_start(inner, len(inner) - 1, -1)
                     if inner.endswith(";") else len(inner):]
        leaves = inner.endswith(";") and JUMP.match(last)
    else:
        leaves = JUMP.match(branch)
    if stores_to(path, cond, expr_re, member, root) or \
            (not leaves and stores_to(path, branch, expr_re, member, root)):
        return "stop"
    ks = compared(cond, expr_re, "!=", "||") if leaves else []
    return ks[0] if ks else None


def line_of(starts, off):
    return bisect.bisect_right(starts, off)


def value_field(f):
    """test line, K and E of the value field, or empty."""
    s = f["store"] or {}
    if s.get("kind") != "plain" or "pos" not in s or \
            not re.fullmatch(r"[\w.>\s-]+", s.get("target", "")):
        return ""
    found = replaced_value(s["pos"][0].file, s["line"], s["col"],
                           s["target"])
    if not found:
        return ""
    return list_field([(found[0], found[1], re.sub(r"\s+", "", s["target"]))])

// ---------------------------------------------------------------------
// Python: deciding.
// decide() turns the facts of one check into a finding, or None.

@initialize:python@
@@
def reportable(k):
    """Whether the check k can be reported at all, whatever its stores:
    it gates a wake-up, and no lock, diagnostic or ordered atomic of its
    own rules it out. decide() asks first; the entry rule runs only for
    checks that pass."""
    c = checks.get(k)
    return c is not None and k not in nongating and k not in locked and \
        k not in ordered_cond and not (c["name"] in GUARDS and
                                       not c["wakes"])


def decide(k):
    """Pick the store a check is reported against, or None."""
    if k in decided:
        return decided[k]
    decided[k] = None
    if not reportable(k):
        return None
    c = checks[k]
    cands = stores.get(k, [])
    waiter = waiter_of(c)
    if cands:
        s, conf = pick_store(k, cands, waiter)
        between = "" if is_direct(k, s) else \
            first_call(s, c["pc"])
    elif k in entry_reach:
        s, conf, between = None, "low", ""
    else:
        return None
    wrong = weak_barrier(s, c["pc"]) if s else None
    if serialised(c, s):
        return None
    fix = "smp_mb()" if wrong or not s else fix_for(s["kind"])
    reads = "" if waiter is None or s is None else \
        ("yes" if waiter_reads(waiter, s) else "no")
    if c["name"] in CALLEES and conf != "low":
        # A store before a call to a barrier-less helper: on 6.12 only 1
        # of 30 such call sites was a race (the stores were results of
        # the caller, or a lock the waiter takes ordered them), so they
        # are shown only at low confidence.
        conf = "low"
    decided[k] = dict(check=c, store=s, confidence=conf, between=between,
                      wrong=wrong, stmt_line=statement_line(c["pc"]),
                      fix=fix, waiter=waiter, reads=reads)
    return decided[k]


def pick_store(k, cands, waiter):
    """The store a check is reported against, and the confidence.

    High when some path from it has no call at all, else medium. With
    the waiter in this file, a store that its condition reads wins and
    makes the finding high; when it reads none of them, the finding
    drops one level (the stores we see are likely not what it waits
    for)."""
    nearest = lambda pool: max(pool, key=lambda s: (s["line"], s["col"]))
    # A store written in the function is named before one made in a
    # function it calls.
    own = [s for s in cands if not s.get("callee")]
    for pool in (own, cands) if waiter is not None else ():
        read = [s for s in pool if is_direct(k, s) and
                waiter_reads(waiter, s)] or \
            [s for s in pool if waiter_reads(waiter, s)]
        if read:
            return nearest(read), "high"
    cands = own or cands
    direct = [s for s in cands if is_direct(k, s)]
    if waiter is not None and not calls_in(waiter["cond"]):
        return nearest(direct or cands), "medium" if direct else "low"
    return nearest(direct or cands), "high" if direct else "medium"


def first_call(s, pc):
    """Name the first call written between a store and the check.

    Only a label for the reader: the confidence itself comes from the
    direct rule, which follows the control flow."""
    p = s["pos"][0]
    path, l1, c1 = p.file, int(p.line), int(p.column_end)
    l2, c2 = int(pc[0].line), int(pc[0].column)
    for m in CALL.finditer(span(path, l1, c1, l2, c2)):
        if not HARMLESS.match(m.group(1)):
            return m.group(1)
    return ""


def fix_for(kind):
    return "smp_mb__after_atomic()" if kind == "atomic-rmw" else "smp_mb()"


def weak_lines(path, first, last):
    """The weak barrier statements on lines first..last of path, as
    (name, line, column), in order."""
    lines = src_lines(path)
    for n in range(first, min(last, len(lines)) + 1):
        m = WEAK_LINE.match(lines[n - 1])
        if m:
            yield (m.group(2), n, len(m.group(1)))


def weak_barrier(s, pc):
    """A weak barrier statement written between the store and the check.

    Returns (name, line, column) of the last one, or None. After an
    atomic RMW, smp_mb__after_atomic() is a full barrier and never gets
    here, since the store rules stop at it."""
    found = None
    for found in weak_lines(pc[0].file, s["line"] + 1, int(pc[0].line)):
        pass
    return found


def serialised(c, s):
    """The store (if seen) and the check are under a lock that the waiter
    of the queue, in this file, also holds while it enqueues and tests."""
    q = norm_queue(call_args("(" + c["queue"] + ")")[0]) if c["queue"] \
        else ""
    for lock, line, typ in held_locks(key(c["pc"])):
        if (s is None or line < s["line"]) and \
                (c["pc"][0].file, q, lock) in locked_waits:
            return True
    return False


def waiter_of(c):
    """The first waiter of the same queue in this file, or None."""
    q = norm_queue(call_args("(" + c["queue"] + ")")[0]) if c["queue"] \
        else ""
    found = waiters.get((c["pc"][0].file, q), [])
    return found[0] if found else None


def waiter_reads(w, s):
    """Whether the waiter condition reads the field that s stores to."""
    if w["bit"]:
        return True
    field = re.split(r"->|\.|\*", s["target"])[-1].strip()
    field = re.sub(r"\[.*$", "", field)
    return bool(field) and \
        re.search(r"\b%s\b" % re.escape(field), w["cond"]) is not None


def calls_in(text):
    """Whether a condition calls a function that may read anything: then
    "it reads none of the stores" cannot be told from its text."""
    return any(not HARMLESS.match(m.group(1)) and
               not m.group(1).startswith(("wait_event", "wait_var_event"))
               for m in CALL.finditer(text))


def statement_line(pc):
    """First line of the statement that holds the check.

    A barrier inserted before that line runs after the store and before
    the test. 0 when there is no such place: the check is in an else-if
    or loop condition, or the statement could not be delimited."""
    lines = src_lines(pc[0].file)
    l, c = int(pc[0].line), int(pc[0].column)
    depth = 0
    while l >= 1:
        text = lines[l - 1][:c] if c is not None else lines[l - 1]
        for i in range(len(text) - 1, -1, -1):
            ch = text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
            elif ch in ";{}" and depth <= 0:
                return start_of(lines, l, i + 1)
        l, c = l - 1, None
    return 0


LABEL = re.compile(r"^(case\b[^;{}]*|default\s*|[A-Za-z_]\w*\s*):\s*$")


def start_of(lines, l, c):
    """The line where the statement after (l, c) begins, or 0. A line
    holding only labels (case X:, default:, out:) is no statement: a
    barrier put before it would run only on the paths that fall through
    to it, not on those that jump to the label."""
    while l <= len(lines):
        rest = lines[l - 1][c:].strip()
        if rest and not rest.startswith(("/*", "*", "//", "#")) and \
                not LABEL.match(rest):
            head = re.match(r"[A-Za-z_]+", rest)
            if head and head.group(0) in ("else", "while", "for", "do"):
                return 0
            return l
        l, c = l + 1, 0
    return 0

// ---------------------------------------------------------------------
// Python: the waiter side.
// The waiter rule's findings.

@initialize:python@
@@
CONDITION = re.compile(r"\b(if|while)\s*\(")
STATE_SET = re.compile(r"\b(__)?set_current_state\s*\(\s*(TASK_[A-Z_]+)")


def add_waiter_race(pa, aw, ps, sch):
    """An enqueue that reaches a sleep with no full barrier after it.

    Only a real sleep counts: the task state must be set to something
    other than TASK_RUNNING before the schedule() and after the start of
    the function (__set_current_state() after the enqueue, or any state
    setter before it), else schedule() is a mere yield."""
    k = key(pa)
    if k in waiter_races:
        return
    lines = src_lines(pa[0].file)
    between = span(pa[0].file, int(pa[0].line), int(pa[0].column_end),
                   int(ps[0].line), int(ps[0].column))
    if not CONDITION.search(between):
        # Nothing is tested between the enqueue and the sleep: a timed
        # nap that a wake-up may cut short, with no condition to miss.
        waiter_races[k] = None
        return
    if UNLOCK_CALL.search(between):
        # The enqueue is inside a critical section that ends before the
        # sleep: the condition was tested under that lock, and a waker
        # that holds it is serialised with us (its side is checked by
        # the waker rules).
        waiter_races[k] = None
        return
    body = "\n".join(lines[int(pa[0].line) - 60 if int(pa[0].line) > 60
                            else 0:int(ps[0].line)])
    states = [m.group(2) for m in STATE_SET.finditer(body)]
    if not states or states[-1] == "TASK_RUNNING":
        waiter_races[k] = None
        return
    call = call_text(pa)
    args = call_args(call)
    waiter_races[k] = dict(
        pos=pa, call=call, queue=args[0] if args else "", aw=aw,
        sleep=sch, sleep_line=int(ps[0].line), fn=pa[0].current_element,
        message="%s in %s() is followed by %s() (line %d) with no full "
                "barrier after the enqueue: the condition test can pass "
                "it and miss a wake-up; use set_current_state() after "
                "%s() or prepare_to_wait()"
                % (call, pa[0].current_element, sch, int(ps[0].line), aw))


def lockless_waker_possible(f):
    """Whether a waker may test the waiter's queue without its lock: the
    file tests it locklessly, or does not wake it at all (the waker is
    elsewhere, unseen)."""
    where = (f["pos"][0].file, norm_queue(f["queue"]))
    return where not in woken or where in tested


def waiter_finding(pa):
    f = waiter_races.get(key(pa))
    if f is None or f.get("printed"):
        return None
    f["printed"] = True
    return f if lockless_waker_possible(f) else None

// ---------------------------------------------------------------------
// Python: output.
// The messages and the records of wqcheck (cocci/RECORDS.md).

@initialize:python@
@@
def rule_of(f):
    if f["store"] is None or f["check"]["name"] in CALLEES:
        return STORE_IN_CALLER
    if f["wrong"]:
        return WRONG_BARRIER
    return RULES[f["check"]["name"]]


def message(f):
    c, s = f["check"], f["store"]
    call = "%s(%s)" % (c["name"], c["queue"])
    if s is None:
        return ("%s in %s() is not preceded by a full barrier: a store "
                "made by its callers may be reordered after it; add %s "
                "before the check" % (call, c["fn"], "smp_mb()"))
    store = store_words(s)
    if f["wrong"]:
        name, line, _ = f["wrong"]
        return ("store to %s may be reordered after %s in %s(): "
                "%s() on line %d %s; replace it with %s"
                % (store, call, c["fn"], name, line, WEAK[name], f["fix"]))
    if c["name"] in CALLEES:
        return ("store to %s may be reordered after the wait-list "
                "test in %s(), called here from %s() with no barrier: a "
                "waiter can miss the wake-up; add %s before the call"
                % (store, c["name"], c["fn"], f["fix"]))
    return ("store to %s may be reordered after %s in %s(): a "
            "waiter can miss the wake-up; add %s before the check"
            % (store, call, c["fn"], fix_for(s["kind"])))


def store_words(s):
    """"ctx->tail (line 52)", or for a store made in a function called
    there "t->n in set_n() (line 52)"."""
    if s.get("callee"):
        return "%s in %s() (line %d)" % (s["target"], s["callee"], s["line"])
    return "%s (line %d)" % (s["target"], s["line"])


def reported(p, fix=None, wrong=False):
    """Whether check p is reported (and fixed with this barrier, by
    inserting one or by replacing a wrong one)."""
    f = decide(key(p))
    if f is None or f["confidence"] == "low":
        return False
    if fix is None:
        return True
    return f["fix"] == fix and bool(f["wrong"]) == wrong and \
        (wrong or f["stmt_line"] > 0)


def is_wrong_barrier(pb):
    p = pb[0]
    for f in decided.values():
        if f and f["wrong"] and f["confidence"] != "low" and \
                f["wrong"][1:] == (int(p.line), int(p.column)) and \
                p.file == f["check"]["pc"][0].file:
            return True
    return False


def is_chosen_store(ps):
    for f in decided.values():
        if f and f["store"] and key(f["store"]["pos"]) == key(ps):
            return f["confidence"] != "low"
    return False


def esc(v):
    """Escape a record field: backslash, tab and newline."""
    v = str(v).replace(BACKSLASH, BACKSLASH * 2)
    return v.replace(TAB, BACKSLASH + "t").replace(NEWLINE, BACKSLASH + "n")


qtypes = {}   # check key -> [(column, root name, type)]
ltypes = {}   # lock call key -> [(column, root name, type)]


def add_root_type(table, k, col, name, typ):
    table.setdefault(k, []).append((col, name, typ))


def root_type(table, k, expr):
    """The type of the root variable of an argument (boards of
    &boards[i].wq, not i), or "" when it is not known."""
    root = re.match(r"(\s*(&|\*|\(\s*(struct|union|enum)?\s*\w+[\s*]*\)|"
                    r"\())*\s*([A-Za-z_]\w*)", expr)
    found = sorted(e for e in table.get(k, [])
                   if root and e[1] == root.group(4))
    return found[0][2] if found else ""


def list_field(entries):
    """Entries of a list field: ";" between them, "," inside; the last
    part of an entry is free text, so an entry holding ";" is left out."""
    return ";".join(",".join(str(x) for x in e) for e in entries
                    if ";" not in "".join(str(x) for x in e))


def stores_field(k):
    return list_field(sorted(
        (s["line"], s["col"], s["kind"], int(is_direct(k, s)),
         s["target"]) for s in stores.get(k, [])))


def weak_field(k):
    """Every weak barrier between the first store and the check."""
    cands = stores.get(k, [])
    if not cands:
        return ""
    first = min(s["line"] for s in cands) + 1
    return list_field(w + (WEAK[w[0]],)
                      for w in weak_lines(k[0], first, k[1]))


def locks_field(k):
    out = []
    for lock, line, typ in held_locks(k):
        if typ is None:
            lk = [p for p in ltypes if p[0] == k[0] and p[1] == line]
            typ = root_type(ltypes, lk[0], lock) if lk else ""
        out.append((line, typ.replace("*", "").strip(), lock))
    return list_field(out)


def bit_field(c):
    if c["name"] not in ("wake_up_bit", "__wake_up_bit"):
        return ""
    args = call_args("(" + c["queue"] + ")")
    return args[1] if len(args) > 1 else ""


def stop_field(k):
    if k not in stops:
        return ""
    (line, name), tasks = stops[k]
    task = next(iter(tasks)) if len(tasks) == 1 else ""
    return "%d,%s,%s" % (line, name, "" if re.search("[,;]", task) else task)


def record(f):
    c, s = f["check"], f["store"] or {}
    p = c["pc"][0]
    wake, wline = c["wakes"][0][:2] if c["wakes"] else ("", "")
    wrong = f["wrong"] or ("", "")
    w = f["waiter"] or {}
    fields = ["wqcheck-record-1", rule_of(f), p.file, p.line,
              p.column, p.column_end, c["fn"], f["confidence"], c["queue"],
              c["name"], s.get("expr", ""), s.get("target", ""),
              s.get("line", ""), s.get("kind", ""), wake, wline,
              f["fix"], f["between"], message(f),
              f["stmt_line"] or "", wrong[0], wrong[1],
              w.get("call", ""), w.get("fn", ""), w.get("line", ""),
              f["reads"], root_type(qtypes, key(c["pc"]), c["queue"]).replace(
                  "*", "").strip(), stores_field(key(c["pc"])),
              weak_field(key(c["pc"])), locks_field(key(c["pc"])),
              bit_field(c), stop_field(key(c["pc"])), value_field(f)]
    print(TAB.join(esc(x) for x in fields))


def test_record(k):
    """Say the rules saw check k (cocci/RECORDS.md, wqcheck-test-1), so
    that wqcheck names every test they did not see. A check in a macro
    body is in no function: wqcheck names it itself."""
    c = checks.get(k)
    if c is None or k in test_printed:
        return
    test_printed.add(k)
    f = decided.get(k)
    p = c["pc"][0]
    fields = ["wqcheck-test-1", p.file, p.line, p.column, c["fn"],
              c["name"], "reported" if f is not None else "not-reported"]
    print(TAB.join(esc(x) for x in fields))


def waiter_record(f):
    p = f["pos"][0]
    fields = ["wqcheck-record-1", WAITER_NO_BARRIER, p.file, p.line,
              p.column, p.column_end, f["fn"], "medium", f["queue"],
              f["aw"], "", "", "", "", f["sleep"], f["sleep_line"],
              "set_current_state()", "", f["message"], "", "", "",
              "", "", "", ""]
    print(TAB.join(esc(x) for x in fields))
