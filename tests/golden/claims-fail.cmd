# Wrong expectations in both directions: FAIL lines with evidence, exit 1.
$YONEDA claims specs/claims-fail.xml > out.$$ 2>&1; rc=$?
sed 's/([^)]* s)/(T s)/' out.$$; rm -f out.$$
exit $rc
