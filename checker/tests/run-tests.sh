#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# wqcheck's tests: the unit tests (BUILD/test-*), the end-to-end tests on
# tests/inputs (every format, compared exactly with tests/e2e/*.expected),
# the bad inputs, --patch, kbuild, --files-from, --fix, and the corpus in
# ../testcases. One line per test, then "N passed, M failed". Exits
# non-zero if a test failed.
#
#   sh tests/run-tests.sh BUILD WQCHECK           run them all
#   sh tests/run-tests.sh BUILD WQCHECK --update  rewrite the .expected
#                                                 files from real output;
#                                                 review the diff
#
# Set SARIF_SCHEMA to a copy of sarif-schema-2.1.0.json to also validate
# the SARIF output against it (needs python3's jsonschema).

set -u
build=$1
wq=$2
mode=${3:-}
cd "$(dirname "$0")/.." || exit 2
here=$(pwd)
top=$(cd .. && pwd)
case $build in /*) ;; *) build=$here/$build ;; esac
case $wq in /*) ;; *) wq=$here/$wq ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/wqcheck-tests.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM
logs=$build/logs
rm -rf "$logs"
mkdir -p "$logs" "$work/tmp" "$work/cache"
export WQCHECK_COCCI_DIR="${WQCHECK_COCCI_DIR:-$top/cocci}"
export XDG_CACHE_HOME="$work/cache"
export TMPDIR="$work/tmp"
passed=0
failed=0
skipped=0

ok() {
	printf 'ok   %s\n' "$1"
	passed=$((passed + 1))
}

fail() {
	printf 'FAIL %s: %s (log: %s)\n' "$1" "$2" "$logs/$(echo "$1" | tr / -).log"
	failed=$((failed + 1))
}

skip() {
	printf 'skip %s (%s)\n' "$1" "$2"
	skipped=$((skipped + 1))
}

log_of() {
	echo "$logs/$(echo "$1" | tr / -).log"
}

# Run wqcheck with the arguments given: its standard output, standard
# error and exit status go to $work/out, $work/err and $status. A run must
# leave nothing in $TMPDIR.
run() {
	"$wq" "$@" >"$work/out" 2>"$work/err"
	status=$?
	leftovers=$(ls -A "$TMPDIR")
}

# The outcome of the last run as one text: output, stderr, exit status.
outcome() {
	cat "$work/out"
	echo "--- stderr"
	cat "$work/err"
	echo "--- exit $status"
}

# Compare the last run's outcome with tests/e2e/NAME.expected.
expect() {
	name=$1
	exp=$here/tests/e2e/$name.expected
	log=$(log_of "e2e/$name")
	outcome >"$work/got"
	if [ "$mode" = --update ]; then
		cp "$work/got" "$exp"
	fi
	if [ -n "$leftovers" ]; then
		echo "left in TMPDIR: $leftovers" >"$log"
		rm -rf "${TMPDIR:?}"/*
		fail "e2e/$name" "temporary files left behind"
	elif ! [ -f "$exp" ]; then
		cp "$work/got" "$log"
		fail "e2e/$name" "no $exp"
	elif diff -u "$exp" "$work/got" >"$log" 2>&1; then
		rm -f "$log"
		ok "e2e/$name"
	else
		fail "e2e/$name" "output differs"
	fi
}

unit_tests() {
	for t in "$build"/test-*; do
		[ -x "$t" ] || continue
		name=unit/${t##*/test-}
		log=$(log_of "$name")
		if (cd "$work" && "$t") >"$log" 2>&1; then
			rm -f "$log"
			ok "$name"
		else
			fail "$name" "exit status $?"
		fi
	done
}

formats() {
	run --no-cache tests/inputs
	expect text
	run --no-cache -v tests/inputs
	expect text-verbose
	run --no-cache --confidence=low tests/inputs
	expect text-low
	run --no-cache --confidence=high tests/inputs
	expect text-high
	run --no-cache --format=json --confidence=low tests/inputs
	expect json
	run --no-cache --no-waiters --format=json --confidence=low tests/inputs
	expect json-no-waiters
	run --no-cache --format=sarif --confidence=low tests/inputs
	expect sarif
	run --no-cache --format=checkpatch tests/inputs
	expect checkpatch
	run --no-cache --format=checkpatch --terse tests/inputs
	expect checkpatch-terse
	run --no-cache tests/inputs/fs/aio.c "tests/inputs/drivers/odd name.c" \
		tests/inputs/include/
	expect text-files
	run --no-cache tests/inputs/drivers/clean.c
	expect clean
	cd tests/inputs || exit 2
	run --no-cache -q .
	cd "$here" || exit 2
	expect text-dot
}

