# --full lists every witness of the explanation.
$YONEDA represent specs/discrete14.xml --full
