#!/bin/sh
# --json is valid JSON of the documented shape for every code, for lists,
# searches and --stats (checked with jq, a real JSON parser).
HC=$HTTPCODES
export XDG_CONFIG_HOME=/nonexistent/config XDG_STATE_HOME=/nonexistent/state
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); echo "not ok $n - $1"; }
echo "1..18"
if ! command -v jq >/dev/null 2>&1; then
	for i in $(seq 1 18); do bad "jq is not installed (apt-get install jq)"; done
	exit 0
fi
# the documented keys, with their types
shape='(.code|type)=="number" and (.phrase|type)=="string" and
	(.status|IN("standard","obsolete","unused","temporary","unofficial")) and
	(.class|test("^[1-5]xx$")) and (.spec|type|IN("string","null")) and
	(.spec_url|type|IN("string","null")) and
	((.spec == null) == (.spec_url == null)) and
	(.empty_body|type)=="boolean" and (.redirect|type)=="boolean" and
	(.retry|type)=="boolean" and
	(.vendor|type|IN("string","null")) and (.aliases|type)=="array" and
	(.headers|type)=="array" and (.related|type)=="array" and
	all(.ko,.en; (.summary|type)=="string" and (.detail|type)=="string" and
		(.interview|type|IN("string","null")) and (.keywords|type)=="array")'

codes=$("$HC" --list | cut -c1-3)
bad_codes=
for c in $codes; do
	"$HC" --json "$c" | jq -e "$shape and .code == $c" >/dev/null 2>&1 ||
		bad_codes="$bad_codes $c"
done
if [ -z "$bad_codes" ]; then ok "every code: one valid object of the documented shape"
else bad "invalid JSON for:$bad_codes"; fi

if "$HC" --json --list | jq -e "length == $(echo "$codes" | wc -l) and all(.[]; $shape)" >/dev/null
then ok "--list: an array of every code"; else bad "--list --json"; fi
if "$HC" --json 4xx | jq -e 'all(.[]; .class == "4xx") and length > 20' >/dev/null
then ok "a mask: an array of its codes"; else bad "4xx --json"; fi
if "$HC" --json 200 404 | jq -e 'map(.code) == [200, 404]' >/dev/null
then ok "two codes: an array, in order"; else bad "200 404 --json"; fi
if "$HC" --json -s too many | jq -e '.[0].code == 429' >/dev/null
then ok "search: an array, best first"; else bad "-s too many --json"; fi
if "$HC" --json -s rate limit exceeded | jq -e "all(.[]; $shape and (.score|type) == \"number\" and (.matched|type) == \"array\" and (.matched|length) > 0) and .[0].code == 429 and (.[0].matched|index(\"keywords\")) != null and ([.[].score] == ([.[].score]|sort|reverse))" >/dev/null
then ok "search: score and matched on each object, best first"; else bad "-s --json score/matched"; fi
if "$HC" --json 404 | jq -e 'has("score") == false and has("matched") == false' >/dev/null &&
	"$HC" --json -s 404 | jq -e '.[0].matched == ["code"]' >/dev/null
then ok "score and matched only in a search; a code matches as code"; else bad "score/matched outside search"; fi
if "$HC" --json --stats | jq -e '(.classes|length) == 5 and (.sessions|type) == "number"' >/dev/null
then ok "--stats --json"; else bad "--stats --json"; fi
if "$HC" --json 418 | jq -e '.aliases == ["I'"'"'m a teapot"] and .status == "unused" and (.ko.detail|contains("\n"))' >/dev/null
then ok "418: aliases, status and paragraphs survive"; else bad "418 --json content"; fi
# the flags, named after jshttp/statuses: exactly these codes
if "$HC" --json --list | jq -e '([.[] | select(.empty_body) | .code] == [204, 205, 304]) and
	([.[] | select(.redirect) | .code] == [300, 301, 302, 303, 305, 307, 308]) and
	([.[] | select(.retry) | .code] == [502, 503, 504])' >/dev/null
then ok "empty_body, redirect, retry: the codes of jshttp/statuses"; else bad "empty_body/redirect/retry sets"; fi
# every spec a link of its own form; none without a spec
if "$HC" --json --list | jq -e 'all(.[] | select(.spec != null);
	(.spec | test("^RFC [0-9]+ §[0-9.]+$")) and .spec_url == ("https://www.rfc-editor.org/rfc/rfc" + (.spec | capture("RFC (?<n>[0-9]+) §(?<s>.*)") | .n + "#section-" + .s))
	or (.spec | test("^RFC [0-9]+$")) and .spec_url == ("https://www.rfc-editor.org/rfc/rfc" + (.spec | ltrimstr("RFC ")))
	or (.spec | startswith("draft-")) and .spec_url == ("https://datatracker.ietf.org/doc/" + .spec + "/"))' >/dev/null
