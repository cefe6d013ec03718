#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# reproduce.sh: run every waker variant against the reader and print, for
# each, what happened (lost wakeups) next to what wqcheck says about its
# source.  Settings come from the environment (the Makefile passes them):
#   VARIANTS ROUNDS MAX_SECONDS TIMEOUT_US READER_JITTER WAKER_JITTER WQCHECK

bin=./reproducer
: "${VARIANTS:=plain smp-wmb store-release smp-mb wq-has-sleeper}"
: "${ROUNDS:=1000000}" "${MAX_SECONDS:=20}" "${TIMEOUT_US:=1000}"
: "${READER_JITTER:=1024}" "${WAKER_JITTER:=0}"

cpuinfo()
{
	sed -n "s/^$1[[:space:]]*: //p" /proc/cpuinfo | head -n 1
}
cpu="$(cpuinfo 'model name') (family $(cpuinfo 'cpu family'), model $(cpuinfo model), stepping $(cpuinfo stepping))"
grep -qw hypervisor /proc/cpuinfo && cpu="$cpu, virtual machine"
echo "CPU: $cpu, $(nproc) CPUs online"
echo "Load average before the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Each variant: at most $ROUNDS rounds or $MAX_SECONDS s; reader timeout ${TIMEOUT_US} us;" \
	"jitter reader 0..$READER_JITTER, waker 0..$WAKER_JITTER spins"
echo
fmt='%-15s %-20s %8s %6s %8s %5s %7s  %s\n'
# shellcheck disable=SC2059
printf "$fmt" variant barrier rounds lost lost/M slow seconds wqcheck
fail_src=
for v in $VARIANTS; do
	line=$($bin -l | awk -F '\t' -v v="$v" '$1 == v')
	if [ -z "$line" ]; then
		echo "reproduce.sh: no variant $v" >&2
		exit 2
	fi
	src=$(printf '%s\n' "$line" | cut -f 2)
	barrier=$(printf '%s\n' "$line" | cut -f 3)
	rec=$($bin -n "$ROUNDS" -s "$MAX_SECONDS" -t "$TIMEOUT_US" \
		-j "$READER_JITTER" -k "$WAKER_JITTER" "$v") || exit 2
	read -r _ rounds lost slow secs <<-EOF
	$rec
	EOF
	per_m=$(awk -v l="$lost" -v r="$rounds" 'BEGIN { printf "%.1f", r ? l * 1e6 / r : 0 }')
	verdict=$(./verdict.sh "$src" 2>/dev/null) || fail_src=$src
	# shellcheck disable=SC2059
	printf "$fmt" "$v" "$barrier" "$rounds" "$lost" "$per_m" "$slow" "$secs" "$verdict"
done
echo
echo "lost: the reader slept after the tail was published and no wake_up() reached it."
echo "slow: the reader timed out first and was woken later (a busy machine, not the race)."
if [ -n "$fail_src" ]; then
	echo
	{ ./verdict.sh "$fail_src" >/dev/null; } 2>&1
	exit 1
fi
