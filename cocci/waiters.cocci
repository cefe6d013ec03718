// SPDX-License-Identifier: GPL-2.0-only
/// Index the places where a task waits on a wait queue, a bit or a
/// variable: one wqcheck-waiter-1 record per wait site, with the queue,
/// the type of its root, what the waiter condition reads (following
/// functions of the same file two calls deep), the locks held at the
/// enqueue and the condition test, and how it sleeps.
///
/// wqcheck reads these records to judge a waker finding against the
/// waiters of its queue: a waiter that tests under the lock the waker
/// holds, or that reads none of the stores, or that re-polls on a short
/// timeout, changes what the finding means. cocci/RECORDS.md and the
/// contract in the issue describe every field.
///
// Confidence: High
// Copyright: (C) 2026 The wqcheck authors.
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Comments: Prints records only with -D wqindex; reports nothing.
// Options: --no-includes --include-headers --iso-limit 0

virtual wqindex

@initialize:python@
@@
import re

BACKSLASH = chr(92)
TAB = chr(9)
NEWLINE = chr(10)


def esc(v):
    """Escape a record field: backslash, tab and newline (as waker
    records do)."""
    v = str(v).replace(BACKSLASH, BACKSLASH * 2)
    return v.replace(TAB, BACKSLASH + "t").replace(NEWLINE, BACKSLASH + "n")


# ---------------------------------------------------------------------
# The text of a file, three ways, with the same offsets: as written; with
# comments blanked (for the fields, "as written"); and with comments,
# strings, character constants and preprocessor lines blanked (for
# matching brackets and finding tokens).

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


LEXEME = re.compile(r"/\*.*?\*/|//[^\n]*|\"(\\.|[^\"\\\n])*\"|'(\\.|[^'\\\n])*'"
                    r"|^[ \t]*#(\\\n|[^\n])*", re.M | re.S)


def blank_text(raw):
    """Return (nocomment, code) copies of raw with the same length."""
    noc, code, last = [], [], 0
    for m in LEXEME.finditer(raw):
        s = m.group(0)
        blank = re.sub(r"[^\n]", " ", s)
        noc.append(raw[last:m.start()])
        code.append(raw[last:m.start()])
        if s[0] in "\"'":
            noc.append(s)
            code.append(s[0] + blank[1:-1] + s[-1])
        elif s[0] != "/":
            noc.append(s)
            code.append(blank)
        else:
            noc.append(blank)
            code.append(blank)
        last = m.end()
    noc.append(raw[last:])
    code.append(raw[last:])
    return "".join(noc), "".join(code)


PAIRS = {"(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{"}
BRACKET = re.compile(r"[][(){}]")
_partners = [None, {}]    # the code of the file being read, its pairs


def partners(code):
    """Offset of each bracket of code -> offset of its partner, made
    once per file (an unmatched bracket, left by #if branches, has
    none)."""
    if _partners[0] is not code:
        table, stack = {}, []
        for m in BRACKET.finditer(code):
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
    """Offset of the bracket closing the one at code[i], or -1."""
    if len(code) > 4096:
        j = partners(code).get(i, -1)
        return j if limit is None or j < limit else -1
    depth, end = 0, len(code) if limit is None else limit
    for j in range(i, end):
        if code[j] == code[i]:
            depth += 1
        elif code[j] == PAIRS[code[i]]:
            depth -= 1
            if depth == 0:
                return j
    return -1


def match_open(code, j):
    """Offset of the bracket opening the one closed at code[j], or -1."""
    return partners(code).get(j, -1)


def word_before(code, j):
    """(start, word) of the identifier ending just before j, skipping
    blanks, or (j, "")."""
    while j > 0 and code[j - 1].isspace():
        j -= 1
    i = j
    while i > 0 and (code[i - 1].isalnum() or code[i - 1] == "_"):
        i -= 1
    return i, code[i:j]


# Annotations written between a function's parameters and its body.
ANNOTATION = re.compile(r"^__(releases|acquires|must_hold|attribute__|"
                        r"cond_acquires|cond_releases|no_context_analysis)$")


