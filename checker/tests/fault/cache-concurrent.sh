#!/bin/sh
# Two scans of the same tree at once, sharing one cache (twice over, with
# two jobs each): both print exactly what a scan without the cache
# prints, every entry they leave is whole (a third run reads all of them
# from the cache, finds none damaged, and prints the same), and no
# temporary entry is left.
. "$(dirname "$0")/lib.sh"
cp -r "$inputs" "$work/t"
cd "$work" || exit 2
run --no-cache t
expect_status 1 "reference run"
cp "$work/out" "$work/want"
for round in 1 2; do
	rm -rf "$XDG_CACHE_HOME"/*
	"$wq" --jobs=2 t >"$work/out1" 2>"$work/err1" &
	p1=$!
	"$wq" --jobs=2 t >"$work/out2" 2>"$work/err2" &
	p2=$!
	wait $p1
	s1=$?
	wait $p2
	s2=$?
	cp "$work/out1" "$work/out"
	cat "$work/err1" "$work/err2" >"$work/err"
	status="$s1 $s2"
	[ "$s1" = 1 ] && [ "$s2" = 1 ] || fail "exit statuses $s1 and $s2, not 1 and 1"
	cmp -s "$work/want" "$work/out1" || fail "first scan's findings differ (round $round)"
	cmp -s "$work/want" "$work/out2" || fail "second scan's findings differ (round $round)"
	err_lacks 'damaged cache entry'
	run --stats t
	expect_status 1 "warm run"
	cmp -s "$work/want" "$work/out" || fail "findings from the cache differ (round $round)"
	err_lacks 'damaged cache entry'
	grep -q '^  from the cache      9$' "$work/err" ||
		fail "the warm run did not take all 9 candidates from the cache"
	[ -z "$(find "$XDG_CACHE_HOME" -name '*.tmp*')" ] ||
		fail "temporary cache entries left (round $round)"
done
tmp_clean
ok
