# SPDX-License-Identifier: GPL-2.0
"""Run a command and measure it: wall time, and peak memory two ways,
both sampled from /proc (every 0.1 s by default):

- tree peak: the largest sum of resident memory over the command and
  all its descendants at one moment, which is what a parallel tool
  really holds at once;
- largest process: the largest resident size one process of the tree
  reached.

Not the kernel's ru_maxrss: a child forked from this Python process
inherits its resident size until exec, and exec records it as the
child's high-water mark, so every tool would seem to need at least the
interpreter's 15 MiB.
"""

import os
import subprocess
import threading
import time

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children_map():
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: split after it
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) < 2:
            continue
        kids.setdefault(int(fields[1]), []).append(int(name))
    return kids


def _rss(pid):
    try:
        with open("/proc/%d/statm" % pid, "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root):
    """(total, largest) resident bytes of @root and its descendants."""
    kids = _children_map()
    total, largest, todo, seen = 0, 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss = _rss(pid)
        total += rss
        largest = max(largest, rss)
        todo.extend(kids.get(pid, []))
    return total, largest


class Measured:
    def __init__(self):
        self.seconds = 0.0
        self.returncode = None
        self.tree_peak = 0          # bytes
        self.largest = 0            # bytes
        self.stdout = b""


def run(argv, cwd=None, env=None, interval=0.1, stdout=None):
    """Run @argv; a Measured. Standard output is kept unless @stdout is
    given (a file object); standard error is thrown away."""
    m = Measured()
    stop = threading.Event()
    out = stdout if stdout is not None else subprocess.PIPE
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=out, stderr=subprocess.DEVNULL)

    def sample():
        while not stop.is_set():
            total, largest = tree_rss(proc.pid)
            m.tree_peak = max(m.tree_peak, total)
            m.largest = max(m.largest, largest)
            stop.wait(interval)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        if stdout is None:
            m.stdout = proc.stdout.read()
            proc.stdout.close()
        proc.wait()
    except BaseException:
        stop.set()
        proc.terminate()        # interrupted: stop the tool too
        proc.wait()
        raise
    m.seconds = time.monotonic() - t0
    stop.set()
    t.join()
    m.returncode = proc.returncode
    return m
