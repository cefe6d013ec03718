# SPDX-License-Identifier: GPL-2.0
"""A few lines of code around a finding's store, check and wake-up, with
the store and the check marked, read from the scanned tree."""

import os
import re

TAB = 8


class Line:
    def __init__(self, number, text):
        self.number = number
        self.text = text        # as in the file, tabs kept
        self.roles = []         # "store", "check", "wake", in that order
        self.marks = []         # (start, end, role): character ranges

    def segments(self, dedent=0):
        """[(text, role or None)] with tabs expanded, marks applied,
        @dedent leading columns removed (they must be blank)."""
        marks = sorted(m for m in self.marks if 0 <= m[0] < m[1])
        out, pos, col = [], 0, 0

        def add(s, role):
            nonlocal col
            buf = []
            for ch in s:
                if ch == "\t":
                    n = TAB - col % TAB
                    buf.append(" " * n)
                    col += n
                else:
                    buf.append(ch)
                    col += 1
            if buf:
                out.append(("".join(buf), role))

        for start, end, role in marks:
            if start < pos:
                continue
            add(self.text[pos:start], None)
            add(self.text[start:end], role)
            pos = end
        add(self.text[pos:], None)
        while dedent and out:
            text, role = out[0]
            cut = min(dedent, len(text) - len(text.lstrip(" ")))
            if not cut:
                break
            dedent -= cut
            if cut == len(text):
                out.pop(0)
            else:
                out[0] = (text[cut:], role)
        return out

    def expanded(self, dedent=0):
        return "".join(s for s, _ in self.segments(dedent))

    def indent(self):
        """Leading blank columns, tabs expanded; None for a blank line."""
        text = self.expanded()
        if not text.strip():
            return None
        return len(text) - len(text.lstrip(" "))


def common_indent(lines):
    """The indentation every shown line has: what can be cut off."""
    ind = [l.indent() for l in lines if l is not None]
    ind = [i for i in ind if i is not None]
    return min(ind) if ind else 0


class SourceCache:
    """Files of one tree, read once each."""

    def __init__(self, root):
        self.root = root
        self.files = {}

    def lines(self, path):
        if path not in self.files:
            try:
                with open(os.path.join(self.root, path), encoding="utf-8",
                          errors="replace", newline="") as f:
                    text = f.read()
                self.files[path] = [l.rstrip("\r") for l in
                                    text.split("\n")]
            except OSError:
                self.files[path] = None
        return self.files[path]


def _store_span(text, f):
    store = f.get("store") or {}
    for needle in (store.get("expr"), store.get("target")):
        if not needle:
            continue
        needle = needle.split("\n")[0].strip()
        i = text.find(needle)
        if needle and i >= 0:
            return i, i + len(needle)
    return None


def interesting(f):
    """{line number: [roles]} for a finding."""
    where = {}
    store = f.get("store") or {}
    wake = f.get("wake") or {}
    if store.get("line"):
        where.setdefault(store["line"], []).append("store")
    if f.get("line"):
        where.setdefault(f["line"], []).append("check")
    if wake.get("line"):
        where.setdefault(wake["line"], []).append("wake")
    wrong = f.get("wrong_barrier") or {}
    if wrong.get("line"):
        where.setdefault(wrong["line"], []).append("barrier")
    return where


def excerpt(src, f, context=2, gap=4):
    """The lines to show for finding @f: a list of Line, with None where
    lines are left out. None as a whole when the file cannot be read."""
    lines = src.lines(f["file"])
    if lines is None:
        return None
    where = interesting(f)
    if not where:
        return []
    windows = []
    for n in sorted(where):
        lo, hi = max(1, n - context), min(len(lines), n + context)
        if windows and lo - windows[-1][1] <= gap:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out = []
    for i, (lo, hi) in enumerate(windows):
        if i or lo > 1:
            out.append(None)
        for n in range(lo, hi + 1):
            line = Line(n, lines[n - 1])
            line.roles = where.get(n, [])
            if "store" in line.roles:
                span = _store_span(line.text, f)
                if span:
                    line.marks.append(span + ("store",))
            if "check" in line.roles and f.get("column"):
                start = f["column"] - 1
                end = f.get("end_column", f["column"]) - 1
                if end > start and line.text[start:end] == f.get("check"):
                    line.marks.append((start, end, "check"))
                else:
                    i = line.text.find(f.get("check") or "\0")
                    if i >= 0:
                        line.marks.append((i, i + len(f["check"]), "check"))
            if "barrier" in line.roles:
                m = re.search(r"\b%s\b" % re.escape(
                    f["wrong_barrier"]["name"]), line.text)
                if m:
                    line.marks.append((m.start(), m.end(), "barrier"))
            out.append(line)
    if windows and windows[-1][1] < len(lines):
        out.append(None)
    return out


COMMENT = "/* Store above before wait-list test; pairs with " \
    "set_current_state() */"


def fix_preview(src, f):
    """The lines of the suggested fix as (sign, Line) pairs: "+" added,
    "-" removed, " " context. As the semantic patch's patch mode writes
    it: the barrier right before the statement that holds the check
    (stmt_line in wqcheck's JSON), or smp_mb() in place of a barrier that
    does not order the store. None when there is no such simple edit (a
    waiter's fix needs the task state; an old wqcheck gives no stmt_line
    and the check's statement does not start on its line)."""
    lines = src.lines(f["file"])
    n = f.get("line")
    fix = f.get("suggested_fix") or "smp_mb()"
    if lines is None or not n or n > len(lines) or \
            f.get("rule") == "waiter-no-barrier":
        return None
    wrong = f.get("wrong_barrier") or {}
    if wrong.get("line"):
        return _replace_barrier(lines, wrong, fix)
    stmt = f.get("stmt_line")
    if not stmt:
        stmt = n if _starts_statement(lines[n - 1], f) else None
    if not stmt or stmt > n or stmt > len(lines):
        return None
    # A goto label belongs before the barrier, or the jump skips it.
    while stmt < n and re.fullmatch(r"\s*[A-Za-z_]\w*:\s*", lines[stmt - 1]):
        stmt += 1
    text = lines[stmt - 1]
    indent = text[:len(text) - len(text.lstrip(" \t"))]
    out = []
    if stmt > 1:
        out.append((" ", Line(stmt - 1, lines[stmt - 2])))
    out.append(("+", Line(stmt, indent + COMMENT)))
    out.append(("+", Line(stmt, indent + fix + ";")))
    for k in range(stmt, min(n, stmt + 2) + 1):
        line = Line(k, lines[k - 1])
        if k == n:
            line.roles = ["check"]
        out.append((" ", line))
    return out


def _starts_statement(text, f):
    body = text.lstrip(" \t")
    check = f.get("check") or ""
    return body.startswith(("if (", "if(", check + "(")) or (
        "=" in body.split("(")[0] and check + "(" in body)


def _replace_barrier(lines, wrong, fix):
    k = wrong["line"]
    if k > len(lines):
        return None
    old = lines[k - 1]
    new = re.sub(r"\b%s\s*\(\s*\)" % re.escape(wrong.get("name", "")),
                 fix, old, count=1)
    if new == old:
        return None
    out = []
    if k > 1:
        out.append((" ", Line(k - 1, lines[k - 2])))
    out.append(("-", Line(k, old)))
    out.append(("+", Line(k, new)))
    if k < len(lines):
        out.append((" ", Line(k + 1, lines[k])))
    return out