# A scratch directory for the bad inputs; paths in messages stay short.
bad_dir() {
	rm -rf "$work/bad"
	mkdir -p "$work/bad"
	cp "$here/tests/fake-spatch" "$here/tests/old-spatch" "$work/bad/"
	cd "$work/bad" || exit 2
}

bad_inputs() {
	bad_dir
	run --no-cache nope.c
	expect bad-missing
	mkdir empty
	run --no-cache empty
	expect bad-empty-dir
	echo text >notes.txt
	run --no-cache notes.txt
	expect bad-not-c
	mkdir bin
	printf 'int x;\0\001\002waitqueue_active' >bin/blob.c
	run --no-cache bin
	expect bad-binary-only
	cp "$here/tests/inputs/fs/aio.c" bin/
	run --no-cache bin
	expect bad-binary
	mkdir parse
	cat >parse/broken.c <<-'EOC'
	#include <linux/wait.h>
	static void broken(struct s *p)
	{
		p->x = ;;; +* / ;
		if (waitqueue_active(&p->wait))
			wake_up(&p->wait);
	}
	EOC
	cp "$here/tests/inputs/fs/aio.c" parse/
	run --no-cache parse
	expect bad-unparsable
	mkdir names
	cp "$here/tests/inputs/fs/aio.c" "names/with space.c"
	cp "$here/tests/inputs/fs/aio.c" "names/new
line.c"
	run --no-cache names
	expect bad-names
	mkdir loop
	cp "$here/tests/inputs/fs/aio.c" loop/
	ln -s . loop/again
	ln -s self loop/self
	run --no-cache loop
	expect bad-symlink-loop
	run --no-cache --spatch=./no-such-spatch loop/aio.c
	expect bad-spatch-missing
	run --no-cache --spatch=./old-spatch loop/aio.c
	expect bad-spatch-old
	mkdir crash
	cp "$here/tests/inputs/fs/aio.c" "$here/tests/inputs/fs/pipe.c" crash/
	{ echo '/* WQCHECK_TEST_CRASH */'; cat crash/aio.c; } >crash/crash.c
	run --no-cache --jobs=1 --spatch=./fake-spatch crash
	expect bad-spatch-crash
	mkdir hang
	cp "$here/tests/inputs/fs/aio.c" hang/
	{ echo '/* WQCHECK_TEST_HANG */'; cat hang/aio.c; } >hang/hang.c
	run --no-cache --timeout=1 --spatch=./fake-spatch hang
	expect bad-spatch-hang
	mkdir broken
	{ echo '/* WQCHECK_TEST_BROKEN */'; cat crash/aio.c; } >broken/b.c
	run --no-cache --spatch=./fake-spatch broken
	expect bad-spatch-broken
	run --bogus loop
	expect bad-option
	run --format=xml loop
	expect bad-format
	echo '{}' >base.json
	run --no-cache --baseline=base.json loop
	expect bad-baseline
	cd "$here" || exit 2
}

