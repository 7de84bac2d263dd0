#!/usr/bin/env bash
# ./dev server: a local PostgreSQL 15 server holding the demo city, for trying Homecoming's
# server mode (issue 11, outcome 7).
#   tests/pg/local-server.sh PATH/TO/homecoming-cli
# The cluster lives in demo/pg (kept between runs; delete the folder to start afresh), listens
# on a Unix socket in that folder only (no TCP port), and runs as the calling user (postgres
# through runuser when called as root). Its superuser is named after the calling user, so that
# the GUI and the CLI, which connect as the user running them, get in (local trust: only who
# can reach the socket folder can connect).
# On the first run it creates the database "homecoming" (UTF-8 locale) and loads the demo city
# into it (`homecoming-cli demo`, scale HC_DEMO_SCALE, default 0.2): it is built as
# "homecoming_loading" and renamed when complete, so an interrupted run leaves no half-loaded
# "homecoming". A later run keeps the data and only starts the server. Every demo account's
# password is "demo" (the administrator's badge: admin).
set -euo pipefail
cli=$(realpath "$1")
cd "$(dirname "$0")/../.."
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
dir=$(pwd)/demo/pg
scale=${HC_DEMO_SCALE:-0.2}
database=homecoming
superuser=$(id -un)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi
if [ ! -x "$PGBIN/initdb" ]; then
  echo "dev server: $PGBIN/initdb not found (apt-get install postgresql-15 postgresql-contrib)" >&2
  exit 1
fi
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir" && chmod 700 "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  "${as_owner[@]}" "$PGBIN/initdb" -D "$dir/data" -U "$superuser" --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log"
  echo "$superuser" >"$dir/superuser"
fi
# A cluster made by an older version of this script has the superuser postgres.
superuser=$(cat "$dir/superuser" 2>/dev/null || echo postgres)
if ! "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir" start >/dev/null
fi
# sql DATABASE STATEMENT: one statement as the superuser, its rows unaligned.
sql() { PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -U "$superuser" -d "$1" -At -c "$2"; }
uri="postgresql://$superuser@/$database?host=$dir"

if [ -z "$(sql postgres "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
  loading=${database}_loading
  sql postgres "DROP DATABASE IF EXISTS $loading WITH (FORCE)"
  sql postgres "CREATE DATABASE $loading ENCODING 'UTF8' TEMPLATE template0"
  echo "dev server: loading the demo city (scale $scale) into the server ..." >&2
  start=$(date +%s)
  "$cli" demo --db "postgresql://$superuser@/$loading?host=$dir" --scale "$scale" --json >"$dir/demo.json"
  sql postgres "ALTER DATABASE $loading RENAME TO $database"
  echo "dev server: demo loaded in $(($(date +%s) - start)) s: $(tr -d '\n ' <"$dir/demo.json")" >&2
else
  echo "dev server: the database $database is there already; its data are kept" >&2
fi
# The demo's administrator signs in and the audit chain holds: the server is ready to use.
HOMECOMING_PASSWORD=demo "$cli" audit verify --db "$uri" --user admin >/dev/null
operation=$(sql "$database" "SELECT name FROM operations ORDER BY id LIMIT 1")
gui=$(dirname "$cli")/homecoming
cat <<TXT
PostgreSQL 15 is running with the Homecoming demo city (data in $dir).
  GUI:   $gui, then "Connect to a server…": Server $dir, Port 5432, Database $database;
         sign in with badge admin, password demo (every demo account's password is demo).
         Or directly: $gui --db '$uri'
  CLI:   HOMECOMING_PASSWORD=demo $cli stats --db '$uri' --user admin --operation '$operation'
  psql:  $PGBIN/psql '$uri'
  Stop:  ${as_owner[*]}${as_owner:+ }$PGBIN/pg_ctl -D $dir/data stop
  Anew:  stop it, delete $dir, run ./dev server again
TXT
