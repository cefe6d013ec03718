# SPDX-License-Identifier: GPL-2.0-only
"""Wrappers: a function of this file, or a static one of a header it
includes from its directory, that enqueues on a queue reached from a
parameter, releases a lock reached from a parameter that it did not
take, and sleeps (xlog_wait()) is a wait form at its call sites, with
the queue and the lock named by the call's arguments."""

import os
import re

from .locks import resolve_lock, takes
from .loops import SLEEP_CALL
from .names import IDENT, LOOP_FORM, UNLOCK_NAME, root_of
from .sites import add_site, key, queue_of, sites
from .text import Source, call_at, source


wrappers = {}    # (file, name) -> dict(site, queue, lock, params)
wrapper_sites = {}    # key of a wrapper's enqueue -> the wrapper's name
NO_WRAPPER = "wqcheck_no_wrapper_"


def find_wrapper(pw):
    s = sites.get(key(pw))
    if s is None or not LOOP_FORM.match(s["form"]):
        return
    src = source(s["file"])
    body = src.body_around(s["off"])
    w = shape_of(src, body, s["call"], queue_of(src, s)) if body else None
    if w is not None:
        w["site"] = key(pw)
        wrappers[(s["file"], body[2])] = w
        wrapper_sites[key(pw)] = body[2]


def shape_of(src, body, call, queue):
    """dict(queue, lock, params) when the function of body, whose
    enqueue on queue is the call, is a wrapper, else None."""
    params = src.params(body[2])
    if root_of(queue) not in params or not re.compile(
            r"\b(io_)?schedule(_timeout[a-z_]*|_hrtimeout[a-z_]*)?\s*\(").search(
            src.code, call[1], body[1]):
        return None
    for m in IDENT.finditer(src.code, call[1], body[1]):
        c = call_at(src, m.start()) if UNLOCK_NAME.match(m.group(0)) \
            else None
        lock = resolve_lock(src, m.group(0), [src.text(*a) for a in
                                              c[2]]) if c else ""
        if lock and root_of(lock) in params and \
                not takes(src, body[0], m.start(), lock):
            return dict(queue=queue, lock=lock, params=params)
    return None


# The wrappers of the headers a file includes from its directory
# (#include "xfs_log_priv.h"): static inline functions of that shape,
# read from the header's text. spatch reads a copy of the file in a
# temporary directory, whose file "paths" names what each copy copies.

_origins = {}    # directory of the copies -> {copy's index: path}
_header_wrappers = {}    # file -> {name: wrapper}
QUOTE = chr(34)
INCLUDE = re.compile(r"(?m)^[ \t]*#[ \t]*include[ \t]*%s([^%s]+)%s" %
                     (QUOTE, QUOTE, QUOTE))
ENQUEUE = re.compile(r"\b(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)"
                     r"\s*\(")


def origin(path):
    """The file a copy spatch reads copies (the path itself if none)."""
    d, base = os.path.split(path)
    if d not in _origins:
        _origins[d] = {}
        try:
            with open(os.path.join(d, "paths"), "rb") as f:
                parts = f.read().split(b"\0")
            for i in range(0, len(parts) - 1, 2):
                _origins[d][parts[i].decode()] = os.fsdecode(parts[i + 1])
        except OSError:
            pass
    return _origins[d].get(os.path.splitext(base)[0], path)


def header_wrappers(path):
    if path not in _header_wrappers:
        if len(_header_wrappers) > 64:
            _header_wrappers.clear()
        out, here = {}, os.path.dirname(origin(path))
        for m in INCLUDE.finditer(source(path).raw):
            h = os.path.normpath(os.path.join(here, m.group(1)))
            out.update(header_file_wrappers(h))
        _header_wrappers[path] = out
    return _header_wrappers[path]


_file_wrappers = {}    # header -> {name: wrapper}


def header_file_wrappers(h):
    """The wrappers of header h, read once; a header that enqueues
    nowhere is not parsed."""
    if h not in _file_wrappers:
        out = {}
        try:
            with open(h, encoding="latin-1") as f:
                found = h.endswith(".h") and ENQUEUE.search(f.read())
        except OSError:
            found = None
        if found:
            out = wrappers_in(Source(h))
        _file_wrappers[h] = out
    return _file_wrappers[h]


def wrappers_in(src):
    """The static functions of a header that are wrappers, by name."""
    out = {}
    for bo, bc, name in src.bodies:
        head = src.code[src.funcs[name][0] - 200:src.funcs[name][0]] \
            if name in src.funcs else ""
        m = ENQUEUE.search(src.code, bo, bc)
        call = call_at(src, m.start()) if m else None
        if not call or not call[2] or not re.search(
                r"\bstatic\b[^;{}]*$", head):
            continue
        w = shape_of(src, (bo, bc, name), call, src.text(*call[2][0]))
        if w is not None:
            sl = SLEEP_CALL.search(src.code, call[1], bc)
            w["sleep"] = "timeout" if sl and "timeout" in sl.group(0) \
                else "none"
            out[name] = w
    return out


def add_header_wrapper_call(pc, name):
    """A call of a header's wrapper is a wait site: whether it is one."""
    w = header_wrappers(pc[0].file).get(name)
    s = add_site(pc, name) if w is not None and key(pc) not in sites \
        else None
    if s is not None:
        s["wrapper"] = w
    return s is not None


def name_at(p):
    src = source(p[0].file)
    m = IDENT.match(src.code, src.off(p[0].line, p[0].column))
    return m.group(0) if m else ""


def add_wrapper_call(pc):
    w = wrappers.get((pc[0].file, name_at(pc)))
    if w is not None and key(pc) != w["site"]:
        s = add_site(pc, name_at(pc))
        if s is not None:
            s["wrapper"] = w
