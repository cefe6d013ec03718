# SPDX-License-Identifier: GPL-2.0
# wqcheck: find stores followed by a waitqueue_active()-guarded wake-up
# with no full memory barrier between them.
#
#   make               build checker/wqcheck
#   make check         run every test (no kernel tree needed)
#   make scan          scan Debian's Linux 6.12 (or KERNEL=DIR) into scan-results/
#   make build-patches apply, compile, checkpatch and rescan each patch of the scan
#   make deps          install what the build and the tests need (Debian, root)
#   make rules         write cocci/waitqueue_active.cocci from its template

PREFIX ?= /usr/local
CACHE ?= .cache
KERNEL_VERSION ?= 6.12
KERNEL_TARBALL ?= /usr/src/linux-source-$(KERNEL_VERSION).tar.xz
DEFAULT_KERNEL := $(CACHE)/linux-source-$(KERNEL_VERSION)

KERNEL ?= $(DEFAULT_KERNEL)
# Unpack the default tree first when it is the one to use.
KERNEL_DEP := $(if $(filter $(DEFAULT_KERNEL),$(KERNEL)),kernel)
SCAN_RESULTS ?= scan-results
CHECK_LOGS := build/check

.PHONY: all deps deps-kernel deps-fuzz fuzz check check-corpus check-kernel scan \
	build-patches \
	reproduce install clean kernel rules
# One target at a time here (two apt-get runs at once would fight over
# dpkg's lock); make -j still reaches the builds below.
.NOTPARALLEL:

# need-SET: are SET's tools on PATH (scripts/need-tools lists the sets)?
# If not, it names them with the apt-get line for Debian; as root where
# apt-get is, it installs them instead. Nothing is asked of apt when all
# is there, so a spatch built from source or another distribution do.
need-%:
	@CC='$(CC)' KERNEL_VERSION='$(KERNEL_VERSION)' \
		KERNEL_TARBALL='$(KERNEL_TARBALL)' sh scripts/need-tools --install $*

all: need-build
	$(MAKE) -C checker

deps: need-check
deps-kernel: need-source need-kbuild
deps-fuzz: need-fuzz

# The default tree, unpacked once and reused.
kernel: $(DEFAULT_KERNEL)/Makefile

$(DEFAULT_KERNEL)/Makefile: | need-source
	@mkdir -p $(CACHE)
	@echo "  UNPACK  $(KERNEL_TARBALL) -> $(CACHE)/"
	@tar -xJf $(KERNEL_TARBALL) -C $(CACHE)
	@touch $@

# The rule file is made from waitqueue_active.cocci.in and the name
# families of cocci/families.py, and committed, so that spatch and make
# coccicheck use it straight from the repository. Run after editing
# either; make check fails while the file is stale.
rules:
	python3 cocci/gen-rules

# Each suite prints one line per test ("ok ..." or "FAIL ..."); the last
# line is the total over all of them.
check: need-check all
	@mkdir -p $(CHECK_LOGS)
	@rm -f $(CHECK_LOGS)/*.log
	-@python3 cocci/check-families 2>&1 | tee $(CHECK_LOGS)/families.log
	-@python3 testcases/test-suite 2>&1 | tee $(CHECK_LOGS)/corpus.log
	-@$(MAKE) -s -C checker check 2>&1 | tee $(CHECK_LOGS)/checker.log
	-@$(MAKE) -s -C testcases/reproducer check 2>&1 | \
		tee $(CHECK_LOGS)/reproducer.log
	-@python3 kernel-scan/tests/run 2>&1 | tee $(CHECK_LOGS)/kernel-scan.log
	@python3 testcases/tally $(CHECK_LOGS)/families.log $(CHECK_LOGS)/corpus.log \
		$(CHECK_LOGS)/checker.log $(CHECK_LOGS)/reproducer.log \
		$(CHECK_LOGS)/kernel-scan.log

check-corpus: need-check
	python3 testcases/test-suite

# The main job: every rule over a whole tree, reports in scan-results/.
# KERNEL=DIR scans another tree; SINCE=REV only what changed since REV.
scan: need-scan all $(KERNEL_DEP)
	python3 kernel-scan/scan --kernel $(KERNEL) --out $(SCAN_RESULTS) \
		$(if $(SINCE),--since $(SINCE))

# Every patch of the scan's series, alone, on a hard-link copy of the
# tree: applies, compiles (make allmodconfig out of place, once, in
# $(CACHE)/build-patches), checkpatch.pl --strict, rescan. About 20
# minutes on 2 cores: not in CI; kernel-scan/results/build-patches-6.12.md
# is a recorded run. Scans first when there is no scan yet.
build-patches: need-patches need-scan all $(KERNEL_DEP)
	@test -f $(SCAN_RESULTS)/patches/series || $(MAKE) scan
	python3 kernel-scan/build-patches --kernel $(KERNEL) \
		--scan $(SCAN_RESULTS) --record $(SCAN_RESULTS)/build-patches.md

# The tests that need a real tree (CI runs them after make check).
KERNEL_CHECKS := check-kernel check-coccicheck check-checkpatch check-upstream check-fix \
		check-kbuild check-tree-untouched

check-kernel: need-check need-kbuild all $(KERNEL_DEP)
	@mkdir -p $(CHECK_LOGS)
	@rm -f $(CHECK_LOGS)/kernel-*.log
	-@for t in $(KERNEL_CHECKS); do \
		python3 kernel-scan/tests/$$t --kernel $(KERNEL) 2>&1 | \
			tee $(CHECK_LOGS)/kernel-$$t.log; \
	done
	@python3 testcases/tally $(addprefix $(CHECK_LOGS)/kernel-,$(KERNEL_CHECKS:=.log))

# Watch the race happen: lost wake-ups per variant, next to the verdict.
reproduce: all
	$(MAKE) -C testcases/reproducer reproduce

# Each fuzzer for a bounded time (FUZZ_SECONDS each); see checker/fuzz/.
fuzz: need-fuzz all
	$(MAKE) -C checker fuzz $(if $(FUZZ_SECONDS),FUZZ_SECONDS=$(FUZZ_SECONDS))

install: all
	$(MAKE) -C checker install PREFIX=$(PREFIX) DESTDIR=$(DESTDIR)

clean:
	$(MAKE) -C checker clean
	$(MAKE) -C testcases/reproducer clean
	rm -rf build
