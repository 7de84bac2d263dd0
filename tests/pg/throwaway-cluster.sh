#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for one run of a command (issue 11, outcome 7):
#   tests/pg/throwaway-cluster.sh COMMAND [ARGS...]
# initdb into a fresh temporary folder (UTF-8 locale C.UTF-8, so pg_trgm extracts trigrams
# from Chinese text), a Unix socket in that folder and no TCP port, run as a non-root user
# (postgres, through runuser, when called as root). COMMAND runs with HC_TEST_PG set to the
# cluster's libpq URI (postgresql:///postgres?host=FOLDER, the superuser that owns the
# cluster, which connects without a password; any other role needs its SCRAM-SHA-256
# password); the cluster is stopped and the folder deleted afterwards, also when COMMAND fails
# or the script is interrupted. The exit status is COMMAND's. HC_TEST_PG_CONTROL names a script
# that stops or starts the cluster again (`control stop`, `control start`).
# Without PostgreSQL 15 installed, COMMAND runs without HC_TEST_PG (the PostgreSQL test rows
# then skip with a message).
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
if [ ! -x "$PGBIN/initdb" ]; then
  echo "throwaway-cluster: $PGBIN/initdb not found; running without PostgreSQL" >&2
  exec "$@"
fi

as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
fi

# The cluster lives in memory (/dev/shm) where there is room for it: creating the tests' databases
# (one per test function) is then I/O-free. HC_TEST_PG_PARENT chooses another folder.
parent=${HC_TEST_PG_PARENT:-}
if [ -z "$parent" ]; then
  parent=/tmp
  shm_free=$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')
  [ -w /dev/shm ] && [ "${shm_free:-0}" -gt 2097152 ] && parent=/dev/shm
fi
dir=$(mktemp -d "$parent/hc-pg.XXXXXX")
[ "$(id -u)" -eq 0 ] && chown "$owner" "$dir" && chmod 700 "$dir"

cleanup() {
  "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${as_owner[@]}" "$PGBIN/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# The owner connects without a password (trust); every other role, such as the Homecoming
# users' login roles, with its SCRAM-SHA-256 password, as on a real server.
printf 'local all %s trust\nlocal all all scram-sha-256\n' "$owner" >"$dir/data/pg_hba.conf"
options="-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=200"
"${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$options" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
# `$dir/control stop|start` stops or starts this server again, for the tests of a server that
# goes away (tst_server_link, which ctest runs alone).
{
  echo '#!/bin/sh'
  printf 'exec %s "%s/pg_ctl" -D "%s/data" -l "%s/server.log" -w -m fast -o "%s" "$1" >/dev/null\n' \
    "${as_owner[*]}" "$PGBIN" "$dir" "$dir" "$options"
} >"$dir/control"
chmod 755 "$dir/control"
export HC_TEST_PG_CONTROL="$dir/control"

export HC_TEST_PG="postgresql://$owner@/postgres?host=$dir"
echo "throwaway-cluster: PostgreSQL 15 at $HC_TEST_PG" >&2
set +e
"$@"
status=$?
set -e
exit $status
