#!/bin/sh
# The data file is a valid recutils database (recfix --check).
file="$top_srcdir/data/status-codes.rec"
echo "1..1"
if [ -z "$RECFIX" ]; then
	echo "not ok 1 - recfix --check: recfix is not installed (apt-get install recutils)"
	exit 0
fi
if out=$("$RECFIX" --check "$file" 2>&1) && [ -z "$out" ]; then
	echo "ok 1 - recfix --check data/status-codes.rec"
else
	echo "$out" | sed 's/^/# /'
	echo "not ok 1 - recfix --check data/status-codes.rec"
fi
