# represent --format json without --task: one element of "tasks" per task.
$YONEDA represent specs/rot.xml --format json
