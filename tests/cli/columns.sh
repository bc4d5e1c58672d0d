#!/bin/bash
# columns.sh: for each line of standard input (the CLI's one-line form on a
# terminal: "404  Not Found      The server..."), print the display column
# where the phrase starts and where the summary starts, fields being
# separated by two spaces or more.  Lines that line up print the same
# numbers, so "| sort -u" leaves one line.  Display columns as GNU wc -L
# counts them in a UTF-8 locale (Hangul is two).
set -u
width() { printf '%s' "$1" | wc -L; }
while IFS= read -r line; do
	code=${line%%  *}
	rest=${line#"$code"}
	sep1=${rest%%[! ]*}
	rest=${rest#"$sep1"}
	# the phrase column ends at the last run of two spaces or more
	# before the summary; phrases and tags have single spaces only
	phrase=${rest%%  *}
	after=${rest#"$phrase"}
	sep2=${after%%[! ]*}
	echo "$(width "$code$sep1") $(width "$code$sep1$phrase$sep2")"
done
