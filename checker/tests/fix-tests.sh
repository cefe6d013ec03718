# SPDX-License-Identifier: GPL-2.0-only
#
# --fix and --emit-patches, end to end. On a copy of the corpus: every
# case fixed as testcases/fixed/NAME.c says (the others unchanged), the
# fixed files compile with gcc and pass sparse, scanning them again
# finds nothing, fixing twice changes nothing, the tree is not touched
# without --fix, and --emit-patches writes one patch per fixed function
# that applies with git apply --check. Then the patch itself, compared
# with tests/e2e/fix-*.expected: in a git checkout (prefix from the log,
# Fixes:, Signed-off-by:), in a kernel-like tree (get_maintainer.pl's
# To:/Cc:, checkpatch.pl's verdict), --fix-style=wq_has_sleeper, and the
# findings that are not fixed. Sourced by run-tests.sh; its --update
# also rewrites testcases/fixed/ from the tool's output (review it).

# The corpus cases --fix is held to.  A case marked check-known-to-fail
# states what the tool is still to learn (a waiter in a companion file,
# say), so what --fix makes of it today is no expectation; the e2e
# corpus test leaves those out too. A case with a check-companion is
# judged with its waiters in another file, which --fix of one file cannot
# see.
fix_cases() {
	grep -L -e 'check-known-to-fail' -e 'check-companion' \
		"$top"/testcases/*.c
}

# A fresh copy of the corpus in $work/fix.
fix_copy() {
	rm -rf "$work/fix"
	mkdir -p "$work/fix"
	# shellcheck disable=SC2046
	cp $(fix_cases) "$work/fix/"
}

# Checksums of the files in $1, one line each.
fix_sums() {
	(cd "$1" && find . -type f | LC_ALL=C sort | xargs md5sum)
}

# ok or fail for $1 from a log $2 that is empty when all went well.
fix_verdict() {
	log=$(log_of "$1")
	if [ -s "$2" ]; then
		cp "$2" "$log"
		fail "$1" "$3"
	else
		rm -f "$log"
		ok "$1${4:+ ($4)}"
	fi
}

fix_corpus() {
	fixed=$top/testcases/fixed
	fix_copy
	(cd "$work/fix" && "$wq" -q --fix . >"$work/out" 2>"$work/err")
	status=$?
	: >"$work/problems"
	if [ "$status" != 1 ]; then
		echo "exit status $status, not 1" >>"$work/problems"
		cat "$work/err" >>"$work/problems"
	fi
	# run-tests.sh --update: testcases/fixed/ becomes what --fix made
	# (review the diff before committing it).
	if [ "$mode" = --update ] && [ "$status" = 1 ]; then
		rm -f "$fixed"/*.c
		for f in $(fix_cases); do
			cmp -s "$f" "$work/fix/${f##*/}" ||
				cp "$work/fix/${f##*/}" "$fixed/"
		done
	fi
	nfixed=0
	nsame=0
	for f in $(fix_cases); do
		b=${f##*/}
		if [ -f "$fixed/$b" ]; then
			want=$fixed/$b
			nfixed=$((nfixed + 1))
		else
			want=$f
			nsame=$((nsame + 1))
		fi
		diff -u "$want" "$work/fix/$b" >>"$work/problems" 2>&1
	done
	fix_verdict fix/corpus-golden "$work/problems" \
		"fixed files differ from testcases/fixed/" \
		"$nfixed fixed, $nsame unchanged"
	# Only the waiter side is left, each with a note.
	grep 'not fixed' "$work/err" >"$work/notes"
	: >"$work/problems"
	if [ "$(wc -l <"$work/notes")" != 3 ] ||
	   grep -v 'waiter-.*: add_wait_queue() not fixed: the waiter side' \
		"$work/notes" >/dev/null; then
		cat "$work/err" >"$work/problems"
	fi
	fix_verdict fix/not-fixed-notes "$work/problems" \
		"not the three waiter-side notes"

	# The fixed files still compile, and sparse has nothing to say.
	: >"$work/problems"
	for f in "$fixed"/*.c; do
		gcc -std=gnu11 -fsyntax-only -Wall -Werror \
			-I "$top/testcases/include" "$f" >>"$work/problems" 2>&1
	done
	fix_verdict fix/gcc "$work/problems" "a fixed file does not compile"
	: >"$work/problems"
	if command -v sparse >/dev/null; then
		for f in "$fixed"/*.c; do
			sparse -I "$top/testcases/include" "$f" \
				>>"$work/problems" 2>&1
		done
		fix_verdict fix/sparse "$work/problems" \
			"sparse warns about a fixed file"
	else
		skip fix/sparse "no sparse"
	fi

	# Scanned again, the fixed files have nothing left to report.
	(cd "$top" && "$wq" -q testcases/fixed >"$work/out" 2>"$work/err")
	status=$?
	: >"$work/problems"
	[ "$status" = 0 ] || cat "$work/out" "$work/err" >"$work/problems"
	fix_verdict fix/rescan "$work/problems" "findings left after the fix"

	# Fixing the fixed tree again changes nothing.
	fix_sums "$work/fix" >"$work/sums1"
	(cd "$work/fix" && "$wq" -q --fix . >"$work/out" 2>"$work/err")
	fix_sums "$work/fix" >"$work/sums2"
	diff "$work/sums1" "$work/sums2" >"$work/problems"
	fix_verdict fix/twice "$work/problems" "the second --fix changed files"
}

fix_patches() {
	fixed=$top/testcases/fixed
	fix_copy
	rm -rf "$work/patches"
	fix_sums "$work/fix" >"$work/sums1"
	(cd "$work/fix" && SOURCE_DATE_EPOCH=1700000000 \
		"$wq" -q --emit-patches "$work/patches" . \
		>"$work/out" 2>"$work/err")
	status=$?
	fix_sums "$work/fix" >"$work/sums2"
	diff "$work/sums1" "$work/sums2" >"$work/problems"
	fix_verdict fix/tree-untouched "$work/problems" \
		"--emit-patches changed the scanned files"

	# One patch per fixed case (each has one fixed function), none for
	# the others, each naming its file.
	: >"$work/problems"
	[ "$status" = 1 ] || echo "exit status $status" >>"$work/problems"
	npatches=$(grep -c . "$work/patches/series")
	nfixed=$(find "$fixed" -name '*.c' | wc -l)
	[ "$npatches" = "$nfixed" ] ||
		echo "$npatches patches for $nfixed fixed cases" >>"$work/problems"
	sed -n 's|^+++ b/||p' "$work/patches"/*.patch | LC_ALL=C sort \
		>"$work/patched"
	(cd "$fixed" && ls *.c) | LC_ALL=C sort >"$work/want"
	diff "$work/want" "$work/patched" >>"$work/problems"
	fix_verdict fix/patch-per-case "$work/problems" \
		"the patches do not match the fixed cases" \
		"$npatches patches"

	# Each applies alone to the original files, and the series in order
	# gives exactly testcases/fixed/.
	: >"$work/problems"
	fix_copy
	while read -r p; do
		(cd "$work/fix" && GIT_CEILING_DIRECTORIES=$work \
			git apply --check "$work/patches/$p") \
			>>"$work/problems" 2>&1 ||
			echo "$p does not apply" >>"$work/problems"
	done <"$work/patches/series"
	while read -r p; do
		(cd "$work/fix" && GIT_CEILING_DIRECTORIES=$work \
			git apply "$work/patches/$p") >>"$work/problems" 2>&1
	done <"$work/patches/series"
	for f in "$fixed"/*.c; do
		cmp "$f" "$work/fix/${f##*/}" >>"$work/problems" 2>&1
	done
	fix_verdict fix/patches-apply "$work/problems" \
		"a patch does not apply or gives another file"

	# One whole patch, exactly.
	cp "$work/patches/$(grep shape-two-checks "$work/patches/series")" \
		"$work/out"
	sed -i -e '/^From: /d' "$work/out"
	: >"$work/err"
	status=0
	leftovers=
	expect fix-patch-corpus
}

