#!/bin/sh
# json.sh — every `--format json` output is exactly one valid JSON document
# (parsed by python3 -m json.tool and by jq; checked against
# docs/yoneda-output.schema.json when python3 has jsonschema) whose "exit" is the exit status
# of the run: the golden tests json-*.cmd, and each command run on a spec,
# with --help, and with a usage error.
#   sh tests/json.sh build/yoneda
set -u
YONEDA=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/golden" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
# the schema (docs/yoneda-output.schema.json), when python3 has jsonschema
schema=$(cd ../.. && pwd)/docs/yoneda-output.schema.json
python3 -c 'import jsonschema' 2> /dev/null || schema=
# valid NAME RC FILE: FILE holds exactly one document with .exit = RC (RC
# "-": any); kept as $tmp/docs/NAME.json for the python3 pass at the end
mkdir "$tmp/docs"
valid() {
  if ! jq -e -s --arg rc "$2" 'length == 1 and (.[0] | (.format == 1)
        and (.command | type == "string") and (.errors | type == "array")
        and (.warnings | type == "array") and (.output | type == "array")
        and ($rc == "-" or .exit == ($rc | tonumber)))' "$3" > /dev/null 2> "$tmp/why"; then
    fail=$((fail + 1)); echo "FAIL json/$1: exit $2, not one such document: $(head -c 300 "$3") $(head -c 200 "$tmp/why")"
    return
  fi
  cp "$3" "$tmp/docs/$1.json"
  pass=$((pass + 1))
}
for cmd in json-*.cmd; do
  name=${cmd%.cmd}
  YONEDA=$YONEDA sh "$cmd" > "$tmp/out" 2> /dev/null; rc=$?
  # golden scripts that pipe through sed / jq report the status of yoneda
  valid "$name" "$rc" "$tmp/out"
done
# every command: a run on a spec, --help and a usage error
run() {  # NAME RC-or-dash ARGS...
  name=$1; shift; want=$1; shift
  "$YONEDA" "$@" --format json > "$tmp/out" 2> /dev/null; rc=$?
  if [ "$want" != "-" ] && [ "$rc" != "$want" ]; then
    fail=$((fail + 1)); echo "FAIL json/$name: exit $rc, want $want"; return
  fi
  valid "$name" "$rc" "$tmp/out"
}
for c in check represent verify claims hom dot smt2 nat lemma functor delta sigma search \
         census census-merge; do
  run "$c-help" 0 "$c" --help
  run "$c-usage" 2 "$c" --no-such-option
done
run check 0 check specs/rot.xml specs/square.xml
run represent-naive 20 represent specs/rot.xml --task Parity --engine naive
run claims 0 claims specs/rot.xml
run hom 0 hom specs/square.xml --object s
run dot 0 dot specs/square.xml
run smt2 0 smt2 specs/rot.xml --task Angle
run nat 0 nat specs/nat-rot.xml --from Angle --to Angle
run lemma 0 lemma specs/nat-rot.xml --task Angle
run functor 0 functor specs/nat-functors.xml --functor Bottom
run search 10 search specs/search-basic.xml --search nonempty
run missing 1 check specs/no-such-file.xml
# python3: each document parses on its own (json.load refuses extra data) and,
# when python3 has jsonschema, matches docs/yoneda-output.schema.json
if ! python3 - "$schema" "$tmp"/docs/*.json > "$tmp/why" 2>&1 <<'PY'
import json, sys
schema = json.load(open(sys.argv[1])) if sys.argv[1] else None
if schema:
    import jsonschema
bad = 0
for path in sys.argv[2:]:
    try:
        doc = json.load(open(path, encoding="utf-8"))
        if schema:
            jsonschema.validate(doc, schema)
    except Exception as e:
        bad += 1
        print("FAIL json/%s: %s" % (path.rsplit("/", 1)[-1], str(e).splitlines()[0]))
sys.exit(1 if bad else 0)
PY
then
  cat "$tmp/why"; fail=$((fail + $(grep -c '^FAIL' "$tmp/why")))
fi
echo "json: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
