# SPDX-License-Identifier: GPL-2.0
"""build-patches' totals and its Markdown record."""

import os
import platform
import re
import subprocess

from . import findings as fnd
from . import kobj, tree

COLUMNS = ("applies", "compiles", "checkpatch", "rescan", "all four")


def _counts(results):
    return {
        "patches": len(results),
        "applies": sum(r.applies for r in results),
        "compiles": sum(r.compiles() for r in results),
        "not buildable here": sum(any(b.state == "n/a" for b in r.builds)
                                  for r in results),
        "a symbol off": sum(any("=n" in b.config for b in r.builds)
                            for r in results),
        "checkpatch": sum(r.checkpatch for r in results),
        "rescan": sum(r.rescan for r in results),
        "all four": sum(r.passed() for r in results),
    }


def totals(results):
    shown = [r for r in results if r.shown()]
    return {"all": _counts(results), "default": _counts(shown),
            "shown": len(shown), "shown_ok": sum(r.passed() for r in shown)}


def summary_lines(tot):
    out = []
    for name, label in (("all", "every patch"),
                        ("default", "patches for findings shown by default "
                         "(high, medium)")):
        c = tot[name]
        out.append("%s: %d; applies %d, compiles %d (%d not buildable "
                   "here, %d with a Kconfig symbol of its Makefiles off), "
                   "checkpatch --strict clean %d, rescan clean %d, all four "
                   "%d" % (label, c["patches"], c["applies"], c["compiles"],
                           c["not buildable here"], c["a symbol off"],
                           c["checkpatch"], c["rescan"], c["all four"]))
    return out


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def _where(b, host):
    """(ARCH=s390, CONFIG_X=m): how the object was built."""
    w = [] if b.arch == host else ["ARCH=" + b.arch]
    w += [b.config.replace("CONFIG_", "")] if b.config else []
    return " (%s)" % ", ".join(w) if w else ""


def _row(r, host):
    p = r.patch
    builds = "<br>".join("`%s` %s%s%s" % (
        b.obj, b.state, _where(b, host),
        ": " + _cell(b.note) if b.note else "") for b in r.builds) or "-"
    secs = sum(b.seconds for b in r.builds)
    return "| %d | `%s` | %s | %s%s | %s%s | %s | %s |" % (
        p.number, p.name, r.confidence(),
        "yes" if r.applies else "**no**",
        " (%s)" % r.apply_note if r.apply_note else "", builds,
        " (%.0f s)" % secs if secs else "",
        "clean" if r.checkpatch else "**no**: " + _cell(r.checkpatch_note),
        ("clean: " if r.rescan else "**no**: ") + _cell(r.rescan_note))


def _header(run, tot, started, problems):
    info = tree.makefile_version(run.kernel)
    deb = tree.debian_package(run.kernel)
    gcc = subprocess.run(["gcc", "--version"], stdout=subprocess.PIPE,
                         text=True).stdout.split("\n")[0]
    lines = [
        "# Every emitted patch, built: Linux %s" % info, "",
        "Made by `kernel-scan/build-patches --record` (`make build-patches`) "
        "on %s, %s, %d CPUs, %s." % (
            started.strftime("%Y-%m-%d %H:%M UTC"), platform.machine(),
            os.cpu_count() or 1, gcc),
        "Tree: `%s`%s; patches: `%s/patches/series` (%d)." % (
            os.path.relpath(run.kernel, os.getcwd()) if not
            os.path.relpath(run.kernel, os.getcwd()).startswith("..") else
            run.kernel, " (Debian %s %s)" % deb if deb else "",
            run.args.scan, tot["all"]["patches"]),
        "",
        "Each patch alone, on a hard-link copy of the pristine tree: "
        "`patch -p1 --fuzz=0` (an offset is the shift of earlier patches "
        "of the same file: the series is made to apply in order); "
        "`make O=obj path/file.o` after `make allmodconfig` (Rust off) "
        "and `make prepare`, a file kbuild builds only for another "
        "architecture cross-compiled in its own `obj-ARCH`; the tree's "
        "`scripts/checkpatch.pl --strict --no-signoff` (wqcheck adds "
        "Signed-off-by only with `--signoff`); wqcheck on the whole "
        "patched copy: the findings the patch fixes (its barrier lies "
        "between their store and check) are gone and nothing is new.",
        ""]
    for text in summary_lines(tot):
        lines.append("- " + text)
    lines.append("- tree: %s" % ("unchanged (the files the patches touch "
                                 "hashed before and after, and no file of "
                                 "it written during the run)" if not problems
                                 else "; ".join(problems)))
    return lines


def unpatched(run, results, log_path):
    """The findings shown by default that no patch fixes, each with the
    reason wqcheck gave (its "not fixed" or "still reported" warning)."""
    fixed = {id(f) for r in results for f in r.fixes}
    why = {}
    try:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            for l in f:
                m = re.match(r"^wqcheck: warning: (\S+?):(\d+): (.*)$", l)
                if m:
                    why.setdefault((m.group(1), int(m.group(2))),
                                   m.group(3).strip())
    except OSError:
        pass
    out = []
    for f in sorted(run.before, key=fnd.sort_key):
        if f.get("confidence") in ("high", "medium") and id(f) not in fixed:
            line = f.get("line", 0)
            w = why.get((f["file"], line)) or why.get(
                (f["file"], (f.get("store") or {}).get("line", 0))) or ""
            out.append("| `%s:%d` | %s() | %s | %s | %s |" % (
                f["file"], line, f.get("function", ""), f.get("rule", ""),
                f.get("confidence", ""), _cell(w) or "-"))
    return out


def write(path, run, results, tot, started, problems):
    lines = _header(run, tot, started, problems)
    lines += ["", "| # | patch | confidence | applies | compiles | "
              "checkpatch --strict | rescan |",
              "|--:|---|---|---|---|---|---|"]
    lines += [_row(r, kobj.host_arch()) for r in results]
    if not run.args.only:
        rows = unpatched(run, results, os.path.join(run.args.scan,
                                                    "wqcheck.log"))
        lines += ["", "## Findings shown by default with no patch", "",
                  "%d; wqcheck's reason, from the scan's `wqcheck.log`, "
                  "where it gave one." % len(rows), ""]
        if rows:
            lines += ["| check | function | rule | confidence | why |",
                      "|---|---|---|---|---|"] + rows
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