# --fix-style=wq_has_sleeper, and a barrier where it cannot apply.
fix_sleeper() {
	bad_dir
	for c in wake-up wake-swait-active wake-bit-clear-bit \
		release-smp-wmb-between shape-two-checks; do
		cp "$top/testcases/$c.c" .
	done
	cp -r . ../sleeper-orig
	run -q --fix --fix-style=wq_has_sleeper .
	{ cat "$work/err"; diff -ru ../sleeper-orig . | grep -v '^diff\|^---\|^+++'; } \
		>"$work/err.tmp"
	mv "$work/err.tmp" "$work/err"
	: >"$work/out"
	rm -rf ../sleeper-orig
	cd "$here" || exit 2
	expect fix-sleeper
}

# A git checkout with history: the prefix from the log, the Fixes: tag
# from git blame, Signed-off-by: with --signoff.
fix_git() {
	bad_dir
	mkdir -p repo/drivers/misc/ring
	cd repo || exit 2
	git init -q . &&
	git config user.name "Ada Lovelace" &&
	git config user.email "ada@example.org" || exit 2
	export GIT_AUTHOR_DATE="2024-01-02T03:04:05+0000"
	export GIT_COMMITTER_DATE="$GIT_AUTHOR_DATE"
	printf '%s\n' '#include <linux/wait.h>' '' 'struct ring {' \
		'	unsigned int head;' '	wait_queue_head_t readers;' '};' \
		>drivers/misc/ring/ring.c
	git add . && git commit -q -m "ringbuf: add the ring" || exit 2
	printf '%s\n' '' \
		'void ring_publish(struct ring *r, unsigned int head)' '{' \
		'	r->head = head;' '	if (waitqueue_active(&r->readers))' \
		'		wake_up_interruptible(&r->readers);' '}' \
		>>drivers/misc/ring/ring.c
	git commit -q -am "ringbuf: wake the readers when the head moves" ||
		exit 2
	unset GIT_AUTHOR_DATE GIT_COMMITTER_DATE
	export SOURCE_DATE_EPOCH=1700000000
	run -q --signoff --emit-patches=../out drivers
	unset SOURCE_DATE_EPOCH
	cat ../out/0001-*.patch >>"$work/out"
	git status --porcelain >>"$work/out"
	cd "$here" || exit 2
	expect fix-patch-git
}

