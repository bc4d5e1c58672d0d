#!/bin/sh
# The data files are valid recutils databases (recfix --check).
echo "1..2"
n=0
for f in status-codes.rec concepts.rec; do
	n=$((n + 1))
	if [ -z "$RECFIX" ]; then
		echo "not ok $n - recfix --check: recfix is not installed (apt-get install recutils)"
		continue
	fi
	if out=$("$RECFIX" --check "$top_srcdir/data/$f" 2>&1) && [ -z "$out" ]; then
		echo "ok $n - recfix --check data/$f"
	else
		echo "$out" | sed 's/^/# /'
		echo "not ok $n - recfix --check data/$f"
	fi
done
