# Issue 13: a broken equation is reported at the <map> where its sides part ways
# (covariant task, contravariant task, functor).
$YONEDA check specs/ux-equation-at-map.xml
