# SPDX-License-Identifier: GPL-2.0-only
"""What a condition reads: member names and constants, name@function
inside a function of this file it calls, and * for any other call;
and where a wait site's reads come from (reads_of())."""

import re

from .loops import enclosing_loop, nearest_sleep
from .names import (
    BIT_READER, COND_FORM, CONSTANT, DEREF_READER, IDENT, KEYWORDS, LOCK_NAME,
    MACHINERY, NOISE, PURE)
from .text import OPEN, SPACE, call_at, match_close, split_top, word_before
from .wrappers import header_wrappers, wrappers


TOKEN = re.compile(r"(->|\.)\s*([A-Za-z_]\w*)|\b([A-Za-z_]\w*)(\s*\()?")
DEPTH = 2    # functions followed: read_events() -> 1 -> 2


def scan_reads(src, a, b, out, where="", stack=(), locks=None,
               whole=False):
    """Add to out (a list; "*" in it once) what code a..b reads, and to
    locks (a list, if given) the locks the functions it calls take: the
    condition is then tested under them. whole: a..b is a condition, a
    test as a whole (a bare variable anywhere in it is tested)."""
    code, i, deref_end = src.code, a, -1
    scope = Scope(src, a, whole)
    while i < b:
        m = TOKEN.search(code, i, b)
        if not m:
            break
        i, name, call = m.end(), m.group(3), bool(m.group(4))
        if m.group(2):
            add_read(out, m.group(2) + where)
            if re.match(r"\s*\(", code[i:i + 80]):
                add_read(out, "*")    # a call through a pointer
            continue
        if not call:
            if CONSTANT.match(name) and not NOISE.match(name):
                add_read(out, name + where)
            elif name not in KEYWORDS and name != "current" and \
                    not chain_root(code, i, b):
                if ((m.start() < deref_end and not address_of(code, m))
                        or derefs_bare(code, m)) and not scope.no_value(m):
                    add_read(out, "&")    # through a pointer it names not
                add_read(out, bare_read(src, m, where, scope, out))
            continue
        if DEREF_READER.match(name) or BIT_READER.match(name):
            c = call_at(src, m.start(3))
            deref_end = max(deref_end, c[1] if c else -1)
        if name == "kthread_should_stop":
            # Read by name: kthread_stop() sets the flag and then wakes
            # the thread, so a waker that stops it after its check
            # wakes this waiter whether or not the check saw it.
            add_read(out, "kthread_should_stop()" + where)
        if name in KEYWORDS or PURE.match(name):
            continue
        if where and locks is not None and LOCK_NAME.match(name):
            c = call_at(src, m.start(3))
            if c and c[2]:
                add_read(locks, (src.text(*c[2][0]).strip(), where[1:]))
        f = src.funcs.get(name)
        hwrap = name in header_wrappers(src.path)
        skip = (MACHINERY.match(name) and not BIT_READER.match(name)) or \
            (src.path, name) in wrappers or hwrap
        if BIT_READER.match(name):
            c = call_at(src, m.start(3))
            bit = src.text(*c[2][0]) if c and c[2] else ""
            add_read(out, bit + where if IDENT.fullmatch(bit) and
                     not NOISE.match(bit) else None)
        elif MACHINERY.match(name) or name in stack or hwrap:
            pass
        elif f is None or len(stack) >= DEPTH:
            add_read(out, "*")
        else:
            scan_reads(src, f[2], f[3], out, "@" + name, stack + (name,),
                       locks)
        if skip:
            # The arguments of a lock, of the wait machinery, of a
            # wrapper (its queue and its lock) are no reads; nor the
            # lock of guard(G)(&lock).
            i = max(i, match_close(code, m.end() - 1, b) + 1)
            o = OPEN.match(code, i, b) if name == "guard" else None
            if o:
                i = max(i, match_close(code, o.end() - 1, b) + 1)


