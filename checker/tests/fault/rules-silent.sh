#!/bin/sh
# spatch runs but its rules print no test record (as when they see no
# function around a test and spatch says nothing): every test the
# reading stage found is named as not analysed, the findings are still
# reported, the exit status is 1, and 2 with --strict.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
cat >"$work/silent-spatch" <<'EOS'
#!/bin/sh
case "$*" in *--sp-file*) ;; *) exec spatch "$@" ;; esac
spatch "$@" | grep -v '^wqcheck-test-1	'
EOS
chmod +x "$work/silent-spatch"
cd "$work" || exit 2
run --no-cache --jobs=1 --spatch="$work/silent-spatch" t
expect_status 1 "findings, notes only"
out_has '^t/aio.c:13:6:'
err_has '^t/aio.c:13: note: waitqueue_active() not analysed: Coccinelle did not parse aio_complete() and printed no error$'
err_has '^t/aio.c:21: note: waitqueue_active() not analysed: Coccinelle did not parse aio_complete_fixed() and printed no error$'
run --no-cache --jobs=1 --strict --spatch="$work/silent-spatch" t
expect_status 2 "--strict"
err_has 'tests of a wait list were not analysed (--strict)$'
tmp_clean
ok
