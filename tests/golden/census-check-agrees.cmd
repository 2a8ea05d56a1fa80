# search (Z3) and census --check (exhaustive) give the same first line on every search of the file
for s in nonempty arrow initial; do
  a=$($YONEDA search specs/search-basic.xml --search $s | head -n 1)
  b=$($YONEDA census --check specs/search-basic.xml --search $s | head -n 1)
  if [ "$a" = "$b" ]; then echo "agree: $a"; else echo "DISAGREE on $s: search '$a', census '$b'"; fi
done
