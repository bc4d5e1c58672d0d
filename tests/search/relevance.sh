#!/bin/bash
# Relevance: every line of relevance.tsv is "QUERY<TAB>CODE[<TAB>TODO why]";
# CODE must be among the first three lines of `httpcodes -s QUERY`.  One TAP
# line each; a TODO line that fails is reported, not counted as a failure.
# HC_DATA=FILE searches another table (for trying out data changes).
set -u
dir="${top_srcdir:-$(dirname "$0")/../..}/tests/search"
HTTPCODES=${HTTPCODES:-${top_builddir:-.}/httpcodes}
export LC_ALL=C.UTF-8
unset NO_COLOR COLUMNS

mapfile -t lines < <(grep -v '^[[:space:]]*\(#\|$\)' "$dir/relevance.tsv")
echo "1..${#lines[@]}"
i=0
fails=0
for line in "${lines[@]}"; do
	i=$((i + 1))
	IFS=$'\t' read -r query want todo <<<"$line"
	todo=${todo:+ # $todo}
	top=$("$HTTPCODES" ${HC_DATA:+--data "$HC_DATA"} --color=never \
		-s "$query" 2>/dev/null </dev/null | head -3 | cut -c1-3 |
		tr '\n' ' ')
	if [[ " $top" == *" $want "* ]]; then
		echo "ok $i - $query -> $want$todo"
	else
		echo "not ok $i - $query -> $want (top 3: ${top:-nothing})$todo"
		fails=$((fails + 1))
	fi
done
echo "# $((i - fails))/$i queries have the expected code in the top 3"