class Scope:
    """Where the code scanned reads its bare variables: the function it
    is in (its locals are no waker's store) and whether the whole of it
    is a condition."""

    def __init__(self, src, a, whole):
        body = src.body_around(a + 1)
        self.src, self.whole = src, whole
        self.lo = body[0] if body else a
        self.locals = src.locals(body[2]) if body else set()

    def opens(self, i):
        """(start of the statement holding i, the brackets open at i,
        innermost first: [(offset, word before it)])."""
        code, depth, j, opens = self.src.code, 0, i, []
        while j > self.lo:
            j -= 1
            ch = code[j]
            if ch in ")]":
                depth += 1
            elif ch in "([" and depth:
                depth -= 1
            elif ch == "(":
                opens.append((j, word_before(code, j)[1]))
            elif ch in ";{}" and not depth:
                break
        return j + 1, opens

    def no_value(self, m):
        """Whether the identifier of m names a type, a struct tag or a
        member a macro names (list_first_entry(&h, struct item, node)),
        no variable whose object could be read."""
        code = self.src.code
        return word_before(code, m.start())[1] in ("struct", "union",
                                                   "enum") or \
            m.group(3) in NOT_VARIABLE or \
            names_no_value(code, m, self.opens(m.start())[1])

    def at(self, m):
        """Whether the identifier of m is a value the code reads: not a
        type or a member a macro names, and not the variable a statement
        only writes (x = v;, x += v;, x++;) or a label names. A value
        copied or passed on (errors = x; if (errors > 3)) is read as
        surely as one tested."""
        code = self.src.code
        start, opens = self.opens(m.start())
        if names_no_value(code, m, opens):
            return False
        return self.whole or opens or not only_written(code, start, m)


# An assignment or an increment right after a name: = but not ==.
WRITE_AFTER = re.compile(r"\s*(\+\+|--|([-+*/%&|^]|<<|>>)?=(?!=))")


def only_written(code, start, m):
    """Whether the identifier of m, outside any bracket, is what its
    statement writes: x = v;, x op= v;, x++;, ++x;. Its old value is not
    what the statement computes with (x op= v reads it only to write
    it back)."""
    before = code[start:m.start()].strip()
    if WRITE_AFTER.match(code, m.end()) or before in ("++", "--", "goto"):
        return True    # goto out;: a label, no variable
    return not before and re.match(r"\s*:(?!:)", code[m.end():]) is not None


# Readers whose first argument is a type: min_t(u64, a, b).
TYPED = re.compile(r"^(min|max|clamp|min_not_zero)_t$")
CAST_END = re.compile(r"\s*(\*\s*)*\)\s*[\w(&*!~-]")


def names_no_value(code, m, opens):
    """The identifier of m is a type or a member, not a variable: the
    type of a cast ((u64)x) or of a declaration (size_t n = ...), in
    sizeof()/typeof()/offsetof(), the type argument of min_t(), a member
    named after a type argument (container_of(p, struct s, member))."""
    if opens and (opens[0][1] in ("sizeof", "typeof", "__typeof__",
                                  "offsetof", "_Alignof", "__alignof__") or
                  (TYPED.match(opens[0][1]) and
                   not code[opens[0][0]:m.start()].count(","))):
        return True
    if re.match(r"\s+[A-Za-z_]", code[m.end():m.end() + 80]):
        return True    # T x: a declaration (T *x may be a product)
    if code[max(0, m.start() - 80):m.start()].rstrip().endswith("(") and \
            CAST_END.match(code, m.end()):
        return True
    if not opens:
        return False
    before = code[opens[0][0] + 1:m.start()]
    args = split_top(before) if before.rstrip().endswith(",") else []
    return len(args) > 1 and re.fullmatch(
        r"\s*(struct|union)\s+\w+\s*", args[-1]) is not None


# Words that name no variable: types, qualifiers, literals.
NOT_VARIABLE = {"int", "char", "short", "long", "unsigned", "signed", "float",
                "double", "void", "bool", "_Bool", "struct", "union", "enum",
                "const", "volatile", "static", "inline", "register", "extern",
                "true", "false", "default", "goto"}


