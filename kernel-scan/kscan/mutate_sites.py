# SPDX-License-Identifier: GPL-2.0
"""Find the barriers that make a wait-list check correct, and mutate them.

A site is a full barrier (or a fully ordered atomic, or the barrier
inside wq_has_sleeper()) written in a function before a check of the
wait list (waitqueue_active(), swait_active(), wake_up_bit(),
wake_up_var(), __wake_up_bit()), with no other full barrier between the
two. find_sites() returns every such barrier with either the mutant text
or the reason it is excluded; everything is textual, on a copy of the
source with comments, strings and preprocessor lines blanked out, so
offsets and line numbers are those of the original file.

A barrier before a check is excluded (and listed with the reason) when
it is not what makes that check correct:
- another full barrier, fully ordered operation or call that always
  contains one (prepare_to_wait*(), wait_event*(), schedule*(), ...)
  stands between it and the check, or a later site is nearer to every
  check below it;
- the queue's own lock is held at the check, or taken or released
  after the stores (it orders the check against the enqueue);
- the check gates no wake-up: it is an argument of WARN/BUG/printk/
  wait_event*(), or no wake-up call follows it in the function;
- smp_mb__after_atomic() follows no visible non-value-returning atomic
  RMW (after a plain store it orders nothing; after a fully ordered
  operation it is redundant; after a call the RMW is out of sight);
- for a barrier statement or wq_has_sleeper(): no store (assignment
  through ->, [], * or to a global, ++/--, WRITE_ONCE(), atomic set or
  RMW, bitop, list op) since the function's start or the previous
  fully ordered operation; an atomic site is its own store.
Barriers with no check after them in their function are only counted.

Exports: find_sites(path, text), Site, KINDS, FAMILIES.
"""

import bisect
import re

# Checks of the wait list, and the family each belongs to (the names of
# cocci/families.py: cocci/check-families compares them).
FAMILIES = {
    "waitqueue_active": "waitqueue_active",
    "wq_has_sleeper": "waitqueue_active",
    "swait_active": "swait_active",
    "swq_has_sleeper": "swait_active",
    "wake_up_bit": "wake_up_bit/wake_up_var",
    "__wake_up_bit": "wake_up_bit/wake_up_var",
    "wake_up_var": "wake_up_bit/wake_up_var",
}
CHECK = re.compile(r"\b(waitqueue_active|swait_active|wake_up_bit|"
                   r"__wake_up_bit|wake_up_var)\s*\(")
GUARDS = ("waitqueue_active", "swait_active")

# Barrier kinds, in the order the tables list them.
KINDS = ("smp_mb", "mb", "smp_mb__after_atomic", "smp_mb__after_spinlock",
         "smp_store_mb", "wq_has_sleeper", "atomic *_and_test",
         "atomic *_return/fetch", "test_and_*_bit")

BARRIER_STMT = re.compile(
    r"(?<![\w.>])(smp_mb|mb|smp_mb__after_atomic|smp_mb__after_spinlock)"
    r"\s*\(\s*\)\s*;")
STORE_MB = re.compile(r"(?<![\w.>])smp_store_mb\s*\(")
HAS_SLEEPER = re.compile(r"(?<![\w.>])(wq_has_sleeper|swq_has_sleeper)\s*\(")
AT = r"atomic(?:64|_long)?"
ATOMIC_TEST = re.compile(r"(?<![\w.>])(%s)_(dec|inc|sub)_and_test\s*\(" % AT)
ATOMIC_RET = re.compile(
    r"(?<![\w.>])(%s)_(?:(add|sub|inc|dec)_return|"
    r"fetch_(add|sub|inc|dec|and|or|xor|andnot))\s*\(" % AT)
BITOP_TEST = re.compile(r"(?<![\w.>])test_and_(set|clear|change)_bit\s*\(")

# What orders a store before a later load of the wait list, for deciding
# that another barrier stands between a site and a check: the barriers
# the rule knows, fully ordered RMW operations, and calls that always
# contain a full barrier (set_current_state() inside them, or schedule()).
FULLY_ORDERED = (
    r"%s_(?:(?:add|sub|inc|dec|and|or|xor|andnot)_return|"
    r"fetch_(?:add|sub|inc|dec|and|or|xor|andnot)|"
    r"(?:sub|dec|inc)_and_test|add_negative|xchg|cmpxchg|try_cmpxchg|"
    r"inc_not_zero|add_unless|dec_if_positive|dec_and_lock(?:_irqsave)?)"
    % AT)
