#!/bin/sh
# keys2man.sh PROGRAM LANG TEMPLATE: print TEMPLATE with @KEYS@ replaced by
# the key list that "PROGRAM --lang LANG --help" prints (the same table as
# the help screen), as man page markup, and @VERSION@, @PKGDATADIR@ filled
# in from the environment.
set -e
prog=$1 lang=$2 template=$3
keys=$(mktemp)
trap 'rm -f "$keys"' EXIT
"$prog" --lang "$lang" --help | awk '
	/^Keys|^브라우저/ { on = 1; next }
	!on || /^$/ { next }
	/^  [^ ]/ { sub(/^ +/, ""); printf ".SS \"%s\"\n", $0; next }
	/^    [^ ]/ {
		sub(/^ +/, "")
		n = match($0, /  +/)
		k = substr($0, 1, n - 1); d = substr($0, n); sub(/^ +/, "", d)
		gsub(/\\/, "\\\\e", k); gsub(/\\/, "\\\\e", d)
		gsub(/-/, "\\-", k)
		printf ".TP\n.B \"%s\"\n%s\n", k, d
	}' >"$keys"
[ -s "$keys" ] || { echo "keys2man: no key list in $prog --help" >&2; exit 1; }
# non-ASCII text (Hangul) becomes groff's \[uXXXX], so that the page reads
# the same whatever encoding groff assumes
if command -v preconv >/dev/null 2>&1; then
	conv() { preconv -e utf-8 | grep -v '^\.lf '; }
else
	conv() { cat; }
fi
# @PKGDATADIR@ may be long (make distcheck installs deep down): a break
# point (\:) after each character lets groff break it anywhere, and \%
# keeps it from being hyphenated
awk -v keys="$keys" -v version="$VERSION" -v pkgdatadir="$PKGDATADIR" '
	function put(s, from, to,   i) {
		while ((i = index(s, from)) > 0)
			s = substr(s, 1, i - 1) to substr(s, i + length(from))
		return s
	}
	BEGIN {
		dir = "\\%"
		for (i = 1; i <= length(pkgdatadir); i++) {
			c = substr(pkgdatadir, i, 1)
			if (c == "\\") c = "\\e"
			else if (c == "-") c = "\\-"
			else if (c == "\"") c = "\\(dq"
			dir = dir c (c ~ /^[!-~]/ ? "\\:" : "")
		}
	}
	/^@KEYS@$/ { while ((getline l < keys) > 0) print l; next }
	{ $0 = put($0, "@VERSION@", version); $0 = put($0, "@PKGDATADIR@", dir); print }
' "$template" | conv
