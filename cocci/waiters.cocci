// SPDX-License-Identifier: GPL-2.0-only
/// Index the places where a task waits on a wait queue, a bit or a
/// variable: one wqcheck-waiter-1 record per wait site, with the queue,
/// the type of its root, what the waiter condition reads (following
/// functions of the same file two calls deep), the locks held at the
/// enqueue and the condition test, and how it sleeps.
///
/// wqcheck reads these records to judge a waker finding against the
/// waiters of its queue: a waiter that tests under the lock the waker
/// holds, that reads none of the stores, or that re-polls on a short
/// timeout changes what the finding means. cocci/RECORDS.md describes
/// every field.
///
// Confidence: High
// Copyright: (C) 2026 The wqcheck authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Prints records only with -D wqindex; reports nothing.
// Options: --no-includes --include-headers --iso-limit 0

virtual wqindex

@initialize:python@
@@
import os
import re

BACKSLASH, TAB, NEWLINE = chr(92), chr(9), chr(10)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
CHAIN = r"[A-Za-z_]\w*((->|\.)[A-Za-z_]\w*)*"


def esc(v):
    """Escape a record field as waker records are: \\, \t, \n."""
    v = str(v).replace(BACKSLASH, BACKSLASH * 2)
    return v.replace(TAB, BACKSLASH + "t").replace(NEWLINE, BACKSLASH + "n")


# ---------------------------------------------------------------------
# The text of a file three ways, at the same offsets: as written, with
# comments blanked (the fields are "as written"), and with comments,
# strings, character constants and preprocessor lines blanked (to pair
# brackets and find tokens).

LEXEME = re.compile(r"/\*.*?\*/|//[^\n]*|\"(\\.|[^\"\\\n])*\"|'(\\.|[^'\\\n])*'"
                    r"|^[ \t]*#(\\\n|[^\n])*", re.M | re.S)


def blank_text(raw):
    noc, code, last = [], [], 0
    for m in LEXEME.finditer(raw):
        s, gap = m.group(0), raw[last:m.start()]
        blank = re.sub(r"[^\n]", " ", s)
        noc.append(gap + (blank if s[0] == "/" else s))
        code.append(gap + (s[0] + blank[1:-1] + s[-1] if s[0] in "\"'"
                           else blank))
        last = m.end()
    return "".join(noc) + raw[last:], "".join(code) + raw[last:]


PAIRS = {"(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{"}
_partners = [None, {}]    # the code of the file being read, its pairs


def partners(code):
    """Offset of each bracket -> offset of its partner, made once per
    file (a bracket left unmatched by #if branches has none)."""
    if _partners[0] is not code:
        table, stack = {}, []
        for m in re.finditer(r"[][(){}]", code):
            ch, pos = m.group(0), m.start()
            if ch in "([{":
                stack.append((ch, pos))
                continue
            while stack and stack[-1][0] != PAIRS[ch]:
                stack.pop()
            if stack:
                o = stack.pop()[1]
                table[o], table[pos] = pos, o
        _partners[0], _partners[1] = code, table
    return _partners[1]


def match_close(code, i, limit=None):
    """Offset of the bracket closing code[i], or -1."""
    if len(code) > 4096:
        j = partners(code).get(i, -1)
        return j if limit is None or j < limit else -1
    depth = 0
    for j in range(i, len(code) if limit is None else limit):
        depth += {code[i]: 1, PAIRS[code[i]]: -1}.get(code[j], 0)
        if depth == 0:
            return j
    return -1


def word_before(code, j):
    """(start, word) of the identifier ending before j, blanks skipped."""
    while j > 0 and code[j - 1].isspace():
        j -= 1
    m = re.search(r"\w*$", code[max(0, j - 64):j])
    return j - len(m.group(0)), m.group(0)


def function_at(code, brace):
    """(name, params_open, params_close) if the { at brace opens a
    function body; annotations such as __releases(x) are skipped."""
    j = brace
    while True:
        while j > 0 and code[j - 1].isspace():
            j -= 1
        po = partners(code).get(j - 1, -1) if code[j - 1:j] == ")" else -1
        start, name = word_before(code, po) if po >= 0 else (0, "")
        if not name or name in ("if", "for", "while", "switch", "sizeof"):
            return None
        if not re.match(r"__(releases|acquires|must_hold|attribute__|"
                        r"cond_acquires|cond_releases)$", name):
            return name, po, j - 1
        j = start


