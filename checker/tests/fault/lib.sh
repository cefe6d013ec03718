# SPDX-License-Identifier: GPL-2.0-only
#
# What every fault test shares; sourced by each tests/fault/*.sh with
# WQCHECK (the executable under test) and LOGS (where a failed test
# leaves its log) in the environment. A test is one script that ends with
# exactly one "ok" or "fail": one line, "ok   fault/NAME" or
# "FAIL fault/NAME: why (log: ...)".
#
# It runs in its own scratch directory ($work), with its own TMPDIR and
# cache, and removes everything it made, mounts included.

set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
top=$(cd "$here/.." && pwd)
name=fault/$(basename "$0" .sh)
wq=$WQCHECK
case $wq in /*) ;; *) wq=$here/$wq ;; esac
logs=${LOGS:-$here/build/fault-logs}
mkdir -p "$logs"
log=$logs/$(echo "$name" | tr / -).log
work=$(mktemp -d "${TMPDIR:-/tmp}/wqcheck-fault.XXXXXX") || exit 2
mounts=
cleanup() {
	for m in $mounts; do
		umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
	done
	chmod -R u+w "$work" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM
mkdir -p "$work/tmp" "$work/cache"
export TMPDIR="$work/tmp"
export XDG_CACHE_HOME="$work/cache"
export WQCHECK_COCCI_DIR="${WQCHECK_COCCI_DIR:-$top/cocci}"
export FAULT_SPATCH="$here/tests/fault/fault-spatch"
export REAL_SPATCH="${REAL_SPATCH:-spatch}"
inputs=$here/tests/inputs
: >"$log"

ok() {
	printf 'ok   %s%s\n' "$name" "${1:+ ($1)}"
	rm -f "$log"
	exit 0
}

fail() {
	{
		echo "--- why: $1"
		echo "--- last run: $wq ${last_args:-}"
		outcome
	} >>"$log" 2>/dev/null
	printf 'FAIL %s: %s (log: %s)\n' "$name" "$1" "$log"
	exit 1
}

# Run wqcheck: stdout, stderr and status in $work/out, $work/err, $status.
run() {
	last_args="$*"
	"$wq" "$@" >"$work/out" 2>"$work/err"
	status=$?
}

outcome() {
	echo "--- stdout"
	cat "$work/out" 2>/dev/null
	echo "--- stderr"
	cat "$work/err" 2>/dev/null
	echo "--- exit ${status:-?}"
}

# Fail unless the last run left $TMPDIR empty.
tmp_clean() {
	if [ -n "$(ls -A "$TMPDIR")" ]; then
		ls -lA "$TMPDIR" >>"$log"
		fail "temporary files left in TMPDIR${1:+ $1}"
	fi
}

expect_status() {
	[ "$status" = "$1" ] || fail "exit status $status, not $1${2:+ ($2)}"
}

# The output has (grep -q) or has not (! grep -q) a line.
out_has() { grep -q -e "$1" "$work/out" || fail "stdout lacks '$1'"; }
err_has() { grep -q -e "$1" "$work/err" || fail "stderr lacks '$1'"; }
out_lacks() { ! grep -q -e "$1" "$work/out" || fail "stdout has '$1'"; }
err_lacks() { ! grep -q -e "$1" "$work/err" || fail "stderr has '$1'"; }

# A small tree: two files with one finding each, and a clean one.
small_tree() {
	mkdir -p "$1"
	cp "$inputs/fs/aio.c" "$inputs/fs/pipe.c" "$inputs/drivers/clean.c" "$1/"
}

# A tmpfs of @2 (e.g. 64k) at @1, with extra mount options in @3.
mount_tmpfs() {
	mkdir -p "$1"
	if [ "$(id -u)" != 0 ]; then
		fail "needs root to mount a tmpfs (CI runs as root)"
	fi
	if ! err=$(mount -t tmpfs -o "size=$2${3:+,$3}" tmpfs "$1" 2>&1); then
		fail "mount -t tmpfs -o size=$2 failed: $err"
	fi
	mounts="$1 $mounts"
}

# Fill the file system holding @1 to the last block.
fill_up() {
	dd if=/dev/zero of="$1/.fill" bs=4096 2>/dev/null
	dd if=/dev/zero of="$1/.fill2" bs=1 2>/dev/null
	true
}

# The pid of a process whose command line is exactly @1, if any.
running() {
	ps -eo pid=,args= | awk -v want="$1" '{ p = $1; $1 = ""; sub(/^ /, "");
		if ($0 == want) print p }'
}

# Wait up to @2 seconds (tenths) for file @1 to exist.
wait_for() {
	n=0
	while ! [ -e "$1" ] && [ $n -lt "$2" ]; do
		sleep 0.1
		n=$((n + 1))
	done
	[ -e "$1" ]
}

# A hang only this test makes: "sleep $hang_secs" is ours alone.
hang_secs=614.$$
export WQFAULT_SLEEP=$hang_secs
