#!/bin/bash
# The Anki deck (--export anki), read back the way Anki's text importer
# reads it: "#key:value" file headers at the top, then one note a line
# split at the separator, each field HTML.  Checked in both languages.
set -u
HTTPCODES=${HTTPCODES:-$top_builddir/httpcodes}
tsv="$top_srcdir/tests/data/status-codes.tsv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
export LC_ALL=C.UTF-8
n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() { # check NAME COMMAND...: ok when COMMAND succeeds; its output as notes
	local name=$1 out
	shift
	if out=$("$@" 2>&1); then ok "$name"; else
		printf '%s\n' "$out" | head -20 | sed 's/^/# /'
		not_ok "$name"
	fi
}

# The reader: prints each note as "LINE<TAB>front<TAB>back<TAB>tags" with
# the HTML of the fields decoded (<br> a newline shown as \n, entities
# replaced, <b> dropped), after checking what Anki needs of each line.
# Its errors go to stderr and make it fail.
read_deck() {
	awk -F '\t' '
	function html(s, line, what,   t) {
		t = s
		gsub(/<br>/, "\\n", t)
		gsub(/<\/?b>/, "", t)
		if (t ~ /[<>"]/) {
			printf "line %d: %s has raw <, > or \" (%s)\n", line, what, s > "/dev/stderr"
			bad = 1
		}
		gsub(/&lt;/, "<", t); gsub(/&gt;/, ">", t); gsub(/&quot;/, "\"", t)
		gsub(/&amp;/, "\\&", t)
		return t
	}
	BEGIN { head = 1; bad = 0; notes = 0 }
	head && /^#[a-z ]+:/ {
		k = $0; sub(/^#/, "", k); v = k; sub(/:.*/, "", k); sub(/^[^:]*:/, "", v)
		hdr[k] = v; order = order k "=" v ";"
		next
	}
	{ head = 0 }
	/\r/ { printf "line %d: a carriage return\n", NR > "/dev/stderr"; bad = 1 }
	NF != 3 { printf "line %d: %d fields, not 3\n", NR, NF > "/dev/stderr"; bad = 1; next }
	$1 == "" || $2 == "" || $3 == "" {
		printf "line %d: an empty field\n", NR > "/dev/stderr"; bad = 1; next
	}
	{
		notes++
		printf "%d\t%s\t%s\t%s\n", NR, html($1, NR, "the front"), html($2, NR, "the back"), $3
	}
	END {
		want = "separator=tab;html=true;tags column=3;notetype=Basic;deck=httpcodes;"
		if (order != want) {
			printf "file headers: %s, expected %s\n", order, want > "/dev/stderr"
			bad = 1
		}
		if (!notes) { print "no notes" > "/dev/stderr"; bad = 1 }
		exit bad
	}' "$1"
}

# tags: httpcodes, one kind, http::NNN for each code, class::Nxx for each
# of their classes (and no other)
check_tags() {
	awk -F '\t' '{
		m = split($4, t, " ")
		kinds = 0; codes = 0; delete cls; delete want
		if (t[1] != "httpcodes") { printf "line %d: first tag %s\n", $1, t[1]; bad = 1 }
		for (i = 2; i <= m; i++) {
			if (t[i] ~ /^(code|interview|situation|concept)$/) kinds++
			else if (t[i] ~ /^http::[1-5][0-9][0-9]$/) { codes++; want["class::" substr(t[i], 7, 1) "xx"] = 1 }
			else if (t[i] ~ /^class::[1-5]xx$/) cls[t[i]] = 1
			else { printf "line %d: unknown tag %s\n", $1, t[i]; bad = 1 }
		}
		if (kinds != 1 || codes < 1) { printf "line %d: %d kind tags, %d codes\n", $1, kinds, codes; bad = 1 }
		for (c in want) if (!(c in cls)) { printf "line %d: no %s\n", $1, c; bad = 1 }
		for (c in cls) if (!(c in want)) { printf "line %d: %s for no code\n", $1, c; bad = 1 }
	} END { exit bad }' "$1"
}

# situation notes whose backs are the same (two situations one answer
# with one reason); prints them
same_backs() {
	awk -F '\t' '$4 ~ /^httpcodes situation / {
		if ($3 in seen) { printf "lines %d and %d: %s\n", seen[$3], $1, $3; bad = 1 }
		else seen[$3] = $1
	} END { exit bad }' "$1"
}

echo "1..16"
for lang in en ko; do
	"$HTTPCODES" --export anki --lang "$lang" >"$tmp/deck.$lang" 2>"$tmp/err"
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$tmp/err" ]; then ok "$lang: --export anki exits 0, quietly"
	else sed 's/^/# /' "$tmp/err"; not_ok "$lang: --export anki exits $rc"; fi
	check "$lang: file headers, three HTML fields on every line" \
		read_deck "$tmp/deck.$lang"
	read_deck "$tmp/deck.$lang" >"$tmp/notes.$lang" 2>/dev/null
	check "$lang: the tags of every note" check_tags "$tmp/notes.$lang"
	# a note per code of the table, per situation, per concept card
	codes=$("$HTTPCODES" --list | wc -l)
	kind() { awk -F '\t' -v k="$1" '$4 ~ "^httpcodes " k " "' "$tmp/notes.$lang"; }
	got=$(kind code | wc -l)
	check "$lang: a note per code ($got of $codes)" test "$got" = "$codes"
	# every registered code (all but the unofficial ones) has an interview note
	missing=
	for c in $(awk -F '\t' '!/^#/ && $3 != "unofficial" { print $1 }' "$tsv"); do
		grep -q $'\t''httpcodes interview http::'"$c"' ' "$tmp/notes.$lang" ||
			missing="$missing $c"
	done
	check "$lang: every registered code has an interview note" \
		test -z "$missing" -o "$missing" = "(none)"
	[ -n "$missing" ] && echo "# missing:$missing"
	concepts=$(kind concept | wc -l)
	check "$lang: a note per concept card ($concepts)" test "$concepts" -ge 12
	# each situation's back is its own once every situation has its
	# reason (a back without one is the code alone)
	reasonless=$(kind situation | cut -f3 | grep -cv '\\n')
	if [ "$reasonless" -gt 0 ]; then
		skip "$lang: no two situation notes have the same back" \
			"$reasonless situations have no reason of their own yet"
	else
		check "$lang: no two situation notes have the same back" \
			same_backs "$tmp/notes.$lang"
	fi
done

# the reader and the checks themselves catch what they are for
printf '#separator:tab\n#html:true\n#tags column:3\n#notetype:Basic\n#deck:httpcodes\na\tb\n' >"$tmp/bad"
if read_deck "$tmp/bad" >/dev/null 2>&1; then not_ok "the reader refuses a line of two fields"
else ok "the reader refuses a line of two fields"; fi
printf '1\tq1\t404 Not Found\\nsame\thttpcodes situation http::404 class::4xx\n2\tq2\t404 Not Found\\nsame\thttpcodes situation http::404 class::4xx\n' >"$tmp/dup"
if same_backs "$tmp/dup" >/dev/null; then not_ok "two equal situation backs are found"
else ok "two equal situation backs are found"; fi
