# SPDX-License-Identifier: GPL-2.0
"""The patches of a scan (scan-results/patches/series) and what each one
fixes: the files it touches, the lines where it puts or replaces a
barrier, and the findings whose store and check those lines separate."""

import collections
import difflib
import os
import re

from . import findings as fnd


class PatchError(Exception):
    pass


class Patch:
    def __init__(self, number, name, path, files, subject):
        self.number = number        # its place in the series, from 1
        self.name = name
        self.path = path
        self.files = files          # the paths it changes, in order
        self.subject = subject


def read_series(pdir):
    """[Patch] in the order of @pdir/series."""
    series = os.path.join(pdir, "series")
    try:
        with open(series, encoding="utf-8") as f:
            names = [l.strip() for l in f
                     if l.strip() and not l.startswith("#")]
    except OSError as e:
        raise PatchError("%s: %s (run make scan first)" % (
            series, e.strerror))
    if not names:
        raise PatchError("%s: no patch listed" % series)
    return [read_patch(pdir, i + 1, n) for i, n in enumerate(names)]


def read_patch(pdir, number, name):
    path = os.path.join(pdir, name)
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError as e:
        raise PatchError("%s: %s (listed in %s/series)" % (
            path, e.strerror, pdir))
    files = []
    for m in re.finditer(r"^\+\+\+ b/(\S+)$", text, re.M):
        if m.group(1) not in files:
            files.append(m.group(1))
    if not files:
        raise PatchError("%s: not a patch (no '+++ b/FILE' line)" % path)
    m = re.search(r"^Subject: (.*)$", text, re.M)
    return Patch(number, name, path, files, m.group(1) if m else "")


def changed_lines(old, new):
    """The lines of @old (numbered from 1) before which @new inserts text
    or that it replaces or deletes, and the line after what it replaces
    (an if's head given a brace, the barrier then after it): where a fix
    put its barrier."""
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    points = set()
    for op, i1, i2, _, _ in sm.get_opcodes():
        if op == "insert":
            points.add(i1 + 1)
        elif op == "delete":
            points.update(range(i1 + 1, i2 + 1))
        elif op == "replace":
            points.update(range(i1 + 1, i2 + 2))
    return points


def targets(found, path, points):
    """The findings of @path that a barrier at one of @points fixes: its
    store comes before the point and its check at or after it."""
    out = []
    for f in found:
        store = f.get("store") or {}
        s, c = store.get("line"), f.get("line")
        if f.get("file") != path or not s or not c:
            continue
        if any(s < p <= c for p in points):
            out.append(f)
    return out


def rescan_delta(before, after, fixed):
    """Compare two scans by finding key (lines move when a file grows):
    (the fixed findings still reported, the keys newly reported, the
    other findings gone)."""
    b = collections.Counter(fnd.key(f) for f in before)
    a = collections.Counter(fnd.key(f) for f in after)
    want = collections.Counter(fnd.key(f) for f in fixed)
    gone = b - a
    still = want - gone
    added = a - b
    others = gone - want
    return sorted(still.elements()), sorted(added.elements()), \
        sorted(others.elements())


def key_text(k):
    """A finding key as one short phrase: file function() rule."""
    return "%s %s() %s" % (k[0], k[1], k[2])
