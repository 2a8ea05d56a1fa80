# Issue 12 item 7: a run stopped by the --timeout watchdog or by SIGTERM
# leaves no temporary file; the target is untouched.
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo old > "$T/out.smt2"
mkfifo "$T/spec.xml"
$YONEDA smt2 "$T/spec.xml" -o "$T/out.smt2" --timeout 0.5; echo "watchdog: $?"
( $YONEDA smt2 "$T/spec.xml" -o "$T/out.smt2" & pid=$!
  i=0; while [ $i -lt 200 ] && ! ls -a "$T" | grep -q tmp; do sleep 0.1; i=$((i+1)); done
  ls -a "$T" | grep -c tmp; kill -TERM $pid; wait $pid; echo "SIGTERM: $?" ) 2>/dev/null
echo "temporaries left: $(ls -a "$T" | grep -c tmp)"
cat "$T/out.smt2"
