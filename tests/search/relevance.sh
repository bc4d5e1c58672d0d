#!/bin/bash
# Relevance: each line of relevance.tsv (and holdout.tsv) is
# "QUERY<TAB>FIRST[<TAB>ALT,ALT...]": FIRST is the code a user wants on
# top, the ALTs are codes equally right on top for an ambiguous query.
# A query is in the top 3 when one of them is among the first three code
# lines of `httpcodes -s QUERY`, and in the top 1 when one of them is the
# first (the entries of headers the query names, printed before the codes,
# do not count).  A query outside the top 3 is reported as a known miss
# (TAP TODO): relevance is measured as rates, and the last two TAP lines
# hold them to a floor: top-1 at least $RELEVANCE_TOP1 percent, top-3 at
# least $RELEVANCE_TOP3, over both files.
# HC_DATA=FILE searches another table (for trying out data changes).
set -u
dir="${top_srcdir:-$(dirname "$0")/../..}/tests/search"
HTTPCODES=${HTTPCODES:-${top_builddir:-.}/httpcodes}
TOP1=${RELEVANCE_TOP1:-85}
TOP3=${RELEVANCE_TOP3:-94}
export LC_ALL=C.UTF-8
unset NO_COLOR COLUMNS

mapfile -t lines < <(for f in relevance holdout; do
	grep -v '^[[:space:]]*\(#\|$\)' "$dir/$f.tsv" | sed "s/^/$f\t/"
done)
echo "1..$((${#lines[@]} + 2))"
i=0
top1=0
top3=0
declare -A n1 n3 nn
for line in "${lines[@]}"; do
	i=$((i + 1))
	set=${line%%$'\t'*}
	line=${line#*$'\t'}
	nn[$set]=$((${nn[$set]:-0} + 1))
	IFS=$'\t' read -r query want alt <<<"$line"
	ok=" $want ${alt//,/ } "
	top=$("$HTTPCODES" ${HC_DATA:+--data "$HC_DATA"} --color=never \
		-s "$query" 2>/dev/null </dev/null | grep -E '^[0-9]{3}[[:space:]]' |
		head -3 | cut -c1-3 |
		tr '\n' ' ')
	read -r first _ <<<"$top"
	hit3=
	for c in $top; do
		[[ $ok == *" $c "* ]] && hit3=1
	done
	if [[ -n ${first:-} && $ok == *" $first "* ]]; then
		top1=$((top1 + 1))
		n1[$set]=$((${n1[$set]:-0} + 1))
		echo "ok $i - $query -> $want"
	elif [[ -n $hit3 ]]; then
		echo "ok $i - $query -> $want (not first: $top)"
	else
		echo "not ok $i - $query -> $want (top 3: ${top:-nothing}) # TODO not in the top 3"
	fi
	if [[ -n $hit3 ]]; then
		top3=$((top3 + 1))
		n3[$set]=$((${n3[$set]:-0} + 1))
	fi
done
pct() { echo $(($1 * 1000 / ($2 ? $2 : 1))) | sed 's/^\(.\)$/0\1/; s/\(.\)$/.\1/'; }
for set in relevance holdout; do
	a=${n1[$set]:-0} b=${n3[$set]:-0} n=${nn[$set]:-0}
	echo "# $set.tsv: top-1 $a/$n ($(pct $a $n)%), top-3 $b/$n ($(pct $b $n)%)"
done
echo "# top-1: $top1/$i ($(pct $top1 $i)%), top-3: $top3/$i ($(pct $top3 $i)%)"
i=$((i + 1))
if ((top1 * 100 >= TOP1 * (i - 1))); then
	echo "ok $i - top-1 rate at least $TOP1%"
else
	echo "not ok $i - top-1 rate $(pct $top1 $((i - 1)))% is under $TOP1%"
fi
i=$((i + 1))
if ((top3 * 100 >= TOP3 * (i - 2))); then
	echo "ok $i - top-3 rate at least $TOP3%"
else
	echo "not ok $i - top-3 rate $(pct $top3 $((i - 2)))% is under $TOP3%"
fi
