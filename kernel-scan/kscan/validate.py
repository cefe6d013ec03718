# SPDX-License-Identifier: GPL-2.0
"""Checks on a scan's output files, shared by check-kernel and the tests:
each returns a list of problems, empty when the file is right."""

import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile

from . import findings as fnd

FINDING_KEYS = ("file", "line", "function", "rule", "confidence", "check",
                "wait_queue", "message", "suggested_fix")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check_json(path):
    try:
        doc = load_json(path)
    except (OSError, ValueError) as e:
        return ["%s: %s" % (path, e)], None
    probs = []
    if not isinstance(doc.get("findings"), list):
        return ["%s: no findings list" % path], None
    for i, f in enumerate(doc["findings"]):
        missing = [k for k in FINDING_KEYS if k not in f]
        if missing:
            probs.append("%s: finding %d lacks %s" % (path, i,
                                                      ", ".join(missing)))
        elif f["confidence"] not in fnd.CONFIDENCES:
            probs.append("%s: finding %d: confidence %r" % (
                path, i, f["confidence"]))
    return probs, doc


def check_sarif(path, nfindings):
    try:
        doc = load_json(path)
    except (OSError, ValueError) as e:
        return ["%s: %s" % (path, e)]
    probs = []
    if doc.get("version") != "2.1.0":
        probs.append("%s: version %r, not 2.1.0" % (path, doc.get("version")))
    runs = doc.get("runs")
    if not isinstance(runs, list) or not runs:
        return probs + ["%s: no runs" % path]
    results = [r for run in runs for r in run.get("results") or []]
    if len(results) != nfindings:
        probs.append("%s: %d results, findings.json has %d findings" % (
            path, len(results), nfindings))
    rules = set(r.get("id") for run in runs for r in
                ((run.get("tool") or {}).get("driver") or {}).get("rules")
                or [])
    for i, r in enumerate(results):
        try:
            loc = r["locations"][0]["physicalLocation"]
            uri = loc["artifactLocation"]["uri"]
            line = loc["region"]["startLine"]
        except (KeyError, IndexError, TypeError):
            probs.append("%s: result %d has no file and line" % (path, i))
            continue
        if not uri or not isinstance(line, int) or line < 1:
            probs.append("%s: result %d: bad location %r:%r" % (path, i, uri,
                                                               line))
        if r.get("ruleId") not in rules:
            probs.append("%s: result %d: ruleId %r is not a declared rule"
                         % (path, i, r.get("ruleId")))
        if not (r.get("message") or {}).get("text"):
            probs.append("%s: result %d has no message" % (path, i))
    return probs[:20]


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.counts = [], [], {}
        self.external = []

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        a = dict(attrs)
        for k in ("src", "href", "action", "data", "poster", "srcset"):
            v = (a.get(k) or "").strip().lower()
            if k in a and tag != "a" and not v.startswith("#"):
                self.external.append("<%s %s=%r>" % (tag, k, a[k]))
            elif k == "href" and re.match(r"^[a-z][a-z0-9+.-]*:", v):
                self.external.append("<a href=%r>" % a[k])
        if tag == "link":
            self.external.append("<link>")
        cls = (a.get("class") or "").split()
        for c in cls:
            key = "." + c
            self.counts[key] = self.counts.get(key, 0) + 1
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.problems.append("line %d: </%s> closes <%s>" % (
                self.getpos()[0], tag, self.stack[-1][0] if self.stack
                else "nothing"))
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()


