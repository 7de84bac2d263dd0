#!/usr/bin/env bash
# Checks the Debian package as a user gets it: lintian on the .deb (no errors), then
# `apt-get install ./homecoming_*.deb` in a fresh Debian 12 root (debootstrap minbase) so the
# dependencies resolve from the archive alone, and the installed programs run from /usr/bin.
# Usage: packaging/check-installed.sh [DEB]   (default: ./dev package builds it)
# Needs root (debootstrap, chroot, mounts) and a Debian mirror: without either it says why and
# skips (exit 0). The base system is built once into $HC_DEBOOTSTRAP_CACHE (default
# /var/cache/homecoming-debootstrap) with the downloaded .debs; each run starts from a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { echo "check-installed: [$(( $(date +%s) - started ))s] $*"; }
skip() { say "SKIPPED: $*"; exit 0; }

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot); run it as root to check the installed package"

deb=${1:-}
if [ -z "$deb" ]; then
  ./dev package
  deb=$(ls "${BUILD_DIR:-build}"/homecoming_*_amd64.deb | tail -n 1)
fi
[ -f "$deb" ] || { say "FAIL: no package at '$deb'"; exit 1; }
deb=$(realpath "$deb")
say "package $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

missing=()
for p in lintian debootstrap; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -qq && env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi

# --- lintian: errors fail the check; warnings are listed ---
lintian_out=$(lintian --fail-on error --display-info "$deb" 2>&1) && lintian_rc=0 || lintian_rc=$?
[ -z "$lintian_out" ] || echo "$lintian_out" | sed 's/^/  /'
say "lintian: $(grep -c '^E:' <<<"$lintian_out" || true) errors, $(grep -c '^W:' <<<"$lintian_out" || true) warnings, $(grep -c '^I:' <<<"$lintian_out" || true) infos"
[ "$lintian_rc" -eq 0 ] || { say "FAIL: lintian reports errors"; exit 1; }

# --- a fresh Debian 12 root ---
cache=${HC_DEBOOTSTRAP_CACHE:-/var/cache/homecoming-debootstrap}
base=$cache/bookworm root=$cache/run archives=$cache/archives
mkdir -p "$cache" "$archives/partial"
if [ ! -x "$base/usr/bin/apt-get" ]; then
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  say "building a Debian 12 minbase root in $base (once) from ${mirror:-the default mirror}"
  rm -rf --one-file-system "$base"
  debootstrap --variant=minbase bookworm "$base" ${mirror:+"$mirror"} >"$cache/debootstrap.log" 2>&1 \
    || { rm -rf --one-file-system "$base"; skip "debootstrap could not build the root (no mirror reachable?); see $cache/debootstrap.log"; }
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$base/etc/apt/sources.list.d/" && rm -f "$base/etc/apt/sources.list"
  fi
fi

unmount() {
  for m in var/cache/apt/archives dev/pts dev proc sys; do
    if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
  done
  return 0
}
trap unmount EXIT
unmount
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
for m in proc sys dev dev/pts; do
  mount --bind "/$m" "$root/$m" || skip "cannot bind-mount /$m into the root (needs root with mount rights)"
done
# The downloaded .debs are kept between runs (apt-get clean is not run).
mount --bind "$archives" "$root/var/cache/apt/archives"

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive HOMECOMING_PASSWORD=demo "$@"
}
say "fresh root ready in $root"
in_root apt-get update -qq >"$cache/apt.log" 2>&1 || skip "apt-get update in the fresh root failed (no mirror reachable?); see $cache/apt.log"
say "apt-get update done"
# Depends alone must make the programs work, hence no Recommends; unsafe-io: a throwaway root.
if ! in_root apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io \
    "/tmp/$(basename "$deb")" >>"$cache/apt.log" 2>&1; then
  tail -n 20 "$cache/apt.log"
  say "FAIL: apt-get install ./$(basename "$deb") in a fresh Debian 12"
  exit 1
fi
say "installed with $(grep -c '^Setting up' "$cache/apt.log") packages"

# --- the installed programs, from /usr/bin ---
version=$(sed -n 's/^project(Homecoming VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
# Commands that read a case database act as the demo's administrator (HOMECOMING_PASSWORD=demo
# is set by in_root).
user=(--user admin)
in_root sh -s -- "$version" "${user[@]}" <<'EOF' || { say "FAIL: the installed programs"; exit 1; }
set -eu
version=$1
shift
fail() { echo "check-installed: FAIL: $*"; exit 1; }
for f in /usr/bin/homecoming /usr/bin/homecoming-cli /usr/share/man/man1/homecoming.1.gz \
         /usr/share/man/man1/homecoming-cli.1.gz /usr/share/applications/io.github.homecoming.Homecoming.desktop \
         /usr/share/icons/hicolor/scalable/apps/io.github.homecoming.Homecoming.svg \
         /usr/share/metainfo/io.github.homecoming.Homecoming.metainfo.xml /usr/share/doc/homecoming/copyright; do
  [ -f "$f" ] || fail "$f is not installed"
done
# Every library of the programs and of the platform plugins (xcb for a desktop, offscreen).
for f in /usr/bin/homecoming /usr/bin/homecoming-cli /usr/lib/homecoming/homecoming-cli-report.so \
         /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so \
         /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqoffscreen.so \
         /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so; do
  ! ldd "$f" | grep 'not found' || fail "$f misses libraries"
done
homecoming-cli --version | grep -qx "homecoming-cli $version" || fail "homecoming-cli --version does not say $version"
QT_QPA_PLATFORM=offscreen homecoming --version | grep -q "$version" || fail "homecoming --version does not say $version"
homecoming-cli demo --db /tmp/d.db --scale 0.02 >/tmp/demo.log 2>&1 || { cat /tmp/demo.log; fail "homecoming-cli demo"; }
# Every command but init and demo acts as a person: without --user, refused.
status=0
homecoming-cli operation list --db /tmp/d.db >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "homecoming-cli ran a command without --user"
operation=$(homecoming-cli operation list --db /tmp/d.db "$@" | sed -n '1s/  [0-9].*//p')
[ -n "$operation" ] || fail "the demo database has no operation"
homecoming-cli stats --db /tmp/d.db --operation "$operation" "$@" >/tmp/stats.txt || fail "homecoming-cli stats"
grep -q '^Households covered  *[1-9]' /tmp/stats.txt || { cat /tmp/stats.txt; fail "stats show no household covered"; }
echo "$operation: $(grep '^Households covered' /tmp/stats.txt | tr -s ' ')"
homecoming-cli report --db /tmp/d.db --operation "$operation" --pdf /tmp/r.pdf --lang zh_CN "$@" >/tmp/report.log 2>&1 \
  || { cat /tmp/report.log; fail "homecoming-cli report"; }
[ -s /tmp/r.pdf ] || fail "homecoming-cli report wrote no PDF"
echo "check-installed: the installed programs ran: --version, demo, operation list, stats, report"
EOF

unmount
rm -rf --one-file-system "$root"
say "passed in $(( $(date +%s) - started ))s"
