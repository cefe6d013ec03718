#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Replay the seed corpus and every regression input through each
# harness built as a plain program with the sanitizers (no libFuzzer):
#
#   sh fuzz/replay.sh BUILD HARNESS...
#
# One "ok"/"FAIL" line per harness, then "N passed, M failed".

set -u
build=$1
shift
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
for h in "$@"; do
	log=$build/replay_$h.log
	dirs=
	for d in "fuzz/corpus/$h" "fuzz/regressions/$h"; do
		[ -d "$d" ] && dirs="$dirs $d"
	done
	# The harnesses' code under test warns on bad input: keep that in
	# the log, out of the test output.
	# shellcheck disable=SC2086
	if ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	   UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	   "$build/replay_$h" $dirs >"$log" 2>&1; then
		printf 'ok   fuzz-replay/%s: %s\n' "$h" \
			"$(tail -n 1 "$log" | sed 's/.*: //')"
		passed=$((passed + 1))
	else
		printf 'FAIL fuzz-replay/%s: a seed or regression input fails (log: %s)\n' \
			"$h" "$(pwd)/$log"
		failed=$((failed + 1))
	fi
done
echo "fuzz-replay: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
