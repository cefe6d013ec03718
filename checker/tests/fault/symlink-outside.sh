#!/bin/sh
# A symbolic link pointing outside the tree, to a file and to a
# directory, is not followed by default (a warning names it) and what it
# leads to is not reported; a link that stays inside the tree is still
# followed (its file is reported once, by inode); a PATH named on the
# command line that is itself a link is taken as given.
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/tree/sub" "$work/outside/dir"
cp "$inputs/fs/aio.c" "$work/tree/"
cp "$inputs/fs/pipe.c" "$work/outside/secret.c"
cp "$inputs/fs/pipe.c" "$work/outside/dir/other.c"
ln -s ../outside/secret.c "$work/tree/link.c"
ln -s ../outside/dir "$work/tree/outdir"
ln -s "$work/outside/secret.c" "$work/tree/sub/abs.c"
ln -s ../aio.c "$work/tree/sub/inner.c"
ln -s tree "$work/tree-link"
cd "$work" || exit 2
run --no-cache tree
expect_status 1 "links out of the tree"
out_has '^tree/aio.c:13:6:'
out_lacks 'secret\|other\|link.c\|outdir\|abs.c'
[ "$(grep -c ':13:6: warning' "$work/out")" = 1 ] || fail "aio.c reported twice (through the inside link)"
err_has '^wqcheck: warning: tree/link.c: symbolic link out of the tree, not followed'
err_has '^wqcheck: warning: tree/outdir: symbolic link out of the tree, not followed'
err_has '^wqcheck: warning: tree/sub/abs.c: symbolic link out of the tree, not followed'
run --no-cache tree-link
expect_status 1 "a PATH that is a link"
out_has '^tree-link/aio.c:13:6:'
out_lacks 'secret'
tmp_clean
ok
