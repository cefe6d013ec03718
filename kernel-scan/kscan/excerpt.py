# SPDX-License-Identifier: GPL-2.0
"""A few lines of code around a finding's store, check and wake-up, with
the store and the check marked, read from the scanned tree."""

import os

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
            out.append(line)
    if windows and windows[-1][1] < len(lines):
        out.append(None)
    return out


def fix_preview(src, f):
    """The lines of a suggested fix as (sign, Line) pairs, sign "+" for
    the added barrier and " " for context, following the semantic
    patch's patch mode: the barrier goes right before the statement that
    holds the check. None when the check's statement does not start on
    the check's line (the barrier's place is then for a person to pick)."""
    lines = src.lines(f["file"])
    n = f.get("line")
    fix = f.get("suggested_fix") or "smp_mb()"
    if lines is None or not n or n > len(lines):
        return None
    text = lines[n - 1]
    body = text.lstrip(" \t")
    check = f.get("check") or ""
    starts = ("if (", "if(", check + "(")
    if not body.startswith(starts) and not (
            "=" in body.split("(")[0] and check + "(" in body):
        return None
    indent = text[:len(text) - len(body)]
    out = []
    if n > 1:
        out.append((" ", Line(n - 1, lines[n - 2])))
    out.append(("+", Line(n, indent + "/* Store above before wait-list "
                          "test; pairs with set_current_state() */")))
    out.append(("+", Line(n, indent + fix + ";")))
    line = Line(n, text)
    line.roles = ["check"]
    out.append((" ", line))
    return out
