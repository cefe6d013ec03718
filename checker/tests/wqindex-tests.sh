# SPDX-License-Identifier: GPL-2.0-only
#
# The waiter index's Python (cocci/wqindex/, imported by waiters.cocci
# from its own directory): a changed module invalidates the index's
# cache entries, and the copy "make install" makes works as the source
# tree's does, from any directory, without writing bytecode. Sourced by
# run-tests.sh (run, outcome, bad_dir, log_of, $here, $top, $work).

# A scan on a copy of the rules, again on a full cache, then after a
# comment is added to a module: the index must run spatch again.
wqindex_cache() {
	name=e2e/wqindex-cache
	log=$(log_of "$name")
	bad_dir
	cp -r "$WQCHECK_COCCI_DIR" cocci
	cp -r "$here/tests/inputs-cache" in
	saved_dir=$WQCHECK_COCCI_DIR
	WQCHECK_COCCI_DIR=$work/bad/cocci
	XDG_CACHE_HOME=$work/bad/cache
	export WQCHECK_COCCI_DIR XDG_CACHE_HOME
	run --stats --confidence=low in
	outcome >"$work/cold"
	run --stats --confidence=low in
	outcome >"$work/warm"
	echo '# touched' >>cocci/wqindex/reads.py
	run --stats --confidence=low in
	outcome >"$work/touched"
	WQCHECK_COCCI_DIR=$saved_dir
	XDG_CACHE_HOME=$work/cache
	cd "$here" || exit 2
	{ cat "$work/cold"; echo "--- warm"; cat "$work/warm";
	  echo "--- touched"; cat "$work/touched"; } >"$log"
	findings() { sed '/^wqcheck: stats:/,$d' "$1"; }
	if ! grep -q '^  spatch  *0.00 s of CPU' "$work/warm"; then
		fail "$name" "spatch ran again on a full cache"
	elif grep -q '^  spatch  *0.00 s of CPU' "$work/touched"; then
		fail "$name" "a changed module reused the index's cache entries"
	elif ! grep -q 'note: waiter pipe_a_wait()' "$work/touched" ||
	     [ "$(findings "$work/cold")" != "$(findings "$work/touched")" ]; then
		fail "$name" "the findings changed"
	else
		rm -f "$log"
		ok "$name"
	fi
}

# make install into a scratch DESTDIR; its wqcheck with its rules, and
# spatch run by hand on its waiters.cocci (--cocci-file, a relative
# path, another directory), print what the source tree's do.
wqindex_install() {
	name=e2e/wqindex-install
	log=$(log_of "$name")
	if ! [ "$wq" -ef "$here/wqcheck" ]; then
		skip "$name" "only for the executable in checker/"
		return
	fi
	bad_dir
	cp -r "$here/tests/inputs-cache" in
	if ! make -s --no-print-directory -C "$here" install \
		DESTDIR="$work/bad/dest" >"$log" 2>&1; then
		cd "$here" || exit 2
		fail "$name" "make install failed"
		return
	fi
	data=$(dirname "$(find dest -name waiters.cocci)")
	bin=$(find "$work/bad/dest" -name wqcheck -type f)
	run --no-cache --confidence=low in
	outcome >"$work/source"
	(unset PYTHONDONTWRITEBYTECODE; WQCHECK_COCCI_DIR=$work/bad/$data
	 export WQCHECK_COCCI_DIR; wq=$bin; run --no-cache --confidence=low in;
	 outcome) >"$work/installed"
	sp="spatch --very-quiet --no-includes --include-headers --iso-limit 0"
	$sp -D wqindex --sp-file "$top/cocci/waiters.cocci" in/waiters.c \
		>"$work/by-hand" 2>&1
	mkdir elsewhere
	(cd elsewhere && unset PYTHONDONTWRITEBYTECODE &&
	 $sp -D wqindex --cocci-file "../$data/waiters.cocci" ../in/waiters.c |
		sed 's|\.\./in/|in/|') >"$work/by-hand-installed" 2>&1
	cache=$(find dest "$top/cocci" -name __pycache__)
	cd "$here" || exit 2
	{ cat "$work/source"; echo "--- installed"; cat "$work/installed";
	  echo "--- spatch"; cat "$work/by-hand";
	  echo "--- spatch, installed"; cat "$work/by-hand-installed";
	  echo "--- bytecode"; echo "$cache"; } >>"$log"
	if ! [ -f "$work/bad/$data/wqindex/record.py" ]; then
		fail "$name" "the modules were not installed"
	elif ! grep -q 'note: waiter pipe_a_wait()' "$work/source" ||
	     ! diff -q "$work/source" "$work/installed" >/dev/null; then
		fail "$name" "the installed copy finds other things"
	elif ! grep -q '^wqcheck-waiter-1' "$work/by-hand" ||
	     ! diff -q "$work/by-hand" "$work/by-hand-installed" >/dev/null; then
		fail "$name" "the installed waiters.cocci prints other records"
	elif [ -n "$cache" ]; then
		fail "$name" "bytecode written: $cache"
	else
		rm -f "$log"
		ok "$name"
	fi
}
