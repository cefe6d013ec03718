// SPDX-License-Identifier: GPL-2.0-only
/// Index the places where a task waits on a wait queue, a bit or a
/// variable: one wqcheck-waiter-1 record per wait site, with the queue,
/// the type of its root, what the waiter condition reads (following
/// functions of the same file two calls deep), the locks held at the
/// enqueue and the condition test, and how it sleeps.
///
/// wqcheck reads these records to judge a waker finding against the
/// waiters of its queue: a waiter that tests under the lock the waker
/// holds, that reads none of the stores, or that re-polls on a short
/// timeout changes what the finding means. cocci/RECORDS.md describes
/// every field.
///
// Confidence: High
// Copyright: (C) 2026 The wqcheck authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Prints records only with -D wqindex; reports nothing.
// Options: --no-includes --include-headers --iso-limit 0

virtual wqindex

@initialize:python@
@@
import os
import sys


def rule_dir():
    """The directory of this rule file, where its Python is (the package
    wqindex/): the semantic patch on spatch's own command line (after
    --sp-file or --cocci-file, or an argument ending in .cocci), as
    spatch opened it from the directory it started in. Whoever runs
    spatch names the rule file there (wqcheck from a source tree or
    from where "make install" put it, the tests, a person): nothing
    else has to be set."""
    with open("/proc/self/cmdline", "rb") as f:
        argv = [os.fsdecode(a) for a in f.read().split(b"\0")]
    named = [b for a, b in zip(argv, argv[1:])
             if a in ("--sp-file", "--cocci-file")]
    for path in named + [a for a in argv[1:] if a.endswith(".cocci")]:
        d = os.path.dirname(os.path.realpath(path))
        if os.path.isfile(os.path.join(d, "wqindex", "__init__.py")):
            return d
    raise ImportError("waiters.cocci: no wqindex/ beside the rule file "
                      "named on spatch's command line")


# Compiled anew at each start, as the Python written here was: no
# __pycache__ in the source tree or in the installed copy.
sys.dont_write_bytecode = True
sys.path.insert(0, rule_dir())
from wqindex.locks import add_lock
from wqindex.record import record
from wqindex.sites import add_sleep, add_site, add_type, key
from wqindex.wrappers import (NO_WRAPPER, add_header_wrapper_call,
                              add_wrapper_call, find_wrapper, wrapper_sites)

// ---------------------------------------------------------------------
// Every wait site: the name of the wait form. The rules after this one
// match the forms again by name rather than inherit the position: a
// rule that inherits it is matched once per wait site of the file, and
// most of the time went there.

@wait depends on wqindex@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
position pw;
@@

wfn@pw(...)

@script:python@
pw << wait.pw;
wfn << wait.wfn;
@@

add_site(pw, str(wfn))
find_wrapper(pw)

// Calls of the wrappers of this file, by name: the name of the wrapper
// whose enqueue a wait site is, or a name no code has (a Python test on
// the name of each call cost more than all the rules that follow, and
// a script rule that drops a match drops that wait site for good).
@script:python wname@
pw << wait.pw;
w;
@@

coccinelle.w = cocci.make_ident(wrapper_sites.get(key(pw), NO_WRAPPER))

@wcall@
identifier wname.w;
position pc;
@@

w@pc(...)

@script:python@
pc << wcall.pc;
@@

add_wrapper_call(pc)

// Calls of the wrappers of the headers the file includes, among the
// calls with "wait" in their name that are not the wait API itself
// (only those: a Python test on every call's name costs more than all
// the rules, and each match is one more environment for the rules
// after). The other matches are left alone (dropping one would drop
// the wait sites of the file).
@hwcall depends on wqindex@
identifier hw =~ "^(?!(_*(io_)?wait_event|prepare_to_s?wait|finish_s?wait|_*add_wait_queue|_*remove_wait_queue|init_wait|wait_on_bit|wait_var_event|swait_event|poll_wait|waitqueue_active|swait_active|wait_for_completion|_*wake_up))[a-z0-9_]*wait";
position pc;
@@

hw@pc(...)

@script:python hwname@
pc << hwcall.pc;
hw << hwcall.hw;
hwn;
@@

coccinelle.hwn = cocci.make_ident(str(hw) if add_header_wrapper_call(
    pc, str(hw)) else NO_WRAPPER)

@htype_call@
position hwcall.pc;
identifier hwname.hwn;
type T;
idexpression T R;
@@

