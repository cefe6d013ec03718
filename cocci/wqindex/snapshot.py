# SPDX-License-Identifier: GPL-2.0-only
"""The snapshot a loop waits to change (the snapshot field): do { v = E;
unlock(L); wait(E != v); lock(L); } while (E != K && ...): the loop
goes round, and takes its next snapshot, only while E is not K, all
under L, so the waiter never sleeps while E is K. A waker that tested
E == K under L and stores to E replaces a value no waiter sleeps on."""

import re

from .conditions import compared
from .locks import lock_ops
from .loops import enclosing_loop
from .names import CHAIN, COND_FORM, IDENT, KEYWORDS, identity
from .snapshot_entry import (
    NOT_PLAIN, back_stmt, chain_re, entry_excludes)
from .text import SPACE, match_close, partners


DECL_WORDS = re.compile(r"^(\s*(const|volatile|unsigned|signed|struct|enum|"
                        r"[a-z_][a-z0-9_]*)\s+)*$")


def plain_at(code, bo, pos):
    """Whether the call at pos is a statement of the block opened at bo
    (not under an if, else or loop of its own), at most assigned."""
    st = back_stmt(code, pos, bo - 1)
    if st is None or not depth0(code, bo, pos):
        return False
    return re.fullmatch(r"\s*([A-Za-z_]\w*\s*=\s*)?", code[st[0]:pos]) \
        is not None


def loop_body(src, loop):
    """(kind, {, }) of a do or while loop with a braced body."""
    code = src.code
    kind = IDENT.match(code, loop["start"])
    kind = kind.group(0) if kind else ""
    if kind == "do":
        bo = code.find("{", loop["start"])
    elif kind == "while":
        bo = SPACE.match(code, loop["cond"][1] + 1).end()
    else:
        return None
    if code[bo:bo + 1] != "{":
        return None
    return kind, bo, match_close(code, bo)


def snapshot_of(src, s, bo, bc, v, e):
    """End of v = E; (or T v = E;), the only store to v in the loop, a
    statement of the loop's block before the wait, with nothing called
    and E not named before it in the block, v a local of the function
    (declared there or before the loop); else -1."""
    code = src.code
    pat = re.compile(r"[;{}]([^;{}]*?)\b%s\s*=\s*%s\s*;" % (
        re.escape(v), chain_re(e).pattern))
    m = pat.search(code, bo, s["off"])
    if not m or not DECL_WORDS.match(m.group(1)) or \
            set(re.findall(r"\w+", m.group(1))) & KEYWORDS or \
            len(re.findall(r"\b%s\s*=(?!=)" % re.escape(v),
                           code[bo:bc])) != 1:
        return -1
    head = code[bo + 1:m.start(1)]
    local = m.group(1).strip() or re.search(
        r"[;{]\s*[A-Za-z_][\w\s*]*[\s*]%s\s*[;=,\[]" % re.escape(v),
        code[src.body_around(bo)[0]:bo])
    if not local or not depth0(code, bo, m.start(1)) or \
            re.search(r"\w\s*\(", head) or chain_re(e).search(head):
        return -1
    return m.end()


def snapshot_field(src, s):
    """E|K1,K2|L for a wait E != v on a snapshot v = E taken under L in
    its loop (cocci/RECORDS.md), else empty."""
    args = s["call"][2]
    if s.get("wrapper") or not COND_FORM.match(s["form"]) or len(args) < 2:
        return ""
    sides = [x.strip() for x in src.text(*args[1]).split("!=")]
    fb = src.body_around(s["off"])
    loop = enclosing_loop(src, s["off"], fb[0]) if fb and \
        len(sides) == 2 else None
    shape = loop_body(src, loop) if loop else None
    if shape is None:
        return ""
    kind, bo, bc = shape
    for v, e in (sides, sides[::-1]):
        if IDENT.fullmatch(v) and re.fullmatch(CHAIN, e) and \
                re.search(r"->|\.", e):
            break
    else:
        return ""
    snap = snapshot_of(src, s, bo, bc, v, e)
    ops = lock_ops(src, bo + 1, bc)
    if snap < 0 or not ops or NOT_PLAIN.search(src.code[bo:bc]):
        return ""
    ul = [o for o in ops if o[1] == "unlock" and snap < o[0] < s["off"]]
    if len(ul) != 1:
        return ""
    lock = ul[0][2]
    mine = [o for o in ops if identity(o[2]) == identity(lock)]
    relock = [o for o in mine if o[1] == "lock" and o[0] > s["call"][1]]
    if len(mine) != 2 or len(relock) != 1 or not all(
            plain_at(src.code, bo, o[0]) for o in mine + [(s["off"],)]) or \
            any(re.search(r"read", o[3]) for o in mine):
        return ""    # a read side excludes no waker that reads too
    ks = compared(src.text(*loop["cond"]), chain_re(e), "!=", "&&")
    if kind == "do":
        ks = [k for k in ks if entry_excludes(src, fb, loop["start"], e, k)]
    if not ks:
        return ""
    return "%s|%s|%s" % (re.sub(r"\s+", "", e), ",".join(ks), lock)


def depth0(code, bo, pos):
    """Whether pos is in the block opened at bo, not in a nested one."""
    table, i = partners(code), bo + 1
    while i < pos:
        if code[i] in "([{":
            j = table.get(i, -1)
            if j < 0 or j >= pos:
                return False
            i = j
        i += 1
    return True
