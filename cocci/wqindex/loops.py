# SPDX-License-Identifier: GPL-2.0-only
"""Loops and sleeps: the loop around a wait, whether a timeout ends the
wait, and how a wait site sleeps (none, timeout, repoll)."""

import re

from .names import IDENT, LOOP_FORM
from .sites import sites
from .text import OPEN, SPACE, call_at, match_close, partners, word_before


def enclosing_loop(src, off, lo):
    """The innermost loop holding off (searched back to lo), as
    dict(start, cond=(a, b), end), or None."""
    code, j = src.code, off
    while j > lo:
        j -= 1
        c = code[j]
        if c in ")}":
            j = partners(code).get(j, -1)
            if j < 0:
                return None
        elif c == "(" and word_before(code, j)[1] in ("while", "for"):
            return loop_from(src, word_before(code, j)[0], j,
                             match_close(code, j))
        elif c == "{":
            k, w = word_before(code, j)
            if w == "do":
                close = match_close(code, j)
                m = re.compile(r"\s*while\s*\(").match(code, close + 1)
                if m:
                    return dict(start=k, cond=(m.end(), match_close(
                        code, m.end() - 1)), end=match_close(code, m.end() - 1))
                return None
            k = j - 1
            while k > lo and code[k].isspace():
                k -= 1
            if code[k] == ")" and partners(code).get(k, -1) >= 0:
                po = partners(code)[k]
                ws, w = word_before(code, po)
                if w in ("while", "for"):
                    return loop_from(src, ws, po, k)
    return None


def loop_from(src, start, po, pc):
    """A while or for loop, its header parentheses at po..pc."""
    code = src.code
    k = SPACE.match(code, pc + 1).end()
    end = match_close(code, k) if code[k:k + 1] == "{" else code.find(";", k)
    return dict(start=start, cond=(po + 1, pc), end=end)


def nearest_sleep(s):
    """(offset, name) of the sleep after the enqueue, the nearest."""
    after = sorted(x for x in s["sleeps"] if x[0] > s["off"])
    return after[0] if after else min(s["sleeps"], default=None)


# A test true when the wait timed out: !V, V == 0, V <= 0, 0 == V. W
# stands for the call itself when it is tested in place.
TIMED_OUT = r"(!\s*%s\b|\b%s\s*(==|<=)\s*0\b|\b0\s*==\s*%s\b)"
EXITS = re.compile(r"\b(break|return|goto)\b")
ERROR = re.compile(r"-\s*E[A-Z]+\b")
W = "__wqcheck_W__"


def result_of(src, off, lo):
    """How the result of the call at off is used: (V, negated) for
    V = call or V = !call, (W, False) for a call tested in an if or loop
    condition, ("return", False), or None when it is ignored."""
    j = max([lo] + [src.code.rfind(c, lo, off) + 1 for c in ";{}"])
    head = src.code[j:off]
    m = re.search(r"([A-Za-z_][\w.>-]*)\s*(?<![=!<>])=\s*(!\s*)?$", head)
    if m:
        return m.group(1), bool(m.group(2))
    if re.search(r"\breturn\b", head):
        return "return", False
    return (W, False) if re.search(r"\b(if|while)\s*\(", head) else None


def tests_in(src, loop, off, close):
    """(offset, test, branch) of each if in the loop; the wait call in a
    test is written W."""
    code = src.code
    for m in re.finditer(r"\bif\s*\(", code[loop["start"]:loop["end"]]):
        po = loop["start"] + m.end() - 1
        pc = match_close(code, po)
        k = SPACE.match(code, pc + 1).end() if pc > 0 else 0
        end = match_close(code, k) if code[k:k + 1] == "{" else \
            code.find(";", k)
        if pc > 0:
            yield po, test_text(code, po + 1, pc, off, close), code[k:end + 1]


def test_text(code, a, b, off, close):
    if a <= off < b:
        return code[a:off] + " " + W + " " + code[close + 1:b]
    return code[a:b]


def leaves_on_timeout(src, loop, off, close, use):
    """Whether a timed-out wait leaves its loop (an error, a stall)
    rather than going round to the same wait. Its result tested: a test
    true when it timed out whose branch leaves or sets an error code,
    or a loop condition false then. Its result ignored: a later test of
    the loop (the condition again) that leaves with an error code."""
    if use is None:
        return any(po > close and EXITS.search(br) and ERROR.search(br)
                   for po, text, br in tests_in(src, loop, off, close))
    v = re.escape(use[0])
    timed = re.compile(TIMED_OUT % (v, v, v))
    named = re.compile(r"\b%s\b" % v)
    for po, text, br in tests_in(src, loop, off, close):
        if named.search(text) and bool(timed.search(text)) != use[1] and \
                (EXITS.search(br) or ERROR.search(br)):
            return True
    text = test_text(src.code, loop["cond"][0], loop["cond"][1], off, close)
    return named.search(text) is not None and \
        bool(timed.search(text)) == use[1]


