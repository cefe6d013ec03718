# SPDX-License-Identifier: GPL-2.0
"""The pieces of kernel-scan's tools: paths (the defaults: repository,
wqcheck, kernel tree), tree (what is scanned), wqrun (running wqcheck),
findings (its JSON, keys, triage), excerpt (code around a finding),
summary (shared wording), report_md, report_html, compare, proc (timing
and peak memory of a process tree), mutate_sites (the barriers mutate
removes)."""
