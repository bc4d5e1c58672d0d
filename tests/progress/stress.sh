#!/bin/sh
# The progress file under stress: two writers at once never break it, and
# kill -9 at any moment of a save leaves the old file or the new one.
S="$top_builddir/tests/progress/saver"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
f="$dir/state/httpcodes/progress"
echo "1..4"

# 1. two processes, 200 saves each, at the same time
"$S" "$f" 200 & a=$!
"$S" "$f" 200 & b=$!
wait $a; ra=$?
wait $b; rb=$?
if [ $ra = 0 ] && [ $rb = 0 ] && "$S" --check "$f"; then
	echo "ok 1 - two concurrent writers, 400 saves: the file is whole"
else
	echo "not ok 1 - concurrent writers (exit $ra $rb)"
fi
# 2. nothing was lost: both writers' sessions are counted
s=$(sed -n 's/^session //p' "$f")
if [ "$s" = 400 ]; then
	echo "ok 2 - 400 sessions recorded, none lost"
else
	echo "not ok 2 - $s sessions recorded, expected 400"
fi

# 3. kill -9 at random moments of saving big files
bad=0
for i in $(seq 1 40); do
	"$S" "$f" 1000 5000 & pid=$!
	# 0 to ~50 ms into the run
	sleep "0.0$(( (i * 7919) % 50 + 1 ))" 2>/dev/null || sleep 1
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	if ! "$S" --check "$f" 2>"$dir/err"; then
		bad=$((bad + 1))
		sed 's/^/# /' "$dir/err"
	fi
done
if [ $bad = 0 ]; then
	echo "ok 3 - 40 kill -9 during saves: the file was always whole"
else
	echo "not ok 3 - $bad of 40 kills left a broken file"
fi
# 4. no temporary files left behind make the next save fail
if "$S" "$f" 1 && "$S" --check "$f"; then
	echo "ok 4 - saving works after the kills"
else
	echo "not ok 4 - saving after the kills"
fi
