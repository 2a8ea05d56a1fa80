# The Yoneda encoding's SMT-LIB file maps its symbols back to the spec's
# names in comments; the recipe of docs/represent.md reads the universal
# pair off an independent z3's model: u0 equals e_i, p_P is true.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA smt2 specs/arrow.xml --task Q > "$T/q.smt2"
grep '^;' "$T/q.smt2"
syms=$(grep -o '^;   \(p\|e\)_[0-9]*' "$T/q.smt2" | sed 's/^;   //' | tr '\n' ' ')
{ cat "$T/q.smt2"; echo "(get-value (u0 $syms))"; } | z3 -in -smt2
