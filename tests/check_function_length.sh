#!/usr/bin/env bash
# Fails when a function in core/, ui/ or app/ is longer than the limit (STYLE: about 80 lines).
# A function is a body whose braces stand alone at column 0 (free and member functions) or at
# column 4 (functions defined in a class); class, struct, enum and namespace bodies and
# initialiser lists are not functions.
set -euo pipefail
root=${1:-.}
limit=${2:-85}
cd "$root"
report=$(find core ui app -name '*.cpp' -print0 | sort -z | xargs -0 awk -v limit="$limit" '
  BEGIN { ind[0] = ""; ind[1] = "    " }
  FNR == 1 { if (NR > 1) check(); n = 0; file = FILENAME }
  { lines[++n] = $0 }
  END { check() }
  function signature(i, k,   j) {
    for (j = i - 1; j > 0; --j)
      if (index(lines[j], ind[k] " ") != 1) return lines[j]
    return ""
  }
  function check(   k, i, sig, start, name, opening, closing) {
    for (k = 0; k < 2; ++k) {
      opening = ind[k] "{"; closing = ind[k] "}"
      start = 0
      for (i = 2; i <= n; ++i) {
        if (!start && lines[i] == opening) {
          sig = signature(i, k)
          sub(/^[ \t]+/, "", sig)
          if (sig ~ /^(class|struct|namespace|enum|union|const |static const)/ || sig ~ /=$/) continue
          start = i; name = sig
        } else if (start && lines[i] == closing) {
          if (i - start + 1 > limit)
            printf "%s:%d: %s is %d lines (limit %d)\n", file, start, substr(name, 1, 80), i - start + 1, limit
          start = 0
        }
      }
    }
  }
')
if [ -n "$report" ]; then
  echo "$report"
  echo "Split these functions into named steps (see STYLE.md)."
  exit 1
fi
echo "no function over $limit lines"
