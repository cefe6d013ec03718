# SPDX-License-Identifier: GPL-2.0-only
"""The wait sites, keyed by (file, line, column) of the form's name, the
types Coccinelle gave the identifiers of their calls, and their
queues."""

import re

from .names import IDENT, clean_type, subst
from .text import call_at, source


sites = {}
types = {}       # call key -> {identifier: type}


def key(p):
    return (p[0].file, int(p[0].line), int(p[0].column))


def add_site(pw, form):
    p = pw[0]
    if key(pw) in sites or p.current_element == "something_else":
        return None
    src = source(p.file)
    off = src.off(p.line, p.column)
    call = call_at(src, off) if off >= 0 else None
    if call is not None:
        sites[key(pw)] = dict(file=p.file, line=int(p.line), form=form,
                              fn=p.current_element, off=off, call=call,
                              sleeps=[], locks=[], printed=False)
    return sites.get(key(pw))


def add_type(p, name, typ):
    types.setdefault(key(p), {}).setdefault(str(name), clean_type(str(typ)))


def add_sleep(pw, ps, name):
    s = sites.get(key(pw))
    if s is not None:
        s["sleeps"].append((source(s["file"]).off(ps[0].line, ps[0].column),
                            name))


LOOKUP = r"\s*=\s*((__var_waitqueue|_*bit_waitqueue)\s*\([^;]*\))\s*;"


def queue_of(src, s):
    """The queue argument; for a local set from __var_waitqueue() or
    bit_waitqueue() (wq = __var_waitqueue(&x->v)), that lookup."""
    args, w = s["call"][2], s.get("wrapper")
    if w:
        return subst(w["queue"], w["params"], [src.text(*a) for a in args])
    i = 1 if s["form"] == "poll_wait" else 0
    q = src.text(*args[i]) if len(args) > i else ""
    body = src.body_around(s["off"]) if IDENT.fullmatch(q.strip()) else None
    if body:
        m = re.search(r"\b%s%s" % (re.escape(q.strip()), LOOKUP),
                      src.code[body[0]:body[1]])
        if m:
            return re.sub(r"\s+", " ", m.group(1))
    return q