# Ctrl-C in the middle: children ended, nothing left in $TMPDIR.
interrupt() {
	name=e2e/interrupt
	log=$(log_of "$name")
	bad_dir
	mkdir hang
	{ echo '/* WQCHECK_TEST_HANG */'; cat "$here/tests/inputs/fs/aio.c"; } \
		>hang/hang.c
	: >"$work/hang.pid"
	WQCHECK_TEST_PIDFILE=$work/hang.pid \
		"$wq" --no-cache --spatch=./fake-spatch hang >"$work/out" \
		2>"$work/err" &
	pid=$!
	sleep 2
	kill -INT $pid
	wait $pid
	status=$?
	cd "$here" || exit 2
	sleep 0.2
	hung=$(cat "$work/hang.pid")
	{ outcome; ls -A "$TMPDIR"; echo "hung spatch: ${hung:-none}"; } >"$log"
	if [ $status != 2 ] || ! grep -q interrupted "$work/err"; then
		fail "$name" "not stopped with status 2 and a message"
	elif [ -n "$(ls -A "$TMPDIR")" ]; then
		fail "$name" "temporary files left behind"
		rm -rf "${TMPDIR:?}"/*
	elif [ -z "$hung" ]; then
		fail "$name" "the fake spatch never hung"
	elif kill -0 "$hung" 2>/dev/null; then
		fail "$name" "a child is still running"
	else
		rm -f "$log"
		ok "$name"
	fi
}

# A finding moved by an unrelated edit stays hidden; a new one shows.
baseline() {
	bad_dir
	mkdir b
	cp "$here/tests/inputs/fs/aio.c" "$here/tests/inputs/fs/pipe.c" b/
	run --no-cache --write-baseline=base.txt b
	expect baseline-write
	cp base.txt "$work/out"
	: >"$work/err"
	expect baseline-file
	{ printf '/*\n * moved\n */\n'; cat b/aio.c; } >b/aio.c.new
	mv b/aio.c.new b/aio.c
	printf '\nstatic void pipe_write_done(struct pipe *p)\n{\n%s\n%s\n%s\n}\n' \
		'	p->nr_free--;' '	if (waitqueue_active(&p->wr_wait))' \
		'		wake_up(&p->wr_wait);' >>b/pipe.c
	run --no-cache --baseline=base.txt b
	expect baseline-hide
	cd "$here" || exit 2
}

# The cache: the second run reads it, a changed file is parsed again.
cache() {
	name=e2e/cache
	log=$(log_of "$name")
	bad_dir
	cp -r "$here/tests/inputs" in
	XDG_CACHE_HOME=$work/bad/cache
	export XDG_CACHE_HOME
	run --stats in
	outcome >"$work/cold"
	run --stats in
	outcome >"$work/warm"
	echo '/* touched */' >>in/fs/pipe.c
	run --stats in
	outcome >"$work/touched"
	XDG_CACHE_HOME=$work/cache
	cd "$here" || exit 2
	{ cat "$work/cold" "$work/warm" "$work/touched"; } >"$log"
	strip() { grep -v -e '^  time ' -e '^  from the cache' \
		-e '^  given to spatch' -e '^  functions' -e '^  spatch ' \
		-e '^  second pass' "$1"; }
	if ! grep -q '^  from the cache      0$' "$work/cold" ||
	   ! grep -q '^  from the cache      9$' "$work/warm" ||
	   ! grep -q '^  from the cache      8$' "$work/touched"; then
		fail "$name" "the cache was not used as expected"
	elif [ "$(strip "$work/cold")" != "$(strip "$work/warm")" ]; then
		fail "$name" "cached results differ"
	else
		rm -f "$log"
		ok "$name"
	fi
}

# The waiter index keeps of a file the functions that wait on the queues
# the wakers name: a file cached for other queues must be read again
# (tests/inputs-cache: wake_b.c's finding is dropped by a waiter the
# first scan did not need).
cache_index_words() {
	name=e2e/cache-index-words
	log=$(log_of "$name")
	bad_dir
	mkdir in
	cp "$here/tests/inputs-cache/waiters.c" \
		"$here/tests/inputs-cache/wake_a.c" in/
	XDG_CACHE_HOME=$work/bad/cache
	export XDG_CACHE_HOME
	run --confidence=low in
	cp "$here/tests/inputs-cache/wake_b.c" in/
	run --confidence=low in
	outcome >"$work/warm"
	run --no-cache --confidence=low in
	outcome >"$work/cold"
	# a scan right after one that filled the cache runs spatch on
	# nothing: the records come in another order from the cache, and
	# the passes' keys must not depend on it
	rm -rf "$work/bad/cache"
	run --confidence=low in
	run --stats --confidence=low in
	outcome >"$work/again"
	XDG_CACHE_HOME=$work/cache
	cd "$here" || exit 2
	{ cat "$work/cold"; echo "--- warm"; cat "$work/warm";
	  echo "--- again"; cat "$work/again"; } >"$log"
	if grep -q pipe_b_done "$work/cold"; then
		fail "$name" "the locked waker is reported without the cache"
	elif ! diff -q "$work/cold" "$work/warm" >/dev/null; then
		fail "$name" "cached results differ"
	elif ! grep -q '^  spatch  *0.00 s of CPU' "$work/again"; then
		fail "$name" "spatch ran again on a full cache"
	else
		rm -f "$log"
		ok "$name"
	fi
}

