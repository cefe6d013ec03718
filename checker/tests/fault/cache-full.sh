#!/bin/sh
# The cache on a full file system: the scan's findings are all there
# (exit 1), a half-written entry is never left to be read back (the next
# run, with room again, gives the same findings and reads no damaged
# entry).
. "$(dirname "$0")/lib.sh"
cp -r "$inputs" "$work/t"
cd "$work" || exit 2
run --no-cache t
expect_status 1 "reference run"
cp "$work/out" "$work/want"
mount_tmpfs "$work/c" 64k
export XDG_CACHE_HOME="$work/c"
# Room for the directories and a few entries, not for all of them.
mkdir -p c/wqcheck
dd if=/dev/zero of=c/.fill bs=1024 count=52 2>/dev/null
run t
expect_status 1 "cache filling up"
cmp -s "$work/want" "$work/out" || fail "findings differ with the cache filling up"
rm -f c/.fill
run t
expect_status 1 "second run"
cmp -s "$work/want" "$work/out" || fail "findings differ when read from the cache"
err_lacks 'damaged cache entry'
[ -z "$(find c -name '*.tmp*')" ] || fail "temporary cache files left: $(find c -name '*.tmp*')"
tmp_clean
ok
