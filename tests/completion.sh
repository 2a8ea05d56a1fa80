#!/bin/bash
# completion.sh — the bash completion (tools/yoneda.bash) against the built
# tool: commands, options, names from spec files, values.
#   bash tests/completion.sh build/yoneda
set -u
YONEDA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.." || exit 2
source tools/yoneda.bash
pass=0; fail=0
# expect "WORDS..." "EXPECTED" (space-separated, sorted) with the cursor on the last word
expect() {
  local line=$1 want=$2
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$YONEDA
  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  _yoneda
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" = "$want" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL completion '$line': got '$got', want '$want'"; fi
}
expect "yoneda rep" "represent"
expect "yoneda ho" "hom"
expect "yoneda check --str" "--strict"
expect "yoneda represent --eng" "--engine"
expect "yoneda represent --engine " "direct naive z3"
expect "yoneda claims --form" "--format"
expect "yoneda check --format " "json text"
expect "yoneda represent tests/golden/specs/rot.xml --task " "Angle Parity"
expect "yoneda represent --task P tests/golden/specs/rot.xml" "tests/golden/specs/rot.xml"
expect "yoneda hom tests/golden/specs/square.xml --object " "s t u v"
expect "yoneda hom tests/golden/specs/square.xml --variance c" "contravariant covariant"
expect "yoneda dot tests/golden/specs/square.xml --category " "Square"
# a numeric argument: no completion (not the files of the directory)
expect "yoneda dot tests/golden/specs/square.xml --depth " ""
expect "yoneda census --max-objects " ""
# every command of `yoneda --help` completes (to itself and the commands it
# is a prefix of, e.g. census -> census census-merge)
cmds=$("$YONEDA" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
for c in $cmds; do
  expect "yoneda $c" "$(printf '%s\n' $cmds | grep "^$c" | sort | tr '\n' ' ' | sed 's/ $//')"
done
echo "completion: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
