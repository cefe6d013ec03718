# SPDX-License-Identifier: GPL-2.0-only
#
# wqcheck --patch, end to end: the patches in tests/patches/ applied to
# the small tree in tests/patch-tree/, compared with
# tests/e2e/patch-*.expected. Sourced by run-tests.sh, which provides
# run, expect, ok, fail, log_of, $here and $work.

# The tree must come out of every run as it went in.
tree_sum() {
	find "$here/tests/patch-tree" -type f -exec cksum {} + | sort
}

patch_tests() {
	tree=tests/patch-tree
	before=$(tree_sum)
	for p in remove-barrier comment-barrier wq-has-sleeper add-barrier \
		unrelated new-file rename far-barrier escape not-applying; do
		run --no-cache --patch "tests/patches/$p.patch" --root "$tree"
		expect "patch-$p"
	done
	run --no-cache --patch tests/patches/remove-barrier.patch \
		--root "$tree" --terse --show-types
	expect patch-terse
	run --no-cache --patch tests/patches/remove-barrier.patch \
		--root "$tree" --terse --showfile
	expect patch-showfile
	run --no-cache -q --no-summary --show-types \
		--patch tests/patches/new-file.patch --root "$tree"
	expect patch-quiet
	"$wq" --no-cache --patch - --root "$tree" \
		<tests/patches/new-file.patch >"$work/out" 2>"$work/err"
	status=$?
	leftovers=$(ls -A "$TMPDIR")
	expect patch-stdin
	(cd "$tree" && "$wq" --no-cache --patch - \
		<../patches/wq-has-sleeper.patch >"$work/out" 2>"$work/err")
	status=$?
	leftovers=$(ls -A "$TMPDIR")
	expect patch-root-dot
	run --no-cache --patch tests/patches/remove-barrier.patch \
		--root tests/inputs
	expect patch-wrong-tree
	run --no-cache --patch tests/patches/remove-barrier.patch \
		--root tests/no-such-tree
	expect patch-no-tree
	run --patch tests/patches/add-barrier.patch tests/inputs
	expect patch-bad-path
	patch_applied
	if [ "$(tree_sum)" = "$before" ]; then
		ok e2e/patch-tree-untouched
	else
		fail e2e/patch-tree-untouched "tests/patch-tree changed"
	fi
	patch_interrupt
}

# The tree has the patch already (a pre-commit hook, a patch made from
# the last commit): the same findings, placed at the same "#N".
patch_applied() {
	bad_dir
	for p in remove-barrier rename new-file; do
		rm -rf applied
		cp -r "$here/tests/patch-tree" applied
		if ! patch -s -p1 -d applied \
			<"$here/tests/patches/$p.patch" >/dev/null 2>&1; then
			fail "e2e/patch-applied-$p" "patch(1) failed on it"
			continue
		fi
		run --no-cache --patch "$here/tests/patches/$p.patch" \
			--root applied
		sed "s|$here/||" "$work/out" >"$work/out.rel"
		mv "$work/out.rel" "$work/out"
		expect "patch-applied-$p"
	done
	cd "$here" || exit 2
}

# Ctrl-C while spatch runs on the patched copies: status 2, no copies
# left in $TMPDIR.
patch_interrupt() {
	name=e2e/patch-interrupt
	log=$(log_of "$name")
	bad_dir
	mkdir -p tree/fs
	{ echo '/* WQCHECK_TEST_HANG */'; cat "$here/tests/patch-tree/fs/aio.c"; } \
		>tree/fs/aio.c
	sed 's/@@ -11,11 +11,6 @@/@@ -12,11 +12,6 @@/' \
		"$here/tests/patches/remove-barrier.patch" >hang.patch
	"$wq" --no-cache --spatch=./fake-spatch --patch hang.patch --root tree \
		>"$work/out" 2>"$work/err" &
	pid=$!
	sleep 2
	kill -TERM $pid
	wait $pid
	status=$?
	cd "$here" || exit 2
	sleep 0.2
	{ outcome; ls -A "$TMPDIR"; } >"$log"
	if [ $status != 2 ] || ! grep -q interrupted "$work/err"; then
		fail "$name" "not stopped with status 2 and a message"
	elif [ -n "$(ls -A "$TMPDIR")" ]; then
		fail "$name" "temporary files left behind"
		rm -rf "${TMPDIR:?}"/*
	else
		rm -f "$log"
		ok "$name"
	fi
}
