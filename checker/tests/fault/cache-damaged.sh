#!/bin/sh
# Cache entries damaged on disk: one cut in half, one with a byte
# changed, one emptied, one replaced by an entry of the old format. Each
# is detected (a warning names it), computed again (the findings are
# exactly those of a run without the cache) and written anew (the next
# run reads every entry and warns of none).
. "$(dirname "$0")/lib.sh"
cp -r "$inputs" "$work/t"
cd "$work" || exit 2
run --no-cache t
expect_status 1 "reference run"
cp "$work/out" "$work/want"
run t
expect_status 1 "cold run"
entries=$(find "$XDG_CACHE_HOME" -type f | sort)
n=$(echo "$entries" | wc -l)
[ "$n" -ge 4 ] || fail "only $n cache entries"
set -- $entries
size=$(wc -c <"$1")
head -c $((size / 2)) "$1" >"$work/half" && cat "$work/half" >"$1"
python3 - "$2" <<'EOP'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
b[-2] ^= 0x20
open(p, 'wb').write(b)
EOP
: >"$3"
tail -n +2 "$4" >"$work/old" && cat "$work/old" >"$4"
run t
expect_status 1 "run over damaged entries"
cmp -s "$work/want" "$work/out" || fail "findings differ with damaged entries"
[ "$(grep -c 'damaged cache entry, ignored' "$work/err")" = 4 ] ||
	fail "not each of the 4 damaged entries was reported"
run --stats t
expect_status 1 "run after the repair"
cmp -s "$work/want" "$work/out" || fail "findings differ after the repair"
err_lacks 'damaged cache entry'
grep -q '^  from the cache      9$' "$work/err" ||
	fail "the repaired entries were not written anew"
tmp_clean
ok
