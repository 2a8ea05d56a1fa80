# yoneda.bash — bash completion for the yoneda command line.
# Install: make install (into share/bash-completion/completions/yoneda), or
#   source tools/yoneda.bash
# Completes commands (from `yoneda --help`), options (from
# `yoneda COMMAND --help`, so it never falls behind the tool), the names of
# tasks, categories, functors, searches and objects found in the spec files
# already on the command line, engine and variance values, and file names.

_yoneda_names() {   # _yoneda_names ELEMENT ATTRIBUTE FILE...: names declared in the files
  local el=$1 attr=$2; shift 2
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    grep -o "<$el[[:space:]][^>]*$attr=\"[^\"]*\"" "$f" 2>/dev/null |
      sed -n "s/.*$attr=\"\([^\"]*\)\".*/\1/p"
  done | sort -u
}

_yoneda() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=
  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
  local yoneda=${COMP_WORDS[0]}
  COMPREPLY=()
  if (( COMP_CWORD == 1 )); then
    local cmds
    cmds=$("$yoneda" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
    COMPREPLY=($(compgen -W "$cmds help --help --version" -- "$cur"))
    return 0
  fi
  local cmd=${COMP_WORDS[1]}
  local files=() i
  for (( i = 2; i < ${#COMP_WORDS[@]}; i++ )); do
    (( i == COMP_CWORD )) && continue
    case ${COMP_WORDS[i]} in *.xml) files+=("${COMP_WORDS[i]}") ;; esac
  done
  case $prev in
    --task|-t)
      COMPREPLY=($(compgen -W "$(_yoneda_names task name "${files[@]}")" -- "$cur")); return 0 ;;
    --from|--to)
      local homs o
      homs=$(_yoneda_names task name "${files[@]}")
      for o in $(_yoneda_names object name "${files[@]}"); do homs+=" hom:$o"; done
      COMPREPLY=($(compgen -W "$homs" -- "$cur")); return 0 ;;
    --category|-c)
      COMPREPLY=($(compgen -W "$(_yoneda_names category name "${files[@]}")" -- "$cur")); return 0 ;;
    --functor)
      COMPREPLY=($(compgen -W "$(_yoneda_names functor name "${files[@]}")" -- "$cur")); return 0 ;;
    --search)
      COMPREPLY=($(compgen -W "$(_yoneda_names search name "${files[@]}")" -- "$cur")); return 0 ;;
    --object|-p)
      COMPREPLY=($(compgen -W "$(_yoneda_names object name "${files[@]}")" -- "$cur")); return 0 ;;
    --engine|-e)
      COMPREPLY=($(compgen -W "direct z3 naive" -- "$cur")); return 0 ;;
    --encoding)
      COMPREPLY=($(compgen -W "yoneda naive" -- "$cur")); return 0 ;;
    --variance)
      COMPREPLY=($(compgen -W "covariant contravariant" -- "$cur")); return 0 ;;
    --format)
      COMPREPLY=($(compgen -W "text json" -- "$cur")); return 0 ;;
    --cert-dir|--out-dir)
      COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
    --cert|--out|--output|-o|--junit|--check)
      COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
    --max-morphisms|--timeout|--limit|--shard|--morphisms|--objects|--max-objects|--depth)
      return 0 ;;
  esac
  if [[ $cur == -* ]]; then
    local opts
    opts=$("$yoneda" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return 0
  fi
  COMPREPLY=($(compgen -f -X '!*.xml' -- "$cur") $(compgen -d -- "$cur"))
  return 0
}
complete -F _yoneda yoneda