# A re-poll is a short nap: at most this long (in ms, HZ read as 1000).
# A longer re-wait (15-30 s) is a stall when the wake-up is missed, and
# a timeout that is a variable (the caller's remaining time, a
# configured delay) is not known to be short.
SHORT_MS = 1000
DURATION = re.compile(r"[0-9\s()+*/.-]+")


def timeout_ms(text):
    """A timeout argument in ms (HZ read as 1000, a bare number as
    jiffies at that HZ), or None when it is not a constant."""
    t = re.sub(r"\b(__)?msecs_to_jiffies\s*\(", "(", text)
    t = re.sub(r"\busecs_to_jiffies\s*\(", "(0.001 * ", t)
    t = re.sub(r"\b(\d+)[uUlL]+\b", r"\1", re.sub(r"\bHZ\b", "1000", t))
    if not t.strip() or not DURATION.fullmatch(t) or \
            "**" in t.replace(" ", ""):
        return None
    try:
        return float(eval(t, {"__builtins__": {}}))    # digits, + - * / ( )
    except (SyntaxError, ZeroDivisionError, TypeError):
        return None


def expand_constants(src, text):
    """@text with the object-like macros of the file it names replaced
    by their bodies (#define UNLINK_TIMEOUT_MS 3), a few levels deep."""
    def body(m):
        mac = src.macros.get(m.group(0))
        return "(%s)" % mac[1].strip() if mac and mac[0] == [""] \
            else m.group(0)
    for _ in range(4):
        new = re.sub(r"\b[A-Za-z_]\w*\b", body, text)
        if new == text:
            break
        text = new
    return text


def short_timeout(src, args):
    """Whether the timeout, the call's last argument, is a short one."""
    ms = timeout_ms(expand_constants(src, src.text(*args[-1]))) \
        if args else None
    return ms is not None and ms <= SHORT_MS


def timeout_kind(src, off, close):
    """timeout or repoll, for a sleep with a timeout at off..close:
    repoll only when a loop goes back to the same wait when it times
    out, nothing leaves that loop with an error then, and the timeout is
    short."""
    body = src.body_around(off)
    use = result_of(src, off, body[0] if body else 0)
    loop = enclosing_loop(src, off, body[0] if body else 0)
    call = call_at(src, off)
    if loop is None or use == ("return", False) or \
            leaves_on_timeout(src, loop, off, close, use) or \
            not short_timeout(src, call[2] if call else []):
        return "timeout"
    return "repoll"


def sleep_of(src, s):
    """none, timeout, repoll, or empty when the sleep is not seen."""
    if s.get("wrapper"):
        return s["wrapper"].get("sleep") or \
            sleep_of(src, sites[s["wrapper"]["site"]])
    if s["form"] == "poll_wait":
        return ""
    if not LOOP_FORM.match(s["form"]):
        return timeout_kind(src, s["off"], s["call"][1]) \
            if "timeout" in s["form"] else "none"
    off, name = nearest_sleep(s) or (-1, "")
    call = call_at(src, off) if off >= 0 else None
    if call is None:
        return callee_sleep(src, s)
    if "timeout" not in name:
        return "none"
    if off > s["call"][1] and not re.search(
            r"\b(if|while|for|switch)\b|\?|&&|\|\|",
            src.code[s["call"][1] + 1:off]):
        # A nap: nothing is tested before the sleep; a long one is a
        # stall when the wake-up is missed.
        return "repoll" if short_timeout(src, call[2]) \
            else "timeout"
    return timeout_kind(src, off, call[1])


SLEEP_CALL = re.compile(r"\b(io_)?schedule(_timeout[a-z_]*|_hrtimeout[a-z_]*|"
                        r"_preempt_disabled)?\s*\(")


def callee_sleep(src, s):
    """How an enqueue with no sleep of its own function sleeps: in a
    function of this file called after it (wait_skb_queue_empty()), the
    first such sleep, judged in that function; empty when none."""
    body = src.body_around(s["off"])
    if body is None:
        return ""
    for m in IDENT.finditer(src.code, s["call"][1], body[1]):
        f = src.funcs.get(m.group(0))
        if f is None or m.group(0) == body[2] or \
                not OPEN.match(src.code, m.end()):
            continue
        sl = SLEEP_CALL.search(src.code, f[2], f[3])
        call = call_at(src, sl.start()) if sl else None
        if call is not None:
            return timeout_kind(src, sl.start(), call[1]) \
                if "timeout" in sl.group(0) else "none"
    return ""
