$YONEDA represent specs/rot.xml --cert /tmp/never-written.xml
