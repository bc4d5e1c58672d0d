#!/bin/sh
# embed.sh FILE NAME: print C source defining NAME (the bytes of FILE, NUL
# terminated) and NAME_len.  Uses only od and sed, so it needs no build tool.
set -e
file=$1
name=$2
echo "/* Generated from $(basename "$file") by embed.sh; do not edit. */"
echo "#include <stddef.h>"
echo "extern const char ${name}[];"
echo "extern const size_t ${name}_len;"
echo "const char ${name}[] = {"
od -An -v -tx1 "$file" | sed -e 's/  */ /g' -e 's/^ //' -e '/^$/d' \
	-e 's/\([0-9a-f][0-9a-f]\)/0x\1,/g'
echo "0x00 };"
echo "const size_t ${name}_len = sizeof ${name} - 1;"
