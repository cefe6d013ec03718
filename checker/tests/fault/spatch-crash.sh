#!/bin/sh
# spatch dies of SIGSEGV on one file, in a batch with others: the others
# are checked again on their own and reported; that file is not checked;
# exit status 2. The same with --format=json: the findings are there and
# the output is valid JSON.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
{ echo '/* WQCHECK_TEST_CRASH */'; cat "$inputs/fs/aio.c"; } >"$work/t/crash.c"
cd "$work" || exit 2
run --no-cache --jobs=1 --spatch="$FAULT_SPATCH" t
expect_status 2 "incomplete"
out_has '^t/aio.c:13:6:'
out_has '^t/pipe.c:22:6:'
err_has '^wqcheck: warning: t/crash.c: not checked: .*crashed (signal 11'
err_has 'the scan is incomplete: 1 file was not checked'
run --no-cache --jobs=1 --format=json --spatch="$FAULT_SPATCH" t
expect_status 2 "incomplete, json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(json.dumps(d)) else 1)' \
	"$work/out" 2>>"$log" || fail "--format=json output is not JSON"
out_has 't/pipe.c'
tmp_clean
ok
