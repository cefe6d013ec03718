#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# check.sh: the short, deterministic checks of the reproducer.
#   - the fixed variants lose no wakeup in a short race run;
#   - with the reader asleep before the waker runs, a waker that never
#     wakes loses every round and a plain one loses none (the counter
#     counts, and the model's wake-up works);
#   - wqcheck's verdict on each variant's source is the expected one.
# Whether the broken variants lose wakeups in a race depends on the CPU and
# its load, so nothing here asserts it; `make reproduce` shows it.
# Settings from the environment: CHECK_ROUNDS CHECK_SECONDS TIMEOUT_US
# READER_JITTER WAKER_JITTER WQCHECK.

bin=./reproducer
: "${CHECK_ROUNDS:=20000}" "${CHECK_SECONDS:=5}" "${TIMEOUT_US:=1000}"
: "${READER_JITTER:=1024}" "${WAKER_JITTER:=0}"
passed=0
failed=0

ok()
{
	printf 'ok   reproducer/%s\n' "$*"
	passed=$((passed + 1))
}

fail()
{
	printf 'FAIL reproducer/%s\n' "$*"
	failed=$((failed + 1))
}

# run ARGS...: run the binary, leave its counts in $rounds $lost $slow
run()
{
	rec=$($bin -t "$TIMEOUT_US" "$@") || return 1
	read -r _ rounds lost slow _ <<-EOF
	$rec
	EOF
}

for v in smp-mb wq-has-sleeper; do
	if ! run -n "$CHECK_ROUNDS" -s "$CHECK_SECONDS" \
		-j "$READER_JITTER" -k "$WAKER_JITTER" "$v"; then
		fail "$v the reproducer did not run"
	elif [ "$rounds" -eq 0 ]; then
		fail "$v no round completed"
	elif [ "$lost" -ne 0 ]; then
		fail "$v lost $lost wakeups in $rounds rounds (expected none)"
	else
		ok "$v no lost wakeups ($rounds rounds, $slow slow)"
	fi
done

if ! run -w -n 200 -s "$CHECK_SECONDS" no-wake; then
	fail "no-wake the reproducer did not run"
elif [ "$rounds" -eq 0 ] || [ "$lost" -ne "$rounds" ]; then
	fail "no-wake reader asleep first: $lost of $rounds wakeups counted lost (expected all)"
else
	ok "no-wake reader asleep first: every lost wakeup counted ($lost of $rounds)"
fi

if ! run -w -n 200 -s "$CHECK_SECONDS" plain; then
	fail "plain-asleep the reproducer did not run"
elif [ "$rounds" -eq 0 ] || [ "$lost" -ne 0 ]; then
	fail "plain-asleep reader asleep first: $lost of $rounds wakeups lost (expected none)"
else
	ok "plain-asleep reader asleep first: woken every round ($rounds rounds)"
fi

for pair in plain:reported smp-wmb:reported store-release:reported \
	    smp-mb:not-reported wq-has-sleeper:not-reported; do
	v=${pair%%:*}
	want=$(echo "${pair#*:}" | tr - ' ')
	src=waker-$v.c
	out=$(./verdict.sh "$src" 2>&1)
	got=$(printf '%s\n' "$out" | head -n 1)
	why=$(printf '%s\n' "$out" | sed -n 2p)
	if [ "$got" = "$want" ]; then
		ok "$v wqcheck: $src $want"
	elif [ -n "$why" ]; then
		fail "$v wqcheck: $src expected $want, got $got: ${why#verdict.sh: }"
	else
		fail "$v wqcheck: $src expected $want, got $got"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
