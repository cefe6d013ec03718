# SPDX-License-Identifier: GPL-2.0
"""The scanned tree: what it is, which version, which files changed.

Nothing here writes to the tree: git is only asked to read.
"""

import os
import re
import subprocess

SOURCE_SUFFIXES = (".c", ".h")


class TreeError(Exception):
    """The tree is not something we can scan; the message says why."""


def check_tree(tree):
    """Raise TreeError unless @tree looks like a kernel source tree."""
    if not os.path.isdir(tree):
        raise TreeError("%s: no such directory (make scan unpacks Debian's "
                        "linux-source-6.12 there; or give KERNEL=DIR)" % tree)
    if makefile_version(tree) is None:
        raise TreeError("%s: not a Linux source tree (no Makefile with "
                        "VERSION and PATCHLEVEL at its top)" % tree)


def makefile_version(tree):
    """"6.12.117" from the top Makefile, or None."""
    fields = {}
    try:
        with open(os.path.join(tree, "Makefile"), encoding="utf-8",
                  errors="replace") as f:
            for n, line in enumerate(f):
                if n > 40:
                    break
                m = re.match(r"^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)"
                             r"\s*=\s*(\S*)", line)
                if m and m.group(1) not in fields:
                    fields[m.group(1)] = m.group(2)
    except OSError:
        return None
    if not fields.get("VERSION") or not fields.get("PATCHLEVEL"):
        return None
    v = "%s.%s" % (fields["VERSION"], fields["PATCHLEVEL"])
    if fields.get("SUBLEVEL"):
        v += "." + fields["SUBLEVEL"]
    return v + fields.get("EXTRAVERSION", "")


def major_minor(version):
    """"6.12" from "6.12.117-rc1"."""
    m = re.match(r"(\d+\.\d+)", version or "")
    return m.group(1) if m else None


def _run(argv, cwd=None):
    """stdout of @argv, or None if it could not run or failed."""
    try:
        p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, check=False)
    except OSError:
        return None
    if p.returncode:
        return None
    return p.stdout.decode("utf-8", "replace")


def debian_package(tree):
    """("linux-source-6.12", "6.12.117-1~deb12u1") when @tree is the
    unpacked tarball of an installed Debian linux-source package (its
    directory carries the package's name), else None."""
    name = os.path.basename(os.path.normpath(os.path.abspath(tree)))
    if not re.fullmatch(r"linux-source-\d+\.\d+", name):
        return None
    out = _run(["dpkg-query", "-W", "-f=${Version}", name])
    if not out:
        return None
    return name, out.strip()


def is_git_checkout(tree):
    """True when the tree's top Makefile is tracked by git. A tree that
    merely sits inside some other repository (.cache/ inside wqcheck's
    own checkout) is not a git checkout of the kernel."""
    out = _run(["git", "-C", tree, "ls-files", "--", "Makefile"])
    return bool(out and out.strip() == "Makefile")


def git_describe(tree):
    """`git describe` of a kernel checkout (with -dirty), else None."""
    if not is_git_checkout(tree):
        return None
    out = _run(["git", "-C", tree, "describe", "--tags", "--always",
                "--dirty"])
    return out.strip() if out else None


def changed_files(tree, rev):
    """The .c and .h files of @tree that differ from @rev: tracked files
    changed in the work tree or the index (deleted ones left out), and
    untracked files git does not ignore (a new driver being written is
    exactly what should be checked). Paths are relative to @tree,
    sorted."""
    if not is_git_checkout(tree):
        raise TreeError("%s: SINCE needs a git checkout of the kernel "
                        "(its Makefile is not tracked by git)" % tree)
    if _run(["git", "-C", tree, "rev-parse", "--verify", "--quiet",
             rev + "^{commit}"]) is None:
        raise TreeError("%s: SINCE=%s: no such commit in this checkout"
                        % (tree, rev))
    diff = _run(["git", "-C", tree, "diff", "--name-only", "-z",
                 "--relative", "--diff-filter=d", rev, "--"])
    new = _run(["git", "-C", tree, "ls-files", "-z", "--others",
                "--exclude-standard"])
    if diff is None or new is None:
        raise TreeError("%s: git could not list the files changed since %s"
                        % (tree, rev))
    names = set(n for n in (diff + "\0" + new).split("\0") if n)
    return sorted(n for n in names
                  if n.endswith(SOURCE_SUFFIXES)
                  and os.path.isfile(os.path.join(tree, n)))


def subsystem(path):
    """The first two components of a path inside a directory
    (drivers/misc/mei/client.c -> drivers/misc), the first one for a
    file directly under a top directory (fs/aio.c -> fs), the name
    itself for a file at the top."""
    parts = [p for p in path.split("/") if p and p != "."]
    if len(parts) >= 3:
        return parts[0] + "/" + parts[1]
    return parts[0] if parts else path


def read_only_view(tree, where):
    """A directory @where whose entries are symbolic links to those of
    @tree's top: tools that find the tree's top from their working
    directory (checkpatch.pl) see the tree there, and what they write
    into it (checkpatch.pl --strict, and for net/ always, writes its
    .checkpatch-camelcase.* cache) stays out of the tree. Returns
    @where."""
    os.makedirs(where, exist_ok=True)
    top = os.path.abspath(tree)
    for name in os.listdir(top):
        link = os.path.join(where, name)
        if not os.path.lexists(link):
            os.symlink(os.path.join(top, name), link)
    return where