OTHER_BARRIER = re.compile(
    r"(?<![\w.>])(?:smp_mb|mb|smp_mb__after_spinlock|"
    r"smp_mb__after_unlock_lock|smp_store_mb|set_current_state|"
    r"set_special_state|wq_has_sleeper|swq_has_sleeper|%s|"
    r"test_and_(?:set|clear|change)_bit|xchg|cmpxchg|cmpxchg64|"
    r"try_cmpxchg|llist_add|llist_add_batch|llist_del_all|"
    r"llist_del_first|prepare_to_wait\w*|wait_event\w*|wait_var_event\w*|"
    r"wait_on_bit\w*|schedule|schedule_timeout\w*|io_schedule\w*|"
    r"msleep\w*|wait_for_completion\w*|synchronize_rcu\w*)\s*\("
    % FULLY_ORDERED)

# A non-value-returning atomic RMW: smp_mb__after_atomic() after one is
# a full barrier.
RMW = re.compile(
    r"(?<![\w.>])(?:%s_(?:inc|dec|add|sub|or|and|andnot|xor)|set_bit|"
    r"clear_bit|clear_bit_unlock|change_bit)\s*\(" % AT)

# Stores, as the README counts them (plain locals are filtered later).
STORE_CALL = re.compile(
    r"(?<![\w.>])(?:WRITE_ONCE|smp_store_release|%s_set(?:_release)?|"
    r"%s_(?:inc|dec|add|sub|or|and|andnot|xor)|"
    r"%s_(?:add|sub|inc|dec|and|or|xor|andnot)_return_(?:relaxed|acquire|"
    r"release)|set_bit|clear_bit|clear_bit_unlock|change_bit|__set_bit|"
    r"__clear_bit|__change_bit|__llist_add\w*|list_(?:add|del|move|splice|"
    r"replace)\w*|hlist_(?:add|del)\w*)\s*\(" % (AT, AT, AT))
ASSIGN = re.compile(r"(?<![=!<>])(?:[-+*/%&|^]|<<|>>)?=(?!=)")
INCDEC = re.compile(r"\+\+|--")
# The lvalue just before an assignment operator, and a declaration.
LVALUE = re.compile(r"(?:\*+\s*)?[A-Za-z_]\w*(?:\s*(?:->|\.)\s*[A-Za-z_]\w*|"
                    r"\s*\[[^\[\]]*\])*\s*$")


# Calls whose arguments are not wake-up decisions.
NONGATING = re.compile(
    r"^(?:wait_event\w*|wait_var_event\w*|swait_event\w*|_*wait_event\w*|"
    r"BUG_ON|VM_BUG_ON|WARN_ON|WARN_ON_ONCE|WARN|WARN_ONCE|VM_WARN_ON\w*|"
    r"ASSERT|assert|lockdep_assert\w*|printk|pr_\w+|dev_\w+|seq_printf|"
    r"trace_\w+)$")
WAKE = re.compile(r"\b(?:\w*[Ww]ake\w*|complete|complete_all|"
                  r"irq_work_queue)\s*\(")
IDENT = re.compile(r"[A-Za-z_]\w*")
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "do",
            "else", "case", "goto"}


class Site:
    """One barrier before a check, mutated or excluded."""

    def __init__(self, path, line, kind, func):
        self.path = path          # relative path in the tree
        self.line = line          # line of the barrier
        self.kind = kind          # one of KINDS
        self.func = func          # function name as written
        self.checks = []          # (line, check name) below the barrier
        self.family = ""
        self.mutant = None        # full mutated text, or None
        self.change = ""          # what the mutant changes, one line
        self.excluded = ""        # reason, when not a mutant

    def key(self):
        return "%s:%d" % (self.path, self.line)


