# SPDX-License-Identifier: GPL-2.0
# wqcheck: find stores followed by a waitqueue_active()-guarded wake-up
# with no full memory barrier between them.
#
#   make deps          install what is missing from Debian's packages
#   make               build checker/wqcheck
#   make check         run every test (no kernel tree needed)
#   make scan          scan Debian's Linux 6.12 (or KERNEL=DIR) into scan-results/
#   make rules         write cocci/waitqueue_active.cocci from its template

PREFIX ?= /usr/local
CACHE ?= .cache
KERNEL_VERSION ?= 6.12
KERNEL_TARBALL ?= /usr/src/linux-source-$(KERNEL_VERSION).tar.xz
DEFAULT_KERNEL := $(CACHE)/linux-source-$(KERNEL_VERSION)

# Everything the build and the tests use, by Debian package name.
DEB_PACKAGES := coccinelle sparse gcc make python3 pkg-config git patch procps \
		libjson-c-dev libssl-dev valgrind
# The tree, and what its own build (make defconfig, one object) needs.
DEB_KERNEL_PACKAGES := linux-source-$(KERNEL_VERSION) xz-utils perl bc \
		flex bison libelf-dev libssl-dev
DEB_FUZZ_PACKAGES := clang libclang-rt-14-dev

KERNEL ?= $(DEFAULT_KERNEL)
SCAN_RESULTS ?= scan-results
CHECK_LOGS := build/check

.PHONY: all deps deps-kernel deps-fuzz fuzz check check-corpus check-kernel scan \
	reproduce install clean kernel rules

all: deps
	$(MAKE) -C checker

# Installs only what is missing, so it is quiet and fast the second time;
# apt-get update runs only when something has to be installed.
define install-debs
	@missing=; for p in $(1); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
			grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "make: missing Debian packages:$$missing;" \
			"run: sudo apt-get install$$missing" >&2; exit 1; \
	fi; \
	echo "  APT     $$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends $$missing >/dev/null
endef

deps:
	$(call install-debs,$(DEB_PACKAGES))

deps-kernel:
	$(call install-debs,$(DEB_KERNEL_PACKAGES))

deps-fuzz:
	$(call install-debs,$(DEB_FUZZ_PACKAGES))

# The default tree, unpacked once and reused.
kernel: $(DEFAULT_KERNEL)/Makefile

$(DEFAULT_KERNEL)/Makefile: | deps-kernel
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
check: all
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

check-corpus: deps
	python3 testcases/test-suite

# The main job: every rule over a whole tree, reports in scan-results/.
# KERNEL=DIR scans another tree; SINCE=REV only what changed since REV.
scan: all $(if $(filter $(DEFAULT_KERNEL),$(KERNEL)),kernel)
	python3 kernel-scan/scan --kernel $(KERNEL) --out $(SCAN_RESULTS) \
		$(if $(SINCE),--since $(SINCE))

# The tests that need a real tree (CI runs them after make check).
KERNEL_CHECKS := check-kernel check-coccicheck check-checkpatch check-fix \
		check-kbuild

check-kernel: all deps-kernel $(if $(filter $(DEFAULT_KERNEL),$(KERNEL)),kernel)
	@mkdir -p $(CHECK_LOGS)
	@rm -f $(CHECK_LOGS)/kernel-*.log
	-@for t in $(KERNEL_CHECKS); do \
		python3 kernel-scan/$$t --kernel $(KERNEL) 2>&1 | \
			tee $(CHECK_LOGS)/kernel-$$t.log; \
	done
	@python3 testcases/tally $(addprefix $(CHECK_LOGS)/kernel-,$(KERNEL_CHECKS:=.log))

# Watch the race happen: lost wake-ups per variant, next to the verdict.
reproduce: all
	$(MAKE) -C testcases/reproducer reproduce

# Each fuzzer for a bounded time (FUZZ_SECONDS each); see checker/fuzz/.
fuzz: all deps-fuzz
	$(MAKE) -C checker fuzz $(if $(FUZZ_SECONDS),FUZZ_SECONDS=$(FUZZ_SECONDS))

install: all
	$(MAKE) -C checker install PREFIX=$(PREFIX) DESTDIR=$(DESTDIR)

clean:
	$(MAKE) -C checker clean
	$(MAKE) -C testcases/reproducer clean
	rm -rf build