# A tree with the kernel's scripts: get_maintainer.pl gives To: and
# Cc:, checkpatch.pl's complaint fails the run (exit 2), nothing is
# written to the tree, and the patch is still there to look at. The tree
# sits, ignored, inside another git repository (as make check-kernel
# unpacks one into .cache/): the patch is still relative to its top.
fix_kernel_scripts() {
	bad_dir
	if command -v git >/dev/null; then
		git init -q . && echo tree/ >.gitignore || exit 2
	fi
	mkdir -p tree/scripts tree/fs
	touch tree/Makefile tree/Kbuild
	cp "$top/testcases/wake-up.c" tree/fs/
	cat >tree/scripts/get_maintainer.pl <<-'EOP'
	print "Ada Lovelace <ada\@example.org> (maintainer:WAKE-UP)\n";
	print "Bob Jones <bob\@example.org> (reviewer:WAKE-UP)\n";
	print "linux-kernel\@vger.kernel.org (open list)\n";
	EOP
	cat >tree/scripts/checkpatch.pl <<-'EOP'
	my $p = $ARGV[-1] eq "--no-signoff" ? $ARGV[-2] : $ARGV[-1];
	open(my $f, "<", $p) or die;
	while (<$f>) {
		if (/^\+\s*smp_mb\(\);/) {
			print "WARNING: fake checkpatch: a barrier\n";
			exit 1;
		}
	}
	exit 0;
	EOP
	export SOURCE_DATE_EPOCH=1700000000 GIT_AUTHOR_NAME=A \
		GIT_AUTHOR_EMAIL=a@example.org
	run -q --fix --emit-patches=out tree/fs/wake-up.c
	unset SOURCE_DATE_EPOCH GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL
	sed -n '/^To:/,/^$/p' out/0001-*.patch >>"$work/out"
	cmp -s tree/fs/wake-up.c "$top/testcases/wake-up.c" ||
		echo "the tree was changed" >>"$work/out"
	cd "$here" || exit 2
	expect fix-kernel-scripts
}

