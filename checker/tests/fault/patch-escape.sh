#!/bin/sh
# A patch whose paths try to leave the tree is refused by --patch (and
# by --patch with --fix), exit 2, with a message naming the path; no
# file inside or outside the tree is read for it or changed: "../"
# components, an absolute path, a git rename to "../", a C-quoted path
# spelling ".." in octal, and a path that is inside only by its letters
# (a symbolic link in the tree leads out of it). A patch that stays in
# the tree is still checked (exit 1).
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/tree/fs" "$work/outside"
cp "$inputs/fs/aio.c" "$work/tree/fs/"
cp "$inputs/fs/aio.c" "$work/outside/"
ln -s ../outside "$work/tree/link"
cd "$work" || exit 2
hunk='@@ -11,3 +11,4 @@
 {
 	ctx->tail = tail;
+	ctx->tail = tail;
 	if (waitqueue_active(&ctx->wait))'
printf -- '--- a/fs/../../outside/aio.c\n+++ b/fs/../../outside/aio.c\n%s\n' "$hunk" >dotdot.patch
printf -- "--- $work/outside/aio.c\n+++ $work/outside/aio.c\n%s\n" "$hunk" >absolute.patch
printf -- 'diff --git a/fs/aio.c b/../outside/aio.c\nsimilarity index 90%%\nrename from fs/aio.c\nrename to ../outside/aio.c\n--- a/fs/aio.c\n+++ b/../outside/aio.c\n%s\n' "$hunk" >rename.patch
printf -- '--- "a/\\056\\056/outside/aio.c"\n+++ "b/\\056\\056/outside/aio.c"\n%s\n' "$hunk" >quoted.patch
printf -- '--- a/link/aio.c\n+++ b/link/aio.c\n%s\n' "$hunk" >link.patch
printf -- '--- a/fs/aio.c\n+++ b/fs/aio.c\n%s\n' "$hunk" >inside.patch
for p in dotdot absolute rename quoted link; do
	for fix in "" --fix; do
		run --no-cache --patch=$p.patch --root=tree $fix
		expect_status 2 "$p.patch${fix:+ with --fix}"
		err_has 'refused'
		out_lacks 'WARNING'
		cmp -s outside/aio.c "$inputs/fs/aio.c" || fail "$p.patch changed the file outside"
		cmp -s tree/fs/aio.c "$inputs/fs/aio.c" || fail "$p.patch changed the tree"
	done
done
last_args="--no-cache --patch=- --root=tree <dotdot.patch"
"$wq" --no-cache --patch=- --root=tree <dotdot.patch >"$work/out" 2>"$work/err"
status=$?
expect_status 2 "dotdot.patch on standard input"
err_has 'refused'
run --no-cache --patch=inside.patch --root=tree
expect_status 1 "a patch inside the tree"
out_has '^#6: FILE: fs/aio.c:13:'
tmp_clean
ok
