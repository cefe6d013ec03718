# SPDX-License-Identifier: GPL-2.0-only
"""A do-while loop takes its first snapshot before it tests anything: E
is not K then when every call of its function (static, called only
in this file) is made where E was just tested != K. Also the tests
of E against constants that snapshot.py reads."""

import re

from .conditions import compared
from .names import CHAIN, subst
from .text import NEWLINE, OPEN, call_at, match_close, partners, word_before


NOT_PLAIN = re.compile(r"\b(continue|goto|case|default)\b|^\s*[A-Za-z_]\w*"
                       r"\s*:(?!:)", re.M)


def chain_re(expr):
    return re.compile(r"\s*".join(re.escape(t) for t in re.findall(
        r"->|\.|\w+|\S", expr)) + r"(?!\w)")


def back_stmt(code, pos, lo):
    """(start, opener) of the statement holding pos: after the previous
    ; or } at its level (opener None), or after the { opening its block
    (opener that offset); None inside brackets of an expression."""
    table, i = partners(code), pos - 1
    while i > lo:
        ch = code[i]
        if ch in ")]":
            i = table.get(i, -1)
            if i < 0:
                return None
        elif ch in ";}":
            return i + 1, None
        elif ch == "{":
            return i + 1, i
        elif ch in "([":
            return None
        i -= 1
    return None


def entry_excludes(src, fb, start, e, k):
    """Whether E != K on entry to the loop at start in function fb."""
    code, name = src.code, fb[2]
    head = code[fb[0] + 1:start]
    if re.search(r"\w\s*\(", head) or chain_re(e).search(head) or \
            NOT_PLAIN.search(head) or not only_called_here(src, name):
        return False
    params, calls = src.params(name), []
    for m in re.finditer(r"\b%s\s*\(" % re.escape(name), code):
        body = src.body_around(m.start())
        if body is not None:
            calls.append((m.start(), body))
    for off, body in calls:
        c = call_at(src, off)
        ce = subst(e, params, [src.text(*a) for a in c[2]]) if c else ""
        if not re.fullmatch(CHAIN, ce) or not excluded_at(src, off, body,
                                                          ce, k):
            return False
    return bool(calls)


def only_called_here(src, name):
    """A static function of a .c file that the file names only to call
    it or declare it: all its calls are in the file."""
    f = src.funcs.get(name)
    if f is None or src.path.endswith(".h"):
        return False
    line0 = src.code.rfind(NEWLINE, 0, src.code.rfind(NEWLINE, 0, f[0]))
    if not re.search(r"\bstatic\b", src.code[max(0, line0):f[0]]):
        return False
    for m in re.finditer(r"\b%s\b" % re.escape(name), src.code):
        if not OPEN.match(src.code, m.end()):
            return False
    return True


def excluded_at(src, off, body, e, k):
    """Whether the path to the call at off tested E != K (an if around
    it, or an if before it that leaves when E == K) with nothing called
    and no label between."""
    code, e_re = src.code, chain_re(e)
    st = back_stmt(code, off, body[0] - 1)
    head = code[st[0]:off] if st else ""
    m = re.match(r"\s*if\s*\(", head)
    if m and match_close(head, m.end() - 1) == len(head.rstrip()) - 1:
        # if (C) call(...);
        if k in compared(head[m.end():len(head.rstrip()) - 1], e_re, "!=",
                     "&&"):
            return True
        head = head[m.end():]
    if st is None or re.search(r"\w\s*\(|\b(if|else|while|for|do|switch)\b",
                               head) or e_re.search(head):
        return False
    cur = st[0]
    while cur > body[0] + 1:
        j = cur - 1
        while j > body[0] and code[j].isspace():
            j -= 1
        if NOT_PLAIN.search(code[j + 1:cur]):
            return False
        if code[j] == "{":
            k2 = j - 1
            while code[k2].isspace():
                k2 -= 1
            po = partners(code).get(k2, -1) if code[k2] == ")" else -1
            ws, w = word_before(code, po) if po > 0 else (0, "")
            if w != "if" or word_before(code, ws)[1] == "else":
                return False
            cond = code[po + 1:k2]
            if k in compared(cond, e_re, "!=", "&&"):
                return True
            if re.search(r"\w\s*\(", cond):
                return False
            cur = ws
            continue
        if code[j] not in ";}":
            return False
        ob = partners(code).get(j, -1) if code[j] == "}" else j
        st = back_stmt(code, ob, body[0] - 1)
        if st is None:
            return False
        left = leaves_if(src, code[st[0]:j + 1], e_re, k)
        if left:
            return True
        if left is None:
            return False
        cur = st[0]
    return False


def leaves_if(src, stmt, e_re, k):
    """True for if (E == K ...) { ...; leave; } with no else, None when
    the statement may call or write anything, False when it does not."""
    m = re.match(r"\s*([A-Za-z_]\w*\s*:(?!:)\s*)*if\s*\(", stmt)
    if not m:
        return None if re.search(r"\w\s*\(|\b(while|for|do|switch|else)\b",
                                 stmt) or e_re.search(stmt) else False
    pc = match_close(stmt, m.end() - 1)
    cond, branch = stmt[m.end():pc], stmt[pc + 1:].strip()
    last = re.search(r"(goto\s+\w+|return\b[^;{}]*|break|continue)\s*;\s*"
                     r"\}?\s*$", branch)
    if not last or (match_close(branch, 0) != len(branch) - 1
                    if branch.startswith("{") else
                    re.search(r"\belse\b", branch)):
        return None    # an else, or a way out of the branch but a jump
    return True if k in compared(cond, e_re, "==", "||") else None
