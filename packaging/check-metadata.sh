#!/usr/bin/env bash
# The package's metadata is valid: the desktop entry (desktop-file-validate), the AppStream
# metainfo (appstreamcli validate, offline), both manual pages (no groff warning), and homecoming-cli.1 names every command that `homecoming-cli help` lists.
# The version of project() is what `homecoming-cli --version` prints and the metainfo's release.
# Usage: check-metadata.sh VERSION HOMECOMING_CLI DESKTOP_FILE METAINFO MAN1... (the CLI's last)
set -euo pipefail
version=$1 cli=$2 desktop=$3 metainfo=$4
shift 4
pages=("$@")
status=0
fail() { echo "FAIL: $*"; status=1; }

for tool in desktop-file-validate appstreamcli groff preconv; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (./dev installs desktop-file-utils, appstream, groff-base)"; exit 1; }
done
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net --no-color "$metainfo" || fail "appstreamcli validate $metainfo"

for page in "${pages[@]}"; do
  warnings=$(preconv -e UTF-8 "$page" | groff -man -Tutf8 -ww -z 2>&1 || true)
  [ -z "$warnings" ] || fail "groff warnings in $page: $warnings"
  grep -q '^\.TH ' "$page" || fail "$page has no .TH header"
  ! grep -q '@[A-Z_]*@' "$page" || fail "$page has an unconfigured @VARIABLE@"
done

[ "$("$cli" --version)" = "homecoming-cli $version" ] || fail "homecoming-cli --version is not 'homecoming-cli $version'"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no release $version"

# Every command of the CLI's help (lines "  command ..." under "Commands:" and its sections).
cli_page=${pages[-1]}
text=$(sed 's/\\-/-/g; s/\\f[BIPR]//g' "$cli_page")
commands=$(LC_ALL=C.UTF-8 "$cli" help | sed -n 's/^  \([a-z][a-z-]*\)\b.*/\1/p' | sort -u)
[ -n "$commands" ] || fail "homecoming-cli help listed no command"
for c in $commands; do
  grep -Eq "^\.BR? $c\b" <<<"$text" || fail "$cli_page does not document '$c'"
done
[ $status -eq 0 ] && echo "packaging metadata: desktop entry, metainfo and manual pages valid; $(wc -w <<<"$commands") commands documented"
exit $status