def function_at(code, brace):
    """(name, params_open, params_close) when the "{" at offset brace
    opens a function body, else None."""
    j = brace
    while True:
        while j > 0 and code[j - 1].isspace():
            j -= 1
        if j == 0 or code[j - 1] != ")":
            return None
        po = match_open(code, j - 1)
        if po < 0:
            return None
        start, name = word_before(code, po)
        if not name:
            return None
        if ANNOTATION.match(name):
            j = start
            continue
        if name in ("if", "for", "while", "switch", "sizeof"):
            return None
        return name, po, j - 1


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
        self.starts = [0]
        for m in re.finditer(NEWLINE, self.raw):
            self.starts.append(m.end())
        self.funcs = {}     # name -> dict(po, pc, bo, bc)
        self.bodies = []    # (bo, bc, name), in file order
        self.find_functions()
        self.macros = {}    # name -> (params, body)
        self.find_macros()

    def off(self, line, col):
        line = int(line)
        if line < 1 or line > len(self.starts):
            return -1
        return self.starts[line - 1] + int(col)

    def find_functions(self):
        code, i = self.code, self.code.find("{")
        while i >= 0:
            end = match_close(code, i)
            if end < 0:
                return
            fn = function_at(code, i)
            if fn is not None:
                name, po, pc = fn
                self.funcs.setdefault(name, dict(po=po, pc=pc, bo=i, bc=end))
                self.bodies.append((i, end, name))
            i = code.find("{", end + 1)

    def find_macros(self):
        for m in re.finditer(r"(?m)^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)"
                             r"(\(([^)]*)\))?(([^\n]*\\\n)*[^\n]*)",
                             self.noc):
            name = m.group(1)
            if name in self.macros:
                continue
            params = [p.strip() for p in (m.group(3) or "").split(",")
                      if p.strip()]
            body = m.group(4).replace(BACKSLASH + NEWLINE, " ")
            self.macros[name] = (params, body)

    def body_around(self, off):
        """(bo, bc, name) of the function body holding off, or None."""
        for bo, bc, name in self.bodies:
            if bo < off < bc:
                return bo, bc, name
        return None

    def params(self, name):
        """Parameter names of a function defined in this file."""
        f = self.funcs.get(name)
        if f is None:
            return []
        return param_names(self.code[f["po"] + 1:f["pc"]])

    def text(self, a, b):
        """Source text between two offsets, comments out, one line."""
        return re.sub(r"\s+", " ", self.noc[a:b]).strip()


def param_names(text):
    names = []
    for p in split_top(text):
        m = re.search(r"([A-Za-z_]\w*)\s*(\[[^\]]*\]\s*)*$", p)
        names.append(m.group(1) if m and p.strip() != "void" else "")
    return names


