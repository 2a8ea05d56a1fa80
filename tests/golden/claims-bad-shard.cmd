$YONEDA claims specs/rot.xml --shard 0/3
