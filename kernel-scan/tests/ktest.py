# SPDX-License-Identifier: GPL-2.0
"""What kernel-scan's test suites share: the paths (kscan.paths, made
importable here) and the tally of their result lines.

A suite in this directory starts with

    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import ktest
"""

import os
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(TESTS))

from kscan.paths import COCCI, KERNEL, KSCAN, REPO, TRIAGE_DIR  # noqa
from kscan.paths import WQCHECK  # noqa: E402


class Tally:
    """One line per test, "ok   NAME: detail" or "FAIL NAME: why", and
    at the end "N passed, M failed": what testcases/tally adds up."""

    def __init__(self):
        self.passed = self.failed = 0

    def ok(self, name, detail=""):
        self.passed += 1
        print("ok   %s%s" % (name, ": " + detail if detail else ""),
              flush=True)

    def fail(self, name, detail):
        self.failed += 1
        print("FAIL %s: %s" % (name, detail), flush=True)

    def check(self, name, problems, detail=""):
        """ok when the list @problems is empty, else FAIL with them."""
        if problems:
            self.fail(name, "; ".join(problems[:5]) + (
                " (and %d more)" % (len(problems) - 5)
                if len(problems) > 5 else ""))
        else:
            self.ok(name, detail)

    def expect(self, name, cond, detail="", why=None):
        """ok with @detail when @cond holds, else FAIL with @why (or
        @detail); returns @cond."""
        if cond:
            self.ok(name, detail)
        else:
            self.fail(name, detail if why is None else why)
        return cond

    def summary(self):
        """The closing line; the exit status the suite should return."""
        print("%d passed, %d failed" % (self.passed, self.failed),
              flush=True)
        return 1 if self.failed else 0
