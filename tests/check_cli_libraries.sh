#!/usr/bin/env bash
# homecoming-cli starts without the GUI libraries: only `report --pdf` needs them, and it loads
# the report module (homecoming-cli-report.so) for that. Loading Qt Widgets, Gui, Charts and their
# dependencies cost about half of a short command's run (issue 10: stats in under 100 ms).
set -euo pipefail
cli=$1
module=$2
needed=$(LC_ALL=C readelf -d "$cli" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "homecoming-cli needs:" $needed
for lib in libQt6Widgets libQt6Gui libQt6Charts libQt6OpenGL libQt6PrintSupport libQt6Svg; do
  if echo "$needed" | grep -q "^$lib\."; then
    echo "FAIL: homecoming-cli links $lib; it belongs in the report module" >&2
    exit 1
  fi
done
# (the output is kept first: grep -q would stop reading early and fail the pipe)
dynamic=$(LC_ALL=C readelf -d "$module")
symbols=$(LC_ALL=C readelf --dyn-syms -W "$module")
grep -q 'libQt6Widgets' <<<"$dynamic" || { echo "FAIL: the report module does not link Qt Widgets" >&2; exit 1; }
grep -q ' homecoming_report_main$' <<<"$symbols" || { echo "FAIL: the report module does not export homecoming_report_main" >&2; exit 1; }
echo "ok"