def blank(text):
    """Comments, string and character literals and preprocessor lines
    replaced by spaces; newlines and offsets kept."""
    out = list(text)
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in " \t":
            i += 1
            continue
        if line_start and c == "#":
            # a directive, with its continuation lines
            while i < n:
                if text[i] == "\n" and text[i - 1] != "\\":
                    break
                if text[i] != "\n":
                    out[i] = " "
                i += 1
            continue
        line_start = False
        if c == "\n":
            line_start = True
            i += 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                out[i] = " "
                i += 1
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                out[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(out)


def match_paren(s, i):
    """Index just past the bracket that closes the one at s[i]."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[s[i]]]
    j = i + 1
    while j < len(s) and stack:
        c = s[j]
        if c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if c != stack[-1]:
                return -1
            stack.pop()
        j += 1
    return j if not stack else -1


def split_args(s):
    """Top-level comma-separated arguments of the text between parens."""
    args, depth, cur = [], 0, ""
    for c in s:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "," and depth == 0:
            args.append(cur)
            cur = ""
        else:
            cur += c
    args.append(cur)
    return args


def one_line(s):
    return " ".join(s.split())


def functions(clean):
    """(name, body start, body end) of every function definition."""
    res = []
    i, n, boundary = 0, len(clean), 0
    while i < n:
        c = clean[i]
        if c in ";}":
            boundary = i + 1
        elif c == "{":
            end = match_paren(clean, i)
            if end < 0:
                return res
            header = clean[boundary:i]
            name = func_name(header)
            if name:
                res.append((name, i, end))
            boundary = end
            i = end
            continue
        elif c in "([":
            end = match_paren(clean, i)
            if end < 0:
                return res
            i = end
            continue
        i += 1
    return res


def func_name(header):
    h = header.strip()
    if not h.endswith(")") or "=" in h.replace("==", ""):
        return None
    depth = 0
    for m in re.finditer(r"[()]", h):
        if m.group() == "(":
            if depth == 0:
                ids = IDENT.findall(h[:m.start()])
                if ids and ids[-1] not in KEYWORDS:
                    return ids[-1]
                return None
            depth += 1
        else:
            depth -= 1
    return None


DECL_START = re.compile(
    r"^\s*(?:(?:const|volatile|static|register|unsigned|signed|long|short|"
    r"struct|union|enum|__\w+)\s+)*[A-Za-z_]\w*(?:\s+|\s*\*+\s*)"
    r"(?:const\s+)?\**\s*[A-Za-z_]\w*\s*(?:[=,\[;]|$)")


def locals_of(clean, start, end, header):
    """Names declared in the function or as its parameters (roughly):
    every declarator of a statement that starts like a declaration."""
    names = set()
    o = header.find("(")
    pieces = split_args(header[o + 1:header.rfind(")")]) if o >= 0 else []
    pieces += re.split(r"[;{}]", clean[start:end])
    for piece in pieces:
        if not DECL_START.match(piece) or \
                re.match(r"\s*(?:return|goto|case|else|if|while|for|do)\b",
                         piece):
            continue
        for i, d in enumerate(split_args(piece)):
            d = d.split("=")[0]
            ids = IDENT.findall(d)
            if not ids:
                continue
            # the declared name is the last identifier before any '['
            d = d.split("[")[0]
            ids = IDENT.findall(d)
            if ids:
                names.add(ids[-1])
    return names - KEYWORDS


def enclosing_call(clean, pos, start):
    """Name of the call whose argument list holds pos, or ''."""
    depth = 0
    i = pos - 1
    while i > start:
        c = clean[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                ids = IDENT.findall(clean[max(start, i - 80):i].rstrip())
                tail = clean[max(start, i - 80):i].rstrip()
                if ids and tail.endswith(ids[-1]):
                    return ids[-1]
                return ""
            depth -= 1
        elif c in ";{}" and depth == 0:
            return ""
        i -= 1
    return ""


def is_store(stmt, local):
    """Whether a statement's text holds a store to shared state."""
    if STORE_CALL.search(stmt):
        return True
    for m in ASSIGN.finditer(stmt):
        before = stmt[:m.start()]
        lv = LVALUE.search(before)
        if not lv:
            continue
        word = re.search(r"([A-Za-z_]\w*)\s*$", before[:lv.start()])
        if word and word.group(1) not in KEYWORDS:
            continue              # a declaration with an initialiser
        lhs = lv.group().strip()
        root = IDENT.match(lhs)
        if root and root.group() in local and \
                not re.search(r"->|\[", lhs):
            continue              # a local, or a field of a local struct
        return True               # a global, or through ->, [] or *
    for m in INCDEC.finditer(stmt):
        around = stmt[max(0, m.start() - 40):m.end() + 40]
        ids = re.findall(r"[\w>.\[\]-]+(?=\s*(?:\+\+|--))|(?<=\+\+|--)"
                         r"\s*[\w>.\[\]-]+", around)
        for t in ids:
            t = t.strip()
            if "->" in t or "." in t or "[" in t:
                return True
            if re.fullmatch(r"[A-Za-z_]\w*", t) and t not in local:
                return True
    return False


def statements(clean, a, b):
    """Statement-ish pieces of clean[a:b], split at ; { }."""
    return [p for p in re.split(r"[;{}]", clean[a:b]) if p.strip()]


def find_sites(path, text):
    """All sites of one file: (list of Site, number of barriers with no
    check after them in their function)."""
    clean = blank(text)
    nl = [i for i, c in enumerate(text) if c == "\n"]

    def line_of(off):
        return bisect.bisect_right(nl, off - 1) + 1

    sites, lonely = [], 0
    for name, start, end in functions(clean):
        body = clean[start:end]
        if not (CHECK.search(body) or HAS_SLEEPER.search(body)):
            continue
        hdr_start = clean.rfind(";", 0, start)
        header = clean[max(hdr_start, clean.rfind("}", 0, start)) + 1:start]
        local = locals_of(clean, start, end, header)
        checks = [(m.start(), m.group(1))
                  for m in CHECK.finditer(clean, start, end)]
        barriers = barrier_spans(clean, start, end)
        for (b0, b1, kind, extra) in barriers:
            site = Site(path, line_of(b0), kind, name)
            nearer = [x for x in barriers if b1 <= x[0]]
            stop = nearer[0][0] if nearer else end
            if kind == "wq_has_sleeper":
                below = [(b0, extra)]
            else:
                below = [(p, c) for p, c in checks if b1 <= p < stop]
            if not below:
                if any(b1 <= p for p, c in checks):
                    site.excluded = ("a later full barrier is nearer to every"
                                     " check below it")
                    sites.append(site)
                else:
                    lonely += 1
                continue
            site.checks = [(line_of(p), c) for p, c in below]
            site.family = FAMILIES[below[0][1]]
            why = exclusion(clean, start, end, b0, b1, kind, below,
                            barriers, local)
            if why:
                site.excluded = why
            else:
                site.mutant, site.change = mutate(text, clean, b0, b1, kind)
            sites.append(site)
    return sites, lonely


def barrier_spans(clean, start, end):
    """(start, end, kind, extra) of every barrier in a function body,
    sorted; end is where code after the barrier starts."""
    res = []
    for m in BARRIER_STMT.finditer(clean, start, end):
        res.append((m.start(), m.end(), m.group(1), ""))
    for rx, kind in ((STORE_MB, "smp_store_mb"),
                     (ATOMIC_TEST, "atomic *_and_test"),
                     (ATOMIC_RET, "atomic *_return/fetch"),
                     (BITOP_TEST, "test_and_*_bit")):
        for m in rx.finditer(clean, start, end):
            close = match_paren(clean, m.end() - 1)
            if close < 0:
                continue
            res.append((m.start(), close, kind, ""))
    for m in HAS_SLEEPER.finditer(clean, start, end):
        close = match_paren(clean, m.end() - 1)
        if close < 0:
            continue
        check = "waitqueue_active" if m.group(1) == "wq_has_sleeper" \
            else "swait_active"
        res.append((m.start(), close, "wq_has_sleeper", check))
    res.sort()
    return res


def exclusion(clean, start, end, b0, b1, kind, below, barriers, local):
    """Why a barrier before a check does not make it correct, or ''."""
    first = below[0][0]
    # Anything else that orders between the barrier and the check.
    between = clean[b1:first]
    if kind != "wq_has_sleeper":
        m = OTHER_BARRIER.search(between)
        if m:
            return "%s() between the barrier and the check orders it anyway" \
                % IDENT.match(m.group()).group()
    # The queue's own lock: held at the check, or taken or released
    # after the stores, orders the check against the waiter's enqueue.
    if below[0][1] in GUARDS or kind == "wq_has_sleeper":
        why = queue_lock(clean, start, b0, first, barriers)
        if why:
            return why
    # The check must gate a wake-up.
    for p, c in below:
        if c in GUARDS or kind == "wq_has_sleeper":
            outer = enclosing_call(clean, p, start)
            if outer and NONGATING.match(outer):
                return "the check is an argument of %s(), it gates no " \
                       "wake-up" % outer
            if not WAKE.search(clean, p + 1, end):
                return "no wake-up follows the check"
    # smp_mb__after_atomic() is a full barrier only after an atomic RMW.
    if kind == "smp_mb__after_atomic":
        prev = prev_statement(clean, start, b0)
        if OTHER_BARRIER.search(prev):
            return "smp_mb__after_atomic() follows a fully ordered " \
                   "operation, which orders the check by itself"
        if not RMW.search(prev):
            if re.search(r"[A-Za-z_]\w*\s*\(", prev) and \
                    not STORE_CALL.search(prev) and not ASSIGN.search(prev):
                return "smp_mb__after_atomic() follows a call, not a " \
                       "visible atomic RMW (any RMW is inside the callee)"
            return "smp_mb__after_atomic() follows no atomic RMW, so it " \
                   "is not a full barrier by itself"
    # A store must reach the barrier: between the previous full barrier
    # (or the function's start) and it. An atomic RMW is its own store.
    if kind in ("smp_mb", "mb", "smp_mb__after_spinlock",
                "smp_mb__after_atomic", "wq_has_sleeper"):
        prev_end = start + 1
        for (x0, x1, k, e) in barriers:
            if x1 <= b0 and (x0, x1) != (b0, b1):
                prev_end = max(prev_end, x1)
        m = None
        for m in OTHER_BARRIER.finditer(clean, prev_end, b0):
            prev_end = max(prev_end, m.end())
        if not any(is_store(s, local)
                   for s in statements(clean, prev_end, b0)):
            return "no store since the function's start or the previous " \
                   "fully ordered operation (any store is in a caller or " \
                   "already ordered)"
    return ""


CONTROL = re.compile(r"^\s*(?:if\s*\(.*\)\s*)?(?:return\b[^()]*|goto\s+\w+|"
                     r"break|continue)\s*$", re.S)


def back_to(clean, start, k, open_c, close_c):
    """Index of the bracket opening the one that closes at k."""
    depth = 0
    while k > start:
        if clean[k] == close_c:
            depth += 1
        elif clean[k] == open_c:
            depth -= 1
            if depth == 0:
                return k
        k -= 1
    return start


def skip_space_back(clean, start, k):
    while k > start and clean[k].isspace():
        k -= 1
    return k


def prev_statement(clean, start, pos):
    """Text of what runs just before pos: walks back over the sibling of
    an else branch, into a block that ends just before, and over early
    exits such as `if (x) return;`; a condition that opens the block
    holding pos counts as a statement."""
    while pos > start:
        j = skip_space_back(clean, start, pos - 1)
        c = clean[j]
        if c == "{":
            k = skip_space_back(clean, start, j - 1)
            if clean[k - 3:k + 1] == "else" and \
                    not (clean[k - 4].isalnum() or clean[k - 4] == "_"):
                k = skip_space_back(clean, start, k - 4)
                if clean[k] == "}":
                    k = back_to(clean, start, k, "{", "}")
                # before the then-branch sits `if (...)`: its condition
                k = skip_space_back(clean, start, k - 1)
            if clean[k] != ")":
                return ""
            m = back_to(clean, start, k, "(", ")")
            cond = clean[m:k + 1]
            if OTHER_BARRIER.search(cond) or RMW.search(cond) or \
                    STORE_CALL.search(cond) or ASSIGN.search(cond):
                return cond
            # a condition that stores nothing: go on before its keyword
            pos = m
            while pos > start and (clean[pos - 1].isalnum() or
                                   clean[pos - 1] in "_ \t\n"):
                pos -= 1
            continue
        if c == "}":
            pos = j
            continue
        if c == ";":
            k = j - 1
            while k > start and clean[k] not in ";{}":
                k -= 1
            stmt = clean[k + 1:j]
            if CONTROL.match(stmt):
                cond = re.match(r"^\s*if\s*(\(.*\))", stmt, re.S)
                if cond and (OTHER_BARRIER.search(cond.group(1)) or
                             RMW.search(cond.group(1))):
                    return cond.group(1)
                pos = k + 1
                continue
            return stmt
        return ""
    return ""


def queue_lock(clean, start, b0, first, barriers):
    """Why the queue's own lock orders the check, or ''."""
    queue = check_arg(clean, first).strip()
    if not queue:
        return ""
    base = re.escape(queue[1:].strip()) if queue.startswith("&") else None
    own = r"(?:&\s*%s\s*\.\s*lock|&\s*%s\s*->\s*lock)" % (
        base or "(?!)", re.escape(queue))
    rx = re.compile(r"(?<![\w.>])(?:raw_)?spin_(un)?lock\w*\s*\(\s*%s"
                    % own)
    ops = list(rx.finditer(clean, start, first))
    if ops and not ops[-1].group(1):
        return "the check is made under the queue's own lock"
    prev_end = start
    for (x0, x1, k, e) in barriers:
        if x1 <= b0:
            prev_end = max(prev_end, x1)
    if any(m.start() >= prev_end for m in ops):
        return "the queue's own lock is taken or released after the " \
               "stores, which orders the check"
    return ""


def check_arg(clean, p):
    """First argument of the check call at p."""
    o = clean.find("(", p)
    close = match_paren(clean, o)
    if close < 0:
        return ""
    return split_args(clean[o + 1:close - 1])[0]


def mutate(text, clean, b0, b1, kind):
    """(mutant text, one-line description of the change)."""
    orig = text[b0:b1]
    if kind in ("smp_mb", "mb", "smp_mb__after_atomic",
                "smp_mb__after_spinlock"):
        # keep the ';' so that `if (x) smp_mb();` stays a statement
        semi = orig.rfind(";")
        new = re.sub(r"[^\n;]", " ", orig[:semi]) + orig[semi:]
        return text[:b0] + new + text[b1:], "deleted %s()" % kind
    name_end = text.index("(", b0)
    name = text[b0:name_end].strip()
    inner = text[name_end + 1:b1 - 1]
    cinner = clean[name_end + 1:b1 - 1]
    args = split_args(cinner)
    last = one_line(args[-1])
    if kind == "smp_store_mb":
        new = "WRITE_ONCE" + text[b0 + len("smp_store_mb"):b1]
        return text[:b0] + new + text[b1:], "smp_store_mb() -> WRITE_ONCE()"
    if kind == "wq_has_sleeper":
        to = "waitqueue_active" if name == "wq_has_sleeper" else \
            "swait_active"
        return text[:b0] + to + text[b0 + len(name):], \
            "%s() -> %s()" % (name, to)
    m = ATOMIC_TEST.match(text, b0) if kind == "atomic *_and_test" else None
    if m:
        prefix, op = m.group(1), m.group(2)
        new = "(%s_%s(%s), %s_read(%s) == 0)" % (prefix, op, inner, prefix,
                                                last)
        return text[:b0] + new + text[b1:], \
            "%s() -> (%s_%s(), %s_read() == 0)" % (name, prefix, op, prefix)
    m = ATOMIC_RET.match(text, b0) if kind == "atomic *_return/fetch" \
        else None
    if m:
        prefix = m.group(1)
        op = m.group(2) or m.group(3)
        new = "(%s_%s(%s), %s_read(%s))" % (prefix, op, inner, prefix, last)
        return text[:b0] + new + text[b1:], \
            "%s() -> (%s_%s(), %s_read())" % (name, prefix, op, prefix)
    m = BITOP_TEST.match(text, b0)
    op = m.group(1)
    flat = one_line(cinner)
    if op == "set":
        new = "(test_bit(%s) ? 1 : (set_bit(%s), 0))" % (inner, flat)
    elif op == "clear":
        new = "(test_bit(%s) ? (clear_bit(%s), 1) : 0)" % (inner, flat)
    else:
        new = "(change_bit(%s), !test_bit(%s))" % (inner, flat)
    return text[:b0] + new + text[b1:], \
        "%s() -> test_bit() and %s_bit()" % (name, op)