def split_top(text):
    """Split text on commas outside brackets."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


_sources = {}


def source(path):
    if path not in _sources:
        if len(_sources) > 8:
            _sources.clear()
        _sources[path] = Source(path)
    return _sources[path]


def call_at(src, off):
    """(name_end, open, close, [(arg_start, arg_end)]) of the call whose
    name starts at off, or None."""
    m = IDENT.match(src.code, off)
    if not m:
        return None
    i = m.end()
    while i < len(src.code) and src.code[i].isspace():
        i += 1
    if i >= len(src.code) or src.code[i] != "(":
        return None
    close = match_close(src.code, i)
    if close < 0:
        return None
    args, depth, start = [], 0, i + 1
    for j in range(i + 1, close):
        ch = src.code[j]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append((start, j))
            start = j + 1
    if src.code[start:close].strip() or args:
        args.append((start, close))
    return m.end(), i, close, args


# ---------------------------------------------------------------------
# Names.

# Sleeps that end on a timeout.
TIMEOUT_FORM = re.compile(r"timeout")
# Waits written as a loop around an enqueue.
LOOP_FORM = re.compile(r"^(prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*)$")
# Forms whose 2nd argument is the condition.
COND_FORM = re.compile(r"^(_*(io_)?wait_event[a-z_0-9]*|wait_var_event[a-z_]*|"
                       r"swait_event[a-z_]*)$")
# Locks whose argument is the lock (every other name that locks is a
# wrapper, resolved through its definition in the file, or ignored).
STD_LOCK = re.compile(
    r"^(lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked|(raw_)?(spin|read|write)_(un)?lock(_irq|_irqsave|_irqrestore|_bh|"
    r"_nested|_irqsave_nested)?|mutex_(un)?lock(_interruptible|_killable|"
    r"_nested|_io)?(_nested)?|(down|up)(_read|_write)?(_interruptible|"
    r"_killable|_nested|_non_owner)?|local_(un)?lock(_irq|_irqsave|"
    r"_irqrestore)?)$")
NOT_LOCK = re.compile(r"(_init|_is_held|_is_locked)$")

KEYWORDS = {"if", "while", "for", "switch", "return", "do", "else", "case",
            "goto", "break", "continue", "sizeof", "typeof", "__typeof__",
            "_Generic", "defined", "alignof", "__alignof__", "offsetof"}

# Calls that read nothing beyond their arguments (whose members and
# bits are taken as reads).
PURE = re.compile(
    r"^(READ_ONCE|smp_load_acquire|data_race|likely|unlikely|"
    r"__builtin_expect|atomic(64|_long)?_read(_acquire)?|refcount_read|"
    r"kref_read|percpu_counter_(read|sum)[a-z_]*|test_bit(_acquire)?|"
    r"list_empty(_careful)?|list_is_singular|list_is_last|"
    r"list_first_entry(_or_null)?|list_entry|hlist_empty|llist_empty|"
    r"waitqueue_active|wq_has_sleeper|swait_active|swq_has_sleeper|"
    r"signal_pending|fatal_signal_pending|signal_pending_state|"
    r"kthread_should_stop|kthread_should_park|freezing|"
    r"time_(after|before)(_eq)?(64)?|time_in_range[a-z_0-9]*|"
    r"time_is_(after|before)[a-z_0-9]*|ktime_[a-z_0-9]+|jiffies[a-z_0-9]*|"
    r"min|max|min_t|max_t|min3|max3|clamp|clamp_t|clamp_val|abs|"
    r"rcu_access_pointer|rcu_dereference[a-z_]*|IS_ERR|IS_ERR_OR_NULL|"
    r"PTR_ERR|ERR_PTR|ERR_CAST|PTR_ERR_OR_ZERO|container_of|ARRAY_SIZE|"
    r"BIT|BIT_ULL|GENMASK|GENMASK_ULL|FIELD_GET|WARN_ON|WARN_ON_ONCE|"
    r"WARN|WARN_ONCE|BUG_ON|VM_BUG_ON|VM_WARN_ON|VM_WARN_ON_ONCE)$")
# Bit tests: their first argument is a bit.
BIT_READER = re.compile(r"^(test_bit(_acquire)?|test_and_(set|clear|change)"
                        r"_bit(_lock)?|wait_on_bit[a-z_]*)$")
# The wait machinery, locks and diagnostics: neither the call nor its
# arguments are what the condition reads.
MACHINERY = re.compile(
    r"^(prepare_to_s?wait[a-z_]*|finish_s?wait|_*add_wait_queue[a-z_]*|"
    r"_*remove_wait_queue|init_wait[a-z_]*|init_waitqueue_entry|"
    r"DEFINE_WAIT[A-Z_]*|DECLARE_WAITQUEUE|DECLARE_SWAITQUEUE|"
    r"_*set_current_state|set_special_state|(io_)?schedule[a-z_]*|"
    r"might_sleep|cond_resched[a-z_]*|cpu_relax|barrier|smp_[a-z_]*mb[a-z_]*|"
    r"mb|rmb|wmb|sched_annotate_sleep|"
    r"([a-z0-9_]*_)?(un)?lock(_[a-z0-9_]*)?|(down|up)(_read|_write)?[a-z_]*|"
    r"local_irq_[a-z]+|local_bh_[a-z]+|preempt_(en|dis)able[a-z_]*|"
    r"lockdep_[a-z_]+|assert_[a-z_]+|__acquire|__release|__acquires|__releases|"
    r"pr_[a-z_]+|printk[a-z_]*|dev_(dbg|info|notice|warn|err|crit|alert|emerg)"
    r"[a-z_]*|net_[a-z]+_ratelimited|trace_[a-z0-9_]+|tracepoint[a-z_]*)$")
# Constants that say nothing about the waker state.
NOISE = re.compile(r"^(TASK_[A-Z_]+|NULL|HZ|MAX_SCHEDULE_TIMEOUT|KTIME_MAX|"
                   r"GFP_[A-Z_]+|__GFP_[A-Z_]+|E(?!POLL)[A-Z0-9]+|"
                   r"U(8|16|32|64)_MAX|S(8|16|32|64)_MAX|INT_MAX|UINT_MAX|"
                   r"LONG_MAX|ULONG_MAX|HRTIMER_MODE_[A-Z_]+|CLOCK_[A-Z_]+|"
                   r"PAGE_SIZE|PAGE_SHIFT)$")
CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]*$")
TOKEN = re.compile(r"(->|\.)\s*([A-Za-z_]\w*)|([A-Za-z_]\w*)")
DEPTH = 2   # static callees followed: read_events() -> 1 -> 2


# ---------------------------------------------------------------------
# What a condition reads.

class Reads:
    def __init__(self):
        self.tokens = []
        self.seen = set()
        self.star = False

    def add(self, tok):
        if tok not in self.seen:
            self.seen.add(tok)
            self.tokens.append(tok)

    def text(self):
        return " ".join(self.tokens + (["*"] if self.star else []))


def scan_reads(src, a, b, out, where="", depth=0, stack=()):
    """Add to out what the code between offsets a and b reads."""
    code = src.code
    i = a
    while i < b:
        m = TOKEN.search(code, i, b)
        if not m:
            break
        i = m.end()
        nxt = i
        while nxt < b and code[nxt].isspace():
            nxt += 1
        is_call = nxt < b and code[nxt] == "("
        if m.group(2):
            out.add(m.group(2) + where)
            if is_call:
                out.star = True    # a call through a pointer
            continue
        name = m.group(3)
        if name[0].isdigit():
            continue
        if not is_call:
            if CONSTANT.match(name) and not NOISE.match(name) and \
                    len(name) > 1:
                out.add(name + where)
            continue
        if name in KEYWORDS:
            continue
        if MACHINERY.match(name):
            end = match_close(code, nxt, b)
            i = end + 1 if end > 0 else i
            continue
        if BIT_READER.match(name):
            call = call_at(src, m.start(3))
            if call and call[3]:
                bit = src.text(*call[3][0])
                if IDENT.fullmatch(bit) and not NOISE.match(bit):
                    out.add(bit + where)
            continue
        if PURE.match(name):
            continue
        f = src.funcs.get(name)
        if f is None or name in stack:
            if f is None:
                out.star = True
            continue
        if depth >= DEPTH:
            out.star = True
            continue
        scan_reads(src, f["bo"], f["bc"], out, "@" + name, depth + 1,
                   stack + (name,))
        if (src.path, name) in wrappers:
            # Its arguments are the queue and the lock, not reads.
            end = match_close(code, nxt, b)
            i = end + 1 if end > 0 else i


def root_of(expr):
    """The root identifier of a queue or lock expression: &, *, casts
    and parentheses stripped, the first name of ->/. chain."""
    e = expr.strip()
    while True:
        e2 = re.sub(r"^(&|\*|\(\s*(struct|union|enum)?\s*\w+[\s*]*\)|\()\s*",
                    "", e)
        if e2 == e:
            break
        e = e2
    m = IDENT.match(e)
    return m.group(0) if m else ""


def clean_type(t):
    t = re.sub(r"\[[^\]]*\]", "", t)
    t = re.sub(r"\b(const|volatile|__rcu|__iomem|__user|__percpu|"
               r"__force)\b", "", t)
    return re.sub(r"\s+", " ", t.replace("*", " ")).strip()


def last_member(expr):
    parts = re.split(r"->|\.", re.sub(r"[\s()&*]", "", expr))
    last = re.sub(r"\[.*$", "", parts[-1]) if parts else ""
    return last if IDENT.fullmatch(last or "") else ""


# ---------------------------------------------------------------------
# The wait sites of the files being read, keyed by (file, line, col).

sites = {}
types = {}       # call key -> {identifier: type}


def key(p):
    return (p[0].file, int(p[0].line), int(p[0].column))


def add_site(pw, form):
    p = pw[0]
    k = key(pw)
    if k in sites or p.current_element == "something_else":
        return
    src = source(p.file)
    off = src.off(p.line, p.column)
    call = call_at(src, off) if off >= 0 else None
    if call is None:
        return
    sites[k] = dict(file=p.file, line=int(p.line), fn=p.current_element,
                    form=form, off=off, call=call, sleeps=[], locks=[],
                    printed=False)


def add_type(p, name, typ):
    types.setdefault(key(p), {}).setdefault(str(name), clean_type(str(typ)))


def add_sleep(pw, ps, name):
    s = sites.get(key(pw))
    if s is not None:
        src = source(ps[0].file)
        s["sleeps"].append((src.off(ps[0].line, ps[0].column), name))


def resolve_lock(src, name, args):
    """The lock taken or released by a call of name with these argument
    texts: the first argument of a lock primitive, or what a wrapper
    macro or function of this file locks, its parameters replaced by
    the arguments."""
    if NOT_LOCK.search(name):
        return ""
    if STD_LOCK.match(name):
        return args[0] if args else ""
    if name in src.macros:
        params, body = src.macros[name]
    elif name in src.funcs:
        f = src.funcs[name]
        params, body = src.params(name), src.code[f["bo"] + 1:f["bc"]]
    else:
        return ""
    for m in IDENT.finditer(body):
        if not STD_LOCK.match(m.group(0)):
            continue
        rest = body[m.end():].lstrip()
        if not rest.startswith("("):
            continue
        inner = rest[1:match_close(rest, 0)] if match_close(rest, 0) > 0 \
            else ""
        first = split_top(inner)
        if not first:
            return ""
        expr = first[0].strip()
        for p, a in zip(params, args):
            if p:
                expr = re.sub(r"\b%s\b" % re.escape(p), "(%s)" % a
                              if not IDENT.fullmatch(a) else a, expr)
        return re.sub(r"\s+", " ", expr)
    return ""


def add_lock(pw, pl, name):
    """A lock call at pl holds a lock at the wait pw."""
    s = sites.get(key(pw))
    if s is None:
        return
    src = source(pl[0].file)
    call = call_at(src, src.off(pl[0].line, pl[0].column))
    args = [src.text(a, b) for a, b in call[3]] if call else []
    expr = resolve_lock(src, name, args)
    if expr:
        s["locks"].append((expr, key(pl)))


# ---------------------------------------------------------------------
# Loops, for the reads of an enqueue and for the sleep kind.

def enclosing_loop(src, off, lo):
    """The innermost loop holding offset off, searched back to lo.

    Returns dict(start, cond=(a, b), body=(a, b), end) or None; a
    do-while has its condition after the body."""
    code = src.code
    j = off
    while j > lo:
        j -= 1
        c = code[j]
        if c == "}" or c == ")":
            j = match_open(code, j)
            if j < 0:
                return None
            continue
        if c not in "({":
            continue
        if c == "(":
            ws, w = word_before(code, j)
            if w in ("while", "for"):
                close = match_close(code, j)
                return loop_from(src, ws, j, close)
            continue
        # An opening brace: what owns this block?
        k = j
        while k > lo and code[k - 1].isspace():
            k -= 1
        ws, w = word_before(code, k)
        if w == "do":
            close = match_close(code, j)
            m = re.match(r"\s*while\s*\(", code[close + 1:])
            if not m:
                return None
            co = close + 1 + m.end() - 1
            cc = match_close(code, co)
            return dict(start=ws, cond=(co + 1, cc), body=(j, close),
                        end=cc)
        if k > lo and code[k - 1] == ")":
            po = match_open(code, k - 1)
            ws, w = word_before(code, po)
            if w in ("while", "for"):
                return loop_from(src, ws, po, k - 1)
    return None


def loop_from(src, start, po, pc):
    """A while or for loop whose header parentheses are po..pc."""
    code = src.code
    k = pc + 1
    while k < len(code) and code[k].isspace():
        k += 1
    if k < len(code) and code[k] == "{":
        end = match_close(code, k)
    else:
        end = code.find(";", k)
    return dict(start=start, cond=(po + 1, pc), body=(k, end), end=end)


def nearest_sleep(s):
    """(offset, name) of the sleep after the enqueue, nearest first."""
    after = sorted(x for x in s["sleeps"] if x[0] > s["off"])
    if after:
        return after[0]
    return min(s["sleeps"]) if s["sleeps"] else None


# A test of a wait result that is true when the wait timed out: !V,
# V == 0, V <= 0. PLACEHOLDER stands for the call tested in place.
TIMED_OUT = r"(!\s*%s\b|\b%s\s*(==|<=)\s*0\b|\b0\s*==\s*%s\b)"
EXITS = re.compile(r"\b(break|return|goto)\b")
ERROR = re.compile(r"-\s*E[A-Z]+\b")
PLACEHOLDER = "__wqcheck_W__"


def result_of(src, off, lo):
    """How the result of the call at off is used: (V, negated) for
    V = call or V = !call, (PLACEHOLDER, False) for a call tested in an
    if or loop condition, ("return", False), or None (ignored)."""
    code = src.code
    j = off
    while j > lo and code[j - 1] not in ";{}":
        j -= 1
    head = code[j:off]
    m = re.search(r"([A-Za-z_][\w.>-]*)\s*(?<![=!<>])=\s*(!\s*)?$", head)
    if m:
        return m.group(1), bool(m.group(2))
    if re.search(r"\breturn\b", head):
        return "return", False
    if re.search(r"\b(if|while)\s*\(", head):
        return PLACEHOLDER, False
    return None


def branch_after(code, pc):
    """Text of the statement after the test closed at pc."""
    k = pc + 1
    while k < len(code) and code[k].isspace():
        k += 1
    if k < len(code) and code[k] == "{":
        end = match_close(code, k)
    else:
        end = code.find(";", k)
    return code[k:end + 1] if end >= 0 else ""


def tests_in(src, loop, off, close):
    """(offset, text, branch) of each if in the loop, the wait call in
    a test replaced by PLACEHOLDER."""
    code = src.code
    for m in re.finditer(r"\bif\s*\(", code[loop["start"]:loop["end"]]):
        po = loop["start"] + m.end() - 1
        pc = match_close(code, po)
        if pc > 0:
            yield po, test_text(code, po + 1, pc, off, close), \
                branch_after(code, pc)


def test_text(code, a, b, off, close):
    if a <= off < b:
        return code[a:off] + " " + PLACEHOLDER + " " + code[close + 1:b]
    return code[a:b]


def leaves_on_timeout(src, loop, off, close, use):
    """Whether a timed-out wait leaves its loop (an error or a stall)
    rather than going round to the same wait.

    With its result tested: a test true when it timed out whose branch
    breaks, returns, jumps or sets an error code, or a loop condition
    false when it timed out. With its result ignored: a later test of
    the loop that leaves with an error code (the condition re-tested)."""
    code = src.code
    if use is None:
        for po, text, branch in tests_in(src, loop, off, close):
            if po > close and EXITS.search(branch) and ERROR.search(branch):
                return True
        return False
    var, neg = use
    v = re.escape(var)
    timed = re.compile(TIMED_OUT % (v, v, v))
    named = re.compile(r"\b%s\b" % v)
    for po, text, branch in tests_in(src, loop, off, close):
        if named.search(text) and bool(timed.search(text)) != neg and \
                (EXITS.search(branch) or ERROR.search(branch)):
            return True
    text = test_text(code, loop["cond"][0], loop["cond"][1], off, close)
    if named.search(text):
        return bool(timed.search(text)) == neg
    return False


def timeout_kind(src, off, close):
    """timeout or repoll, for a sleep with a timeout at off..close."""
    body = src.body_around(off)
    lo = body[0] if body else 0
    use = result_of(src, off, lo)
    loop = enclosing_loop(src, off, lo)
    if loop is None or use == ("return", False):
        return "timeout"
    return "timeout" if leaves_on_timeout(src, loop, off, close, use) \
        else "repoll"


TESTS = re.compile(r"\b(if|while|for|switch)\b|\?|&&|\|\|")


def sleep_of(src, s):
    form = s["form"]
    if s.get("wrapper"):
        return sleep_of(src, sites[s["wrapper"]["site"]])
    if form == "poll_wait":
        return ""
    if not LOOP_FORM.match(form):
        if not TIMEOUT_FORM.search(form):
            return "none"
        return timeout_kind(src, s["off"], s["call"][2])
    sl = nearest_sleep(s)
    if sl is None:
        return ""
    off, name = sl
    call = call_at(src, off)
    if not TIMEOUT_FORM.search(name) or call is None:
        return "none" if call else ""
    if off > s["call"][2] and \
            not TESTS.search(src.code[s["call"][2] + 1:off]):
        # A nap: enqueued, then asleep for a while with nothing tested.
        return "repoll"
    return timeout_kind(src, off, call[2])


def reads_of(src, s):
    """What the condition reads: the cond argument of wait_event*(), the
    word and bit of wait_on_bit*(), the rest of a poll function after
    poll_wait(), else the loop around the enqueue (whole: the tail of
    the loop re-reads what its test reads) or the function up to it."""
    form, args = s["form"], s["call"][3]
    out = Reads()
    if form.startswith("wait_on_bit"):
        word = last_member(src.text(*args[0])) if args else ""
        bit = src.text(*args[1]) if len(args) > 1 else ""
        for tok in (word, bit):
            if IDENT.fullmatch(tok):
                out.add(tok)
        return out.text()
    if COND_FORM.match(form) and not s.get("wrapper"):
        if len(args) > 1:
            scan_reads(src, args[1][0], args[1][1], out)
        return out.text()
    body = src.body_around(s["off"])
    if body is None:
        return ""
    if form == "poll_wait":
        scan_reads(src, s["call"][2] + 1, body[1], out)
        return out.text()
    loop = enclosing_loop(src, s["off"], body[0])
    if loop:
        scan_reads(src, loop["start"], loop["end"] + 1, out)
    elif s.get("wrapper"):
        scan_reads(src, body[0] + 1, s["call"][2] + 1, out)
    else:
        sl = nearest_sleep(s)
        end = sl[0] if sl and sl[0] > s["off"] else body[1]
        scan_reads(src, body[0] + 1, end, out)
    return out.text()


def lock_args_of(src, s):
    """Locks named by the wait form itself (or the wrapper call)."""
    form, args = s["form"], s["call"][3]
    w = s.get("wrapper")
    if w:
        return [subst(w["lock"], w["params"], [src.text(*a) for a in args])]
    if re.search(r"_lock_irq|^wait_var_event_(spinlock|mutex|any_lock)",
                 form) and len(args) > 2:
        return [src.text(*args[2])]
    if re.search(r"_locked", form) and args:
        q = src.text(*args[0])
        return ["&%s->lock" % q[1:].strip() if q.startswith("*")
                else "&%s.lock" % q]
    return []


CHAIN = r"[A-Za-z_]\w*((->|\.)[A-Za-z_]\w*)*"


def subst(expr, params, args):
    """expr with each parameter name replaced by its argument: a
    parameter p of &p->m given &x->n is written &x->n.m."""
    def arg(m):
        i = params.index(m.group(0))
        a = args[i] if i < len(args) else m.group(0)
        return a if re.fullmatch(CHAIN, a) else "(%s)" % a
    names = [p for p in params if p]
    if not names:
        return expr
    expr = re.sub(r"(?<![.>])\b(%s)\b" % "|".join(map(re.escape, names)),
                  arg, expr)
    expr = re.sub(r"\(&\s*(%s)\)->" % CHAIN, r"\1.", expr)
    expr = re.sub(r"\(\*\s*(%s)\)\." % CHAIN, r"\1->", expr)
    expr = re.sub(r"^\*\(&\s*(%s)\)$" % CHAIN, r"\1", expr)
    return re.sub(r"^\(([^()]*)\)$", r"\1", expr)


def queue_of(src, s):
    args = s["call"][3]
    w = s.get("wrapper")
    if w:
        return subst(w["queue"], w["params"], [src.text(*a) for a in args])
    i = 1 if s["form"] == "poll_wait" else 0
    return src.text(*args[i]) if len(args) > i else ""


def identity(expr):
    return re.sub(r"[\s&*()]", "", expr)


def locks_of(src, s, own):
    out, seen = [], set()
    found = [(e, own) for e in lock_args_of(src, s)] + \
        [(e, types.get(k, {})) for e, k in s["locks"]]
    for expr, tys in found:
        if identity(expr) in seen:
            continue
        seen.add(identity(expr))
        out.append("%s|%s" % (tys.get(root_of(expr), ""), expr))
    return ";".join(out)


def record(pw):
    s = sites.get(key(pw))
    if s is None or s["printed"]:
        return
    s["printed"] = True
    src = source(s["file"])
    queue = queue_of(src, s)
    own = types.get(key(pw), {})
    args = s["call"][3]
    plain = not s.get("wrapper")
    bit = src.text(*args[1]) if s["form"].startswith("wait_on_bit") and \
        len(args) > 1 else ""
    cond = src.text(*args[1]) if COND_FORM.match(s["form"]) and plain and \
        len(args) > 1 else ""
    fields = ["wqcheck-waiter-1", s["file"], s["line"], s["fn"], s["form"],
              queue, own.get(root_of(queue), ""), bit, reads_of(src, s),
              locks_of(src, s, own), sleep_of(src, s), cond]
    print(TAB.join(esc(x) for x in fields))


# ---------------------------------------------------------------------
# Wrappers: a function of this file that enqueues on its parameter and
# releases a lock it was given (xlog_wait()) is a wait form at its call
# sites, with the queue and the lock named by the call's arguments.

wrappers = {}    # (file, name) -> dict(site, queue, lock, params)
wrapper_names = set()
UNLOCK_NAME = re.compile(r"^([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?$|^up(_read|"
                         r"_write)?$")
SLEEP_NAME = re.compile(r"\b(io_)?schedule(_timeout[a-z_]*|_hrtimeout"
                        r"[a-z_]*)?\s*\(")


def find_wrapper(pw):
    """Record the function of the enqueue at pw as a wrapper when it is
    one."""
    k = key(pw)
    s = sites.get(k)
    if s is None:
        return
    src = source(s["file"])
    body = src.body_around(s["off"])
    if body is None or not LOOP_FORM.match(s["form"]):
        return
    name = body[2]
    params = src.params(name)
    queue = queue_of(src, s)
    if root_of(queue) not in params or \
            not SLEEP_NAME.search(src.code, s["off"], body[1]):
        return
    for m in IDENT.finditer(src.code, s["call"][2], body[1]):
        if not UNLOCK_NAME.match(m.group(0)):
            continue
        call = call_at(src, m.start())
        if call is None:
            continue
        lock = resolve_lock(src, m.group(0),
                            [src.text(a, b) for a, b in call[3]])
        if root_of(lock) in params and \
                not takes(src, body[0], m.start(), lock):
            wrappers[(s["file"], name)] = dict(site=k, queue=queue,
                                               lock=lock, params=params)
            wrapper_names.add(name)
            return


LOCK_NAME = re.compile(r"^([a-z0-9_]*_)?lock(_[a-z0-9_]*)?$|^down(_read|"
                       r"_write)?[a-z_]*$")


def takes(src, a, b, lock):
    """Whether the code between a and b takes the lock itself (then it
    is not the caller's lock that a wrapper releases)."""
    for m in IDENT.finditer(src.code, a, b):
        call = call_at(src, m.start()) if LOCK_NAME.match(m.group(0)) \
            else None
        if call and identity(resolve_lock(
                src, m.group(0), [src.text(x, y) for x, y in call[3]])) \
                == identity(lock):
            return True
    return False


def add_wrapper_call(pc):
    """A call of a wrapper (a script constraint cannot be inherited:
    the name is read back from the text)."""
    src = source(pc[0].file)
    m = IDENT.match(src.code, src.off(pc[0].line, pc[0].column))
    name = m.group(0) if m else ""
    w = wrappers.get((pc[0].file, name))
    if w is not None and key(pc) != w["site"]:
        add_site(pc, name)
        s = sites.get(key(pc))
        if s is not None:
            s["wrapper"] = w

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

// Calls of the wrappers of this file (a Python test on the name of
// each call, only in files with a wait).
@wcall depends on wait@
identifier wname : script:python() { wname in wrapper_names };
position pc;
@@

wname@pc(...)

@script:python@
pc << wcall.pc;
@@

add_wrapper_call(pc)

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

@held depends on wait exists@
identifier wfn =~ "^(_*(io_)?wait_event[a-z_0-9]*|prepare_to_s?wait[a-z_]*|_*add_wait_queue[a-z_]*|wait_on_bit[a-z_]*|wait_var_event[a-z_]*|swait_event[a-z_]*|poll_wait)$";
identifier lk =~ "^(([a-z0-9_]*_)?lock(_[a-z0-9_]*)?|down(_read|_write)?(_[a-z_]+)?|lockdep_assert_held[a-z_]*|assert_(raw_)?spin_locked)$";
identifier ul =~ "^(([a-z0-9_]*_)?unlock(_[a-z0-9_]*)?|up(_read|_write)?(_non_owner)?)$";
expression L;
position pw, pl;
@@

lk@pl(L, ...)
... when != ul(L, ...)
wfn@pw(...)

@script:python@
pw << held.pw;
pl << held.pl;
lk << held.lk;
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
