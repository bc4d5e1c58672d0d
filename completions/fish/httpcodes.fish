# fish completion for httpcodes

# "404<TAB>Not Found" for each known code
function __httpcodes_codes
    set -l cmd (commandline -opc)[1]
    $cmd --list --color=never 2>/dev/null | string replace -r '^(\d{3})\t([^\t]*)\t.*$' '$1\t$2'
    printf '%s\t%s\n' 1xx Informational 2xx Successful 3xx Redirection 4xx 'Client Error' 5xx 'Server Error'
end

complete -c httpcodes -f -a '(__httpcodes_codes)'
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
complete -c httpcodes -l seed -x -d 'Fix the order of the quiz questions'
