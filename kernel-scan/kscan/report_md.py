# SPDX-License-Identifier: GPL-2.0
"""report.md: the summary, then every finding with its code."""

import re

from . import excerpt as ex
from . import findings as fnd
from . import summary as sm



def _cell(s):
    """Text safe inside a table cell."""
    return str(s).replace("\\", "\\\\").replace("|", "\\|") \
        .replace("\n", " ")


def _code(s):
    """Inline code that survives any backticks in @s."""
    s = str(s).replace("\n", " ")
    run = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (run + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return fence + pad + s + pad + fence


def _fence(lines):
    run = max((len(m) for l in lines for m in re.findall(r"`{3,}", l)),
              default=0)
    return "`" * max(3, run + 1)


def anchor(n):
    return "f%d" % n


def _excerpt_block(src, f):
    lines = ex.excerpt(src, f)
    if lines is None:
        return ["_(source not available: %s could not be read)_"
                % _code(f["file"]), ""]
    width = max([len(str(l.number)) for l in lines if l] or [1])
    cut = ex.common_indent(lines)
    body = []
    for l in lines:
        if l is None:
            body.append("%s ..." % (" " * (width + 2)))
            continue
        mark = "".join(sm.role_label(f, r)[0].upper() for r in l.roles)
        text = "%-2s%*d | %s" % (mark, width, l.number, l.expanded(cut))
        body.append(text.rstrip())
    fence = _fence(body)
    return [fence + "text"] + body + [fence, ""]


def _fix_block(src, f):
    pre = ex.fix_preview(src, f)
    if not pre:
        return []
    cut = ex.common_indent([l for _, l in pre])
    body = ["%s%s" % (sign, l.expanded(cut)) for sign, l in pre]
    fence = _fence(body)
    return [fence + "diff"] + body + [fence, ""]


def _finding(src, n, f):
    out = []
    conf = f.get("confidence", "?")
    out.append('<a id="%s"></a>' % anchor(n))
    out.append("#### %d. %s in %s, %s (%s confidence)" % (
        n, _code(f.get("function", "?") + "()"), _code(sm.where(f)),
        f.get("rule", "?"), conf))
    out.append("")
    out.append(f.get("message", ""))
    out.append("")
    for label, text in sm.details(f):
        if label == "Triage" and f.get("triage"):
            verdict, _, rest = text.partition(": ")
            text = "**%s**%s" % (verdict, ": " + rest if rest else "")
        out.append("- %s: %s" % (label, text))
    out.append("")
    out.extend(_excerpt_block(src, f))
    out.extend(_fix_block(src, f))
    return out


def render(info, findings, src):
    """The whole report as a string. @findings are sorted and annotated
    with their triage; @src reads the scanned tree."""
    c = fnd.counts(findings)
    out = ["# wqcheck scan: %s" % sm.version_text(info), ""]
    out.append("| | |")
    out.append("|---|---|")
    for label, text in sm.rows(info, c):
        out.append("| %s | %s |" % (label, _cell(text)))
    out.append("")
    if not (info.get("patches") or {}).get("made"):
        out.append("> **Patches were not produced.** %s." % _cell(
            sm.upfirst((info.get("patches") or {}).get("why", ""))))
        out.append("")

    out.append("## Findings by rule and confidence")
    out.append("")
    out.append("| rule | what it finds | high | medium | low | total |")
    out.append("|---|---|--:|--:|--:|--:|")
    for r in sm.rules_of(findings):
        fs = [f for f in findings if f.get("rule") == r]
        cc = [sum(1 for f in fs if f.get("confidence") == k)
              for k in fnd.CONFIDENCES]
        out.append("| `%s` | %s | %d | %d | %d | %d |" % (
            r, _cell(sm.RULE_TEXT.get(r, "")), cc[0], cc[1], cc[2], len(fs)))
    out.append("")

    out.append("## Findings by subsystem")
    out.append("")
    out.append("Subsystem: the first two components of the path "
               "(`drivers/misc/mei/client.c` is `drivers/misc`), the first "
               "one for a file right under a top directory (`fs/aio.c` is "
               "`fs`).")
    out.append("")
    out.append("| subsystem | high | medium | low | total | untriaged |")
    out.append("|---|--:|--:|--:|--:|--:|")
    for name, r in fnd.subsystem_rows(findings):
        out.append("| [%s](#%s) | %d | %d | %d | %d | %d |" % (
            _cell(name), _subsys_anchor(name), r["high"], r["medium"],
            r["low"], r["total"], r["untriaged"]))
    out.append("")

    out.extend(_patches(info))
    out.extend(_not_checked(info))
    out.extend(_triage_notes(info))

    out.append("## Findings")
    out.append("")
    out.append("In the code: `S` marks the store, `C` the check, `W` the "
               "wake-up it guards, `B` a barrier that does not order them; "
               "for a waiter, `E` the enqueue and `S` the sleep.")
    out.append("")
    if not findings:
        out.append("None.")
        out.append("")
    n = 0
    for name, fs in fnd.by_subsystem(findings).items():
        out.append('<a id="%s"></a>' % _subsys_anchor(name))
        out.append("### %s (%d)" % (_cell(name), len(fs)))
        out.append("")
        for f in fs:
            n += 1
            out.extend(_finding(src, n, f))
    return "\n".join(out).rstrip("\n") + "\n"


def _subsys_anchor(name):
    return "s-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


def _patches(info):
    p = info.get("patches") or {}
    out = []
    if p.get("list"):
        out += ["## Patches", "",
                "`%s/series` lists them in order (`git am %s/*.patch`, or "
                "`quilt`); each adds the barrier the finding asks for, as "
                "wqcheck --emit-patches wrote it." % (p["dir"], p["dir"]),
                ""]
        for name, subject in p["list"]:
            out.append("- [%s](%s/%s)%s" % (
                _cell(name), p["dir"], name,
                ": " + _cell(subject) if subject else ""))
        out.append("")
    if p.get("not_fixed"):
        out += ["Not fixed automatically (%d):" % len(p["not_fixed"]), ""]
        out += ["- %s" % _cell(w) for w in p["not_fixed"]]
        out.append("")
    return out


def _not_checked(info):
    out = []
    unparsed = info.get("unparsed") or []
    nc = info.get("not_checked") or []
    na = info.get("not_analysed") or []
    warnings = info.get("warnings") or []
    if not (unparsed or nc or na or warnings):
        return out
    out.append("## Not checked")
    out.append("")
    if unparsed:
        out.append("Coccinelle could not parse these, so they were not "
                   "checked:")
        out.append("")
        for u in unparsed:
            if u.get("function"):
                out.append("- %s: %s (lines %s-%s)" % (
                    _code(u["file"]), _code(u["function"] + "()"),
                    u.get("line"), u.get("end_line")))
            else:
                out.append("- %s: lines %s-%s" % (
                    _code(u["file"]), u.get("line"), u.get("end_line")))
        out.append("")
    if nc:
        out.append("Files not checked at all:")
        out.append("")
        for x in nc:
            out.append("- %s: %s" % (_code(x["file"]), x.get("reason", "")))
        out.append("")
    if na:
        out.append("Tests of a wait list not analysed (%d):" % len(na))
        out.append("")
        for x in na:
            out.append("- %s: %s not analysed: %s" % (
                _code("%s:%s" % (x["file"], x.get("line"))),
                _code(x.get("test", "") + "()"), x.get("message", "")))
        out.append("")
    other = [w for w in warnings if "not checked" not in w]
    if other:
        out.append("wqcheck also said:")
        out.append("")
        for w in other:
            out.append("- %s" % _cell(w))
        out.append("")
    return out


def _triage_notes(info):
    out = []
    problems = info.get("triage_problems") or []
    stale = info.get("triage_unmatched") or []
    if not problems and not stale:
        return out
    out.append("## Triage file notes")
    out.append("")
    for p in problems:
        out.append("- ignored row: %s" % _cell(p))
    if stale:
        out.append("- %s of %s matched no finding of this scan:" % (
            sm.plural(len(stale), "row"), _code(info.get("triage_path"))))
        for r in stale:
            k = r.key
            out.append("  - line %d: %s %s %s %s store %s: %s" % (
                r.tsv_line, _code(k[0]), _code(k[1] + "()"), k[2],
                _code(k[3]), _code(k[4] or "-"), r.verdict))
    out.append("")
    return out
