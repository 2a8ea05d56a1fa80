# A file that does not load shows up in the report as an <error> test case.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/malformed.xml specs/rot.xml --junit "$T/report.xml" > /dev/null 2>&1
echo "claims: $?"
xmllint --noout --schema ../schema/junit.xsd "$T/report.xml" 2>&1 | sed "s|$T|TMP|g"
sed 's/time="[0-9.]*"/time="T"/' "$T/report.xml"
