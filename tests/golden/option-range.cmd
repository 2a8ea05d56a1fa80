$YONEDA dot specs/rot.xml --depth=-1; echo "exit $?"; $YONEDA census --max-objects 17 --morphisms 3; echo "exit $?"