def check_html(path, nfindings):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, ValueError) as e:
        return ["%s: %s" % (path, e)]
    p = _Tags()
    p.feed(text)
    p.close()
    probs = ["%s: %s" % (path, x) for x in p.problems[:10]]
    if p.stack:
        probs.append("%s: never closed: %s" % (path, ", ".join(
            "<%s> (line %d)" % t for t in p.stack[:5])))
    if p.external:
        probs.append("%s: refers to outside resources: %s" % (
            path, ", ".join(p.external[:5])))
    if re.search(r"url\(|@import", text):
        probs.append("%s: CSS loads something (url() or @import)" % path)
    if not text.lstrip().lower().startswith("<!doctype html>"):
        probs.append("%s: no <!DOCTYPE html>" % path)
    if p.counts.get("svg", 0) < 1 and nfindings:
        probs.append("%s: no inline SVG chart" % path)
    if p.counts.get(".finding", 0) != nfindings:
        probs.append("%s: %d findings shown, findings.json has %d" % (
            path, p.counts.get(".finding", 0), nfindings))
    return probs


def check_md(path, doc):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, ValueError) as e:
        return ["%s: %s" % (path, e)]
    return check_md_text(text, doc, path)


def check_md_text(text, doc, path="report.md"):
    probs = []
    n = len(doc["findings"])
    if not text.startswith("# wqcheck scan"):
        probs.append("%s: does not start with the title" % path)
    if not re.search(r"^\| Findings \| %d: " % n, text, re.M):
        probs.append("%s: the summary does not say %d findings" % (path, n))
    shown = len(re.findall(r'^<a id="f\d+"></a>$', text, re.M))
    if shown != n:
        probs.append("%s: %d findings shown, findings.json has %d" % (
            path, shown, n))
    for f in doc["findings"]:
        if "%s:%d" % (f["file"], f["line"]) not in text:
            probs.append("%s: %s:%d is not in it" % (path, f["file"],
                                                     f["line"]))
            break
    if not os.path.isdir(os.path.join(os.path.dirname(path) or ".",
                                      "patches")) \
            and "Patches were not produced" not in text:
        probs.append("%s: no patches/ and no note saying why" % path)
    return probs


ONE_SIDED = "--no-waiters"


def missing_true_races(triage, found):
    """The triage rows with verdict "true" that no finding matches, but
    for the rows of a finding only the one-sided judgement makes (their
    reason starts with "--no-waiters"): the default scan names that
    race's store otherwise, in a row of its own."""
    return [r for r in triage.unmatched(found) if r.verdict == "true" and
            not (r.reason or "").startswith(ONE_SIDED)]


def check_patches(pdir, kernel):
    """Problems with the patches in @pdir: each one in series must exist,
    look like git format-patch output, and the series must apply in order
    to copies of the files it touches (the tree itself is not touched).
    Returns (problems, number of patches)."""
    try:
        with open(os.path.join(pdir, "series"), encoding="utf-8") as f:
            names = [l.strip() for l in f
                     if l.strip() and not l.startswith("#")]
    except OSError as e:
        return ["%s/series: %s" % (pdir, e.strerror)], 0
    probs, touched = [], set()
    for name in names:
        path = os.path.join(pdir, name)
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError as e:
            probs.append("%s: %s" % (name, e.strerror))
            continue
        if not text.startswith("From ") or "\nSubject: " not in text:
            probs.append("%s: not a git format-patch mail" % name)
        files = re.findall(r"^\+\+\+ b/(\S+)", text, re.M)
        if not files:
            probs.append("%s: no diff in it" % name)
        touched.update(files)
    if probs or shutil.which("patch") is None:
        return probs, len(names)
    with tempfile.TemporaryDirectory(prefix="wqcheck-patches.") as d:
        for rel in touched:
            src = os.path.join(kernel, rel)
            if not os.path.isfile(src):
                probs.append("a patch touches %s, not in the tree" % rel)
                continue
            os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
            shutil.copyfile(src, os.path.join(d, rel))
        for name in names:
            p = subprocess.run(["patch", "-p1", "-s", "-f", "-N", "-d", d,
                                "-i", os.path.abspath(os.path.join(pdir,
                                                                   name))],
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, check=False)
            if p.returncode:
                probs.append("%s does not apply: %s" % (name, p.stdout.decode(
                    "utf-8", "replace").strip().splitlines()[-1:]))
    return probs, len(names)
