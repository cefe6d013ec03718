#!/bin/sh
# spatch killed (SIGKILL) on one file of three: that file is reported as
# not checked, the findings of the other two are printed, and the exit
# status says the scan was incomplete (2), not "findings" (1).
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
{ echo '/* WQFAULT_KILL */'; cat "$inputs/fs/aio.c"; } >"$work/t/killed.c"
cd "$work" || exit 2
run --no-cache --jobs=1 --spatch="$FAULT_SPATCH" t
expect_status 2 "incomplete"
out_has '^t/aio.c:13:6: warning: store to ctx->tail'
out_has '^t/pipe.c:22:6: warning: store to p->nr_free'
out_lacks '^t/killed.c'
err_has '^wqcheck: warning: t/killed.c: not checked: .*killed by signal 9\|^wqcheck: warning: t/killed.c: not checked: .*signal 9'
err_has '^wqcheck: error: the scan is incomplete: 1 file was not checked$'
tmp_clean
ok
