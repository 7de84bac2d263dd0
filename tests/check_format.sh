#!/usr/bin/env bash
# Fails when a C++ file of the project does not match .clang-format (run clang-format -i on it).
# One clang-format process per batch of files (not per file): a few seconds for the whole tree.
set -euo pipefail
src=$1
cd "$src"
fmt=$(command -v clang-format-14 || command -v clang-format)
files=$(find app core ui tests bench -name '*.cpp' -o -name '*.h' | sort)
# --dry-run --Werror reports each difference as "FILE:LINE:COL: error: code should be clang-formatted".
bad=$(echo "$files" | xargs "$fmt" --dry-run --Werror 2>&1 >/dev/null |
      sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u || true)
for f in $bad; do echo "not formatted: $f"; done
count=$(echo -n "$bad" | grep -c . || true)
echo "clang-format: $count of $(echo "$files" | wc -l) file(s) not formatted"
[ "$count" -eq 0 ]
