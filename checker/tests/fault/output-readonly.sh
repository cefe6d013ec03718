#!/bin/sh
# The output directory read-only (a tmpfs mounted ro: root ignores the
# mode bits): --write-baseline and --emit-patches there are errors (exit
# 2) that name the file and the reason; a read-only TMPDIR is an error
# too, said before any spatch runs; a read-only cache directory is only
# a warning and the findings are all there.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
mount_tmpfs "$work/ro" 64k ro
cd "$work" || exit 2
run --no-cache --write-baseline=ro/base.txt t
expect_status 2 "--write-baseline in a read-only directory"
err_has 'ro/base.txt: cannot write baseline: Read-only file system'
run --no-cache --emit-patches=ro/patches t
expect_status 2 "--emit-patches in a read-only directory"
err_has 'Read-only file system'
TMPDIR=$work/ro run --no-cache t
expect_status 2 "read-only TMPDIR"
err_has 'Read-only file system'
XDG_CACHE_HOME=$work/ro run t
expect_status 1 "read-only cache: findings"
err_has 'Read-only file system; results are not cached'
out_has '^t/aio.c:13:6:'
out_has '^t/pipe.c:22:6:'
[ -z "$(ls -A ro)" ] || fail "something was written to the read-only mount"
tmp_clean
ok
