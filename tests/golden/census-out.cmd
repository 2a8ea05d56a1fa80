# census --out writes every member as a spec file that `yoneda check`
# reads back (with --strict: no two declared morphisms collapse) as a
# category with the same number of morphisms; the numbers of objects of
# the files read back match the census's counts.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for n in 3 4; do
  $YONEDA census --morphisms $n --out "$T/n$n" || echo "census failed"
  echo "files: $(ls "$T/n$n" | wc -l)"
  $YONEDA check --strict "$T/n$n"/*.xml > "$T/check" || echo "check failed"
  sed 's/^.*: category C[0-9_]*: //' "$T/check" | sort | uniq -c | sed 's/^ *//'
done
sed -n '3,20p' "$T/n4/N4-000010.xml"
