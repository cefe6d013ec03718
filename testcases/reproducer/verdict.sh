#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# verdict.sh FILE: print wqcheck's verdict on FILE, one of
#   reported | not reported | no wqcheck | wqcheck error
# and exit 0 for the first two, 1 otherwise (with the reason on stderr).
# The checker is $WQCHECK (default ../../checker/wqcheck); it is run as
# `$WQCHECK --quiet FILE`, whose exit status is 1 when it reports FILE,
# 0 when it does not and 2 on an error.  There is no fallback: without
# the checker there is no verdict.

wqcheck=${WQCHECK:-../../checker/wqcheck}
file=$1

if ! command -v "$wqcheck" >/dev/null 2>&1; then
	echo "no wqcheck"
	echo "verdict.sh: $wqcheck not found or not executable (build the checker or set WQCHECK=)" >&2
	exit 1
fi

err=$("$wqcheck" --quiet "$file" 2>&1 >/dev/null)
case $? in
0)	echo "not reported" ;;
1)	echo "reported" ;;
*)	echo "wqcheck error"
	echo "verdict.sh: $wqcheck --quiet $file failed: $(printf '%s\n' "$err" | head -n 1)" >&2
	exit 1 ;;
esac
