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

class Row:
    def __init__(self, key, verdict, reason, tsv_line, line=None):
        self.key = key
        self.verdict = verdict
        self.reason = reason
        self.tsv_line = tsv_line    # where it is in the file
        self.line = line            # the finding's line when triaged, if given


class Triage:
    """The rows of a triage TSV, keyed like findings.

    A finding matches a row by key, not by line. When several findings
    share a key (one function storing and waking twice), they are paired
    with that key's rows in line order (the file's optional "line" column
    gives the order; without it, the rows' own order). A finding left over
    is untriaged; a row left over matches nothing in this scan."""

    def __init__(self, path=None):
        self.path = path
        self.rows = {}          # key -> [Row]
        self.problems = []      # "path:line: message"

    def all_rows(self):
        return [r for rows in self.rows.values() for r in rows]

    def match(self, findings):
        """({id(finding): Row}, [unmatched Row])."""
        groups = collections.defaultdict(list)
        for f in findings:
            groups[key(f)].append(f)
        matched, left = {}, []
        for k, rows in self.rows.items():
            fs = sorted(groups.get(k, []), key=lambda f: f.get("line", 0))
            rows = sorted(rows, key=lambda r: (r.line or 0, r.tsv_line))
            for f, r in zip(fs, rows):
                matched[id(f)] = r
            left.extend(rows[len(fs):])
        left.sort(key=lambda r: r.tsv_line)
        return matched, left

    def unmatched(self, findings):
        return self.match(findings)[1]


def _unescape(s):
    # The record format's escapes, in case a field needed them.
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(
                s[i + 1], "\\" + s[i + 1]))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def load_triage(path):
    """Read a triage TSV. Blank lines and lines starting with '#' are
    skipped. A first row naming the columns is a header: then columns are
    found by name (extra ones such as "line" and "confidence" are fine);
    without one they are TRIAGE_COLUMNS in order. Rows with missing
    columns or an unknown verdict are reported in .problems and ignored."""
    t = Triage(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    col = {name: i for i, name in enumerate(TRIAGE_COLUMNS)}
    header = True
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [_unescape(c) for c in line.split("\t")]
        if header:
            header = False
            if cells[0].strip() == "file":
                col = {c.strip(): i for i, c in enumerate(cells)}
                missing = [c for c in TRIAGE_COLUMNS if c not in col]
                if missing:
                    t.problems.append("%s:%d: no column %s" % (
                        path, n, ", ".join(missing)))
                    return t
                continue
        need = max(col[c] for c in TRIAGE_COLUMNS[:6])
        if len(cells) <= need:
            t.problems.append("%s:%d: %d columns, expected at least %d"
                              % (path, n, len(cells), need + 1))
            continue

        def get(name):
            i = col.get(name)
            return cells[i].strip() if i is not None and i < len(cells) \
                else ""

        verdict = get("verdict")
        if verdict not in VERDICTS:
            t.problems.append("%s:%d: verdict %r is not one of %s"
                              % (path, n, verdict, ", ".join(VERDICTS)))
            continue
        k = tuple(get(c) for c in TRIAGE_COLUMNS[:5])
        ln = get("line")
        row = Row(k, verdict, get("reason"), n,
                  int(ln) if ln.isdigit() else None)
        for other in t.rows.get(k, []):
            if other.line == row.line:
                t.problems.append("%s:%d: the same finding as line %d" % (
                    path, n, other.tsv_line))
        t.rows.setdefault(k, []).append(row)
    return t


def annotate(findings, triage):
    """Give each finding a "triage" entry: its verdict and reason, or
    None when no row matches it."""
    matched = triage.match(findings)[0] if triage else {}
    for f in findings:
        r = matched.get(id(f))
        f["triage"] = {"verdict": r.verdict, "reason": r.reason} \
            if r else None


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