class Source:
    """A file: its texts, line offsets, functions and macros."""

    def __init__(self, path):
        self.path = path
        try:
            with open(path, encoding="latin-1") as f:
                self.raw = f.read()
        except OSError:
            self.raw = ""
        self.noc, self.code = blank_text(self.raw)
        self.starts = [0] + [m.end() for m in re.finditer(NEWLINE, self.raw)]
        self.funcs, self.bodies = {}, []    # name -> (po, pc, bo, bc)
        i = self.code.find("{")
        while i >= 0:
            end = match_close(self.code, i)
            if end < 0:
                break
            fn = function_at(self.code, i)
            if fn is not None:
                self.funcs.setdefault(fn[0], (fn[1], fn[2], i, end))
                self.bodies.append((i, end, fn[0]))
            i = self.code.find("{", end + 1)
        self.local_names = {}    # function -> names it declares
        self.macros = {}    # name -> (params, body)
        for m in re.finditer(r"(?m)^[ \t]*#[ \t]*define[ \t]+(\w+)(\(([^)]*)"
                             r"\))?(([^\n]*\\\n)*[^\n]*)", self.noc):
            params = [p.strip() for p in (m.group(3) or "").split(",")]
            self.macros.setdefault(m.group(1), (params, m.group(4).replace(
                BACKSLASH + NEWLINE, " ")))

    def off(self, line, col):
        line = int(line)
        return self.starts[line - 1] + int(col) \
            if 1 <= line <= len(self.starts) else -1

    def body_around(self, off):
        """(bo, bc, name) of the function body holding off, or None."""
        for b in self.bodies:
            if b[0] < off < b[1]:
                return b
        return None

    def locals(self, name):
        """Names function name declares: its parameters and the
        variables its body declares (int a, *b = x;, for (int i = 0;
        DEFINE_WAIT(w);), found by their shape, made once."""
        if name not in self.local_names:
            f = self.funcs.get(name)
            found = set(n for n in self.params(name) if n)
            for m in DECL.finditer(self.code, f[2], f[3]) if f else ():
                if m.group(1) in KEYWORDS or m.group(1) in ("default",
                                                           "goto"):
                    continue
                found.add(m.group(2))
                end = self.code.find(";", m.end(), f[3])
                for part in split_top(self.code[m.end():end])[1:]:
                    d = re.match(r"[\s*]*(?:const\s+)?([A-Za-z_]\w*)", part)
                    found.add(d.group(1) if d else "")
            for m in DECL_MACRO.finditer(self.code, f[2], f[3]) if f else ():
                found.add(m.group(1) or m.group(2))
            self.local_names[name] = found
        return self.local_names[name]

    def params(self, name):
        """Parameter names of a function of this file."""
        f = self.funcs.get(name)
        names = []
        for p in split_top(self.code[f[0] + 1:f[1]] if f else ""):
            m = re.search(r"(\w+)\s*(\[[^\]]*\]\s*)*$", p)
            names.append(m.group(1) if m and p.strip() != "void" else "")
        return names

    def param_types(self, name):
        """Parameter name -> its type (struct x of struct x *p), for the
        locks a function of this file takes through a parameter."""
        f = self.funcs.get(name)
        out = {}
        for p in split_top(self.code[f[0] + 1:f[1]] if f else ""):
            m = re.search(r"(\w+)\s*$", p)
            if m:
                out[m.group(1)] = clean_type(p[:m.start()])
        return out

    def text(self, a, b):
        """Source text between two offsets, comments out, on one line."""
        return re.sub(r"\s+", " ", self.noc[a:b]).strip()


# A declaration at a statement's start: its type (a word after any
# qualifiers), stars, the first name declared, then =, ;, , or [ (after
# a "(", only "for (int i = 0").
DECL = re.compile(r"(?:[;{}]\s*|\(\s*(?=[^;)=]*=(?!=)))(?:(?:const|volatile|"
                  r"static|register|unsigned|signed|long|short|struct|union|"
                  r"enum)\s+)*([A-Za-z_]\w*)(?:\s+(?:const|volatile|__\w+))*"
                  r"(?:\s+|\s*\*[\s*]*)(?:(?:const|__\w+)\s+)*"
                  r"([A-Za-z_]\w*)\s*(?==(?!=)|;|,|\[)")
DECL_MACRO = re.compile(r"[;{}]\s*(?:DEFINE|DECLARE)_[A-Z0-9_]+\s*\(\s*"
                        r"([A-Za-z_]\w*)|[;{}]\s*H?LIST_HEAD\s*\(\s*"
                        r"([A-Za-z_]\w*)")


