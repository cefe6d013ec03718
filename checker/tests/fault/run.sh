#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# The fault and hostile-input tests: each tests/fault/NAME.sh is one test
# that prints one line, "ok   fault/NAME" or "FAIL fault/NAME: why (log:
# FILE)". A test that hangs is stopped after 5 minutes and fails.
#
#   sh tests/fault/run.sh WQCHECK [NAME...]
#
# Ends with "fault: N passed, M failed"; exits 1 if a test failed. Some
# tests mount a small tmpfs: they need root (CI is root) and fail, saying
# why, without it.

set -u
wq=$1
shift
cd "$(dirname "$0")/../.." || exit 2
case $wq in /*) ;; *) wq=$(pwd)/$wq ;; esac
LOGS=${LOGS:-$(pwd)/build/fault-logs}
export WQCHECK="$wq" LOGS
mkdir -p "$LOGS"
passed=0
failed=0
if [ $# -eq 0 ]; then
	set -- $(cd tests/fault && ls *.sh |
		grep -v -x -e lib.sh -e run.sh -e memcheck.sh |
		sed 's/\.sh$//')
fi
for t in "$@"; do
	out=$(timeout -k 10 300 sh "tests/fault/$t.sh" 2>>"$LOGS/fault-$t.stderr")
	rc=$?
	case $out in
	"ok   "*)
		[ $rc = 0 ] && rm -f "$LOGS/fault-$t.stderr"
		;;
	*)
		[ $rc = 124 ] && out="FAIL fault/$t: did not finish in 300 s"
		[ -n "$out" ] || out="FAIL fault/$t: exit $rc without a verdict (stderr: $LOGS/fault-$t.stderr)"
		;;
	esac
	echo "$out"
	case $out in
	"ok   "*) passed=$((passed + 1)) ;;
	*) failed=$((failed + 1)) ;;
	esac
done
echo "fault: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
