$YONEDA verify specs/rot.xml --task Angle --cert no-such-cert.xml
