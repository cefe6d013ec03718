#!/bin/sh
# A directory of 100,000 empty .c files (and one real one): the walk and
# the prefilter take seconds, every file is counted, the real finding is
# reported. Then the same directory with only the empty files: nothing
# to report, exit 0.
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/t/many"
(cd "$work/t/many" && seq -f 'e%06g.c' 1 100000 | xargs touch) ||
	fail "could not make 100,000 files"
[ "$(ls "$work/t/many" | wc -l)" = 100000 ] || fail "not 100,000 files made"
cp "$inputs/fs/aio.c" "$work/t/"
cd "$work" || exit 2
start=$(date +%s)
run --no-cache --stats t
took=$(($(date +%s) - start))
expect_status 1 "100,000 empty files and aio.c"
out_has '^t/aio.c:13:6:'
err_has '^  files walked        100001 C sources'
run --no-cache t/many
expect_status 0 "only the empty files"
[ ! -s "$work/out" ] || fail "output for empty files"
[ "$took" -lt 60 ] || fail "took $took s"
tmp_clean
ok "$took s"
