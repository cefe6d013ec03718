# SPDX-License-Identifier: GPL-2.0-only
"""The record of a wait site (cocci/RECORDS.md, wqcheck-waiter-1): its
fields escaped as the waker records are."""

from .locks import locks_of
from .loops import sleep_of
from .names import COND_FORM, root_of
from .reads import reads_of
from .sites import key, queue_of, sites, types
from .snapshot import snapshot_field
from .text import BACKSLASH, NEWLINE, TAB, source


def esc(v):
    """Escape a record field as waker records are: \\, \t, \n."""
    v = str(v).replace(BACKSLASH, BACKSLASH * 2)
    return v.replace(TAB, BACKSLASH + "t").replace(NEWLINE, BACKSLASH + "n")


def record(pw):
    s = sites.get(key(pw))
    if s is None or s["printed"]:
        return
    s["printed"] = True
    src, own, args = source(s["file"]), types.get(key(pw), {}), s["call"][2]
    queue, second = queue_of(src, s), \
        src.text(*args[1]) if len(args) > 1 and not s.get("wrapper") else ""
    fields = ["wqcheck-waiter-1", s["file"], s["line"], s["fn"], s["form"],
              queue, own.get(root_of(queue), ""),
              second if s["form"].startswith("wait_on_bit") else "",
              reads_of(src, s), locks_of(src, s, own), sleep_of(src, s),
              second if COND_FORM.match(s["form"]) else "",
              snapshot_field(src, s)]
    print(TAB.join(esc(x) for x in fields))
