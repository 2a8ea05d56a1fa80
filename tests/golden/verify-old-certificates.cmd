# Certificates written before identities were listed as id_x name them by
# the object (morphism="x", f1="x"): they are still read and accepted.
grep -c '"x"' specs/cert-old-angle.xml specs/cert-old-flip.xml
$YONEDA verify specs/rot.xml --cert specs/cert-old-angle.xml
$YONEDA verify specs/lib-answer.xml --cert specs/cert-old-flip.xml
