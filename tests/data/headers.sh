#!/bin/bash
# The header reference of the built-in table: every header a code of
# data/status-codes.rec names in its Headers field is explained by a
# Header record, that record goes with every code that names it, its kind
# and spec agree, and its texts are there in Korean and English.
#
# While data/status-codes.rec has no Header record at all, each check is
# reported as a known failure (TAP TODO); from the first record on, they
# are real tests.  (The parser itself refuses a table whose Header records
# leave out a header that a code names, so the build fails first.)
set -u
file="$top_srcdir/data/status-codes.rec"
HC=$HTTPCODES
export LC_ALL=C.UTF-8
unset NO_COLOR COLUMNS
export XDG_CONFIG_HOME=/nonexistent/config XDG_STATE_HOME=/nonexistent/state
n=0
todo=
if ! grep -q '^%rec: *Header *$' "$file"; then
	todo=" # TODO data/status-codes.rec has no Header records yet"
fi
report() { # OK NAME [DETAIL...]
	n=$((n + 1))
	if [ "$1" = 1 ]; then echo "ok $n - $2"
	else echo "not ok $n - $2$todo"; shift 2; printf '# %s\n' "$@"; fi
}
echo "1..4"
if ! command -v jq >/dev/null 2>&1; then
	for i in 1 2 3 4; do report 0 "jq is not installed (apt-get install jq)"; done
	exit 0
fi

# "CODE<TAB>NAME" for every name in a Headers field
pairs=$(awk '/^Code:/ { code = $2 }
	/^Headers:/ { sub(/^Headers: */, ""); n = split($0, a, /,/)
		for (i = 1; i <= n; i++) { gsub(/^ +| +$/, "", a[i])
			if (a[i] != "") print code "\t" a[i] } }' "$file")
names=$(printf '%s\n' "$pairs" | cut -f2 | sort -fu)
all=$("$HC" --json --list-headers 2>/dev/null)
[ -n "$all" ] || all='[]'

missing=
for h in $names; do
	printf '%s' "$all" | jq -e --arg h "$h" \
		'any(.[]; (.name|ascii_downcase) == ($h|ascii_downcase))' \
		>/dev/null || missing="$missing $h"
done
report "$([ -z "$missing" ] && echo 1)" \
	"every header a code names ($(echo $names | wc -w)) has a Header record" \
	"without one:$missing"

lacking=
while IFS=$'\t' read -r code h; do
	[ -n "$code" ] || continue
	printf '%s' "$all" | jq -e --arg h "$h" --argjson c "$code" \
		'any(.[]; (.name|ascii_downcase) == ($h|ascii_downcase) and
		     (.codes|index($c)) != null)' >/dev/null ||
		lacking="$lacking $h:$code"
done <<<"$pairs"
report "$([ -z "$lacking" ] && echo 1)" \
	"each header goes with every code that names it" \
	"header:code missing from Codes:$lacking"

odd=$(printf '%s' "$all" | jq -r '.[] | select((.kind == "convention") !=
	(.spec == null)) | .name' | tr '\n' ' ')
[ "$(printf '%s' "$all" | jq length)" -gt 0 ] || odd="(no headers)"
report "$([ -z "$odd" ] && echo 1)" \
	"conventions have no Spec, every other header has one" "odd: $odd"

# summaries are one line; details hold Hangul in Korean, none in English
thin=$(printf '%s' "$all" | jq -r '.[] | select(
	(.ko.summary|contains("\n")) or (.en.summary|contains("\n")) or
	(.ko.detail|test("[가-힣]")|not) or (.en.detail|test("[가-힣]")) or
	(.en.detail|length) < 40) | .name' | tr '\n' ' ')
[ "$(printf '%s' "$all" | jq length)" -gt 0 ] || thin="(no headers)"
report "$([ -z "$thin" ] && echo 1)" \
	"each header is explained in Korean and English" "thin: $thin"
