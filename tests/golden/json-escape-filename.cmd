# --format json: a file name with a tab, a control character, a byte that is
# not UTF-8 and an accented letter: escaped, U+FFFD, passed through.
$YONEDA check "$(printf 'no\tsuch\001\377\303\251.xml')" --format json
