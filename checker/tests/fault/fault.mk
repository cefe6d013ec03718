# SPDX-License-Identifier: GPL-2.0-only
# make check-robust: what make check runs after tests/run-tests.sh,
# included by the Makefile (after fuzz/fuzz.mk):
#   - the unit tests built with ASan+UBSan, and wqcheck end to end under
#     valgrind (tests/fault/memcheck.sh);
#   - the fuzz seeds and every regression input, replayed through each
#     harness built with the sanitizers (fuzz/replay.sh);
#   - the fault and hostile-input tests (tests/fault/run.sh; some mount a
#     small tmpfs, so they need root, as CI is).

check-robust: wqcheck $(addprefix build/asan/,$(UNIT_TESTS)) \
		$(addprefix build/asan/replay_,$(FUZZ_HARNESSES))
	@st=0; \
	sh tests/fault/memcheck.sh build/asan ./wqcheck || st=1; \
	sh fuzz/replay.sh build/asan $(FUZZ_HARNESSES) || st=1; \
	sh tests/fault/run.sh ./wqcheck || st=1; \
	exit $$st

.PHONY: check-robust
