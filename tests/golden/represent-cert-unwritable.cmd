$YONEDA represent specs/rot.xml --task Angle --cert no-such-dir/angle.xml
