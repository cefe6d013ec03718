# SPDX-License-Identifier: GPL-2.0-only
# make check-robust: what make check runs after tests/run-tests.sh,
# included by the Makefile (after fuzz/fuzz.mk):
#   - the unit tests built with ASan+UBSan, the same built plainly and
#     wqcheck end to end under valgrind (tests/fault/memcheck.sh);
#   - the fuzz seeds and every regression input, replayed through each
#     harness built with the sanitizers (fuzz/replay.sh);
#   - the fault and hostile-input tests (tests/fault/run.sh; some mount a
#     small tmpfs, so they need root, as CI is), on wqcheck built with
#     ASan+UBSan, so that hostile input also meets the sanitizers (a
#     report fails the test through its exit status).

check-robust: wqcheck build/asan/wqcheck $(addprefix build/asan/,$(UNIT_TESTS)) \
		$(addprefix build/plain/,$(UNIT_TESTS)) \
		$(addprefix build/asan/replay_,$(FUZZ_HARNESSES))
	@st=0; \
	sh tests/fault/memcheck.sh build/asan ./wqcheck build/plain || st=1; \
	sh fuzz/replay.sh build/asan $(FUZZ_HARNESSES) || st=1; \
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		sh tests/fault/run.sh build/asan/wqcheck || st=1; \
	exit $$st

.PHONY: check-robust
