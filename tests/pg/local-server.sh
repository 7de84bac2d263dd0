#!/usr/bin/env bash
# ./dev server: a local PostgreSQL 15 server for trying Homecoming's server mode.
#   tests/pg/local-server.sh PATH/TO/homecoming-cli
# The cluster lives in demo/pg (kept between runs; delete the folder to start afresh), listens
# on a Unix socket in that folder only, and runs as the calling user (postgres through runuser
# when called as root). On its first start it creates the database "homecoming" (UTF-8 locale)
# and runs `homecoming-cli server init` with the administrator admin, whose password is
# HOMECOMING_PASSWORD (default: homecoming-demo-2026).
set -euo pipefail
cli=$(realpath "$1")
cd "$(dirname "$0")/../.."
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
dir=$(pwd)/demo/pg
owner=$(id -un)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
fi
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown "$owner" "$dir" && chmod 700 "$dir"
fresh=0
if [ ! -f "$dir/data/PG_VERSION" ]; then
  "${as_owner[@]}" "$PGBIN/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log"
  fresh=1
fi
if ! "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir" start >/dev/null
fi
uri="postgresql://$owner@/homecoming?host=$dir"
if [ "$fresh" = 1 ]; then
  "$PGBIN/psql" -q -h "$dir" -U "$owner" -d postgres \
    -c "CREATE DATABASE homecoming ENCODING 'UTF8' TEMPLATE template0"
  HOMECOMING_PASSWORD=${HOMECOMING_PASSWORD:-homecoming-demo-2026} \
    "$cli" server init --db "$uri" --admin-badge admin --admin-name "Demo administrator"
fi
cat <<TXT
PostgreSQL 15 is running for Homecoming (data in $dir).
  Connect:   $(dirname "$cli")/homecoming-cli stats --db '$uri' --user admin ...
  psql:      psql '$uri'
  Stop:      ${as_owner[*]} $PGBIN/pg_ctl -D $dir/data stop
TXT
