# SPDX-License-Identifier: GPL-2.0-only
#
# kernel-scan/checkpatch-wq without a kernel tree: a stand-in
# checkpatch.pl prints a fixed report (FAKE_CP: dirty, clean or silent),
# wqcheck --patch runs for real on tests/patch-tree, and the merged
# report is compared with tests/e2e/wrapper-*.expected. Sourced by
# run-tests.sh (run, expect, bad_dir, $here, $work).

fake_checkpatch() {
	cat >"$1" <<-'EOPL'
	#!/usr/bin/perl
	# A stand-in for checkpatch.pl: a fixed report, as FAKE_CP says.
	my $mode = $ENV{FAKE_CP} || 'dirty';
	my $name = $ARGV[-1] eq '-' ? 'Your patch' : $ARGV[-1];
	my $terse = grep { $_ eq '--terse' } @ARGV;
	if ($mode eq 'silent') { exit 0; }
	if ($mode eq 'dirty') {
		if ($terse) {
			print "$name:7: WARNING: line length of 101 exceeds 100 columns\n";
		} else {
			print "WARNING: line length of 101 exceeds 100 columns\n";
			print "#7: FILE: fs/aio.c:12:\n+\tctx->tail = tail;\n\n";
		}
	}
	my $w = $mode eq 'dirty' ? 1 : 0;
	print "total: 0 errors, $w warnings, 11 lines checked\n";
	exit $w if $terse;
	print "\n$name ", $w ? "has style problems, please review.\n" :
		"has no obvious style problems and is ready for submission.\n";
	exit $w;
	EOPL
}

# The wrapper, with the stand-in, wqcheck, the test tree.
wrap() {
	python3 "$top/kernel-scan/checkpatch-wq" --checkpatch=./fake-cp.pl \
		--wqcheck="$wq" --root="$here/tests/patch-tree" "$@" \
		>"$work/out" 2>"$work/err"
	status=$?
	leftovers=$(ls -A "$TMPDIR")
}

wrapper_tests() {
	if ! command -v perl >/dev/null || ! command -v python3 >/dev/null; then
		skip e2e/wrapper "needs perl and python3"
		return
	fi
	bad_dir
	fake_checkpatch fake-cp.pl
	# the patches by short names: the output shows them
	mkdir p
	cp "$here"/tests/patches/*.patch p/
	FAKE_CP=dirty wrap "p/remove-barrier.patch"
	expect wrapper-both
	FAKE_CP=clean wrap "p/remove-barrier.patch"
	expect wrapper-wqcheck-only
	FAKE_CP=clean wrap "p/add-barrier.patch"
	expect wrapper-clean
	FAKE_CP=dirty wrap --terse --show-types "p/remove-barrier.patch"
	expect wrapper-terse
	FAKE_CP=silent wrap -q "p/wq-has-sleeper.patch"
	expect wrapper-quiet
	FAKE_CP=dirty wrap --ignore WAITQUEUE_ACTIVE_NO_BARRIER \
		"p/remove-barrier.patch"
	expect wrapper-ignore
	FAKE_CP=clean wrap - <"p/new-file.patch"
	expect wrapper-stdin
	FAKE_CP=clean wrap "p/remove-barrier.patch" "p/add-barrier.patch"
	expect wrapper-two-patches
	FAKE_CP=clean wrap "p/escape.patch"
	expect wrapper-wqcheck-fails
	cd "$here" || exit 2
}
