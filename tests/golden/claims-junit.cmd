# --junit writes a report that validates against the JUnit XSD; its content
# (times filtered) pins the per-file suites, counts and failure evidence.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/rot.xml specs/claims-fail.xml --junit "$T/report.xml" > /dev/null
echo "claims: $?"
xmllint --noout --schema ../schema/junit.xsd "$T/report.xml" 2>&1 | sed "s|$T|TMP|g"
sed 's/time="[0-9.]*"/time="T"/' "$T/report.xml"
