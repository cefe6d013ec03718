#!/bin/sh
# spatch hangs on one file (it ignores its own --timeout): wqcheck kills
# it after --timeout, reports that file as not checked and the others'
# findings, exits 2, in bounded time, with no spatch left running.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
{ echo '/* WQFAULT_HANG_HERE */'; cat "$inputs/fs/aio.c"; } >"$work/t/hang.c"
export WQFAULT_HANG_IF=WQFAULT_HANG_HERE WQFAULT_FLAG="$work/hung"
cd "$work" || exit 2
start=$(date +%s)
run --no-cache --timeout=2 --spatch="$FAULT_SPATCH" t
took=$(($(date +%s) - start))
expect_status 2 "incomplete"
out_has '^t/aio.c:13:6:'
out_has '^t/pipe.c:22:6:'
err_has '^wqcheck: warning: t/hang.c: not checked: .*hung and was killed'
err_has 'the scan is incomplete: 1 file was not checked'
[ "$took" -lt 90 ] || fail "took $took s with --timeout=2"
sleep 0.2
[ -z "$(running "sleep $hang_secs")" ] || fail "the hung spatch is still running"
tmp_clean
ok "$took s"
