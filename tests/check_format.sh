#!/usr/bin/env bash
# Fails when a C++ file of the project does not match .clang-format (run clang-format -i on it).
set -euo pipefail
src=$1
cd "$src"
fmt=$(command -v clang-format-14 || command -v clang-format)
bad=0
while IFS= read -r f; do
  if ! "$fmt" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done < <(find app core ui tests bench -name '*.cpp' -o -name '*.h' | sort)
echo "clang-format: $bad file(s) not formatted"
[ "$bad" -eq 0 ]
