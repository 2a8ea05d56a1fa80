# The claim kinds of issue 8 in a JUnit report: passes, and failures with evidence.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/nat-functors.xml specs/nat-claims-fail.xml --engine z3 --junit "$T/report.xml" > /dev/null 2>&1
echo "claims: $?"
xmllint --noout --schema ../schema/junit.xsd "$T/report.xml" 2>&1 | sed "s|$T|TMP|g"
sed 's/time="[0-9.]*"/time="T"/' "$T/report.xml"
