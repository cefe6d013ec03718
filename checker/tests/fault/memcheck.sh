#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# wqcheck's C under the memory checkers, part of make check:
#   - each unit test built with AddressSanitizer and UndefinedBehavior-
#     Sanitizer (BUILD/test-*), leaks included;
#   - each unit test built plainly (PLAIN/test-*) under valgrind's
#     memcheck, which also sees a read of memory never written (ASan
#     does not);
#   - wqcheck end to end under valgrind (no invalid access, no leak; spatch
#     is not ours, --trace-children=no): a scan of corpus files in each
#     format, the same read back from the cache, a scan whose spatch
#     crashes on one file, --fix on a copy, --patch, --files-from, a bad
#     option.
# One "ok"/"FAIL" line each, then "memcheck: N passed, M failed".
#
#   sh tests/fault/memcheck.sh BUILD WQCHECK [PLAIN]

set -u
build=$1
wq=$2
plain=${3:-}
cd "$(dirname "$0")/../.." || exit 2
here=$(pwd)
top=$(cd .. && pwd)
case $build in /*) ;; *) build=$here/$build ;; esac
case $wq in /*) ;; *) wq=$here/$wq ;; esac
case $plain in /* | '') ;; *) plain=$here/$plain ;; esac
logs=${LOGS:-$here/build/fault-logs}
mkdir -p "$logs"
work=$(mktemp -d "${TMPDIR:-/tmp}/wqcheck-memcheck.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM
mkdir -p "$work/tmp" "$work/cache"
export TMPDIR="$work/tmp" XDG_CACHE_HOME="$work/cache"
export WQCHECK_COCCI_DIR="${WQCHECK_COCCI_DIR:-$top/cocci}"
passed=0
failed=0

ok() {
	printf 'ok   %s\n' "$1"
	passed=$((passed + 1))
}

fail() {
	printf 'FAIL %s: %s (log: %s)\n' "$1" "$2" "$3"
	failed=$((failed + 1))
}

for t in "$build"/test-*; do
	[ -x "$t" ] || continue
	name=asan/unit/${t##*/test-}
	log=$logs/$(echo "$name" | tr / -).log
	if (cd "$work" && ASAN_OPTIONS=detect_leaks=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$t") \
	    >"$log" 2>&1; then
		rm -f "$log"
		ok "$name"
	else
		fail "$name" "exit status $? under ASan+UBSan" "$log"
	fi
done

# vg NAME EXPECTED-STATUS ARGS...: wqcheck under valgrind.
vg() {
	name=valgrind/$1
	want=$2
	shift 2
	log=$logs/$(echo "$name" | tr / -).log
	valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect,possible \
		--show-leak-kinds=definite,indirect,possible \
		--trace-children=no --child-silent-after-fork=yes \
		"$wq" "$@" >"$work/out" 2>"$log"
	st=$?
	if [ $st = 99 ]; then
		fail "$name" "valgrind found errors" "$log"
	elif [ $st != "$want" ]; then
		fail "$name" "exit status $st, not $want" "$log"
	else
		rm -f "$log"
		ok "$name"
	fi
}

if ! command -v valgrind >/dev/null; then
	fail valgrind "valgrind is not installed (make deps installs it)" /dev/null
else
	for t in ${plain:+"$plain"/test-*}; do
		[ -x "$t" ] || continue
		name=valgrind/unit/${t##*/test-}
		log=$logs/$(echo "$name" | tr / -).log
		if (cd "$work" && valgrind -q --error-exitcode=99 \
		    --leak-check=full --errors-for-leak-kinds=definite,indirect \
		    --track-origins=yes "$t") >"$log" 2>&1; then
			rm -f "$log"
			ok "$name"
		else
			fail "$name" "exit status $? under valgrind" "$log"
		fi
	done
	files=$(cd "$top" && ls testcases/*.c | head -n 12 | sed "s|^|$top/|")
	# shellcheck disable=SC2086
	vg scan-text 1 --no-cache --confidence=low $files
	# shellcheck disable=SC2086
	vg scan-json 1 --no-cache --format=json $files
	# shellcheck disable=SC2086
	vg scan-sarif 1 --no-cache --format=sarif -v $files
	vg scan-checkpatch 1 --no-cache --format=checkpatch --terse tests/inputs
	vg scan-cold-cache 1 --stats tests/inputs
	vg scan-warm-cache 1 --stats tests/inputs
	mkdir -p "$work/crash"
	cp tests/inputs/fs/aio.c tests/inputs/fs/pipe.c "$work/crash/"
	{ echo '/* WQCHECK_TEST_CRASH */'; cat tests/inputs/fs/aio.c; } \
		>"$work/crash/crash.c"
	vg spatch-crash 2 --no-cache --jobs=1 --spatch=tests/fake-spatch \
		"$work/crash"
	mkdir -p "$work/fix"
	cp tests/inputs/fs/aio.c tests/inputs/fs/pipe.c "$work/fix/"
	vg fix 1 --no-cache -q --fix "$work/fix"
	vg baseline 0 --no-cache --write-baseline="$work/base.txt" tests/inputs
	vg patch 1 --no-cache --patch=tests/patches/remove-barrier.patch \
		--root=tests/patch-tree
	vg patch-escape 2 --no-cache --patch=tests/patches/escape.patch \
		--root=tests/patch-tree
	find tests/inputs -name '*.[ch]' -print0 >"$work/list0"
	vg files-from 1 --no-cache -0 --files-from "$work/list0"
	vg bad-option 2 --bogus
fi
echo "memcheck: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
