#!/bin/sh
# --fix never writes outside the tree it scanned, and never through a
# symbolic link: links out of the tree are not followed (so not fixed),
# a file named on the command line that is a link to outside is not
# written (a warning says why, exit 2), a link inside the tree stays a
# link and the file it names is fixed. No temporary file is left in the
# tree or outside it.
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/tree/sub" "$work/outside/dir"
cp "$inputs/fs/aio.c" "$inputs/fs/pipe.c" "$work/tree/"
cp "$inputs/fs/aio.c" "$work/outside/secret.c"
cp "$inputs/fs/aio.c" "$work/outside/dir/other.c"
ln -s ../outside/secret.c "$work/tree/link.c"
ln -s ../outside/dir "$work/tree/outdir"
ln -s ../pipe.c "$work/tree/sub/inner.c"
cd "$work" || exit 2
outside_intact() {
	cmp -s outside/secret.c "$inputs/fs/aio.c" &&
		cmp -s outside/dir/other.c "$inputs/fs/aio.c" &&
		[ "$(ls -A outside | tr '\n' ' ')" = "dir secret.c " ] &&
		[ "$(ls -A outside/dir)" = other.c ] || fail "outside the tree changed $1"
}
run --no-cache --fix tree
expect_status 1 "--fix on the tree"
outside_intact "(--fix tree)"
grep -q 'smp_mb();' tree/aio.c || fail "tree/aio.c not fixed"
grep -q 'smp_mb();' tree/pipe.c || fail "tree/pipe.c not fixed"
[ -L tree/sub/inner.c ] || fail "the link inside the tree was replaced by a file"
[ -L tree/link.c ] || fail "the link out of the tree was replaced"
left=$(ls -A tree | tr '\n' ' ')
[ "$left" = "aio.c link.c outdir pipe.c sub " ] || fail "the tree holds: $left"
run --no-cache --fix tree/link.c
expect_status 2 "--fix on a link out of the tree"
err_has '^wqcheck: warning: tree/link.c: not fixed: it leads to .*outside the tree scanned'
err_has '^wqcheck: 0 findings fixed in 0 files'
outside_intact "(--fix tree/link.c)"
[ -L tree/link.c ] || fail "tree/link.c was replaced"
cd tree || exit 2
run --no-cache --fix link.c
expect_status 2 "--fix on a link out of ."
cd .. || exit 2
outside_intact "(--fix link.c)"
tmp_clean
ok
