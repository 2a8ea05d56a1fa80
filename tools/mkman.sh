#!/bin/sh
# mkman.sh — turn docs/yoneda.md (the command reference) into the man page
# yoneda.1, so that the two never disagree.
#   sh tools/mkman.sh docs/yoneda.md VERSION > build/yoneda.1
# Understands the Markdown that docs/yoneda.md uses: '#', '##', '###'
# headings, fenced code blocks, '*'/'-' bullets, '|' tables (first column
# as tag), `code`, **bold**, *emphasis* and [text](link).
set -eu
src=$1
version=${2:-unknown}
awk -v version="$version" '
function esc(s) {
  gsub(/\\/, "\\e", s)
  return s
}
function inline(s,   out, pre, m) {
  s = esc(s)
  # [text](link) -> text
  while (match(s, /\[[^]]*\]\([^)]*\)/)) {
    m = substr(s, RSTART, RLENGTH)
    sub(/\]\(.*/, "", m); sub(/^\[/, "", m)
    s = substr(s, 1, RSTART - 1) m substr(s, RSTART + RLENGTH)
  }
  while (match(s, /`[^`]*`/)) {
    m = substr(s, RSTART + 1, RLENGTH - 2)
    s = substr(s, 1, RSTART - 1) "\\fB" m "\\fR" substr(s, RSTART + RLENGTH)
  }
  while (match(s, /\*\*[^*]+\*\*/)) {
    m = substr(s, RSTART + 2, RLENGTH - 4)
    s = substr(s, 1, RSTART - 1) "\\fB" m "\\fR" substr(s, RSTART + RLENGTH)
  }
  while (match(s, /(^|[ (])\*[^* ][^*]*\*/)) {
    pre = substr(s, RSTART, 1)
    if (pre == "*") pre = ""
    m = substr(s, RSTART, RLENGTH); sub(/^[ (]?\*/, "", m); sub(/\*$/, "", m)
    s = substr(s, 1, RSTART - 1) pre "\\fI" m "\\fR" substr(s, RSTART + RLENGTH)
  }
  return s
}
function line(s) {
  if (s ~ /^[.\047]/) s = "\\&" s
  print s
}
function flush() {
  if (para != "") line(inline(para))
  para = ""
}
BEGIN { code = 0; table = 0; para = "" }
/^```/ {
  flush()
  if (code) { print ".fi"; print ".RE"; code = 0 } else { print ".PP"; print ".RS 4"; print ".nf"; code = 1 }
  next
}
code { line(esc($0)); next }
NR == 1 && /^# / {
  print ".TH YONEDA 1 \"\" \"yoneda " version "\" \"User Commands\""
  next
}
/^## / { flush(); table = 0; t = substr($0, 4); print ".SH " toupper(t); next }
/^### / { flush(); table = 0; print ".SS " inline(substr($0, 5)); next }
/^\|/ {
  flush()
  if ($0 ~ /^\|[ -:|]*$/) next              # the separator row
  if (!table) { table = 1; next }           # the header row
  n = split($0, cell, "|")
  tag = cell[2]; gsub(/^ +| +$/, "", tag)
  rest = ""
  for (i = 3; i < n; i++) { c = cell[i]; gsub(/^ +| +$/, "", c); rest = rest (rest == "" ? "" : " \\(em ") c }
  print ".TP"; line(inline(tag)); line(inline(rest))
  next
}
/^[*-] / { flush(); table = 0; print ".IP \\(bu 2"; para = substr($0, 3); next }
/^[ \t]*$/ { flush(); table = 0; print ".PP"; next }
{ sub(/^ +/, ""); para = para (para == "" ? "" : " ") $0 }
END { flush() }
' "$src"
