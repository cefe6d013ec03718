# SPDX-License-Identifier: GPL-2.0
"""Keys for checkpatch.pl's warnings on the tests of a wait list: the
function a line is in and the text of the test on it, never the line
number (Debian's tree moves with stable updates). Used by
kernel-scan/upstream/truth and tests/check-upstream."""

import re

CHECKS = ("waitqueue_active", "swait_active", "wake_up_bit", "wake_up_var")
CALL = re.compile(r"\b(%s)\s*\(" % "|".join(CHECKS))
HEADER_NAME = re.compile(r"([A-Za-z_]\w*)\s*\(")
# checkpatch.pl --terse --show-types: "file:line: WARNING:TYPE: message"
TERSE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?:WARNING|ERROR|CHECK)"
                   r":(?P<type>[A-Z_]+): (?P<msg>.*)$")


def call_text(lines, idx, start=0):
    """The first test of a wait list on lines[idx] at or after column
    @start, with its arguments (across lines if need be), blanks
    squeezed: "waitqueue_active(&ctx->wait)". None if there is none."""
    m = CALL.search(lines[idx], start)
    if not m:
        return None
    text, depth, out = lines[idx][m.start():], 0, []
    i = idx
    while True:
        for ch in text:
            out.append(ch)
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return re.sub(r"\s+", " ", "".join(out)).replace(
                        "( ", "(")
        i += 1
        if i >= len(lines) or i > idx + 5:
            return re.sub(r"\s+", " ", "".join(out)).strip()
        text = lines[i]


def function_of(lines, idx):
    """The function whose body holds lines[idx]: the name before the
    parameters of the header above the nearest "{" in column 0 (kernel
    style). "" outside a function."""
    j = idx
    while j >= 0 and not lines[j].startswith("{"):
        if lines[j].startswith("}") and j != idx:
            return ""
        j -= 1
    if j < 0:
        return ""
    k = j - 1
    while k > 0 and lines[k][:1] in (" ", "\t"):
        k -= 1
    m = HEADER_NAME.search(" ".join(lines[k:j]))
    return m.group(1) if m else ""


def key(lines, idx):
    """(function, test text) of the test on lines[idx] (0-based)."""
    return function_of(lines, idx), call_text(lines, idx)


def find(lines, function, text):
    """0-based indexes of the lines of @function whose test is @text."""
    return [i for i, line in enumerate(lines) if CALL.search(line) and
            call_text(lines, i) == text and function_of(lines, i) == function]


def read_truth(path):
    """{(file, function, test text): class} from checks-6.12.tsv."""
    truth = {}
    with open(path) as f:
        for line in f:
            if line.startswith("#") or line.startswith("file\t"):
                continue
            fields = line.rstrip("\n").split("\t")
            truth[tuple(fields[:3])] = fields[3]
    return truth


def keyed(output, read_lines, types):
    """The warnings of checkpatch.pl --terse --show-types @output whose
    type is in @types, as (type, (file, function, test text)); a file is
    read with @read_lines(path) -> its lines."""
    files, out = {}, []
    for line in output.split("\n"):
        m = TERSE.match(line)
        if not m or m.group("type") not in types:
            continue
        path = m.group("file")
        if path not in files:
            files[path] = read_lines(path)
        f, t = key(files[path], int(m.group("line")) - 1)
        out.append((m.group("type"), (path, f, t)))
    return out


def tally(warnings, truth):
    """Counts of @warnings (from keyed()): in total, by the class of their
    test in @truth (on tests correct by a barrier, on real races, on the
    triage's false positives), on real races of waitqueue_active() or
    swait_active(), and by type; and the set of race keys warned about."""
    counts = {"total": len(warnings), "barrier": 0, "race": 0,
              "race-waitqueue": 0, "false-positive": 0, "types": {}}
    races = set()
    for typ, k in warnings:
        counts["types"][typ] = counts["types"].get(typ, 0) + 1
        cls = truth.get(k)
        if cls in counts:
            counts[cls] += 1
        if cls == "race":
            races.add(k)
            if k[2].startswith(("waitqueue_active", "swait_active")):
                counts["race-waitqueue"] += 1
    return counts, races
