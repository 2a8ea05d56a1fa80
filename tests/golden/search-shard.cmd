$YONEDA search specs/search-basic.xml --search initial --shard 2/3
