# SPDX-License-Identifier: GPL-2.0-only
"""The text of a file three ways, at the same offsets: as written, with
comments blanked (the fields are "as written"), and with comments,
strings, character constants and preprocessor lines blanked (to pair
brackets and find tokens); its functions, macros and calls."""

import re

from .names import IDENT, KEYWORDS, clean_type


BACKSLASH, TAB, NEWLINE = chr(92), chr(9), chr(10)
SPACE = re.compile(r"\s*")
OPEN = re.compile(r"\s*\(")


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
