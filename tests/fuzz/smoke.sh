#!/bin/sh
# Runs each fuzz target for FUZZ_SECONDS (default 5) on a copy of its seed
# corpus; one TAP line per target.  Crash inputs are kept in the build tree.
secs=${FUZZ_SECONDS:-5}
targets="table query wrap cli progress search"
echo "1..6"
i=0
for t in $targets; do
	i=$((i + 1))
	bin="$top_builddir/tests/fuzz/fuzz_$t"
	work=$(mktemp -d)
	cp "$top_srcdir/tests/fuzz/corpus/$t/"* "$work/" 2>/dev/null
	mkdir -p "$top_builddir/tests/fuzz/crashes"
	# the CLI target prints a lot: close its stdout and stderr
	mask=0; [ $t = cli ] && mask=3
	if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-close_fd_mask=$mask \
		-artifact_prefix="$top_builddir/tests/fuzz/crashes/$t-" \
		"$work" >"$work.log" 2>&1; then
		echo "ok $i - fuzz_$t: $(grep -o 'Done [0-9]* runs' "$work.log" | tail -1)"
	else
		tail -30 "$work.log" | sed 's/^/# /'
		echo "not ok $i - fuzz_$t"
	fi
	rm -rf "$work" "$work.log"
done
