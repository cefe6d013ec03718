# SPDX-License-Identifier: GPL-2.0-only
"""Locks: what a lock call takes (through a macro or function of the
file), the locks held at a wait site, and the locks of its record."""

import re

from .names import (
    IDENT, LOCK_NAME, LOOP_FORM, STD_LOCK, UNLOCK_NAME, identity, root_of,
    subst)
from .sites import key, sites, types
from .text import OPEN, call_at, match_close, source, split_top


def resolve_lock(src, name, args):
    """The lock a call of name with these arguments takes or releases:
    the first argument of a lock primitive, or what a macro or function
    of this file takes, its parameters replaced by the arguments."""
    if re.search(r"(_init|_is_held|_is_locked)$", name):
        return ""
    if STD_LOCK.match(name):
        return args[0] if args else ""
    if name in src.macros:
        params, body = src.macros[name]
    elif name in src.funcs:
        f = src.funcs[name]
        params, body = src.params(name), src.code[f[2] + 1:f[3]]
    else:
        return ""
    for m in re.finditer(r"(\w+)\s*\(", body):
        if STD_LOCK.match(m.group(1)):
            inner = body[m.end() - 1:m.end() + 400]
            first = split_top(inner[1:match_close(inner, 0)])
            return subst(first[0], params, args) if first else ""
    return ""


def add_lock(pw, pl, name):
    """The lock call at pl holds a lock at the wait at pw."""
    s = sites.get(key(pw))
    if s is not None:
        src = source(pl[0].file)
        call = call_at(src, src.off(pl[0].line, pl[0].column))
        args = [src.text(a, b) for a, b in call[2]] if call else []
        expr = resolve_lock(src, name, args)
        if expr:
            s["locks"].append((expr, key(pl)))


def takes(src, a, b, lock):
    """Whether code a..b takes the lock (then the wrapper releases its
    own lock, not the caller's)."""
    for m in IDENT.finditer(src.code, a, b):
        call = call_at(src, m.start()) if LOCK_NAME.match(m.group(0)) \
            else None
        if call and identity(resolve_lock(src, m.group(0), [
                src.text(*x) for x in call[2]])) == identity(lock):
            return True
    return False


def lock_ops(src, bo, bc):
    """(offset, "lock"|"unlock", lock) of each lock call of the block,
    None when one is not resolved (it may be any lock)."""
    out = []
    for m in IDENT.finditer(src.code, bo, bc):
        name = m.group(0)
        if not (STD_LOCK.match(name) or LOCK_NAME.match(name) or
                UNLOCK_NAME.match(name)) or name.startswith(
                    ("lockdep_", "assert_")) or \
                not OPEN.match(src.code, m.end()):
            continue
        c = call_at(src, m.start())
        lock = resolve_lock(src, name, [src.text(*a) for a in c[2]]) \
            if c else ""
        if not lock:
            return None
        kind = "unlock" if UNLOCK_NAME.match(name) else "lock"
        out.append((m.start(), kind, lock, name))
    return out


GUARD_NEXT = re.compile(r"\s*;\s*guard\s*\(\s*\w+\s*\)\s*\(([^;]*)\)\s*;")


def guard_after(src, s):
    """The lock of a guard() that is the statement right after an
    enqueue (poll_wait(), prepare_to_wait(), add_wait_queue()) at the
    top of its function: held from there to the function's end, so all
    the waiter tests after it enqueued, it tests under that lock. An
    enqueue that comes before the lock is taken is ordered before the
    waker's test of the list as well when the waker holds the lock."""
    if s.get("wrapper") or not (s["form"] == "poll_wait" or
                                LOOP_FORM.match(s["form"])):
        return ""
    body = src.body_around(s["off"])
    code = src.code[body[0]:s["off"]] if body else ""
    if not body or code.count("{") - code.count("}") != 1:
        return ""
    m = GUARD_NEXT.match(src.code, s["call"][1] + 1)
    return src.text(*m.span(1)) if m else ""


def locks_of(src, s, own):
    """root_type|expr of each lock held, ;-separated: the lock argument
    of the form (_lock_irq, _spinlock, _mutex, a wrapper) or its queue's
    own lock (_locked), then those the lock rules found."""
    form, args, w = s["form"], s["call"][2], s.get("wrapper")
    named = []
    if w:
        named = [subst(w["lock"], w["params"], [src.text(*a) for a in args])]
    elif re.search(r"_lock_irq|^wait_var_event_(spinlock|mutex|any_lock)",
                   form) and len(args) > 2:
        named = [src.text(*args[2])]
    elif "_locked" in form and args:
        q = src.text(*args[0])
        named = ["&%s->lock" % q[1:].strip() if q.startswith("*")
                 else "&%s.lock" % q]
    guarded = guard_after(src, s)
    if guarded:
        own = dict(src.param_types(s["fn"]), **own)
        named.append(guarded)
    out, seen = [], set()
    for expr, tys in [(e, own) for e in named] + \
            [(e, types.get(k, {})) for e, k in s["locks"]] + \
            [(e, src.param_types(fn))
             for e, fn in s.get("cond_locks", [])]:
        if identity(expr) not in seen:
            seen.add(identity(expr))
            out.append("%s|%s" % (tys.get(root_of(expr), ""), expr))
    return ";".join(out)
