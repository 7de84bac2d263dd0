#!/usr/bin/env bash
# Fails when a user-visible string has no zh_CN translation (rescans the sources into a copy
# of the .ts file and counts unfinished entries), when a zh_CN translation is left in English
# (check_untranslated_english.py), or when a %n string has no English plural forms
# (homecoming_en.ts; translations/fill_en_plurals.py fills them).
set -euo pipefail
lupdate=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/homecoming_zh_CN.ts" "$tmp/x.ts"
(cd "$src" && "$lupdate" -silent -I . core ui app -ts "$tmp/x.ts" -no-obsolete -locations none)
unfinished=$(grep -c 'type="unfinished"' "$tmp/x.ts" || true)
total=$(grep -c '<message' "$tmp/x.ts" || true)
echo "zh_CN: $total messages, $unfinished unfinished"
if [ "$unfinished" != 0 ]; then
  grep -B3 'type="unfinished"' "$tmp/x.ts" | grep '<source>' | head -40
  exit 1
fi
python3 "$src/tests/check_untranslated_english.py" "$tmp/x.ts"
cp "$src/translations/homecoming_en.ts" "$tmp/en.ts"
(cd "$src" && "$lupdate" -silent -pluralonly -I . core ui app -ts "$tmp/en.ts" -no-obsolete -locations none)
plurals=$(grep -c 'type="unfinished"' "$tmp/en.ts" || true)
echo "en: $plurals %n strings without plural forms"
if [ "$plurals" != 0 ]; then
  grep -B3 'type="unfinished"' "$tmp/en.ts" | grep '<source>' | head -40
  exit 1
fi
