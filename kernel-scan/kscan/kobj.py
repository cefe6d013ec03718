# SPDX-License-Identifier: GPL-2.0
"""Which object compiles a source file, for which architecture, and the
out-of-place kbuild configuration (make O=DIR allmodconfig) that builds
it.

A file is built for the machine's own architecture unless kbuild only
enters its directory for another one: a path under arch/NAME/, or a
directory that its parent's Makefile adds as obj-$(CONFIG_SYM) += dir/
where SYM is a symbol of arch/NAME/Kconfig (drivers/s390/ is entered
with obj-$(CONFIG_S390)). Such a file is cross-compiled when the
cross compiler is installed."""

import os
import platform
import re
import shutil
import subprocess
import time

# Debian's cross compilers (package gcc-PREFIX without the dash).
CROSS = {
    "arm": "arm-linux-gnueabihf-", "arm64": "aarch64-linux-gnu-",
    "loongarch": "loongarch64-linux-gnu-", "mips": "mips-linux-gnu-",
    "powerpc": "powerpc64le-linux-gnu-", "riscv": "riscv64-linux-gnu-",
    "s390": "s390x-linux-gnu-", "sparc": "sparc64-linux-gnu-",
    "x86": "x86_64-linux-gnu-",
}
MACHINE_ARCH = {"x86_64": "x86", "i686": "x86", "aarch64": "arm64",
                "s390x": "s390", "ppc64le": "powerpc", "riscv64": "riscv"}
# Rust's core library would be built by "make prepare" when rustc is
# found, for no object a patch touches.
ALLCONFIG = "CONFIG_RUST=n\n"


def host_arch():
    m = platform.machine()
    return MACHINE_ARCH.get(m, m)


class Tree:
    """The architecture questions about one source tree, answered once."""

    def __init__(self, src):
        self.src = src
        self._symbols = {}

    def arch_symbols(self, arch):
        if arch not in self._symbols:
            path = os.path.join(self.src, "arch", arch, "Kconfig")
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                text = ""
            self._symbols[arch] = set(re.findall(r"^config (\w+)", text,
                                                 re.M))
        return self._symbols[arch]

    def arches(self):
        return sorted(os.listdir(os.path.join(self.src, "arch")))

    def arch_of(self, rel):
        parts = rel.split("/")
        if parts[0] == "arch" and len(parts) > 2:
            return parts[1]
        for i in range(len(parts) - 1, 0, -1):
            sym = self._entered_by(parts[:i - 1], parts[i - 1])
            if not sym:
                continue
            for arch in self.arches():
                if arch != host_arch() and sym in self.arch_symbols(arch):
                    return arch
        return host_arch()

    def _entered_by(self, parent, sub):
        """The CONFIG_ symbol under which the Makefile of @parent enters
        @sub/, or None."""
        for name in ("Makefile", "Kbuild"):
            path = os.path.join(self.src, *parent, name)
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                continue
            m = re.search(r"^obj-\$\(CONFIG_(\w+)\)\s*[+:]?=.*(?<![\w/-])%s/"
                          % re.escape(sub), text, re.M)
            if m:
                return m.group(1)
        return None

    def _assignments(self, d):
        """[(left side, [words])] of the Makefile (or Kbuild) of @d,
        continuation lines joined."""
        for name in ("Makefile", "Kbuild"):
            try:
                with open(os.path.join(self.src, d, name), encoding="utf-8",
                          errors="replace") as f:
                    text = f.read().replace("\\\n", " ")
            except OSError:
                continue
            return [(m.group(1), m.group(2).split()) for m in re.finditer(
                r"^([\w$().-]+)\s*[:+]?=(.*)$", text, re.M)]
        return []

    def config_symbols(self, obj):
        """The CONFIG_ symbols kbuild needs to build @obj in a full build:
        obj-$(CONFIG_X) += file.o, through a composite object (name-y,
        name-objs, name-$(CONFIG_Y)), and those under which the parent
        directories are entered."""
        d, target = os.path.split(obj)
        syms, seen = [], set()
        assigns = self._assignments(d)
        while target and target not in seen:
            seen.add(target)
            left = next((l for l, words in assigns if target in words), "")
            m = re.search(r"\$\(CONFIG_(\w+)\)", left)
            if m:
                syms.append(m.group(1))
            m = re.match(r"([\w-]+)-(?:y|m|objs|\$\(CONFIG_\w+\))$", left)
            target = m.group(1) + ".o" if m and m.group(1) != "obj" else ""
        parts = d.split("/")
        for i in range(len(parts) - 1, 0, -1):
            sym = self._entered_by(parts[:i], parts[i])
            if sym:
                syms.append(sym)
        return list(dict.fromkeys(syms))

    def objects(self, rel, hint=()):
        """The objects to build for a changed file: foo.o for foo.c; for
        a header, up to two .c files of its directory that include it,
        those naming one of @hint (the functions changed) first."""
        base, ext = os.path.splitext(rel)
        if ext == ".c":
            return [base + ".o"]
        if ext != ".h":
            return []
        d = os.path.dirname(rel)
        inc = re.compile(r'^#\s*include\s+"%s"' % re.escape(
            os.path.basename(rel)), re.M)
        found = []
        for name in sorted(os.listdir(os.path.join(self.src, d))):
            if not name.endswith(".c"):
                continue
            with open(os.path.join(self.src, d, name), encoding="utf-8",
                      errors="replace") as f:
                text = f.read()
            if inc.search(text):
                named = any(re.search(r"\b%s\(" % re.escape(h), text)
                            for h in hint)
                found.append((not named, os.path.join(d, name[:-2] + ".o")))
        return [o for _, o in sorted(found)[:2]]


