#!/bin/sh
# The man pages: groff finds nothing to warn about, every section is there,
# the KEYS section lists every key of the help screen, and the FILES
# section's path breaks cleanly however deep the installation prefix is
# (make distcheck installs under the build directory).
B=$top_builddir
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); echo "not ok $n - $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/# /'; }
echo "1..10"
for page in doc/httpcodes.1 doc/ko/httpcodes.1; do
	f="$B/$page"
	if [ ! -s "$f" ]; then
		bad "$page: built"; bad "$page: groff -ww -z -man"
		bad "$page: sections"; bad "$page: keys"
		continue
	fi
	ok "$page: built"
	w=$(groff -ww -z -man "$f" 2>&1)
	if [ -z "$w" ]; then ok "$page: groff -ww -z -man is silent"; else bad "$page: groff -ww -z -man" "$w"; fi
	# NAME, SYNOPSIS, DESCRIPTION, OPTIONS, KEYS, FILES, ENVIRONMENT,
	# EXIT STATUS, EXAMPLES: nine sections or more
	s=$(grep -c '^\.SH ' "$f")
	if [ "$s" -ge 9 ]; then ok "$page: $s sections"; else bad "$page: only $s sections"; fi
	lang=en; case $page in *ko*) lang=ko ;; esac
	missing=$("$B/httpcodes" --lang $lang --help | awk '/^    [^ ]/ { sub(/^ +/, ""); n = match($0, /  +/); print substr($0, 1, n - 1) }' |
		while read -r k; do
			k2=$(printf '%s' "$k" | sed 's/-/\\-/g')
			grep -qF ".B \"$k2\"" "$f" || printf '%s; ' "$k"
		done)
	if [ -z "$missing" ]; then ok "$page: every key of the help screen"; else bad "$page: keys missing" "$missing"; fi
done
S=${top_srcdir:-.}
for lang in en ko; do
	t="$S/doc/httpcodes.1.in"
	[ $lang = ko ] && t="$S/doc/ko/httpcodes.1.in"
	out=
	for len in 1 20 45 60 61 62 63 70 79 80 81 100 150 151 200 255 400; do
		p=/$(head -c "$len" /dev/zero | tr '\0' d)/long-prefix/share/httpcodes
		w=$(VERSION=0 PKGDATADIR=$p sh "$S/tools/keys2man.sh" "$B/httpcodes" $lang "$t" |
			groff -ww -z -man 2>&1)
		[ -z "$w" ] || out="$out$len: $w
"
	done
	if [ -z "$out" ]; then ok "$lang: FILES at prefixes of 1 to 400 characters: groff is silent"
	else bad "$lang: FILES with a long prefix" "$out"; fi
done
