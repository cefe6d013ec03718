#!/bin/sh
# Ctrl-C (SIGINT) and SIGTERM in the middle of a scan (spatch busy on a
# file): wqcheck stops with status 2 and says so, prints no findings (a
# partial list would pass for a complete one), kills its spatch, leaves
# nothing in TMPDIR, and writes no cache entry for what it did not finish.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
{ echo '/* WQFAULT_HANG_HERE */'; cat "$inputs/fs/aio.c"; } >"$work/t/hang.c"
export WQFAULT_HANG_IF=WQFAULT_HANG_HERE
cd "$work" || exit 2
for sig in INT TERM; do
	export WQFAULT_FLAG="$work/hung-$sig"
	last_args="--spatch=fault-spatch t, then SIG$sig"
	"$wq" --jobs=1 --spatch="$FAULT_SPATCH" t >"$work/out" 2>"$work/err" &
	pid=$!
	wait_for "$WQFAULT_FLAG" 600 || fail "spatch never reached the file"
	sleep 0.3
	kill -"$sig" $pid
	wait $pid
	status=$?
	expect_status 2 "after SIG$sig"
	err_has '^wqcheck: error: interrupted'
	[ ! -s "$work/out" ] || fail "findings printed after SIG$sig"
	sleep 0.2
	[ -z "$(running "sleep $hang_secs")" ] || fail "spatch still running after SIG$sig"
	tmp_clean "after SIG$sig"
	[ -z "$(find "$XDG_CACHE_HOME" -name '*.tmp*')" ] ||
		fail "temporary cache files left after SIG$sig"
done
# The interrupted runs cached nothing wrong: a full run gives it all.
unset WQFAULT_HANG_IF
rm t/hang.c
run t
expect_status 1 "full run after the interruptions"
out_has '^t/aio.c:13:6:'
out_has '^t/pipe.c:22:6:'
ok