then ok "spec_url: each spec's address, by its form"; else bad "spec_url of some spec"; fi
if "$HC" --json 404 429 104 444 | jq -e 'map(.spec_url) == ["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
	"https://www.rfc-editor.org/rfc/rfc6585#section-4",
	"https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/", null]' >/dev/null
then ok "spec_url: 404, 429, a draft, an unofficial code"; else bad "spec_url of 404 429 104 444"; fi
# the same keys in a search, and with --brief
if "$HC" --json -b -s retry | jq -e "length > 0 and all(.[]; $shape and has(\"score\"))" >/dev/null &&
	"$HC" --json --brief 503 | jq -e "$shape and .retry == true and .code == 503" >/dev/null
then ok "--brief and --search keep the JSON shape"; else bad "--json with -b or -s"; fi
# standard input: one object a line, each valid alone (JSON Lines)
if printf '404\n5x3\n\n200\n' | "$HC" --json - |
	jq -e -s "map(.code) == [404, 503, 523, 200] and all(.[]; $shape)" >/dev/null &&
	[ "$(printf '404\n5x3\n' | "$HC" --json - | wc -l)" = 3 ]
then ok "-: one valid object a line, in order"; else bad "- --json (JSON Lines)"; fi

# ---- the header reference: the built-in table's headers (if it has any
# yet) and those of a small table of the tests
hshape='(.name|type)=="string" and (.direction|IN("request","response","both")) and
	(.kind|IN("standard","experimental","obsolete","draft","convention")) and
	(.spec|type|IN("string","null")) and (.syntax|type)=="string" and
	(.example|type)=="string" and (.successor|type|IN("string","null")) and
	(.codes|type)=="array" and (.codes|length) > 0 and all(.codes[]; type=="number") and
	(if (.spec // "")|startswith("RFC ") then
		(.spec_url|test("^https://www[.]rfc-editor[.]org/rfc/rfc[0-9]+(#(section|appendix)-[0-9A-Z.]+)?$"))
	elif (.spec // "")|startswith("draft-") then
		.spec_url == "https://datatracker.ietf.org/doc/\(.spec)/"
	else .spec_url == null end) and
	all(.ko,.en; (.summary|type)=="string" and (.detail|type)=="string") and
	(keys - ["name","direction","kind","spec","spec_url","syntax","example","successor","codes","ko","en"]) == []'
small="$top_srcdir/tests/cli/data/headers.rec"
bad_names=
count=0
for data in "" "$small"; do
	names=$("$HC" ${data:+--data "$data"} --list-headers 2>/dev/null | cut -f1)
	for h in $names; do
		count=$((count + 1))
		"$HC" ${data:+--data "$data"} --json --header "$h" |
			jq -e --arg h "$h" "$hshape and (.name|ascii_downcase) == (\$h|ascii_downcase)" >/dev/null 2>&1 ||
			bad_names="$bad_names $h"
	done
done
if [ -z "$bad_names" ] && [ "$count" -ge 5 ]; then ok "every header ($count): one valid object of the documented shape"
else bad "invalid JSON for headers:$bad_names (of $count)"; fi
n_small=$("$HC" --data "$small" --list-headers | wc -l)
if "$HC" --data "$small" --json --list-headers | jq -e "length == $n_small and all(.[]; $hshape) and
	(map(.name|ascii_downcase) == (map(.name|ascii_downcase)|sort))" >/dev/null &&
	"$HC" --data "$small" --json --header | jq -e "length == $n_small" >/dev/null
then ok "--list-headers, --header: an array of every header, by name"; else bad "--list-headers --json"; fi
if "$HC" --data "$small" --json -H RETRY-AFTER | jq -e '.name == "Retry-After" and .codes == [429, 503, 301] and
	.spec_url == "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3" and (.en.detail|contains("\n"))' >/dev/null &&
	"$HC" --data "$small" --json -H x-ratelimit-limit | jq -e '.kind == "convention" and .spec == null and
	.spec_url == null and (.successor|test("RateLimit"))' >/dev/null &&
	"$HC" --data "$small" --json -H ratelimit | jq -e '.kind == "draft" and
	.spec_url == "https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/"' >/dev/null &&
	"$HC" --data "$small" --json -H etag location | jq -e 'map(.name) == ["ETag", "Location"]' >/dev/null
then ok "--header: one object, or an array in order; spec_url, successor"; else bad "--header --json content"; fi
if "$HC" --data "$small" --json -s retry-after | jq -e "length > 0 and all(.[]; $shape)" >/dev/null
then ok "a search that names a header: still an array of codes"; else bad "-s retry-after --json"; fi
