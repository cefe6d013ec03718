# SPDX-License-Identifier: GPL-2.0-only
"""A state compared with constants in a condition (E == K, E != K):
what the waiter index reads of a loop's test and what the waker rules
read of the test before a store. make rules writes the code below this
docstring into cocci/waitqueue_active.cocci, which must stay one file
(the kernel's make coccicheck runs it alone); the index imports it."""

import re

# A constant a state is compared with: an ALL_CAPS name or a number.
VALUE_CONST = re.compile(r"_*[A-Z][A-Z0-9_]*|\d+[uUlL]*")


def split_top_op(text, op):
    """text split at op (&& or ||) outside brackets."""
    out, depth, last, i = [], 0, 0, 0
    while i < len(text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[i], 0)
        if depth == 0 and text.startswith(op, i):
            out.append(text[last:i])
            last = i = i + len(op)
            continue
        i += 1
    return out + [text[last:]]


def enclosed(text):
    """Whether the whole of text is one pair of parentheses."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if depth == 0:
            return text[0] == "(" and i == len(text) - 1
    return False


def compared(cond, expr_re, op, join):
    """K of each part of cond, split at join (&& or ||), that compares
    the state E (expr_re) with a constant K by op (== or !=): E op K or
    K op E. With op == and join &&, cond true means E is one of them;
    with op != and join ||, cond false does; with op != and join &&,
    cond true means E is none of them."""
    out = []
    for part in split_top_op(cond, join):
        part = part.strip()
        while part.startswith("(") and enclosed(part):
            part = part[1:-1].strip()
        sides = [x.strip() for x in part.split(op)]
        if len(sides) != 2:
            continue
        for a, b in (sides, sides[::-1]):
            if expr_re.fullmatch(a) and VALUE_CONST.fullmatch(b):
                out.append(b)
    return out
