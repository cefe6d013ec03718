# SPDX-License-Identifier: GPL-2.0
"""Run a command and measure it: wall time, and peak memory two ways.

- tree peak: the largest sum of resident memory over the command and
  all its descendants at one moment, sampled from /proc (every 0.1 s by
  default), which is what a parallel tool really holds at once;
- largest process: the kernel's own maximum resident size of the
  single biggest process of the tree (wait4's ru_maxrss), exact but
  blind to processes running side by side.
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
    """Resident bytes of @root and its descendants now."""
    kids = _children_map()
    total, todo, seen = 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss(pid)
        todo.extend(kids.get(pid, []))
    return total


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
            m.tree_peak = max(m.tree_peak, tree_rss(proc.pid))
            stop.wait(interval)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    if stdout is None:
        m.stdout = proc.stdout.read()
        proc.stdout.close()
    # wait4 rather than proc.wait(): it hands back the rusage
    _, status, ru = os.wait4(proc.pid, 0)
    m.seconds = time.monotonic() - t0
    stop.set()
    t.join()
    proc.returncode = m.returncode = os.waitstatus_to_exitcode(status)
    m.largest = ru.ru_maxrss * 1024
    m.tree_peak = max(m.tree_peak, m.largest)
    return m
