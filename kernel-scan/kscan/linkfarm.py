# SPDX-License-Identifier: GPL-2.0
"""A copy of a kernel tree that costs nothing: every file a hard link to
the tree's own (cp -al), except the few a patch is applied to.

Nothing may ever write through a link: a file is given its own copy
(a new inode, renamed over the link) before it is patched, and linked
to the tree's file again afterwards. The tree's copies of the files
touched are hashed before and after, so a write through a link would
be seen."""

import hashlib
import os
import subprocess


class FarmError(Exception):
    pass


def _same_file(a, b):
    sa, sb = os.stat(a), os.stat(b)
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


class LinkFarm:
    def __init__(self, kernel, farm):
        self.kernel = kernel
        self.farm = farm

    def ensure(self):
        """Make the farm with cp -al unless it is there; check that it is
        one of this tree (its Makefile is the tree's Makefile)."""
        top = os.path.join(self.farm, "Makefile")
        if not os.path.exists(top):
            if os.path.lexists(self.farm):
                raise FarmError("%s exists and is not a copy of %s: remove "
                                "it" % (self.farm, self.kernel))
            os.makedirs(os.path.dirname(self.farm), exist_ok=True)
            tmp = self.farm + ".tmp"
            subprocess.run(["rm", "-rf", tmp], check=True)
            p = subprocess.run(["cp", "-al", self.kernel, tmp],
                               stderr=subprocess.PIPE, text=True)
            if p.returncode:
                raise FarmError("cp -al %s %s: %s" % (
                    self.kernel, tmp, p.stderr.strip()))
            os.rename(tmp, self.farm)
        if not _same_file(top, os.path.join(self.kernel, "Makefile")):
            raise FarmError("%s is not a hard-link copy of %s (another "
                            "file system, or another tree): remove it" % (
                                self.farm, self.kernel))

    def path(self, rel):
        return os.path.join(self.farm, rel)

    def is_linked(self, rel):
        return _same_file(self.path(rel), os.path.join(self.kernel, rel))

    def detach(self, rel):
        """Give the farm its own copy of @rel, so that patching it leaves
        the tree's file alone."""
        src, dst = os.path.join(self.kernel, rel), self.path(rel)
        tmp = dst + ".build-patches.tmp"
        with open(src, "rb") as f:
            data = f.read()
        with open(tmp, "wb") as f:
            f.write(data)
        os.chmod(tmp, os.stat(src).st_mode & 0o7777)
        os.replace(tmp, dst)
        if self.is_linked(rel):
            raise FarmError("%s is still linked to the tree" % dst)

    def relink(self, rel):
        """Make the farm's @rel the tree's file again."""
        dst = self.path(rel)
        tmp = dst + ".build-patches.tmp"
        if os.path.lexists(tmp):
            os.unlink(tmp)
        os.link(os.path.join(self.kernel, rel), tmp)
        os.replace(tmp, dst)


def written_since(tree, when):
    """The files of @tree whose contents changed at or after @when (a
    time.time()): what a write through a hard link would leave."""
    out = []
    for d, dirs, files in os.walk(tree):
        for name in files:
            path = os.path.join(d, name)
            try:
                if os.lstat(path).st_mtime >= when:
                    out.append(os.path.relpath(path, tree))
            except OSError:
                pass
    return sorted(out)


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()
