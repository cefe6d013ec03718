#!/bin/sh
# A 50 MB generated .c file (a register table of 730,000 lines, then
# a racy function) beside an ordinary file: the scan ends in seconds,
# without a crash; the big file is either checked (its finding at the
# right line) or named as not checked with exit 2 (spatch 1.1 overflows
# its stack on a file of that many lines: that must not pass for "no
# findings"); the ordinary file's finding is there either way.
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/t"
cp "$inputs/fs/pipe.c" "$work/t/"
python3 - "$work/t/big.c" "$inputs/fs/aio.c" <<'EOP'
import sys
with open(sys.argv[1], 'w') as out:
    out.write('#include <linux/wait.h>\nstatic const unsigned int table[] = {\n')
    row = '\t0x%08x, 0x%08x, 0x%08x, 0x%08x, 0x%08x, 0x%08x,\n'
    rows, size, i = [], 0, 0
    while size < 50 * 1024 * 1024:
        s = row % (i, i + 1, i + 2, i + 3, i + 4, i + 5)
        rows.append(s)
        size += len(s)
        i += 6
    out.write(''.join(rows))
    out.write('};\n')
    out.write(open(sys.argv[2]).read())
EOP
size=$(wc -c <"$work/t/big.c")
[ "$size" -ge 52428800 ] || fail "the generated file has $size bytes"
# The finding is at line 13 of aio.c, which ends the file.
want=$(($(wc -l <"$work/t/big.c") - $(wc -l <"$inputs/fs/aio.c") + 13))
cd "$work" || exit 2
start=$(date +%s)
run --no-cache --timeout=60 t
took=$(($(date +%s) - start))
[ "$status" -lt 3 ] || fail "exit status $status (a crash?)"
out_has '^t/pipe.c:22:6:'
if grep -q "^t/big.c:$want:6:" "$work/out"; then
	expect_status 1 "the big file checked"
	verdict="checked"
else
	out_lacks '^t/big.c'
	err_has '^wqcheck: warning: t/big.c: not checked'
	expect_status 2 "the big file not checked"
	verdict="not checked: $(sed -n 's/^wqcheck: warning: t\/big.c: not checked: //p' "$work/err")"
fi
[ "$took" -lt 120 ] || fail "took $took s"
tmp_clean
ok "$took s, 50 MB file $verdict"
