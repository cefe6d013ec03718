#!/bin/sh
# Deep nesting: 300 nested blocks around a racy store and test (found,
# at the right line); 100,000 nested blocks, 100,000 nested parentheses
# and 100,000 unclosed braces in one file (wqcheck's own reader must not
# overflow its stack; the file is checked or named as not checked, exit
# 2, never silently passed).
. "$(dirname "$0")/lib.sh"
mkdir -p "$work/t"
cp "$inputs/fs/pipe.c" "$work/t/"
python3 - "$work/t" <<'EOP'
import sys
d = sys.argv[1]
head = ('#include <linux/wait.h>\n'
        'struct ctx { int tail; struct wait_queue_head wait; };\n')
racy = ('\tctx->tail = tail;\n\tif (waitqueue_active(&ctx->wait))\n'
        '\t\twake_up(&ctx->wait);\n')
with open(d + '/mid.c', 'w') as f:
    f.write(head + 'static void deep(struct ctx *ctx, int tail)\n{\n')
    f.write('{' * 300 + '\n' + racy + '}' * 300 + '\n}\n')
n = 100000
with open(d + '/deep.c', 'w') as f:
    f.write(head + 'static void deep(struct ctx *ctx, int tail)\n{\n')
    f.write('{' * n + '\n' + racy + '}' * n + '\n}\n')
    f.write('static void parens(struct ctx *ctx)\n{\n\tctx->tail = ' +
            '(' * n + '1' + ')' * n + ';\n' +
            '\tif (waitqueue_active(&ctx->wait))\n\t\twake_up(&ctx->wait);\n}\n')
    f.write('static void unbalanced(struct ctx *ctx)\n{\n' + '{' * n + '\n')
EOP
cd "$work" || exit 2
start=$(date +%s)
run --no-cache --timeout=60 t
took=$(($(date +%s) - start))
[ "$status" -lt 3 ] || fail "exit status $status (a crash?)"
out_has '^t/pipe.c:22:6:'
out_has '^t/mid.c:7:6: warning: store to ctx->tail (line 6)'
if grep -q '^t/deep.c' "$work/out"; then
	verdict="deep.c checked"
else
	err_has '^wqcheck: warning: t/deep.c: not checked\|^wqcheck: warning: t/deep.c:[0-9]*: .* not checked'
	expect_status 2 "deep.c not checked"
	verdict="deep.c not checked: $(sed -n 's/^wqcheck: warning: t\/deep.c: not checked: //p' "$work/err")"
fi
[ "$took" -lt 120 ] || fail "took $took s"
tmp_clean
ok "$took s, $verdict"
