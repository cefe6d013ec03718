# SPDX-License-Identifier: GPL-2.0-only
# The fuzz harnesses (fuzz/fuzz_*.c), included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=N]   build each harness with libFuzzer (clang,
#                                libclang-rt-14-dev) and run it N seconds
#                                (default 60) on a copy of its seed corpus;
#                                the log goes to build/fuzz/fuzz.log
#   make fuzz-replay             the seeds and every regression input
#                                through each harness built with cc and the
#                                sanitizers, with a small main() (no clang
#                                needed); part of make check
#
# A harness per parser that is wqcheck's own; fuzz_kbuild joins when
# kbuild.c exists (a harness is built only when its parser is there).

CLANG ?= clang
FUZZ_SECONDS ?= 60
FUZZ_HARNESSES = records baseline options \
	$(if $(wildcard patch_read.c),patch) $(if $(wildcard kbuild.c),kbuild)
FUZZ_LIB_SRCS = $(LIB_SRCS) $(filter-out $(LIB_SRCS),$(wildcard patch_read.c kbuild.c))
FUZZ_LIB_OBJS = $(FUZZ_LIB_SRCS:.c=.o)
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -pthread -Wall -Wextra -O1 -g \
	$(DEPS_CFLAGS) -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=all

build/fuzz/%.o: %.c $(HDRS)
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(addprefix build/fuzz/,$(FUZZ_LIB_OBJS))
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< \
		$(addprefix build/fuzz/,$(FUZZ_LIB_OBJS)) $(LDFLAGS) $(DEPS_LIBS)

build/asan/replay_%: fuzz/fuzz_%.c fuzz/replay.c fuzz/fuzz.h $(addprefix build/asan/,$(FUZZ_LIB_OBJS))
	$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $< fuzz/replay.c \
		$(addprefix build/asan/,$(FUZZ_LIB_OBJS)) $(LDFLAGS) $(DEPS_LIBS)

# Keep the objects: they are built by a pattern rule, not named as goals.
.SECONDARY: $(addprefix build/fuzz/,$(FUZZ_LIB_OBJS)) $(addprefix build/asan/,$(FUZZ_LIB_OBJS))

fuzz: $(addprefix build/fuzz/fuzz_,$(FUZZ_HARNESSES))
	@sh fuzz/run-fuzz.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_HARNESSES)

fuzz-replay: $(addprefix build/asan/replay_,$(FUZZ_HARNESSES))
	@sh fuzz/replay.sh build/asan $(FUZZ_HARNESSES)

.PHONY: fuzz fuzz-replay
