#!/bin/sh
# The output on a full file system (a 64 KiB tmpfs, filled): standard
# output redirected there, --write-baseline, --emit-patches. Each is an
# error (exit 2) that says what could not be written, and leaves no
# partial file behind (a baseline is written under a temporary name and
# renamed; a patch likewise).
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
mount_tmpfs "$work/full" 64k
mkdir "$work/full/patches"
fill_up "$work/full"
cd "$work" || exit 2
last_args="--no-cache t >full/out.txt"
"$wq" --no-cache t >"$work/full/out.txt" 2>"$work/err"
status=$?
: >"$work/out"
expect_status 2 "stdout on a full disk"
err_has 'cannot write the output: No space left on device'
run --no-cache --write-baseline=full/base.txt t
expect_status 2 "--write-baseline on a full disk"
err_has 'full/base.txt: cannot write baseline: No space left on device'
[ ! -e full/base.txt ] || fail "a partial baseline was left"
run --no-cache --emit-patches=full/patches t
expect_status 2 "--emit-patches on a full disk"
err_has 'No space left on device'
left=$(ls -A full | grep -v -e '^\.fill' -e '^out.txt$' -e '^patches$')
[ -z "$left" ] || fail "left on the full disk: $left"
# The series lists the patches written: none.
[ ! -s full/patches/series ] || fail "the series names patches: $(cat full/patches/series)"
left=$(ls -A full/patches | grep -v '^series$')
[ -z "$left" ] || fail "partial patches left: $left"
cmp -s t/aio.c "$inputs/fs/aio.c" || fail "the tree was changed"
tmp_clean
ok
