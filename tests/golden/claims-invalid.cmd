# A file that does not load: its errors, the other file's claims still run, exit 1.
$YONEDA claims specs/unknown-name.xml specs/rot.xml > out.$$ 2>&1; rc=$?
sed 's/([^)]* s)/(T s)/' out.$$; rm -f out.$$
exit $rc