def bare_read(src, m, where, scope, out):
    """::name for a bare identifier the code reads that is no local or
    parameter of its function (the waiter's own value, not what a waker
    stores), no type, struct tag, constant, nor a bit a bit test read
    (test_bit(Faulty, ...)); else None. A variable only written (x = 1;,
    x++;) is no read of the waker's store."""
    name = m.group(3)
    if name in NOT_VARIABLE or CONSTANT.match(name) or \
            name in scope.locals or name + where in out or \
            word_before(src.code, m.start())[1] in ("struct", "union",
                                                    "enum") or \
            not scope.at(m):
        return None
    return "::" + name + where


def derefs_bare(code, m):
    """Whether the bare identifier of m is dereferenced: *p, p[i]. The
    object it points to may be what the waker stores, unnamed. A star
    after a name, a number or a subscript is a declaration (struct zone
    *zone) or a product (a * b), not a dereference."""
    if code[m.end():m.end() + 8].lstrip().startswith("["):
        return True
    before = code[max(0, m.start() - 80):m.start()].rstrip()
    if not before.endswith("*"):
        return False
    before = before.rstrip("* \t\n")
    word = re.search(r"\w+$", before)
    if word and word.group(0) not in KEYWORDS:
        return False
    return not before.endswith("]")


def chain_root(code, i, b):
    """Whether the identifier ending at i roots a member chain, after
    any subscripts (p->m, a[i].m): the member is then named."""
    while True:
        j = SPACE.match(code, i).end()
        if j >= b or code[j] != "[":
            return re.match(r"->|\.", code[j:j + 2]) is not None
        close = match_close(code, j, b)
        if close < 0:
            return False
        i = close + 1


def address_of(code, m):
    """&x: the object read is x itself, named."""
    return code[max(0, m.start() - 8):m.start()].rstrip().endswith("&")


def add_read(out, tok):
    if tok and tok not in out:
        out.append(tok)


def reads_text(out):
    return " ".join([t for t in out if t not in ("&", "*")] +
                    [t for t in ("&", "*") if t in out])


def reads_of(src, s):
    """The cond argument of wait_event*(), the word and the bit of
    wait_on_bit*(), the rest of a poll function after poll_wait(), else
    the loop around the enqueue or the call (whole: the tail of a loop
    re-reads for its test), or the function up to the sleep."""
    form, args, out = s["form"], s["call"][2], []
    if form.startswith("wait_on_bit"):
        word = re.split(r"->|\.", re.sub(r"[\s()&*]", "", src.text(
            *args[0]))) if args else [""]
        wtok = re.sub(r"\[.*", "", word[-1])
        for tok in (wtok, src.text(*args[1]) if len(args) > 1 else ""):
            add_read(out, tok if IDENT.fullmatch(tok) else None)
        # a bare word of the file or the tree (wait_on_bit(&flags, B)) is
        # a variable too; a local one points at a member, named above
        body = src.body_around(s["off"])
        if len(word) == 1 and IDENT.fullmatch(wtok) and body and \
                wtok not in src.locals(body[2]):
            add_read(out, "::" + wtok)
        return reads_text(out)
    locks = s.setdefault("cond_locks", [])
    if COND_FORM.match(form) and not s.get("wrapper"):
        if len(args) > 1:
            scan_reads(src, args[1][0], args[1][1], out, locks=locks,
                       whole=True)
        return reads_text(out)
    body = src.body_around(s["off"])
    if body is None:
        return ""
    loop = enclosing_loop(src, s["off"], body[0])
    if form == "poll_wait":
        scan_reads(src, s["call"][1] + 1, body[1], out, locks=locks)
    elif loop:
        scan_reads(src, loop["start"], loop["end"] + 1, out)
    elif s.get("wrapper"):
        # the caller tests before it calls the wrapper, under the lock
        scan_reads(src, body[0] + 1, s["call"][1] + 1, out)
    else:
        # What is tested after the enqueue, up to the sleep (or the end
        # of a loop around the sleep, re-tested on each round): a test
        # before the enqueue sees no wake-up it could miss.
        sl = nearest_sleep(s)
        end = sl[0] if sl and sl[0] > s["off"] else body[1]
        loop = enclosing_loop(src, end, s["call"][1]) if end < body[1] \
            else None
        scan_reads(src, s["call"][1] + 1, loop["end"] + 1 if loop else end,
                   out)
    return reads_text(out)
