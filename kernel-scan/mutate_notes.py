# SPDX-License-Identifier: GPL-2.0
"""Why the rule misses a mutant: one line per site, written by reading
the mutant and the rule. Keyed by "path:line" of the barrier in the
unmutated tree; kernel-scan/mutate prints the note under the miss.

Exports: NOTES.
"""

NOTES = {
}