def split_top(text):
    """text split on the commas outside brackets."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur] if cur.strip() else out


_sources = {}


def source(path):
    if path not in _sources:
        if len(_sources) > 8:
            _sources.clear()
        _sources[path] = Source(path)
    return _sources[path]


def call_at(src, off):
    """(open, close, [(arg_start, arg_end)]) of the call whose name
    starts at off, or None."""
    m = IDENT.match(src.code, off)
    o = OPEN.match(src.code, m.end()) if m else None
    close = match_close(src.code, o.end() - 1) if o else -1
    if close < 0:
        return None
    args, start = [], o.end()
    for part in split_top(src.code[start:close]):
        args.append((start, start + len(part)))
        start += len(part) + 1
    return o.end() - 1, close, args


# ---------------------------------------------------------------------
# Names.

LOOP_FORM = re.compile(r"^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$")
COND_FORM = re.compile(r"^(_*(io_)?wait_event[a-z_0-9]*|wait_var_event[a-z_]*|"
                       r"swait_event[a-z_]*)$")    # 2nd argument: the cond
# Locks whose first argument is the lock (or asserted held). Any other
# name is a wrapper, resolved through its definition in the file.
STD_LOCK = re.compile(
    r"^(lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked|(raw_)?(spin|"
    r"read|write)_(un)?lock(_irq|_irqsave|_irqrestore|_bh|_nested|"
    r"_irqsave_nested)?|mutex_(un)?lock(_interruptible|_killable|_nested|"
    r"_io)?(_nested)?|(down|up)(_read|_write)?(_interruptible|_killable|"
    r"_nested|_non_owner)?|local_(un)?lock(_irq|_irqsave|_irqrestore)?)$")
LOCK_NAME = re.compile(r"^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$|^down[a-z_]*$")
UNLOCK_NAME = re.compile(r"^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$|^up(_read|"
                         r"_write)?$")
KEYWORDS = {"if", "while", "for", "switch", "return", "do", "else", "case",
            "goto", "break", "continue", "sizeof", "typeof", "__typeof__",
            "_Generic", "defined", "alignof", "__alignof__", "offsetof"}
# Calls that read nothing but their arguments (whose members are reads).
PURE = re.compile(
    r"^(READ_ONCE|smp_load_acquire|data_race|likely|unlikely|"
    r"__builtin_expect|atomic(64|_long)?_read(_acquire)?|refcount_read|"
    r"kref_read|percpu_counter_(read|sum)[a-z_]*|list_empty(_careful)?|"
    r"list_is_singular|list_is_last|list_first_entry(_or_null)?|list_entry|"
    r"hlist_empty|llist_empty|waitqueue_active|s?wq_has_sleeper|"
    r"swait_active|(fatal_)?signal_pending(_state)?|kthread_should_stop|"
    r"kthread_should_park|freezing|time_(after|before)(_eq)?(64)?|"
    r"time_in_range[a-z_0-9]*|time_is_(after|before)[a-z_0-9]*|"
    r"ktime_[a-z_0-9]+|jiffies[a-z_0-9]*|min|max|min_t|max_t|min3|max3|"
    r"clamp|clamp_t|clamp_val|abs|rcu_access_pointer|rcu_dereference[a-z_]*|"
    r"IS_ERR|IS_ERR_OR_NULL|PTR_ERR|ERR_PTR|ERR_CAST|PTR_ERR_OR_ZERO|"
    r"container_of|ARRAY_SIZE|BIT|BIT_ULL|GENMASK|GENMASK_ULL|FIELD_GET|"
    r"WARN_ON|WARN_ON_ONCE|WARN|WARN_ONCE|BUG_ON|VM_BUG_ON|VM_WARN_ON|"
    r"VM_WARN_ON_ONCE)$")
# Pure readers that dereference their arguments: a bare pointer passed
# to one is a read the member names do not show (READ_ONCE(x) reads x).
DEREF_READER = re.compile(
    r"^(atomic(64|_long)?_read(_acquire)?|"
    r"refcount_read|kref_read|percpu_counter_(read|sum)[a-z_]*|"
    r"list_empty(_careful)?|list_is_singular|list_is_last|"
    r"list_first_entry(_or_null)?|list_entry|hlist_empty|llist_empty|"
    r"waitqueue_active|s?wq_has_sleeper|swait_active|rcu_access_pointer|"
    r"rcu_dereference[a-z_]*|container_of)$")
# Bit tests: their first argument is a bit, and a read.
BIT_READER = re.compile(r"^(test_bit(_acquire)?|test_and_(set|clear|change)"
                        r"_bit(_lock)?)$")
# The wait machinery, locks and diagnostics: neither the call nor its
# arguments are what the condition reads.
MACHINERY = re.compile(
    r"^(prepare_to_s?wait[a-z_]*|finish_s?wait|_*add_wait_queue[a-z_]*|"
    r"_*remove_wait_queue|init_wait[a-z_]*|init_waitqueue_entry|"
    r"DEFINE_WAIT[A-Z_]*|DECLARE_WAITQUEUE|DECLARE_SWAITQUEUE|"
    r"_*set_current_state|set_special_state|(io_)?schedule[a-z_]*|"
    r"might_sleep|cond_resched[a-z_]*|cpu_relax|barrier|smp_[a-z_]*mb[a-z_]*|"
    r"mb|rmb|wmb|sched_annotate_sleep|([a-z0-9_]*_)?(un)?lock(_[a-z0-9_]*)?|"
    r"(down|up)(_read|_write)?[a-z_]*|local_(irq|bh)_[a-z]+|"
    r"preempt_(en|dis)able[a-z_]*|lockdep_[a-z_]+|assert_[a-z_]+|"
    r"__acquires?|__releases?|pr_[a-z_]+|printk[a-z_]*|dev_(dbg|info|notice|"
    r"warn|err|crit|alert|emerg)[a-z_]*|net_[a-z]+_ratelimited|"
    r"trace_[a-z0-9_]+|(scoped_)?guard)$")
# Constants that say nothing of the waker state.
NOISE = re.compile(r"^(TASK_[A-Z_]+|NULL|HZ|MAX_SCHEDULE_TIMEOUT|KTIME_MAX|"
                   r"_*GFP_[A-Z_]+|E(?!POLL)[A-Z0-9]+|[US](8|16|32|64)_MAX|"
                   r"U?(INT|LONG)_MAX|HRTIMER_MODE_[A-Z_]+|CLOCK_[A-Z_]+|"
                   r"PAGE_SIZE|PAGE_SHIFT)$")
CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]+$")
TOKEN = re.compile(r"(->|\.)\s*([A-Za-z_]\w*)|\b([A-Za-z_]\w*)(\s*\()?")
SPACE = re.compile(r"\s*")
OPEN = re.compile(r"\s*\(")
DEPTH = 2    # functions followed: read_events() -> 1 -> 2


# ---------------------------------------------------------------------
# What a condition reads: member names and constants, name@function
# inside a function of this file it calls, and * for any other call.

def scan_reads(src, a, b, out, where="", stack=(), locks=None,
               whole=False):
    """Add to out (a list; "*" in it once) what code a..b reads, and to
    locks (a list, if given) the locks the functions it calls take: the
    condition is then tested under them. whole: a..b is a condition, a
    test as a whole (a bare variable anywhere in it is tested)."""
    code, i, deref_end = src.code, a, -1
    test = Tests(src, a, whole)
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
                if (m.start() < deref_end and not address_of(code, m)) \
                        or derefs_bare(code, m):
                    add_read(out, "&")    # through a pointer it names not
                add_read(out, bare_read(src, m, where, test, out))
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


class Tests:
    """Where the code scanned tests what it reads, for its bare
    variables: the function it is in (its locals are no waker's store)
    and whether the whole of it is a condition."""

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

    def at(self, m):
        """Whether the identifier of m is a value read in a test: in the
        parentheses of if/while/for/switch or of a pure reader, in a
        return statement, before the ? of a conditional (anywhere in a
        condition when whole); not a type or a member a macro names."""
        code = self.src.code
        start, opens = self.opens(m.start())
        if names_no_value(code, m, opens):
            return False
        if self.whole or any(w in ("if", "while", "for", "switch") or
                             PURE.match(w) or BIT_READER.match(w)
                             for _, w in opens):
            return True
        return re.search(r"\breturn\b", code[start:m.start()]) is not None \
            or question_after(code, m.end())


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


def question_after(code, i):
    """Whether the expression from i goes on to the ? of a conditional:
    it is that conditional's test."""
    depth = 0
    for j in range(i, min(len(code), i + 2000)):
        ch = code[j]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
        elif ch == "?" and not depth:
            return True
        elif ch in ";{}" or (ch in ",:" and not depth):
            return False
    return False


# Words that name no variable: types, qualifiers, literals.
NOT_VARIABLE = {"int", "char", "short", "long", "unsigned", "signed", "float",
                "double", "void", "bool", "_Bool", "struct", "union", "enum",
                "const", "volatile", "static", "inline", "register", "extern",
                "true", "false", "default", "goto"}


def bare_read(src, m, where, test, out):
    """::name for a bare identifier the code tests that is no local or
    parameter of its function (the waiter's own value, not what a waker
    stores), no type, struct tag, constant, nor a bit a bit test read
    (test_bit(Faulty, ...)); else None. A variable only written (x = 1;,
    x++;) is no read of the waker's store."""
    name = m.group(3)
    if name in NOT_VARIABLE or CONSTANT.match(name) or \
            name in test.locals or name + where in out or \
            word_before(src.code, m.start())[1] in ("struct", "union",
                                                    "enum") or \
            not test.at(m):
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


def root_of(expr):
    """The root identifier of a queue or lock: &, *, casts and brackets
    stripped, the first name of its ->/. chain."""
    e = re.sub(r"^(\s*(&|\*|\(\s*(struct|union|enum)?\s*\w+[\s*]*\)|\())*\s*",
               "", expr)
    m = IDENT.match(e)
    return m.group(0) if m else ""


def clean_type(t):
    t = re.sub(r"\[[^\]]*\]|\*|\b(const|volatile|__rcu|__iomem|__user|"
               r"__percpu|__force)\b", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def identity(expr):
    return re.sub(r"[\s&*()]", "", expr)


def subst(expr, params, args):
    """expr with each parameter replaced by its argument: the parameter
    p of &p->m given &x->n gives &x->n.m."""
    names = [p for p in params if p]
    if not names:
        return expr

    def arg(m):
        i = params.index(m.group(0))
        a = args[i] if i < len(args) else m.group(0)
        return a if re.fullmatch(CHAIN, a) else "(%s)" % a
    expr = re.sub(r"(?<![.>])\b(%s)\b" % "|".join(map(re.escape, names)),
                  arg, re.sub(r"\s+", " ", expr.strip()))
    expr = re.sub(r"\(&\s*(%s)\)->" % CHAIN, r"\1.", expr)
    expr = re.sub(r"\(\*\s*(%s)\)\." % CHAIN, r"\1->", expr)
    expr = re.sub(r"^\*\(&\s*(%s)\)$" % CHAIN, r"\1", expr)
    return re.sub(r"^\(([^()]*)\)$", r"\1", expr)


# ---------------------------------------------------------------------
# The wait sites, keyed by (file, line, column) of the form's name.

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


def resolve_lock(src, name, args):
    """The lock a call of name with these arguments takes or releases:
    the first argument of a lock primitive, or what a macro or function
    of this file takes, its parameters replaced by the arguments."""
    if re.search(r"(_init|_is_held|_is_locked)$", name):
        return ""
    if STD_LOCK.match(name):
        return args[0] if args else ""
    if name in src.macros:
        params, body = src.macros[name]
    elif name in src.funcs:
        f = src.funcs[name]
        params, body = src.params(name), src.code[f[2] + 1:f[3]]
    else:
        return ""
    for m in re.finditer(r"(\w+)\s*\(", body):
        if STD_LOCK.match(m.group(1)):
            inner = body[m.end() - 1:m.end() + 400]
            first = split_top(inner[1:match_close(inner, 0)])
            return subst(first[0], params, args) if first else ""
    return ""


def add_lock(pw, pl, name):
    """The lock call at pl holds a lock at the wait at pw."""
    s = sites.get(key(pw))
    if s is not None:
        src = source(pl[0].file)
        call = call_at(src, src.off(pl[0].line, pl[0].column))
        args = [src.text(a, b) for a, b in call[2]] if call else []
        expr = resolve_lock(src, name, args)
        if expr:
            s["locks"].append((expr, key(pl)))


# ---------------------------------------------------------------------
# Wrappers: a function of this file, or a static one of a header it
# includes from its directory, that enqueues on a queue reached from a
# parameter, releases a lock reached from a parameter that it did not
# take, and sleeps (xlog_wait()) is a wait form at its call sites, with
# the queue and the lock named by the call's arguments.

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


def takes(src, a, b, lock):
    """Whether code a..b takes the lock (then the wrapper releases its
    own lock, not the caller's)."""
    for m in IDENT.finditer(src.code, a, b):
        call = call_at(src, m.start()) if LOCK_NAME.match(m.group(0)) \
            else None
        if call and identity(resolve_lock(src, m.group(0), [
                src.text(*x) for x in call[2]])) == identity(lock):
            return True
    return False


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


# ---------------------------------------------------------------------
# Loops: the reads of an enqueue, and whether a timeout ends the wait.

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


# ---------------------------------------------------------------------
# The snapshot a loop waits to change (the snapshot field): do { v = E;
# unlock(L); wait(E != v); lock(L); } while (E != K && ...): the loop
# goes round, and takes its next snapshot, only while E is not K, all
# under L, so the waiter never sleeps while E is K. A waker that tested
# E == K under L and stores to E replaces a value no waiter sleeps on.

CONST_VALUE = re.compile(r"_*[A-Z][A-Z0-9_]*|\d+[uUlL]*")
DECL_WORDS = re.compile(r"^(\s*(const|volatile|unsigned|signed|struct|enum|"
                        r"[a-z_][a-z0-9_]*)\s+)*$")
NOT_PLAIN = re.compile(r"\b(continue|goto|case|default)\b|^\s*[A-Za-z_]\w*"
                       r"\s*:(?!:)", re.M)


def chain_re(expr):
    return re.compile(r"\s*".join(re.escape(t) for t in re.findall(
        r"->|\.|\w+|\S", expr)) + r"(?!\w)")


def split_top_op(text, op):
    out, depth, last, i = [], 0, 0, 0
    while i < len(text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[i], 0)
        if depth == 0 and text.startswith(op, i):
            out.append(text[last:i])
            last = i = i + len(op)
            continue
        i += 1
    return out + [text[last:]]


def compared_to(cond, e_re, op):
    """K of each part of cond (its && conjuncts for !=, its || disjuncts
    for ==) that compares E with a constant K by op."""
    out = []
    for part in split_top_op(cond, "&&" if op == "!=" else "||"):
        part = part.strip()
        while part.startswith("(") and match_close(part, 0) == len(part) - 1:
            part = part[1:-1].strip()
        sides = [x.strip() for x in part.split(op)]
        if len(sides) == 2 and "=" not in sides[0] + sides[1]:
            for a, b in (sides, sides[::-1]):
                if e_re.fullmatch(a) and CONST_VALUE.fullmatch(b):
                    out.append(b)
    return out


def back_stmt(code, pos, lo):
    """(start, opener) of the statement holding pos: after the previous
    ; or } at its level (opener None), or after the { opening its block
    (opener that offset); None inside brackets of an expression."""
    table, i = partners(code), pos - 1
    while i > lo:
        ch = code[i]
        if ch in ")]":
            i = table.get(i, -1)
            if i < 0:
                return None
        elif ch in ";}":
            return i + 1, None
        elif ch == "{":
            return i + 1, i
        elif ch in "([":
            return None
        i -= 1
    return None


def plain_at(code, bo, pos):
    """Whether the call at pos is a statement of the block opened at bo
    (not under an if, else or loop of its own), at most assigned."""
    st = back_stmt(code, pos, bo - 1)
    if st is None or not depth0(code, bo, pos):
        return False
    return re.fullmatch(r"\s*([A-Za-z_]\w*\s*=\s*)?", code[st[0]:pos]) \
        is not None


def lock_ops(src, bo, bc):
    """(offset, "lock"|"unlock", lock) of each lock call of the block,
    None when one is not resolved (it may be any lock)."""
    out = []
    for m in IDENT.finditer(src.code, bo, bc):
        name = m.group(0)
        if not (STD_LOCK.match(name) or LOCK_NAME.match(name) or
                UNLOCK_NAME.match(name)) or name.startswith(
                    ("lockdep_", "assert_")) or \
                not OPEN.match(src.code, m.end()):
            continue
        c = call_at(src, m.start())
        lock = resolve_lock(src, name, [src.text(*a) for a in c[2]]) \
            if c else ""
        if not lock:
            return None
        kind = "unlock" if UNLOCK_NAME.match(name) else "lock"
        out.append((m.start(), kind, lock, name))
    return out


def loop_body(src, loop):
    """(kind, {, }) of a do or while loop with a braced body."""
    code = src.code
    kind = IDENT.match(code, loop["start"])
    kind = kind.group(0) if kind else ""
    if kind == "do":
        bo = code.find("{", loop["start"])
    elif kind == "while":
        bo = SPACE.match(code, loop["cond"][1] + 1).end()
    else:
        return None
    if code[bo:bo + 1] != "{":
        return None
    return kind, bo, match_close(code, bo)


def snapshot_of(src, s, bo, bc, v, e):
    """End of v = E; (or T v = E;), the only store to v in the loop, a
    statement of the loop's block before the wait, with nothing called
    and E not named before it in the block, v a local of the function
    (declared there or before the loop); else -1."""
    code = src.code
    pat = re.compile(r"[;{}]([^;{}]*?)\b%s\s*=\s*%s\s*;" % (
        re.escape(v), chain_re(e).pattern))
    m = pat.search(code, bo, s["off"])
    if not m or not DECL_WORDS.match(m.group(1)) or \
            set(re.findall(r"\w+", m.group(1))) & KEYWORDS or \
            len(re.findall(r"\b%s\s*=(?!=)" % re.escape(v),
                           code[bo:bc])) != 1:
        return -1
    head = code[bo + 1:m.start(1)]
    local = m.group(1).strip() or re.search(
        r"[;{]\s*[A-Za-z_][\w\s*]*[\s*]%s\s*[;=,\[]" % re.escape(v),
        code[src.body_around(bo)[0]:bo])
    if not local or not depth0(code, bo, m.start(1)) or re.search(r"\w\s*\(", head) or chain_re(e).search(head):
        return -1
    return m.end()


def snapshot_field(src, s):
    """E|K1,K2|L for a wait E != v on a snapshot v = E taken under L in
    its loop (cocci/RECORDS.md), else empty."""
    args = s["call"][2]
    if s.get("wrapper") or not COND_FORM.match(s["form"]) or len(args) < 2:
        return ""
    sides = [x.strip() for x in src.text(*args[1]).split("!=")]
    fb = src.body_around(s["off"])
    loop = enclosing_loop(src, s["off"], fb[0]) if fb and \
        len(sides) == 2 else None
    shape = loop_body(src, loop) if loop else None
    if shape is None:
        return ""
    kind, bo, bc = shape
    for v, e in (sides, sides[::-1]):
        if IDENT.fullmatch(v) and re.fullmatch(CHAIN, e) and \
                re.search(r"->|\.", e):
            break
    else:
        return ""
    snap = snapshot_of(src, s, bo, bc, v, e)
    ops = lock_ops(src, bo + 1, bc)
    if snap < 0 or not ops or NOT_PLAIN.search(src.code[bo:bc]):
        return ""
    ul = [o for o in ops if o[1] == "unlock" and snap < o[0] < s["off"]]
    if len(ul) != 1:
        return ""
    lock = ul[0][2]
    mine = [o for o in ops if identity(o[2]) == identity(lock)]
    relock = [o for o in mine if o[1] == "lock" and o[0] > s["call"][1]]
    if len(mine) != 2 or len(relock) != 1 or not all(
            plain_at(src.code, bo, o[0]) for o in mine + [(s["off"],)]) or \
            any(re.search(r"read", o[3]) for o in mine):
        return ""    # a read side excludes no waker that reads too
    ks = compared_to(src.text(*loop["cond"]), chain_re(e), "!=")
    if kind == "do":
        ks = [k for k in ks if entry_excludes(src, fb, loop["start"], e, k)]
    if not ks:
        return ""
    return "%s|%s|%s" % (re.sub(r"\s+", "", e), ",".join(ks), lock)


def depth0(code, bo, pos):
    """Whether pos is in the block opened at bo, not in a nested one."""
    table, i = partners(code), bo + 1
    while i < pos:
        if code[i] in "([{":
            j = table.get(i, -1)
            if j < 0 or j >= pos:
                return False
            i = j
        i += 1
    return True


# ---------------------------------------------------------------------
# A do-while loop takes its first snapshot before it tests anything: E
# is not K then when every call of its function (static, called only
# in this file) is made where E was just tested != K.

def entry_excludes(src, fb, start, e, k):
    """Whether E != K on entry to the loop at start in function fb."""
    code, name = src.code, fb[2]
    head = code[fb[0] + 1:start]
    if re.search(r"\w\s*\(", head) or chain_re(e).search(head) or \
            NOT_PLAIN.search(head) or not only_called_here(src, name):
        return False
    params, calls = src.params(name), []
    for m in re.finditer(r"\b%s\s*\(" % re.escape(name), code):
        body = src.body_around(m.start())
        if body is not None:
            calls.append((m.start(), body))
    for off, body in calls:
        c = call_at(src, off)
        ce = subst(e, params, [src.text(*a) for a in c[2]]) if c else ""
        if not re.fullmatch(CHAIN, ce) or not excluded_at(src, off, body,
                                                          ce, k):
            return False
    return bool(calls)


def only_called_here(src, name):
    """A static function of a .c file that the file names only to call
    it or declare it: all its calls are in the file."""
    f = src.funcs.get(name)
    if f is None or src.path.endswith(".h"):
        return False
    line0 = src.code.rfind(NEWLINE, 0, src.code.rfind(NEWLINE, 0, f[0]))
    if not re.search(r"\bstatic\b", src.code[max(0, line0):f[0]]):
        return False
    for m in re.finditer(r"\b%s\b" % re.escape(name), src.code):
        if not OPEN.match(src.code, m.end()):
            return False
    return True


def excluded_at(src, off, body, e, k):
    """Whether the path to the call at off tested E != K (an if around
    it, or an if before it that leaves when E == K) with nothing called
    and no label between."""
    code, e_re = src.code, chain_re(e)
    st = back_stmt(code, off, body[0] - 1)
    head = code[st[0]:off] if st else ""
    m = re.match(r"\s*if\s*\(", head)
    if m and match_close(head, m.end() - 1) == len(head.rstrip()) - 1:
        # if (C) call(...);
        if k in compared_to(head[m.end():len(head.rstrip()) - 1], e_re, "!="):
            return True
        head = head[m.end():]
    if st is None or re.search(r"\w\s*\(|\b(if|else|while|for|do|switch)\b",
                               head) or e_re.search(head):
        return False
    cur = st[0]
    while cur > body[0] + 1:
        j = cur - 1
        while j > body[0] and code[j].isspace():
            j -= 1
        if NOT_PLAIN.search(code[j + 1:cur]):
            return False
        if code[j] == "{":
            k2 = j - 1
            while code[k2].isspace():
                k2 -= 1
            po = partners(code).get(k2, -1) if code[k2] == ")" else -1
            ws, w = word_before(code, po) if po > 0 else (0, "")
            if w != "if" or word_before(code, ws)[1] == "else":
                return False
            cond = code[po + 1:k2]
            if k in compared_to(cond, e_re, "!="):
                return True
            if re.search(r"\w\s*\(", cond):
                return False
            cur = ws
            continue
        if code[j] not in ";}":
            return False
        ob = partners(code).get(j, -1) if code[j] == "}" else j
        st = back_stmt(code, ob, body[0] - 1)
        if st is None:
            return False
        left = leaves_if(src, code[st[0]:j + 1], e_re, k)
        if left:
            return True
        if left is None:
            return False
        cur = st[0]
    return False


def leaves_if(src, stmt, e_re, k):
    """True for if (E == K ...) { ...; leave; } with no else, None when
    the statement may call or write anything, False when it does not."""
    m = re.match(r"\s*([A-Za-z_]\w*\s*:(?!:)\s*)*if\s*\(", stmt)
    if not m:
        return None if re.search(r"\w\s*\(|\b(while|for|do|switch|else)\b",
                                 stmt) or e_re.search(stmt) else False
    pc = match_close(stmt, m.end() - 1)
    cond, branch = stmt[m.end():pc], stmt[pc + 1:].strip()
    last = re.search(r"(goto\s+\w+|return\b[^;{}]*|break|continue)\s*;\s*"
                     r"\}?\s*$", branch)
    if not last or (match_close(branch, 0) != len(branch) - 1
                    if branch.startswith("{") else
                    re.search(r"\belse\b", branch)):
        return None    # an else, or a way out of the branch but a jump
    return True if k in compared_to(cond, e_re, "==") else None


# ---------------------------------------------------------------------
# The record.

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


GUARD_NEXT = re.compile(r"\s*;\s*guard\s*\(\s*\w+\s*\)\s*\(([^;]*)\)\s*;")


def guard_after(src, s):
    """The lock of a guard() that is the statement right after an
    enqueue (poll_wait(), prepare_to_wait(), add_wait_queue()) at the
    top of its function: held from there to the function's end, so all
    the waiter tests after it enqueued, it tests under that lock. An
    enqueue that comes before the lock is taken is ordered before the
    waker's test of the list as well when the waker holds the lock."""
    if s.get("wrapper") or not (s["form"] == "poll_wait" or
                                LOOP_FORM.match(s["form"])):
        return ""
    body = src.body_around(s["off"])
    code = src.code[body[0]:s["off"]] if body else ""
    if not body or code.count("{") - code.count("}") != 1:
        return ""
    m = GUARD_NEXT.match(src.code, s["call"][1] + 1)
    return src.text(*m.span(1)) if m else ""


def locks_of(src, s, own):
    """root_type|expr of each lock held, ;-separated: the lock argument
    of the form (_lock_irq, _spinlock, _mutex, a wrapper) or its queue's
    own lock (_locked), then those the lock rules found."""
    form, args, w = s["form"], s["call"][2], s.get("wrapper")
    named = []
    if w:
        named = [subst(w["lock"], w["params"], [src.text(*a) for a in args])]
    elif re.search(r"_lock_irq|^wait_var_event_(spinlock|mutex|any_lock)",
                   form) and len(args) > 2:
        named = [src.text(*args[2])]
    elif "_locked" in form and args:
        q = src.text(*args[0])
        named = ["&%s->lock" % q[1:].strip() if q.startswith("*")
                 else "&%s.lock" % q]
    guarded = guard_after(src, s)
    if guarded:
        own = dict(src.param_types(s["fn"]), **own)
        named.append(guarded)
    out, seen = [], set()
    for expr, tys in [(e, own) for e in named] + \
            [(e, types.get(k, {})) for e, k in s["locks"]] + \
            [(e, src.param_types(fn))
             for e, fn in s.get("cond_locks", [])]:
        if identity(expr) not in seen:
            seen.add(identity(expr))
            out.append("%s|%s" % (tys.get(root_of(expr), ""), expr))
    return ";".join(out)


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

// ---------------------------------------------------------------------
// Every wait site: the name of the wait form. The rules after this one
// match the forms again by name rather than inherit the position: a
// rule that inherits it is matched once per wait site of the file, and
// most of the time went there.

@wait depends on wqindex@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
position pw;
@@

wfn@pw(...)

@script:python@
pw << wait.pw;
wfn << wait.wfn;
@@

add_site(pw, str(wfn))
find_wrapper(pw)

// Calls of the wrappers of this file, by name: the name of the wrapper
// whose enqueue a wait site is, or a name no code has (a Python test on
// the name of each call cost more than all the rules that follow, and
// a script rule that drops a match drops that wait site for good).
@script:python wname@
pw << wait.pw;
w;
@@

coccinelle.w = cocci.make_ident(wrapper_sites.get(key(pw), NO_WRAPPER))

@wcall@
identifier wname.w;
position pc;
@@

w@pc(...)

@script:python@
pc << wcall.pc;
@@

add_wrapper_call(pc)

// Calls of the wrappers of the headers the file includes, among the
// calls with "wait" in their name that are not the wait API itself
// (only those: a Python test on every call's name costs more than all
// the rules, and each match is one more environment for the rules
// after). The other matches are left alone (dropping one would drop
// the wait sites of the file).
@hwcall depends on wqindex@
identifier hw =~ "^(?!(_*(io_)?wait_event|prepare_to_s?wait|finish_s?wait|_*add_wait_queue|_*remove_wait_queue|init_wait|wait_on_bit|wait_var_event|swait_event|poll_wait|waitqueue_active|swait_active|wait_for_completion|_*wake_up))[a-z0-9_]*wait";
position pc;
@@

hw@pc(...)

@script:python hwname@
pc << hwcall.pc;
hw << hwcall.hw;
hwn;
@@

coccinelle.hwn = cocci.make_ident(str(hw) if add_header_wrapper_call(
    pc, str(hw)) else NO_WRAPPER)

@htype_call@
position hwcall.pc;
identifier hwname.hwn;
type T;
idexpression T R;
@@

hwn@pc(..., <+... R ...+>, ...)

@script:python@
pc << hwcall.pc;
T << htype_call.T;
R << htype_call.R;
@@

add_type(pc, R, T)

// The types of the identifiers in the call, as Coccinelle knows them
// without includes (parameters, locals, globals of the file). The root
// of the queue and of a lock argument is looked up among them.
@wtype depends on wait@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
position pw;
type T;
idexpression T R;
@@

wfn@pw(..., <+... R ...+>, ...)

@script:python@
pw << wtype.pw;
T << wtype.T;
R << wtype.R;
@@

add_type(pw, R, T)

@wtype_call@
position wcall.pc;
identifier f;
type T;
idexpression T R;
@@

f@pc(..., <+... R ...+>, ...)

@script:python@
pc << wcall.pc;
T << wtype_call.T;
R << wtype_call.R;
@@

add_type(pc, R, T)

// The sleep after an enqueue: the nearest schedule*() on each path.
@sleep depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier sch =~ "^(io_)?schedule(_timeout[a-z_]*|_hrtimeout[a-z_]*|_preempt_disabled)?$";
position pw, ps;
@@

wt@pw(...)
...
sch@ps(...)

@script:python@
pw << sleep.pw;
ps << sleep.ps;
sch << sleep.sch;
@@

add_sleep(pw, ps, str(sch))

// ---------------------------------------------------------------------
// Locks held at the wait: taken (or asserted) before it with no release
// between, or, for an enqueue, released after it with no taking between
// (the caller took it). A lock call with no argument is a wrapper of
// this file (lock_kmap()), resolved through its definition; so is any
// other name but the lock primitives, or it is ignored.

// The lock calls first, then held once for each (the same matches):
// with L bound, "when != ul(L, ...)" tests one lock, where with L free
// Coccinelle carried every lock of the function along every path at
// once. On Linux 6.12's md.c held took 2.1 s of spatch's 3.3 s that way
// (md_do_sync(): loops and gotos), 0.8 s this way.
@locks depends on wait exists@
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
expression L;
position pl;
@@

lk@pl(L, ...)

@held exists@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
identifier locks.lk;
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression locks.L;
position locks.pl, pw;
@@

lk@pl(L, ...)
... when != ul(L, ...)
wfn@pw(...)

@script:python@
pw << held.pw;
pl << locks.pl;
lk << locks.lk;
@@

add_lock(pw, pl, str(lk))

@held0 depends on wait exists@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
position pw, pl;
@@

lk@pl()
... when != ul()
wfn@pw(...)

@script:python@
pw << held0.pw;
pl << held0.pl;
lk << held0.lk;
@@

add_lock(pw, pl, str(lk))

@held_call exists@
position wcall.pc, pl;
identifier f;
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression L;
@@

lk@pl(L, ...)
... when != ul(L, ...)
f@pc(...)

@script:python@
pc << wcall.pc;
pl << held_call.pl;
lk << held_call.lk;
@@

add_lock(pc, pl, str(lk))

@dropped depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression L;
position pw, pl;
@@

wt@pw(...)
... when != lk(L, ...)
ul@pl(L, ...)

@script:python@
pw << dropped.pw;
pl << dropped.pl;
ul << dropped.ul;
@@

add_lock(pw, pl, str(ul))

@dropped0 depends on wait exists@
identifier wt =~ "^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$";
identifier lk =~ "^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$";
identifier ul =~ "^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$";
position pw, pl;
@@

wt@pw(...)
... when != lk()
ul@pl()

@script:python@
pw << dropped0.pw;
pl << dropped0.pl;
ul << dropped0.ul;
@@

add_lock(pw, pl, str(ul))

// The types of the identifiers in the lock calls.
@ltype depends on held || dropped || held_call@
identifier lk =~ "^(([a-z0-9_]*_)?(un)?lock(_[a-z0-9_]*)?|(down|up)(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
position pl;
type T;
idexpression T R;
@@

lk@pl(..., <+... R ...+>, ...)

@script:python@
pl << ltype.pl;
T << ltype.T;
R << ltype.R;
@@

add_type(pl, R, T)

// ---------------------------------------------------------------------
// One record per wait site.

@script:python depends on wqindex@
pw << wait.pw;
@@

record(pw)

@script:python depends on wqindex@
pc << wcall.pc;
@@

record(pc)

@script:python depends on wqindex@
pc << hwcall.pc;
@@

record(pc)