class Build:
    """make -C SRC O=OUT [ARCH= CROSS_COMPILE=] allmodconfig, then make
    prepare, once (a stamp file says it was done); then one object at a
    time."""

    def __init__(self, src, out, arch, jobs):
        self.src, self.out, self.arch, self.jobs = src, out, arch, jobs
        self.cross = None
        if arch != host_arch():
            self.cross = CROSS.get(arch)

    def missing(self):
        """Why this architecture cannot be built here, or None."""
        if self.arch == host_arch():
            return None
        if not self.cross:
            return "no cross compiler known for ARCH=%s" % self.arch
        if not shutil.which(self.cross + "gcc"):
            return "ARCH=%s needs %sgcc (Debian: gcc-%s)" % (
                self.arch, self.cross, self.cross.rstrip("-"))
        return None

    def make(self, *targets):
        cmd = ["make", "-s", "-C", self.src, "O=" + self.out,
               "-j%d" % self.jobs]
        if self.arch != host_arch():
            cmd += ["ARCH=" + self.arch, "CROSS_COMPILE=" + self.cross]
        cmd += list(targets)
        t0 = time.monotonic()
        p = subprocess.run(cmd, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True,
                           errors="replace",
                           env=dict(os.environ, KCONFIG_ALLCONFIG=os.path.join(
                               self.out, "build-patches.allconfig")))
        return p.returncode, p.stdout, time.monotonic() - t0

    def stamp(self):
        return os.path.join(self.out, ".build-patches-prepared")

    def configure(self, log):
        """allmodconfig and prepare, unless done; None or why it failed."""
        stamp = self.stamp()
        if os.path.exists(stamp):
            return None
        log("configuring %s (once)" % self.out)
        os.makedirs(self.out, exist_ok=True)
        with open(os.path.join(self.out, "build-patches.allconfig"),
                  "w") as f:
            f.write(ALLCONFIG)
        for target in ("allmodconfig", "prepare"):
            rc, out, took = self.make(target)
            log("make O=%s %s%s: %.0f s" % (
                self.out, target, " ARCH=" + self.arch if self.cross else "",
                took))
            if rc:
                return "make %s failed: %s" % (target, first_error(out))
        open(stamp, "w").close()
        return None

    def config(self, sym):
        """CONFIG_SYM's value in this build's .config: "y", "m", or "n"
        when it is not set."""
        if not hasattr(self, "_config"):
            self._config = {}
            try:
                with open(os.path.join(self.out, ".config")) as f:
                    for m in re.finditer(r"^CONFIG_(\w+)=(.*)$", f.read(),
                                         re.M):
                        self._config[m.group(1)] = m.group(2)
            except OSError:
                pass
        return self._config.get(sym, "n")

    def compile(self, obj):
        """(ok, what make said first when it failed, seconds)."""
        built = os.path.join(self.out, obj)
        if os.path.exists(built):
            os.unlink(built)
        rc, out, took = self.make(obj)
        if rc == 0 and os.path.exists(built):
            return True, "", took
        if rc == 0:
            return False, "make succeeded but wrote no %s" % obj, took
        return False, first_error(out), took


def first_error(out):
    """The first line of compiler or make output that says what failed."""
    lines = out.strip().splitlines()
    for pat in (r"\berror\b", r"\*\*\*"):
        for l in lines:
            if re.search(pat, l):
                return l.strip()
    return lines[-1].strip() if lines else "no output"

