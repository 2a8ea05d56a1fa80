# Issue 12 item 7: output files.  '%41' is not URI-unescaped; a symlink keeps
# pointing at the replaced file; a 0600 target stays 0600; a FIFO and
# /dev/stdout are written through; no temporary is left behind.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
$YONEDA claims specs/rot.xml --junit "$T/r%41.xml" > /dev/null; echo "junit: $?"
ls "$T"
touch "$T/target.xml"; chmod 600 "$T/target.xml"; ln -s target.xml "$T/link.xml"
$YONEDA represent specs/rot.xml --task Angle --cert "$T/link.xml" > /dev/null; echo "symlink: $?"
[ -L "$T/link.xml" ] && echo "link kept"
ls -l "$T/target.xml" | cut -c1-10
grep -c '<image' "$T/target.xml"
mkfifo "$T/fifo"
cat "$T/fifo" > "$T/from-fifo" &
$YONEDA represent specs/rot.xml --task Angle --cert "$T/fifo" > /dev/null; echo "fifo: $?"
wait
grep -c '<image' "$T/from-fifo"
$YONEDA represent specs/rot.xml --task Angle --cert /dev/stdout | grep -c '<image'
echo "temporaries left: $(ls -a "$T" | grep -c tmp)"
