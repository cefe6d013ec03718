#!/bin/sh
# SIGTERM and Ctrl-C during --fix, while the fixed copies are being
# checked again (spatch busy on the fixed text): wqcheck stops with
# status 2, each source file is either as it was or fully fixed (never
# half-written), and no temporary file is left in the tree or TMPDIR.
# Then a --fix run to the end fixes both files.
. "$(dirname "$0")/lib.sh"
cd "$work" || exit 2
for sig in TERM INT; do
	rm -rf t
	small_tree t
	export WQFAULT_HANG_IF='smp_mb();' WQFAULT_FLAG="$work/hung-$sig"
	last_args="--fix --spatch=fault-spatch t, then SIG$sig"
	"$wq" --no-cache --fix --spatch="$FAULT_SPATCH" t >"$work/out" \
		2>"$work/err" &
	pid=$!
	wait_for "$WQFAULT_FLAG" 600 || fail "the rescan never started"
	sleep 0.3
	kill -"$sig" $pid
	wait $pid
	status=$?
	expect_status 2 "after SIG$sig"
	for f in aio.c pipe.c clean.c; do
		cmp -s "t/$f" "$inputs/fs/$f" 2>/dev/null ||
			cmp -s "t/$f" "$inputs/drivers/$f" 2>/dev/null ||
			fail "t/$f changed by a --fix stopped by SIG$sig"
	done
	left=$(ls -A t | grep -v -x -e aio.c -e pipe.c -e clean.c)
	[ -z "$left" ] || fail "left in the tree after SIG$sig: $left"
	sleep 0.2
	[ -z "$(running "sleep $hang_secs")" ] || fail "spatch still running after SIG$sig"
	tmp_clean "after SIG$sig"
done
unset WQFAULT_HANG_IF
run --no-cache --fix t
expect_status 1 "--fix to the end"
grep -q 'smp_mb();' t/aio.c || fail "t/aio.c not fixed by a full --fix"
grep -q 'smp_mb();' t/pipe.c || fail "t/pipe.c not fixed by a full --fix"
left=$(ls -A t | grep -v -x -e aio.c -e pipe.c -e clean.c)
[ -z "$left" ] || fail "left in the tree after --fix: $left"
tmp_clean
ok
