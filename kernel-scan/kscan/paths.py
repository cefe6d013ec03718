# SPDX-License-Identifier: GPL-2.0
"""Where things are: the repository, its wqcheck and rule file, and the
kernel tree that make unpacks (make kernel), for every tool and test
suite of kernel-scan that needs a default."""

import os

KSCAN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(KSCAN)
WQCHECK = os.path.join(REPO, "checker", "wqcheck")
COCCI = os.path.join(REPO, "cocci", "waitqueue_active.cocci")
KERNEL = os.path.join(REPO, ".cache", "linux-source-6.12")
TRIAGE_DIR = os.path.join(KSCAN, "triage")
