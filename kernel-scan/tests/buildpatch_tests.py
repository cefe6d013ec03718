# SPDX-License-Identifier: GPL-2.0
"""tests/run's cases for build-patches' pieces: what a patch fixes, the
hard-link copy, the architecture of a file, and the tool's one-line
errors. No kernel tree and no compiler needed."""

import os
import subprocess
import sys
import tempfile

import ktest

from kscan import kobj, linkfarm, patchset

BUILD_PATCHES = os.path.join(ktest.KSCAN, "build-patches")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def eq(got, want, what):
    assert got == want, "%s: got %r, want %r" % (what, got, want)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def finding(file, store, check, fn="f", rule="missing-barrier", conf="high"):
    return {"file": file, "function": fn, "rule": rule, "line": check,
            "confidence": conf, "wait_queue": "&q",
            "store": {"target": "x->a", "line": store}}


@test
def patch_targets():
    old = ["a", "store", "if (check)", "wake"]
    new = ["a", "store", "/*", " */", "smp_mb();", "if (check)", "wake"]
    eq(patchset.changed_lines(old, new), {3}, "insertion point")
    eq(patchset.changed_lines(["s", "smp_wmb();", "c"],
                              ["s", "smp_mb();", "c"]), {2, 3}, "replacement")
    braced = patchset.changed_lines(
        ["x", "if (dec_and_test(&r))", "\twake(&r);", "y"],
        ["x", "if (dec_and_test(&r)) {", "\tsmp_mb();", "\twake(&r);", "}",
         "y"])
    eq(braced, {2, 3, 4}, "a head given braces")
    eq(len(patchset.targets([finding("a.c", 2, 3)], "a.c", braced)), 1,
       "the store in the head, the check in the braced body")
    hit = finding("a.c", 2, 3)
    found = [hit, finding("a.c", 4, 6), finding("b.c", 2, 3),
             finding("a.c", 3, 3), {"file": "a.c", "line": 3}]
    eq(patchset.targets(found, "a.c", {3}), [hit], "the store before, "
       "the check at or after the barrier")
    other = finding("a.c", 40, 41, fn="g")
    moved = dict(hit, line=9)   # lines move: keys do not
    still, added, gone = patchset.rescan_delta([hit, other], [moved], [hit])
    eq((still, added, [k[1] for k in gone]), ([patchset.fnd.key(hit)], [],
                                              ["g"]),
       "a fixed finding still there, by key")
    still, added, gone = patchset.rescan_delta(
        [hit], [finding("a.c", 1, 2, fn="h")], [hit])
    eq((still, [k[1] for k in added]), ([], ["h"]), "a new finding")


@test
def linkfarm_copies():
    with tempfile.TemporaryDirectory() as d:
        tree, farm = os.path.join(d, "tree"), os.path.join(d, "w", "src")
        write(os.path.join(tree, "Makefile"), "all:\n")
        write(os.path.join(tree, "fs", "a.c"), "int a;\n")
        lf = linkfarm.LinkFarm(tree, farm)
        lf.ensure()
        assert lf.is_linked("fs/a.c"), "cp -al makes hard links"
        lf.detach("fs/a.c")
        write(lf.path("fs/a.c"), "int b;\n")
        with open(os.path.join(tree, "fs", "a.c")) as f:
            eq(f.read(), "int a;\n", "the tree's file after a write to "
               "the detached copy")
        lf.relink("fs/a.c")
        assert lf.is_linked("fs/a.c"), "relinked"
        lf.ensure()             # a second run reuses the copy
        tree2 = os.path.join(d, "tree2")
        write(os.path.join(tree2, "Makefile"), "all:\n")
        try:
            linkfarm.LinkFarm(tree2, farm).ensure()
        except linkfarm.FarmError as e:
            assert "not a hard-link copy" in str(e), str(e)
        else:
            raise AssertionError("a copy of another tree was accepted")


@test
def arch_and_objects():
    with tempfile.TemporaryDirectory() as src:
        write(os.path.join(src, "arch", "s390", "Kconfig"),
              "config S390\n\tdef_bool y\n")
        write(os.path.join(src, "arch", kobj.host_arch(), "Kconfig"),
              "config HOSTY\n")
        write(os.path.join(src, "drivers", "Makefile"),
              "obj-$(CONFIG_S390)\t\t+= s390/\nobj-$(CONFIG_MISC) += misc/\n")
        t = kobj.Tree(src)
        eq(t.arch_of("drivers/s390/char/con.c"), "s390", "entered for s390")
        eq(t.arch_of("arch/s390/kernel/x.c"), "s390", "under arch/")
        eq(t.arch_of("drivers/misc/m.c"), kobj.host_arch(), "any arch")
        d = os.path.join(src, "fs", "bc")
        write(os.path.join(d, "h.h"), "static inline void put(void) {}\n")
        write(os.path.join(d, "a.c"), '#include "h.h"\n')
        write(os.path.join(d, "b.c"), '#include "h.h"\nvoid f(void) '
              '{ put(); }\n')
        write(os.path.join(d, "c.c"), '#include "other.h"\n')
        eq(t.objects("fs/bc/h.h", ["put"]), ["fs/bc/b.o", "fs/bc/a.o"],
           "a header's includers, the caller first")
        eq(t.objects("fs/bc/a.c"), ["fs/bc/a.o"], "a .c file's object")


def tool(*args):
    p = subprocess.run([sys.executable, BUILD_PATCHES] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    return p.returncode, p.stdout, p.stderr.strip().splitlines()


@test
def build_patches_errors():
    tree = os.path.join(ktest.TESTS, "tree")
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = tool("--kernel", tree, "--scan", d, "--work", d)
        eq((rc, len(err)), (2, 1), "no series: exit status and one line")
        assert "series" in err[0] and "make scan" in err[0], err[0]
        write(os.path.join(d, "patches", "series"), "0001-x.patch\n")
        write(os.path.join(d, "patches", "0001-x.patch"),
              "--- a/fs/nope.c\n+++ b/fs/nope.c\n@@ -1 +1 @@\n-a\n+b\n")
        write(os.path.join(d, "findings.json"), '{"findings": []}\n')
        rc, out, err = tool("--kernel", tree, "--scan", d, "--work", d,
                            "--only", "2")
        eq((rc, err), (2, ["build-patches: error: --only: no patch 2 in a "
                           "series of 1"]), "--only out of range")
        rc, out, err = tool("--kernel", tree, "--scan", d, "--work", d)
        eq((rc, len(err)), (2, 1), "a patch of another tree")
        assert "fs/nope.c is not in" in err[0], err[0]