hwn@pc(..., <+... R ...+>, ...)

@script:python@
pc << hwcall.pc;
T << htype_call.T;
R << htype_call.R;
@@

add_type(pc, R, T)

// The types of the identifiers in the call, as Coccinelle knows them
// without includes (parameters, locals, globals of the file). The root
// of the queue and of a lock argument is looked up among them.
@wtype depends on wait@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
position pw;
type T;
idexpression T R;
@@

wfn@pw(..., <+... R ...+>, ...)

@script:python@
pw << wtype.pw;
T << wtype.T;
R << wtype.R;
@@

add_type(pw, R, T)

@wtype_call@
position wcall.pc;
identifier f;
type T;
idexpression T R;
@@

f@pc(..., <+... R ...+>, ...)

@script:python@
pc << wcall.pc;
T << wtype_call.T;
R << wtype_call.R;
@@

add_type(pc, R, T)

// The sleep after an enqueue: the nearest schedule*() on each path.
@sleep depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier sch =~ "^(io_)?schedule(_timeout[a-z_]*|_hrtimeout[a-z_]*|_preempt_disabled)?$";
position pw, ps;
@@

wt@pw(...)
...
sch@ps(...)

@script:python@
pw << sleep.pw;
ps << sleep.ps;
sch << sleep.sch;
@@

add_sleep(pw, ps, str(sch))

// ---------------------------------------------------------------------
// Locks held at the wait: taken (or asserted) before it with no release
// between, or, for an enqueue, released after it with no taking between
// (the caller took it). A lock call with no argument is a wrapper of
// this file (lock_kmap()), resolved through its definition; so is any
// other name but the lock primitives, or it is ignored.

// The lock calls first, then held once for each (the same matches):
// with L bound, "when != ul(L, ...)" tests one lock, where with L free
// Coccinelle carried every lock of the function along every path at
// once. On Linux 6.12's md.c held took 2.1 s of spatch's 3.3 s that way
// (md_do_sync(): loops and gotos), 0.8 s this way.
@locks depends on wait exists@
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
expression L;
position pl;
@@

lk@pl(L, ...)

@held exists@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
identifier locks.lk;
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression locks.L;
position locks.pl, pw;
@@

lk@pl(L, ...)
... when != ul(L, ...)
wfn@pw(...)

@script:python@
pw << held.pw;
pl << locks.pl;
lk << locks.lk;
@@

add_lock(pw, pl, str(lk))

@held0 depends on wait exists@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
position pw, pl;
@@

lk@pl()
... when != ul()
wfn@pw(...)

@script:python@
pw << held0.pw;
pl << held0.pl;
lk << held0.lk;
@@

add_lock(pw, pl, str(lk))

@held_call exists@
position wcall.pc, pl;
identifier f;
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression L;
@@

lk@pl(L, ...)
... when != ul(L, ...)
f@pc(...)

@script:python@
pc << wcall.pc;
pl << held_call.pl;
lk << held_call.lk;
@@

add_lock(pc, pl, str(lk))

@dropped depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression L;
position pw, pl;
@@

wt@pw(...)
... when != lk(L, ...)
ul@pl(L, ...)

@script:python@
pw << dropped.pw;
pl << dropped.pl;
ul << dropped.ul;
@@

add_lock(pw, pl, str(ul))

@dropped0 depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
position pw, pl;
@@

wt@pw(...)
... when != lk()
ul@pl()

@script:python@
pw << dropped0.pw;
pl << dropped0.pl;
ul << dropped0.ul;
@@

add_lock(pw, pl, str(ul))

// The types of the identifiers in the lock calls.
@ltype depends on held || dropped || held_call@
identifier lk =~ "^(([a-z0-9_]*_)?(un)?lock(_[a-z0-9_]*)?|(down|up)(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
position pl;
type T;
idexpression T R;
@@

lk@pl(..., <+... R ...+>, ...)

@script:python@
pl << ltype.pl;
T << ltype.T;
R << ltype.R;
@@

add_type(pl, R, T)

// ---------------------------------------------------------------------
// One record per wait site.

@script:python depends on wqindex@
pw << wait.pw;
@@

record(pw)

@script:python depends on wqindex@
pc << wcall.pc;
@@

record(pc)

@script:python depends on wqindex@
pc << hwcall.pc;
@@

record(pc)
