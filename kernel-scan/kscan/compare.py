# SPDX-License-Identifier: GPL-2.0
"""Two scans side by side: the findings fixed, added and unchanged.

Findings are matched by their key (file, function, rule, wait queue,
store target), never by line, so code moving inside a file does not
turn a finding into one fixed and one added. Several findings with the
same key are matched in line order. What is left is then matched once
more without the file, when exactly one finding on each side fits: that
is a function that moved to another file (reported as unchanged, with
both files named).
"""

import collections
import json
import os

from . import findings as fnd


class Scan:
    def __init__(self, path):
        self.path = path
        if os.path.isdir(path):
            jpath = os.path.join(path, "findings.json")
            ipath = os.path.join(path, "scan-info.json")
        else:
            jpath, ipath = path, os.path.join(os.path.dirname(path),
                                              "scan-info.json")
        self.doc = fnd.load(jpath)
        self.findings = self.doc["findings"]
        self.info = {}
        if os.path.isfile(ipath):
            try:
                with open(ipath, encoding="utf-8") as f:
                    self.info = json.load(f)
            except (OSError, ValueError):
                self.info = {}

    def name(self):
        v = self.info.get("version")
        deb = self.info.get("debian")
        if deb:
            return "%s %s" % tuple(deb)
        if self.info.get("git"):
            return "Linux %s (%s)" % (v, self.info["git"])
        return "Linux %s" % v if v else self.path

    def unparsed_functions(self):
        return set((u.get("file"), u.get("function"))
                   for u in self.doc.get("unparsed") or [])

    def has_file(self, path):
        tree = self.info.get("tree")
        if not tree or not os.path.isdir(tree):
            return None
        return os.path.isfile(os.path.join(tree, path))


def _nofile(k):
    return k[1:]


def compare(old, new):
    """{"fixed": [f], "added": [f], "unchanged": [(old f, new f)]}."""
    def groups(fs):
        g = collections.defaultdict(list)
        for f in sorted(fs, key=lambda f: f.get("line", 0)):
            g[fnd.key(f)].append(f)
        return g

    go, gn = groups(old), groups(new)
    fixed, added, unchanged = [], [], []
    for k in set(go) | set(gn):
        a, b = go.get(k, []), gn.get(k, [])
        unchanged.extend(zip(a, b))
        fixed.extend(a[len(b):])
        added.extend(b[len(a):])
    # a function moved to another file
    by_old = collections.defaultdict(list)
    by_new = collections.defaultdict(list)
    for f in fixed:
        by_old[_nofile(fnd.key(f))].append(f)
    for f in added:
        by_new[_nofile(fnd.key(f))].append(f)
    for k in by_old:
        if len(by_old[k]) == 1 and len(by_new.get(k, [])) == 1:
            a, b = by_old[k][0], by_new[k][0]
            fixed.remove(a)
            added.remove(b)
            unchanged.append((a, b))
    fixed.sort(key=fnd.sort_key)
    added.sort(key=fnd.sort_key)
    unchanged.sort(key=lambda p: fnd.sort_key(p[1]))
    return {"fixed": fixed, "added": added, "unchanged": unchanged}


def why_gone(f, new_scan, added=()):
    """A hint why a finding is not in the new scan, or ""."""
    if (f["file"], f.get("function")) in new_scan.unparsed_functions():
        return "the function could not be parsed in the new scan"
    if new_scan.has_file(f["file"]) is False:
        return "the file is not in the new tree"
    alike = [g for g in added if (g["file"], g.get("function"), g.get("rule"))
             == (f["file"], f.get("function"), f.get("rule"))]
    if len(alike) == 1:
        g = alike[0]
        return "changed? the new scan has %s(%s) at line %d, store to %s" % (
            g.get("check"), g.get("wait_queue"), g.get("line", 0),
            fnd.store_target(g) or "-")
    return ""


def describe(f):
    store = fnd.store_target(f)
    return "%s:%d %s() %s %s(%s)%s [%s]" % (
        f["file"], f.get("line", 0), f.get("function", "?"),
        f.get("rule", "?"), f.get("check", "?"), f.get("wait_queue", ""),
        ", store to " + store if store else "", f.get("confidence", "?"))
