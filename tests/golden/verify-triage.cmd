# verify says what is wrong with the certificate itself first (exit 4), before
# asking for --task; without --task / --category it takes what the
# certificate names.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA represent specs/rot.xml --task Angle --cert "$T/a.xml" >/dev/null
$YONEDA check specs/exact-dihedral6.xml --exact --cert "$T/d6.xml" >/dev/null 2>&1
echo '<nonsense/>' > "$T/bad.xml"
echo 'garbage' > "$T/garbage.xml"
v() {
  out=$($YONEDA verify "$@" 2>&1); rc=$?
  printf '%s\n' "$out" | sed "s|$T|TMP|g"
  echo "exit $rc"
}
v specs/rot.xml --cert "$T/missing.xml"
v specs/rot.xml --cert "$T/bad.xml"
v specs/rot.xml --cert "$T/garbage.xml"
v specs/rot.xml --cert "$T/a.xml"
v specs/rot.xml --cert "$T/d6.xml"
v specs/rot.xml --task Angle --cert "$T/d6.xml"
v specs/exact-dihedral6.xml --cert "$T/a.xml"
v specs/exact-dihedral6.xml --cert "$T/d6.xml"
v specs/exact-dihedral6.xml --category D6 --cert "$T/a.xml"
