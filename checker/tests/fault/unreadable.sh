#!/bin/sh
# What the walk cannot read is not checked, and the scan says so: a
# directory whose path is longer than PATH_MAX (ENAMETOOLONG, as root
# too), and, run as the user nobody, a directory with mode 000 (EACCES).
# Each is named on stderr as not checked, the other files' findings are
# printed, and the exit status is 2 (it used to be a warning and exit
# 0 or 1, as if the files below had been checked).
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/t"
cp "$inputs/fs/pipe.c" "$work/t/"
python3 - "$work/t" "$inputs/fs/aio.c" <<'EOP'
import os, sys
os.chdir(sys.argv[1])
for i in range(25):
    n = 'd%02d' % i + 'x' * 200
    os.mkdir(n)
    os.chdir(n)
open('deep.c', 'w').write(open(sys.argv[2]).read())
EOP
cd "$work" || exit 2
run --no-cache t
expect_status 2 "a directory past PATH_MAX"
out_has '^t/pipe.c:22:6:'
err_has ': not checked: cannot read the directory: File name too long$'
err_has '^wqcheck: error: the scan is incomplete: 1 file was not checked$'
# Mode 000 stops only other users: run wqcheck as nobody.
# The executable and the rules are copied where nobody may read them.
as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	rm -rf t
	mkdir -p t/locked u/tmp u/cache
	cp "$inputs/fs/pipe.c" t/
	cp "$inputs/fs/aio.c" t/locked/
	cp "$wq" u/wqcheck
	cp -r "$WQCHECK_COCCI_DIR" u/cocci
	chmod 000 t/locked
	chmod 755 "$work" t
	chown -R 65534:65534 u
fi
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
   as_nobody test -x "$work/u/wqcheck"; then
	last_args="(as nobody) --no-cache t"
	TMPDIR=$work/u/tmp XDG_CACHE_HOME=$work/u/cache \
		WQCHECK_COCCI_DIR=$work/u/cocci \
		as_nobody "$work/u/wqcheck" --no-cache t >"$work/out" 2>"$work/err"
	status=$?
	chmod 755 t/locked
	expect_status 2 "a directory nobody may read"
	out_has '^t/pipe.c:22:6:'
	err_has '^wqcheck: warning: t/locked: not checked: cannot read the directory: Permission denied$'
	err_has 'the scan is incomplete: 1 file was not checked'
	[ -z "$(ls -A u/tmp)" ] || fail "temporary files left by the run as nobody"
	verdict="ENAMETOOLONG and EACCES"
else
	chmod 755 t/locked 2>/dev/null
	verdict="EACCES part skipped: needs root, setpriv and a scratch directory nobody can reach"
fi
tmp_clean
ok "$verdict"
