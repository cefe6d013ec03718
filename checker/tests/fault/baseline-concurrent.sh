#!/bin/sh
# Two runs writing the same baseline at once (four times over): the file
# is always one whole baseline, never two interleaved, and nothing is
# left beside it (each run writes its own temporary name).
. "$(dirname "$0")/lib.sh"
cp -r "$inputs" "$work/t"
mkdir -p "$work/b"
cd "$work" || exit 2
run --no-cache --write-baseline=want.txt t
expect_status 0 "reference baseline"
for i in 1 2 3 4; do
	"$wq" --no-cache --write-baseline=b/b.txt t >/dev/null 2>"$work/err1" &
	p1=$!
	"$wq" --no-cache --write-baseline=b/b.txt t >/dev/null 2>"$work/err2" &
	p2=$!
	wait $p1
	s1=$?
	wait $p2
	s2=$?
	cat "$work/err1" "$work/err2" >"$work/err"
	status="$s1 $s2"
	[ "$s1" = 0 ] && [ "$s2" = 0 ] || fail "exit statuses $s1 and $s2"
	cmp -s want.txt b/b.txt || fail "the baseline written at once differs (round $i)"
	left=$(ls -A b | grep -v -x b.txt)
	[ -z "$left" ] || fail "left beside the baseline: $left"
done
tmp_clean
ok
