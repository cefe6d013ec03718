# SPDX-License-Identifier: GPL-2.0
"""The words both reports share: the scan's summary as (label, text)
pairs, and one finding's description and fix in plain sentences."""

from . import findings as fnd

# The rules and the checks of cocci/families.py, in its order
# (cocci/check-families compares them).
RULE_TEXT = {
    "missing-barrier": "store, then waitqueue_active() with no full barrier",
    "swait-missing-barrier": "store, then swait_active() with no full barrier",
    "wake-bit-missing-barrier": "store, then wake_up_bit()/wake_up_var() "
                                "(which test the wait list) with no full "
                                "barrier",
    "wrong-barrier": "the same with a barrier between that does not order "
                     "a store before a later load (smp_wmb(), "
                     "smp_mb__after_atomic() after a plain store, ...)",
    "store-in-caller": "low: a check with no store or barrier before it in "
                       "its function (the store may be in a caller); "
                       "high/medium: a store, then a call to a function "
                       "that tests the wait list with no barrier",
    "waiter-no-barrier": "a waiter that enqueues with add_wait_queue() and "
                         "sleeps with no full barrier after the enqueue",
}

CHECKS = ("waitqueue_active", "swait_active", "wake_up_bit", "wake_up_var",
          "__wake_up_bit")


def rules_of(findings):
    """The known rules in their order, then any other rule found."""
    found = set(f.get("rule") for f in findings)
    return list(RULE_TEXT) + sorted(r for r in found if r not in RULE_TEXT)


def role_label(f, role):
    """What a marked line is, in the words of the finding's rule."""
    if f.get("rule") == "waiter-no-barrier":
        return {"check": "enqueue", "wake": "sleep"}.get(role, role)
    return role


VERDICT_TEXT = {
    "true": "true race",
    "false-positive": "false positive",
    "unclear": "unclear",
}


def plural(n, word, words=None):
    return "%d %s" % (n, word if n == 1 else (words or word + "s"))


def version_text(info):
    v = "Linux %s" % (info.get("version") or "(unknown version)")
    extra = []
    if info.get("debian"):
        extra.append("Debian package %s %s" % tuple(info["debian"]))
    if info.get("git"):
        extra.append("git %s" % info["git"])
    return v + (" (%s)" % ", ".join(extra) if extra else "")


def scope_text(info):
    if info.get("since") is None:
        return "the whole tree"
    return "%s changed since %s (git diff and untracked files)" % (
        plural(info.get("since_files", 0), ".c/.h file"), info["since"])


def confidence_text(c):
    parts = ["%d %s" % (c["confidence"].get(k, 0), k)
             for k in fnd.CONFIDENCES]
    return "%d: %s" % (c["total"], ", ".join(parts))


def triage_text(info, c):
    if not info.get("triage_path"):
        return ("no triage file for this version: all %s untriaged"
                % plural(c["total"], "finding"))
    v = c["verdict"]
    return ("%d triaged (%d true race%s, %d false positive%s, %d unclear), "
            "%d untriaged; from %s" % (
                c["triaged"], v.get("true", 0),
                "" if v.get("true", 0) == 1 else "s",
                v.get("false-positive", 0),
                "" if v.get("false-positive", 0) == 1 else "s",
                v.get("unclear", 0), c["untriaged"], info["triage_path"]))


def not_checked_text(info):
    nu, nn = len(info.get("unparsed") or []), len(info.get("not_checked")
                                                  or [])
    na = len(info.get("not_analysed") or [])
    if not nu and not nn and not na:
        return "nothing: every candidate function was parsed"
    text = "%s Coccinelle could not parse, %s not checked at all" % (
        plural(nu, "function"), plural(nn, "file"))
    if na:
        text += ", %s of a wait list not analysed" % plural(na, "test")
    return text


def patches_text(info):
    p = info.get("patches") or {}
    if p.get("made"):
        return "%s in %s/ (apply in the order of %s/series)" % (
            plural(p.get("count", 0), "patch", "patches"), p["dir"],
            p["dir"])
    return "not produced: %s" % p.get("why", "unknown reason")


def candidates_text(st):
    text = "%s (mention an identifier the rules need" % st.get(
        "candidate_files", "?")
    if "files_parsed" in st:
        text += "; %s given to spatch" % st["files_parsed"]
        if st.get("functions_checked"):
            text += " (%s functions checked)" % st["functions_checked"]
        text += ", %s answered from wqcheck's cache" % st.get(
            "files_from_cache", 0)
    return text + ")"


def upfirst(s):
    return s[:1].upper() + s[1:]


