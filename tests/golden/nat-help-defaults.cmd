$YONEDA nat --help | grep -A1 -e '^ *--limit N ' -e '^ *--max-morphisms N '
