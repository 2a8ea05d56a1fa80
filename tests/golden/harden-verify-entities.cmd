# Issue 12 item 6: without --task, the certificate's task is read with the
# same parser as specs: its DOCTYPE is refused, no entity is expanded.
$YONEDA verify specs/rot.xml --cert specs/harden-entities.xml
