# Issue 12 item 6: the structural walk knows the whole vocabulary of
# yoneda-1.rng (transformations, every claim kind, searches), so its errors
# explain the schema's rejection; path names with powers are not errors.
$YONEDA check specs/harden-schema-vocab.xml