# The semantic patches are found beside the executable without help.
cocci_lookup() {
	name=e2e/cocci-lookup
	if ! [ "$wq" -ef "$here/wqcheck" ]; then
		skip "$name" "only for the executable in checker/"
		return
	fi
	(unset WQCHECK_COCCI_DIR; run --no-cache tests/inputs/fs/aio.c;
	 outcome) >"$(log_of "$name")"
	if grep -q 'ctx->tail' "$(log_of "$name")"; then
		rm -f "$(log_of "$name")"
		ok "$name"
	else
		fail "$name" "cocci/ not found from the executable"
	fi
}

sarif_schema() {
	name=e2e/sarif-schema
	if [ -z "${SARIF_SCHEMA:-}" ]; then
		skip "$name" "set SARIF_SCHEMA to validate"
		return
	fi
	if ! python3 -c 'import jsonschema' 2>/dev/null; then
		skip "$name" "python3 has no jsonschema"
		return
	fi
	run --no-cache --format=sarif --confidence=low tests/inputs
	if python3 - "$SARIF_SCHEMA" "$work/out" >"$(log_of "$name")" 2>&1 <<-'EOP'
	import json, sys, jsonschema
	schema = json.load(open(sys.argv[1]))
	doc = json.load(open(sys.argv[2]))
	errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
	for e in errors:
	    print(list(e.path), e.message)
	sys.exit(1 if errors else 0)
	EOP
	then
		rm -f "$(log_of "$name")"
		ok "$name"
	else
		fail "$name" "not valid against $SARIF_SCHEMA"
	fi
}

# The corpus: wqcheck must report exactly what the cases' check-output
# blocks list, for the cases checked in spatch's report mode.
# Every long option of --help has its entry in the manual page (a .B,
# .BR or .BI line naming it).
manual() {
	missing=$("$wq" --help | python3 -c '
import re, sys
man = open(sys.argv[1]).read().replace("\\-", "-")
heads = "\n".join(l for l in man.split("\n") if re.match(r"\.B[IR]? ", l))
opts = sorted(set(re.findall(r"--[a-z][a-z0-9-]*", sys.stdin.read())))
print(" ".join(o for o in opts
               if not re.search(re.escape(o) + r"(?![a-z0-9-])", heads)))
' "$here/wqcheck.1")
	if [ -z "$missing" ]; then
		ok "e2e/manual"
	else
		fail "e2e/manual" "not in wqcheck.1: $missing"
	fi
}

corpus() {
	name=e2e/corpus
	log=$(log_of "$name")
	if ! [ -d "$top/testcases" ]; then
		skip "$name" "no testcases/"
		return
	fi
	cd "$top" || exit 2
	: >"$work/expected"
	files=
	for f in testcases/*.c; do
		[ -f "$f" ] || continue
		grep -q 'check-known-to-fail' "$f" && continue
		cmd=$(sed -n 's/^[ *]*check-command: *//p' "$f")
		[ -n "$cmd" ] && [ "$cmd" != 'cocci-report $file' ] && continue
		files="$files $f"
		sed -n '/check-output-start/,/check-output-end/p' "$f" |
			sed -e '1d' -e '$d' >>"$work/expected"
	done
	# shellcheck disable=SC2086
	"$wq" --no-cache --format=json $files 2>"$work/err" |
		"$build/json2report" >"$work/got"
	cd "$here" || exit 2
	sort "$work/expected" >"$work/expected.sorted"
	sort "$work/got" >"$work/got.sorted"
	if diff -u "$work/expected.sorted" "$work/got.sorted" >"$log"; then
		rm -f "$log"
		ok "$name"
	else
		cat "$work/err" >>"$log"
		fail "$name" "findings differ from the check-output blocks"
	fi
}

. "$here/tests/patch-tests.sh"
. "$here/tests/kbuild-tests.sh"
. "$here/tests/wrapper-tests.sh"
. "$here/tests/fix-tests.sh"
. "$here/tests/files-from-tests.sh"
. "$here/tests/unanalysed-tests.sh"
. "$here/tests/wqindex-tests.sh"

unit_tests
formats
bad_inputs
unanalysed_inputs
interrupt
patch_tests
kbuild_tests
files_from_tests
wrapper_tests
fix_tests
baseline
cache
cache_index_words
wqindex_cache
wqindex_install
cocci_lookup
sarif_schema
manual
corpus
if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
