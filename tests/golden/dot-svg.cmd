$YONEDA dot specs/square.xml --all | dot -Tsvg | grep -c "<svg"
