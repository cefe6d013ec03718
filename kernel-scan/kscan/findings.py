# SPDX-License-Identifier: GPL-2.0
"""wqcheck's JSON findings, the key that identifies one across edits,
and the triage file that gives findings a verdict."""

import collections
import json

from . import tree

CONFIDENCES = ("high", "medium", "low")
VERDICTS = ("true", "false-positive", "unclear")
TRIAGE_COLUMNS = ("file", "function", "rule", "wait_queue", "store_target",
                  "verdict", "reason")


class FindingsError(Exception):
    pass


def load(path):
    """The parsed wqcheck JSON document at @path."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise FindingsError("%s: %s" % (path, e))
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise FindingsError("%s: not wqcheck's JSON (no \"findings\" list)"
                            % path)
    return doc


def store_target(f):
    store = f.get("store") or {}
    return store.get("target") or ""


def key(f):
    """What names a finding independently of line numbers: it survives
    edits elsewhere in the file, and it is the triage file's key."""
    return (f.get("file", ""), f.get("function", ""), f.get("rule", ""),
            f.get("wait_queue", ""), store_target(f))


def sort_key(f):
    return (tree.subsystem(f["file"]), f["file"], f.get("line", 0),
            f.get("column", 0), f.get("rule", ""))


def by_subsystem(findings):
    """OrderedDict subsystem -> findings, subsystems by name."""
    groups = collections.defaultdict(list)
    for f in findings:
        groups[tree.subsystem(f["file"])].append(f)
    return collections.OrderedDict(sorted(groups.items()))


# ---- triage ----

class Triage:
    """The rows of a triage TSV, keyed like findings."""

    def __init__(self, path=None):
        self.path = path
        self.rows = {}          # key -> (verdict, reason, line number)
        self.problems = []      # "path:line: message"

    def lookup(self, f):
        row = self.rows.get(key(f))
        return {"verdict": row[0], "reason": row[1]} if row else None

    def unmatched(self, findings):
        """The rows no finding matched, as (key, verdict, reason)."""
        seen = set(key(f) for f in findings)
        return [(k, v[0], v[1]) for k, v in sorted(self.rows.items(),
                                                   key=lambda i: i[1][2])
                if k not in seen]


def _unescape(s):
    # The record format's escapes, in case a field needed them.
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(s[i + 1],
                                                            "\\" + s[i + 1]))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def load_triage(path):
    """Read a triage TSV. Blank lines and lines starting with '#' are
    skipped; a first row naming the columns is a header. Rows with a
    wrong number of columns or an unknown verdict are reported in
    .problems and ignored."""
    t = Triage(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [_unescape(c) for c in line.split("\t")]
        if cells[0] == "file" and cells[:2] == ["file", "function"]:
            continue
        if len(cells) < 6:
            t.problems.append("%s:%d: %d columns, expected %d"
                              % (path, n, len(cells), len(TRIAGE_COLUMNS)))
            continue
        verdict = cells[5].strip()
        if verdict not in VERDICTS:
            t.problems.append("%s:%d: verdict %r is not one of %s"
                              % (path, n, verdict, ", ".join(VERDICTS)))
            continue
        k = tuple(c.strip() for c in cells[:5])
        reason = "\t".join(cells[6:]).strip()
        if k in t.rows:
            t.problems.append("%s:%d: same finding as line %d"
                              % (path, n, t.rows[k][2]))
        t.rows[k] = (verdict, reason, n)
    return t


def annotate(findings, triage):
    """Give each finding a "triage" entry: the verdict, or None."""
    for f in findings:
        f["triage"] = triage.lookup(f) if triage else None


def counts(findings):
    """A summary of the findings: totals by confidence, rule, verdict."""
    c = {
        "total": len(findings),
        "confidence": collections.Counter(f.get("confidence")
                                          for f in findings),
        "rule": collections.Counter(f.get("rule") for f in findings),
        "verdict": collections.Counter((f.get("triage") or {})
                                       .get("verdict", "untriaged")
                                       for f in findings),
    }
    c["untriaged"] = c["verdict"]["untriaged"]
    c["triaged"] = c["total"] - c["untriaged"]
    return c


def subsystem_rows(findings):
    """[(subsystem, {high, medium, low, total, untriaged})], the most
    findings first, then by name."""
    rows = []
    for name, fs in by_subsystem(findings).items():
        r = collections.Counter(f.get("confidence") for f in fs)
        r["total"] = len(fs)
        r["untriaged"] = sum(1 for f in fs if not f.get("triage"))
        rows.append((name, r))
    rows.sort(key=lambda r: (-r[1]["total"], r[0]))
    return rows
