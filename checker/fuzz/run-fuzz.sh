#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Run each libFuzzer harness for a bounded time:
#
#   sh fuzz/run-fuzz.sh BUILD SECONDS HARNESS...
#
# Each starts from its seed corpus (fuzz/corpus/H) and its regression
# inputs (fuzz/regressions/H), both read-only: what it learns goes to
# BUILD/corpus-H. A crash is saved as BUILD/crash-H-<sha1>; turn it into
# a regression with "cp BUILD/crash-H-* fuzz/regressions/H/" once fixed.
# One line per harness (seconds, executions, coverage, crashes), also in
# BUILD/fuzz.log; each harness's own output is in BUILD/fuzz-H.log.
# Exits 1 if any harness found a crash.

set -u
build=$1
seconds=$2
shift 2
cd "$(dirname "$0")/.." || exit 2
here=$(pwd)
log=$build/fuzz.log
status=0
: >"$log"
for h in "$@"; do
	bin=$build/fuzz_$h
	corpus=$build/corpus-$h
	mkdir -p "$corpus" "fuzz/corpus/$h" "fuzz/regressions/$h"
	rm -f "$build/crash-$h-"* "$build/leak-$h-"* "$build/timeout-$h-"* \
		"$build/oom-$h-"*
	start=$(date +%s)
	# stderr of the code under test is closed (it prints wqcheck's
	# warnings for every bad input); libFuzzer's and the sanitizers'
	# reports still reach the log.
	"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-close_fd_mask=2 -print_final_stats=1 \
		-artifact_prefix="$build/crash-$h-" \
		"$corpus" "fuzz/corpus/$h" "fuzz/regressions/$h" \
		>"$build/fuzz-$h.log" 2>&1
	rc=$?
	took=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' \
		"$build/fuzz-$h.log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$build/fuzz-$h.log" | tail -n 1 |
		cut -d' ' -f2)
	ft=$(grep -o 'ft: [0-9]*' "$build/fuzz-$h.log" | tail -n 1 |
		cut -d' ' -f2)
	crashes=$(ls "$build/crash-$h-"* 2>/dev/null | wc -l)
	line="fuzz_$h: ${took} s, ${execs:-?} executions, coverage ${cov:-?} edges (${ft:-?} features), corpus $(ls "$corpus" | wc -l) inputs, $crashes crash(es), exit $rc"
	echo "$line" | tee -a "$log"
	if [ "$rc" != 0 ] || [ "$crashes" != 0 ]; then
		status=1
		echo "  see $here/$build/fuzz-$h.log; inputs:" \
			"$build/crash-$h-*" | tee -a "$log"
	fi
done
exit $status
