# -o writes the DOT file (nothing on stdout); Graphviz accepts it.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA dot specs/arrow.xml --category Arrow --all -o "$T/arrow.dot"; echo "dot: $?"
cat "$T/arrow.dot"
dot -Tsvg "$T/arrow.dot" > "$T/arrow.svg" && echo "graphviz: ok"
ls "$T"
