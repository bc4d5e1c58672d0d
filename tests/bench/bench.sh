#!/bin/sh
# make bench: one table of figures, each a ratio measured in this run, and
# the same table in bench/results.md with the machine and the date.
# Timings are medians over many runs; instruction counts come from
# callgrind and are exact for a given binary and input.
set -u
B=$top_builddir
HC="$B/httpcodes"
RUNS=${BENCH_RUNS:-300}
out=$(mktemp)
trap 'rm -f "$out" "$out".*' EXIT

row() { printf '| %s | %s | %s | %s | %s |\n' "$@" >>"$out"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }

{
	echo "| measure | httpcodes | reference | ratio | target |"
	echo "|---|---|---|---|---|"
} >"$out"

# ---- CLI lookup against the floor and the alternatives
set -- $("$B/tests/bench/runstat" "$RUNS" "$HC" 404)
hc_us=$1 hc_rss=$3
set -- $("$B/tests/bench/runstat" "$RUNS" "$B/tests/bench/floor")
fl_us=$1 fl_rss=$3
row "\`httpcodes 404\`, median wall time" "${hc_us} µs" "floor (puts): ${fl_us} µs" "$(ratio "$hc_us" "$fl_us")" "≤ 1.5x"
if command -v python3 >/dev/null 2>&1; then
	set -- $("$B/tests/bench/runstat" 30 python3 -c \
		'import http; print(404, http.HTTPStatus(404).phrase)')
	row "\`httpcodes 404\` vs Python" "${hc_us} µs" "python3 http.HTTPStatus: $1 µs" "$(ratio "$1" "$hc_us") faster" "≥ 20x"
fi
if command -v node >/dev/null 2>&1; then
	set -- $("$B/tests/bench/runstat" 20 node -e \
		'console.log(404, require("http").STATUS_CODES[404])')
	row "\`httpcodes 404\` vs Node" "${hc_us} µs" "node http.STATUS_CODES: $1 µs" "$(ratio "$1" "$hc_us") faster" "-"
fi
row "peak RSS, \`httpcodes 404\`" "${hc_rss} KiB" "floor: ${fl_rss} KiB" "$(ratio "$hc_rss" "$fl_rss")" "-"
# a whole search process against a lookup
q="what is the http status code for a timeout"
set -- $("$B/tests/bench/runstat" "$RUNS" "$HC" -s $q)
row "\`httpcodes -s $q\`, median wall time" "$1 µs" "\`httpcodes 404\`: ${hc_us} µs" "$(ratio "$1" "$hc_us")" "≤ 1.5x"
row "peak RSS, \`httpcodes -s\` (that query)" "$3 KiB" "\`httpcodes 404\`: ${hc_rss} KiB" "$(ratio "$3" "$hc_rss")" "-"
set -- $("$B/tests/bench/runstat" "$RUNS" "$HC" -s 서버가 응답을 안 해요)
row "\`httpcodes -s 서버가 응답을 안 해요\`, median wall time" "$1 µs" "\`httpcodes 404\`: ${hc_us} µs" "$(ratio "$1" "$hc_us")" "≤ 1.5x"

# ---- start-up work, split
if command -v valgrind >/dev/null 2>&1 && command -v callgrind_annotate >/dev/null 2>&1; then
	cg="$out.cg"
	valgrind --tool=callgrind --callgrind-out-file="$cg" "$HC" 404 >/dev/null 2>&1
	ann=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null)
	fn() { echo "$ann" | grep -E "[ :]$1( |\$|\\[)" | head -1 | awk '{ gsub(",", "", $1); print $1 }'; }
	total=$(echo "$ann" | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)
	main=$(fn main)
	parse=$(fn hc_table_load_builtin)
	cli=$(fn cli_run)
	load=$((total - ${main:-0}))
	row "instructions, \`httpcodes 404\`" "$total" "-" "-" "-"
	row "... dynamic loading and libc start-up" "$load" "-" "$(awk -v a=$load -v b=$total 'BEGIN{printf "%.0f%%", 100*a/b}')" "-"
	row "... loading the built-in table (parsed at build time)" "${parse:-0}" "-" "$(awk -v a=${parse:-0} -v b=$total 'BEGIN{printf "%.0f%%", 100*a/b}')" "-"
	row "... lookup and output" "${cli:-0}" "-" "$(awk -v a=${cli:-0} -v b=$total 'BEGIN{printf "%.0f%%", 100*a/b}')" "-"
	fcg="$out.fcg"
	valgrind --tool=callgrind --callgrind-out-file="$fcg" "$B/tests/bench/floor" >/dev/null 2>&1
	ftotal=$(callgrind_annotate "$fcg" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)
	row "instructions, floor program" "$total" "$ftotal" "$(ratio "$total" "$ftotal")" "-"
fi

# ---- search per keystroke
if [ -x "$B/tests/bench/bench_search" ]; then
	s=$("$B/tests/bench/bench_search" 2>/dev/null)
	us=$(echo "$s" | sed -n "s/^search: \([0-9.]*\) us per keystroke.*/\1/p" | head -1)
	[ -n "$us" ] && row "search, time per keystroke" "$us µs" "-" "-" "< 20 µs"
	us=$(echo "$s" | sed -n "s/^sentences: \([0-9.]*\) us per keystroke.*/\1/p")
	[ -n "$us" ] && row "search, time per keystroke, questions of 10+ words" "$us µs" "-" "-" "< 20 µs"
	pre=$(echo "$s" | sed -n "s/^index: \([0-9.]*\) ms from the built-in.*/\1/p")
	run=$(echo "$s" | sed -n "s/^index: .* ms from the built-in one, \([0-9.]*\) ms built.*/\1/p")
	[ -n "$pre" ] && row "search index: built with the program vs at run time (--data)" "$pre ms" "$run ms" "$(ratio "$pre" "$run")" "-"
	if command -v valgrind >/dev/null 2>&1; then
		keys=$("$B/tests/bench/bench_search" --once | sed -n 's/^keystrokes //p')
		ir=$(valgrind --tool=callgrind --callgrind-out-file="$out.s" \
			--toggle-collect=hc_search_run "$B/tests/bench/bench_search" --once 2>&1 |
			sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
		[ -n "$ir" ] && [ -n "$keys" ] &&
			row "search, instructions per keystroke" "$((ir / keys))" "-" "-" "-"
	fi
fi

# ---- the TUI, when its benchmark is built
if [ -x "$B/tests/bench/bench_tui" ]; then
	"$B/tests/bench/bench_tui" "$HC" "$B/tests/bench/min_curses" >>"$out" 2>/dev/null
fi

cat "$out"
mkdir -p "$top_srcdir/bench"
{
	echo "# httpcodes benchmark"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(uname -srm), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
	echo "- httpcodes $("$HC" --version | sed 's/^httpcodes //'), $RUNS runs per timing"
	echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- peak RSS counts the program file's pages that are mapped. On kernels"
	echo "  that keep files in large page-cache folios, a binary just written by"
	echo "  the linker can map several hundred KiB more than the same binary read"
	echo '  back from disk; compare after `sync; echo 3 >/proc/sys/vm/drop_caches`.'
	echo
	cat "$out"
} >"$top_srcdir/bench/results.md"
echo "(written to bench/results.md)"
