#!/bin/bash
# The shell completions load and complete options, option values and codes.
# bash always; zsh and fish when installed (./bootstrap installs them).
set -u
comp="$top_srcdir/completions"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$HTTPCODES" "$bin/httpcodes"
export PATH="$bin:$PATH"
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); echo "not ok $n - $1"; shift; printf '# %s\n' "$@"; }
check() { # NAME GOT WANT
	if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got:  $2" "want: $3"; fi
}

echo "1..21"
# a small table with Header records (the built-in one may have none yet)
hdata="$top_srcdir/tests/cli/data/headers.rec"

# ---- bash
bash_complete() { # words...: the completions of the last word
	bash -c '
		source "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_httpcodes
		printf "%s\n" "${COMPREPLY[@]}"' _ "$comp/bash/httpcodes" "$@" |
		sort | tr '\n' ' ' | sed 's/ $//'
}
check "bash: option names" "$(bash_complete httpcodes --la)" "--lang"
check "bash: --lang values" "$(bash_complete httpcodes --lang '')" "en ko"
check "bash: --color= values" "$(bash_complete httpcodes --color=n)" "never"
check "bash: --hyperlink= values" "$(bash_complete httpcodes --hyperlink=a)" "always auto"
check "bash: --export values" "$(bash_complete httpcodes --export '') $(bash_complete httpcodes --export=a)" "anki anki"
check "bash: -b among the short options" "$(bash_complete httpcodes -b)" "-b"
check "bash: codes by prefix" "$(bash_complete httpcodes 41)" \
	"410 411 412 413 414 415 416 417 418 419"
check "bash: class masks" "$(bash_complete httpcodes 5x)" "5xx"
# every long option of --help is offered
missing=
for o in $("$HTTPCODES" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	grep -q -- "$o\\b" "$comp/bash/httpcodes" || missing="$missing $o"
done
check "bash: knows every option in --help" "${missing:-none}" "none"
check "bash: header names after -H, in any case (of --data's table)" \
	"$(bash_complete httpcodes --data "$hdata" -H ret)" "Retry-After"
check "bash: every word after --header is a header; --header=" \
	"$(bash_complete httpcodes --data "$hdata" --header etag l) $(bash_complete httpcodes --data="$hdata" --header=x-)" \
	"Last-Modified Location --header=X-RateLimit-Limit"

# ---- fish
if command -v fish >/dev/null 2>&1; then
	fish_complete() {
		fish --no-config -c "source '$comp/fish/httpcodes.fish'; complete -C'$1'" |
			tr '\t' '=' | sort | tr '\n' ' ' | sed 's/ $//'
	}
	check "fish: --lang values" "$(fish_complete 'httpcodes --lang ')" "en=Language ko=Language"
	check "fish: codes with their phrase" "$(fish_complete 'httpcodes 40')" \
		"400=Bad Request 401=Unauthorized 402=Payment Required 403=Forbidden 404=Not Found 405=Method Not Allowed 406=Not Acceptable 407=Proxy Authentication Required 408=Request Timeout 409=Conflict"
	check "fish: option names" "$(fish_complete 'httpcodes --js' | cut -d= -f1)" "--json"
	check "fish: --export values" "$(fish_complete 'httpcodes --export ')" "anki=Print a deck for another program"
	check "fish: --hyperlink values" "$(fish_complete 'httpcodes --hyperlink=' | grep -o -- '--hyperlink=[a-z]*' | tr '\n' ' ' | sed 's/ $//')" \
		"--hyperlink=always --hyperlink=auto --hyperlink=never"
	check "fish: header names with their summary after -H" \
		"$(fish_complete "httpcodes --data $hdata -H etag x")" \
		"X-RateLimit-Limit=The requests allowed in a window (a convention)"
else
	bad "fish: --lang values" "fish is not installed"
	bad "fish: codes with their phrase" "fish is not installed"
	bad "fish: option names" "fish is not installed"
	bad "fish: --export values" "fish is not installed"
	bad "fish: --hyperlink values" "fish is not installed"
	bad "fish: header names with their summary after -H" "fish is not installed"
fi

# ---- zsh
if command -v zsh >/dev/null 2>&1; then
	if zsh -n "$comp/zsh/_httpcodes" 2>/dev/null; then ok "zsh: syntax"; else bad "zsh: syntax"; fi
	# the code list the completion offers, with ':' in phrases escaped
	got=$(zsh -c '
		words=(httpcodes)
		_describe() { print -l -- "${(@P)${@[-1]}}" }
		eval "$(sed -n "/^_httpcodes_codes()/,/^}/p" "$1")"
		_httpcodes_codes' _ "$comp/zsh/_httpcodes" | grep -E '^(404|530|5xx):')
	check "zsh: codes with their phrase" "$(echo $got)" \
		"404:Not Found 530:(origin DNS error; shown with a 1xxx error) [unofficial] 5xx:Server Error"
	missing=
	for o in $("$HTTPCODES" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "$o\\b" "$comp/zsh/_httpcodes" || missing="$missing $o"
	done
	check "zsh: knows every option in --help" "${missing:-none}" "none"
	got=$(zsh -c '
		words=(httpcodes --data "$2" -H)
		_describe() { print -l -- "${(@P)${@[4]}}" }
		eval "$(sed -n "/^_httpcodes_headers()/,/^}/p" "$1")"
		_httpcodes_headers' _ "$comp/zsh/_httpcodes" "$hdata" |
		grep -E '^(ETag|Retry-After):')
	check "zsh: header names with their summary" "$(echo $got)" \
		"ETag:A validator naming a version of the representation Retry-After:How long to wait before trying again"
else
	bad "zsh: syntax" "zsh is not installed"
	bad "zsh: codes with their phrase" "zsh is not installed"
	bad "zsh: knows every option in --help" "zsh is not installed"
	bad "zsh: header names with their summary" "zsh is not installed"
fi
