# SPDX-License-Identifier: GPL-2.0
"""Running wqcheck: its progress line relayed, its warnings kept.

wqcheck draws its progress line only when its standard error is a
terminal, and prints --stats on standard error as well as in the JSON.
So it runs with standard error on a pseudo-terminal of ours: the
progress line is redrawn on our terminal (or printed every few seconds
when ours is not one, as in a CI log), warnings are collected for the
report, the stats block goes to the log only, anything else is shown.
"""

import os
import re
import select
import subprocess
import sys
import tempfile
import time
import tty

PROGRESS = re.compile(r"^wqcheck: (reading|checking) ")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
WARNING = "wqcheck: warning: "


class Progress:
    """Our own lines, and one live line at the bottom."""

    def __init__(self, stream=None, quiet=False, interval=10.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.quiet = quiet
        self.interval = interval
        self.drawn = False
        self.last = 0.0

    def clear(self):
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False

    def step(self, msg):
        if self.quiet:
            return
        self.clear()
        self.stream.write("scan: %s\n" % msg)
        self.stream.flush()

    def show(self, msg):
        """An unconditional line (errors, wqcheck's own complaints)."""
        self.clear()
        self.stream.write(msg + "\n")
        self.stream.flush()

    def live(self, text):
        if self.quiet:
            return
        if self.tty:
            self.stream.write("\r\x1b[K  " + text)
            self.stream.flush()
            self.drawn = True
            return
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write("  %s\n" % text)
            self.stream.flush()


class Result:
    def __init__(self):
        self.returncode = None
        self.stdout = ""
        self.warnings = []      # wqcheck's warnings, prefix removed
        self.other = []         # anything else it printed (errors)
        self.patches = []       # the files --emit-patches wrote
        self.seconds = 0.0
        self.log = []           # everything, as lines


class _Relay:
    def __init__(self, progress, result):
        self.progress = progress
        self.res = result
        self.buf = ""
        self.in_stats = False
        self.last_live = time.monotonic()

    def _segments(self, text):
        return [s for s in ANSI.sub("", text).split("\r") if s]

    def _line(self, line):
        segs = self._segments(line)
        for s in segs[:-1]:
            if PROGRESS.match(s):
                self._live(s)
        if not segs:
            return
        line = segs[-1]
        if PROGRESS.match(line):
            self._live(line)
            return
        self.res.log.append(line)
        if line.startswith("wqcheck: stats:"):
            self.in_stats = True
            return
        if self.in_stats and line.startswith("  "):
            return
        self.in_stats = False
        if line.startswith(WARNING):
            self.res.warnings.append(line[len(WARNING):])
            return
        if line.startswith("/") and line.endswith(".patch"):
            self.res.patches.append(line)   # --emit-patches names each
            return
        self.res.other.append(line)
        self.progress.show(line)

    def _live(self, text):
        self.last_live = time.monotonic()
        self.progress.live(text)

    def feed(self, data):
        self.buf += data
        while "\n" in self.buf:
            line, self.buf = self.buf.split("\n", 1)
            self._line(line)
        if "\r" in self.buf:
            # a progress line is drawn with no newline after it
            segs = self._segments(self.buf)
            if segs and PROGRESS.match(segs[-1]):
                self._live(segs[-1])
            self.buf = self.buf[self.buf.rfind("\r"):]

    def finish(self):
        if self.buf:
            self._line(self.buf)
        self.buf = ""

    def heartbeat(self, t0):
        if time.monotonic() - self.last_live >= 10:
            self._live("wqcheck: running, %.0f s" % (time.monotonic() - t0))


def run(argv, cwd, progress, stdin=None):
    """Run wqcheck (@argv) in @cwd, with the text @stdin on its standard
    input (from a temporary file: no pipe to feed while its standard
    error is relayed); a Result with its output."""
    res = Result()
    relay = _Relay(progress, res)
    t0 = time.monotonic()
    master = slave = None
    try:
        master, slave = os.openpty()
        tty.setraw(slave)
    except OSError:
        master = slave = None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as inp:
        if stdin is not None:
            inp.write(stdin.encode("utf-8", "surrogateescape"))
            inp.seek(0)
        try:
            proc = subprocess.Popen(
                argv, cwd=cwd, stdout=out,
                stdin=subprocess.DEVNULL if stdin is None else inp,
                stderr=slave if slave is not None else subprocess.PIPE)
        except OSError as e:
            for fd in (master, slave):
                if fd is not None:
                    os.close(fd)
            res.returncode = 127
            res.other.append("%s: %s" % (argv[0], e.strerror))
            return res
        if slave is not None:
            os.close(slave)
            fd = master
        else:
            fd = proc.stderr.fileno()
        try:
            _relay_all(fd, relay, t0)
        except BaseException:
            proc.terminate()    # interrupted: do not leave wqcheck behind
            raise
        finally:
            relay.finish()
            if master is not None:
                os.close(master)
            res.returncode = proc.wait()
            progress.clear()
        out.seek(0)
        res.stdout = out.read().decode("utf-8", "replace")
    res.seconds = time.monotonic() - t0
    return res


def _relay_all(fd, relay, t0):
    while True:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            relay.heartbeat(t0)
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:     # EIO: the pty's other side is closed
            data = b""
        if not data:
            return
        relay.feed(data.decode("utf-8", "replace"))


def help_text(wqcheck):
    try:
        p = subprocess.run([wqcheck, "--help"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, check=False)
    except OSError:
        return ""
    return p.stdout.decode("utf-8", "replace")


def spatch_version(spatch="spatch"):
    try:
        p = subprocess.run([spatch, "--version"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, check=False)
    except OSError:
        return None
    m = re.search(r"spatch version (\S+)", p.stdout.decode("utf-8",
                                                           "replace"))
    return "spatch " + m.group(1) if m else None
