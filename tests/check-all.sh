#!/bin/sh
# The whole test suite, as CI runs it:
#   1. make check in this build;
#   2. the CLI tests again with every run of the binary under valgrind
#      (any error, or a leak definitely lost, fails the case);
#   3. make check in a fresh copy of the sources built with
#      AddressSanitizer and UndefinedBehaviorSanitizer (halt on error);
#   4. make distcheck (the tarball builds, passes, installs, uninstalls),
#      run from a directory more than 150 characters deep.
# Ends with one line "N passed, N failed" over all four.
set -u
MAKE=${MAKE:-make}
passed=0
failed=0

# counts from an Automake test-suite.log
add_suite() {
	p=$(sed -n 's/^# PASS: *//p' "$1" | head -1)
	f=$(sed -n 's/^# FAIL: *//p' "$1" | head -1)
	e=$(sed -n 's/^# ERROR: *//p' "$1" | head -1)
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0} + ${e:-0}))
	[ -n "$p" ] || failed=$((failed + 1)) # the suite did not even run
}

# counts from TAP output
add_tap() {
	p=$(grep -c '^ok ' "$1")
	f=$(grep -c '^not ok ' "$1")
	passed=$((passed + p))
	failed=$((failed + f))
	[ "$p" -gt 0 ] || failed=$((failed + 1))
}

echo "== 1/4: make check"
$MAKE -s --no-print-directory check
add_suite "$top_builddir/test-suite.log"

echo "== 2/4: CLI tests under valgrind"
if command -v valgrind >/dev/null 2>&1; then
	wrap=$(mktemp -d)
	cat >"$wrap/httpcodes" <<EOW
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	"$top_builddir/httpcodes" "\$@"
EOW
	chmod +x "$wrap/httpcodes"
	HTTPCODES="$wrap/httpcodes" top_srcdir="$top_srcdir" \
		bash "$top_srcdir/tests/cli/run.sh" >"$wrap/tap" 2>&1
	grep -v '^ok ' "$wrap/tap" | head -60
	add_tap "$wrap/tap"
	rm -rf "$wrap"
else
	echo "not ok - valgrind is not installed"
	failed=$((failed + 1))
fi

echo "== 3/4: make check with ASan and UBSan"
san=$(mktemp -d)
# the same configure options as this build, plus the sanitizers
flags=$(cd "$top_builddir" && ./config.status --config)
(cd "$top_builddir" && $MAKE -s --no-print-directory distdir distdir="$san/src") >/dev/null
if (cd "$san/src" && eval "./configure -q $flags --enable-sanitizers" &&
    $MAKE -s -j2 >/dev/null && $MAKE -s --no-print-directory check); then :; fi
add_suite "$san/src/test-suite.log"
[ "$failed" -eq 0 ] || cat "$san/src/test-suite.log" 2>/dev/null | grep -B2 -A20 '^FAIL\|^ERROR' | head -80
rm -rf "$san"

# from a build directory more than 150 characters deep: distcheck installs
# under it, and the long prefix reaches the man pages and every test
echo "== 4/4: make distcheck, from a directory over 150 characters deep"
deep=$(mktemp -d)
d="$deep/$(printf 'a-build-directory-deep-down-%.0s' 1 2 3 4 5 6)/src"
mkdir -p "${d%/src}"
(cd "$top_builddir" && $MAKE -s --no-print-directory distdir distdir="$d") >/dev/null
if [ ${#d} -gt 150 ] && (cd "$d" && eval "./configure -q $flags" &&
    $MAKE -s --no-print-directory distcheck) >"$deep/log" 2>&1; then
	passed=$((passed + 1))
	echo "ok - make distcheck in $d"
else
	failed=$((failed + 1))
	grep -E '^(FAIL|ERROR)|rror|warning' "$deep/log" | head -20
	echo "not ok - make distcheck in $d"
fi
rm -rf "$deep"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
