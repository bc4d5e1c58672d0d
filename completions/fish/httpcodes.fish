# fish completion for httpcodes

# "404<TAB>Not Found" for each known code
function __httpcodes_codes
    set -l cmd (commandline -opc)[1]
    $cmd --list --color=never 2>/dev/null | string replace -r '^(\d{3})\t([^\t]*)\t.*$' '$1\t$2'
    printf '%s\t%s\n' 1xx Informational 2xx Successful 3xx Redirection 4xx 'Client Error' 5xx 'Server Error'
end

# "Retry-After<TAB>summary" for each header (of --data's table, if given)
function __httpcodes_headers
    set -l tokens (commandline -opc)
    set -l data
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = --data; and test $i -lt (count $tokens)
            set data --data $tokens[(math $i + 1)]
        else if string match -q -- '--data=*' $tokens[$i]
            set data $tokens[$i]
        end
    end
    $tokens[1] $data --list-headers --color=never 2>/dev/null | string replace -r '^([^\t]+)\t[^\t]+\t(.*)$' '$1\t$2'
end

# after --header or -H, the words are header names
function __httpcodes_header_mode
    set -l tokens (commandline -opc)
    contains -- -H $tokens; or contains -- --header $tokens
    or string match -q -- '--header=*' $tokens
end

complete -c httpcodes -f -n 'not __httpcodes_header_mode' -a '(__httpcodes_codes)'
complete -c httpcodes -f -n __httpcodes_header_mode -a '(__httpcodes_headers)'
complete -c httpcodes -s H -l header -f -a '(__httpcodes_headers)' -d 'Explain header fields, in any case'
complete -c httpcodes -l list-headers -d 'List every header field'
complete -c httpcodes -s l -l list -d 'List every code, one a line'
complete -c httpcodes -s s -l search -d 'Search by words, Korean or English'
complete -c httpcodes -s b -l brief -d 'One line a code, for codes asked for by number too'
complete -c httpcodes -l json -d 'Print JSON'
complete -c httpcodes -l lang -x -a 'ko en' -d Language
complete -c httpcodes -l color -l colour -x -a 'auto always never' -d 'Use colour'
complete -c httpcodes -l hyperlink -f -a 'auto always never' -d 'Make the Spec line a link (OSC 8)'
complete -c httpcodes -l data -r -F -d 'Read the table from FILE'
complete -c httpcodes -s h -l help -d 'Show help and exit'
complete -c httpcodes -s V -l version -d 'Show the version and exit'
complete -c httpcodes -l stats -d 'Show study progress per class'
complete -c httpcodes -l quiz -d 'Start the browser in study mode'
complete -c httpcodes -l interview -d 'A mock interview: open questions graded 1-4'
complete -c httpcodes -l export -x -a anki -d 'Print a deck for another program'
complete -c httpcodes -l seed -x -d 'Fix the order of the quiz questions'
