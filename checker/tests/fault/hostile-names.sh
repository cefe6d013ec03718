#!/bin/sh
# File names with a space, a newline, leading dashes and bytes that are
# not UTF-8: each file is found and its finding reported once, in every
# format; the text output shows the newline escaped (one finding, one
# line); JSON and SARIF stay valid UTF-8 JSON; a PATH starting with a
# dash is taken after "--" and refused as an unknown option without it.
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/d"
nl='
'
bad=$(printf 'bad\377\376name.c')
for n in "with space.c" "-rf.c" "--help.c" "$bad" "new${nl}line.c"; do
	cp "$inputs/fs/aio.c" "$work/d/$n"
done
cd "$work" || exit 2
run --no-cache d
expect_status 1 "text"
[ "$(grep -c ':13:6: warning: store to ctx->tail' "$work/out")" = 5 ] ||
	fail "not 5 findings, one per file, one line each"
out_has '^d/with space.c:13:6:'
out_has '^d/-rf.c:13:6:'
out_has '^d/--help.c:13:6:'
out_has '^d/new\\nline.c:13:6:'
grep -q "^d/$bad:13:6:" "$work/out" || fail "no finding for the non-UTF-8 name"
for fmt in json sarif; do
	run --no-cache --format=$fmt d
	expect_status 1 "$fmt"
	python3 - "$work/out" "$fmt" >>"$log" 2>&1 <<'EOP' || fail "--format=$fmt: not valid UTF-8 JSON, or findings missing"
import json, sys
doc = json.loads(open(sys.argv[1], 'rb').read().decode('utf-8'))
if sys.argv[2] == 'json':
    n = len(doc['findings'])
else:
    n = len(doc['runs'][0]['results'])
sys.exit(0 if n == 5 else 1)
EOP
done
run --no-cache --format=checkpatch d
expect_status 1 "checkpatch"
[ "$(grep -c '^#13: FILE: d/' "$work/out")" = 5 ] || fail "checkpatch: not 5 findings"
cd d || exit 2
run --no-cache -- -rf.c --help.c
expect_status 1 "PATHs after --"
[ "$(grep -c ':13:6: warning' "$work/out")" = 2 ] || fail "-- -rf.c --help.c: not 2 findings"
run --no-cache -rf.c
expect_status 2 "-rf.c without --"
err_has "unknown option '-r'"
tmp_clean
ok
