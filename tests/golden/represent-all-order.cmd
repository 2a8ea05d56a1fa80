# --all lists the universal pairs in one order for every engine: objects in
# declaration order (b before a here), then elements in set order.
for e in direct z3 naive; do
  echo "engine $e:"
  $YONEDA represent specs/iso-pairs.xml --all --engine $e | grep '^universal pair'
done