# --verify-build with a make that says what it was given and whether the
# fix was in place: it builds the object, the file is put back after;
# a failed build makes the status 2.
fix_verify_build() {
	bad_dir
	mkdir -p tree/scripts tree/fs bin
	touch tree/Makefile tree/Kbuild tree/.config
	cp "$top/testcases/wake-up.c" tree/fs/
	cat >bin/make <<-'EOS'
	#!/bin/sh
	grep -q 'smp_mb();' fs/wake-up.c && echo "fake make $*: fix in place"
	exit "${FAKE_MAKE_STATUS:-0}"
	EOS
	chmod +x bin/make
	fix_path=$PATH
	PATH=$work/bad/bin:$PATH
	run --jobs=1 --emit-patches=out --verify-build tree/fs/wake-up.c
	outcome >"$work/all"
	cmp -s tree/fs/wake-up.c "$top/testcases/wake-up.c" ||
		echo "the file was not put back" >>"$work/all"
	FAKE_MAKE_STATUS=2
	export FAKE_MAKE_STATUS
	run --jobs=1 -q --fix --verify-build tree/fs/wake-up.c
	outcome >>"$work/all"
	unset FAKE_MAKE_STATUS
	PATH=$fix_path
	cmp -s tree/fs/wake-up.c "$top/testcases/wake-up.c" ||
		echo "--fix wrote a file that did not build" >>"$work/all"
	cd "$here" || exit 2
	sed 's/built with the fix ([0-9]* s)/built with the fix (N s)/' \
		"$work/all" >"$work/out"
	rm -f "$work/all"
	: >"$work/err"
	status=0
	expect fix-verify-build
}

# A store in the head of an if whose one-line body wakes: the barrier
# goes into that body, in braces (the corpus case); with an else after
# the body, it is not fixed and says why, since a barrier above the if
# would come before the store.
fix_in_condition() {
	bad_dir
	cp "$top/testcases/fix-store-in-condition.c" .
	printf '%s\n' 'struct pending { int refs; int n; };' '' \
		'void pending_put(struct pending *p)' '{' \
		'	if (refcount_dec_and_test(&p->refs))' \
		'		wake_up_var(&p->refs);' '	else' '		p->n = 0;' \
		'}' >else-branch.c
	cp -r . ../cond-orig
	run -q --fix .
	{
		cat "$work/err"
		diff -ru ../cond-orig . | grep -v '^diff\|^---\|^+++'
	} >"$work/err.tmp"
	mv "$work/err.tmp" "$work/err"
	: >"$work/out"
	rm -rf ../cond-orig
	cd "$here" || exit 2
	expect fix-in-condition
}

fix_tests() {
	if ! [ -d "$top/testcases/fixed" ]; then
		skip fix "no testcases/fixed"
		return
	fi
	# The patches' dates are in local time: make it the same everywhere.
	fix_tz=${TZ-unset}
	TZ=UTC0
	export TZ
	fix_corpus
	fix_patches
	fix_sleeper
	fix_in_condition
	if command -v git >/dev/null; then
		fix_git
	else
		skip e2e/fix-patch-git "no git"
	fi
	fix_kernel_scripts
	fix_verify_build
	if [ "$fix_tz" = unset ]; then
		unset TZ
	else
		TZ=$fix_tz
	fi
}
