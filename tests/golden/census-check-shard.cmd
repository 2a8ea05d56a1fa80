# one level of the census, one shard of it
$YONEDA census --check specs/search-basic.xml --search initial --morphisms 4 --shard 1/2