def rows(info, c):
    """The summary table, the same in both reports."""
    st = info.get("stats") or {}
    out = [
        ("Tree", "`%s`" % info.get("tree", "")),
        ("Version", version_text(info)),
        ("Scope", scope_text(info)),
        ("Scanned", "%s, wqcheck %s, %s, %s jobs, %.1f s" % (
            info.get("started", ""), info.get("wqcheck_version", "?"),
            info.get("spatch_version", "spatch ?"), info.get("jobs", "?"),
            info.get("seconds", 0.0))),
        ("Files scanned", "%s C sources and headers" % st.get("files", "?")),
        ("Candidate files", candidates_text(st)),
        ("Not checked", not_checked_text(info)),
        ("Findings", confidence_text(c)),
        ("Triage", triage_text(info, c)),
        ("Patches", patches_text(info)),
    ]
    if not info.get("complete", True):
        out.append(("Warning", "the scan is incomplete: see \"Not "
                    "checked\" below"))
    return out


def where(f):
    return "%s:%d" % (f["file"], f.get("line", 0))


def store_text(f):
    s = f.get("store")
    if not s:
        return None
    return s.get("expr") or s.get("target") or "?", s.get("line"), \
        s.get("kind")


def code(s):
    """`s` for the shared sentences (both renderers understand it)."""
    return "`%s`" % str(s).replace("`", "'")


def details(f):
    """[(label, text)] describing one finding, `code` marked."""
    out = []
    wake = f.get("wake") or {}
    call = code("%s(%s)" % (f.get("check", "?"), f.get("wait_queue", "")))
    if f.get("rule") == "waiter-no-barrier":
        out.append(("Enqueue", "%s, line %d" % (call, f.get("line", 0))))
        if wake.get("function"):
            out.append(("Sleep", "%s, line %s" % (
                code(wake["function"] + "()"), wake.get("line", "?"))))
    else:
        if wake.get("function") == f.get("check") and \
                wake.get("line") == f.get("line"):
            guards = " (the wake-up tests the wait list itself)"
        elif wake.get("function"):
            guards = ", guards %s at line %s" % (
                code(wake["function"] + "()"), wake.get("line", "?"))
        else:
            guards = ""
        out.append(("Check", "%s, line %d%s" % (call, f.get("line", 0),
                                                guards)))
        st = store_text(f)
        if st:
            out.append(("Store", "%s, line %s (%s)" % (
                code(st[0]), st[1], st[2] or "store")))
        else:
            out.append(("Store", "none in this function: the store is in "
                        "a caller"))
    wrong = f.get("wrong_barrier") or {}
    if wrong.get("name"):
        out.append(("Barrier", "%s, line %s: does not order a store "
                    "before a later load" % (code(wrong["name"] + "()"),
                                             wrong.get("line", "?"))))
    if f.get("between"):
        out.append(("Between them", "%s (lowers the confidence: it might "
                    "hide a barrier)" % code(f["between"] + "()")))
    t = f.get("triage")
    if t:
        out.append(("Triage", "%s%s" % (
            VERDICT_TEXT.get(t["verdict"], t["verdict"]),
            ": " + t["reason"] if t.get("reason") else "")))
    else:
        out.append(("Triage", "untriaged"))
    out.append(("Suggested fix", fix_text(f)))
    return out


def fix_text(f):
    """One or two sentences: what to change and where."""
    fix = f.get("suggested_fix") or "smp_mb()"
    check, line = f.get("check", ""), f.get("line")
    s = f.get("store") or {}
    stmt = f.get("stmt_line") or line
    wrong = f.get("wrong_barrier") or {}
    rule = f.get("rule")
    if rule == "waiter-no-barrier":
        wake = f.get("wake") or {}
        return ("call `%s` after `%s()` (line %d) and before the condition "
                "test, or wait with `prepare_to_wait()` or `wait_event*()`, "
                "whose barrier orders the enqueue before the test; the "
                "sleep is `%s()` at line %s" % (
                    fix, check, line, wake.get("function") or "schedule",
                    wake.get("line", "?")))
    if wrong.get("name"):
        return ("replace `%s()` on line %s with `%s`: it does not order "
                "the store before the load of the wait list" % (
                    wrong["name"], wrong.get("line", "?"), fix))
    if not s:
        text = ("add `%s;` right before the statement holding the check "
                "(line %d), or in each caller after its store" % (fix, stmt))
    elif check not in CHECKS:
        text = ("add `%s;` between the store (line %s) and the call to "
                "`%s()` (line %d), which tests the wait list with no "
                "barrier" % (fix, s.get("line", "?"), check, stmt))
    elif fix.startswith("smp_mb__after_atomic"):
        text = ("add `%s;` between the atomic operation (line %s) and the "
                "check, right before the statement holding it (line %d)"
                % (fix, s.get("line", "?"), stmt))
    else:
        text = ("add `%s;` between the store (line %s) and the check, "
                "right before the statement holding it (line %d)"
                % (fix, s.get("line", "?"), stmt))
    if check == "waitqueue_active":
        text += "; or test with `wq_has_sleeper()`, which has the barrier"
    elif check == "swait_active":
        text += "; or test with `swq_has_sleeper()`, which has the barrier"
    elif check in ("wake_up_bit", "__wake_up_bit") and \
            "clear_bit" in (s.get("expr") or ""):
        text += "; or use `clear_and_wake_up_bit()`"
    return text
