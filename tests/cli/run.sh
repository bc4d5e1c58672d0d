#!/bin/bash
# CLI tests: each line of tests/cli/cases is "NAME: COMMAND"; COMMAND runs in
# bash with hc standing for the built binary.  Its stdout, stderr and exit
# status must equal expected/NAME.out, .err and .rc.  Run with --update to
# rewrite the expected files (then read the diff before committing it).
set -u
dir="$top_srcdir/tests/cli"
HTTPCODES=${HTTPCODES:-$top_builddir/httpcodes}
update=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

hc() { "$HTTPCODES" "$@"; }
export -f hc 2>/dev/null || true
export HTTPCODES
unset LANG LC_MESSAGES NO_COLOR COLUMNS
# no settings or progress of the user's
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
export LC_ALL=C.UTF-8
# relative, so that messages naming the file do not depend on the checkout
cp -R "$dir/data" "$tmp/data"
export DATA=data

mapfile -t cases < <(grep -v '^[[:space:]]*\(#\|$\)' "$dir/cases")
echo "1..${#cases[@]}"
i=0
for line in "${cases[@]}"; do
	i=$((i + 1))
	name=${line%%:*}
	cmd=${line#*:}
	(cd "$tmp" && eval "$cmd") >"$tmp/out" 2>"$tmp/err" </dev/null
	echo $? >"$tmp/rc"
	if [ "$update" = --update ]; then
		for x in out err rc; do cp "$tmp/$x" "$dir/expected/$name.$x"; done
		echo "ok $i - $name (updated)"
		continue
	fi
	ok=1
	for x in out err rc; do
		if ! cmp -s "$tmp/$x" "$dir/expected/$name.$x"; then
			ok=0
			echo "# $name: $x differs:"
			diff -u "$dir/expected/$name.$x" "$tmp/$x" 2>&1 | head -20 |
				sed 's/^/# /'
		fi
	done
	if [ $ok = 1 ]; then echo "ok $i - $name"; else echo "not ok $i - $name"; fi
done
