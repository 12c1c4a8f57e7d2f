#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster from the system's server binaries, on loopback
# only, as the postgres user (initdb and pg_ctl refuse to run as root).
#   scripts/pg.sh start DIR PORT   prints the connection URL
#   scripts/pg.sh stop DIR
set -euo pipefail

cmd=${1:?usage: pg.sh start DIR PORT | stop DIR}
dir=${2:?data directory}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  if [ "${CI:-}" = true ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL server" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "PostgreSQL server binaries not found; install them with: sudo apt-get install postgresql" >&2
    exit 1
  fi
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    # Run from a directory the postgres user can read; root's cwd may be closed to it.
    (cd / && su postgres -s /bin/sh -c "$*")
  else
    sh -c "$*"
  fi
}

case "$cmd" in
start)
  port=${3:?port}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_pg "'$bindir/initdb' -D '$dir' -U postgres -A trust -E UTF8 --no-locale" >/dev/null
  fi
  as_pg "'$bindir/pg_ctl' -D '$dir' -l '$dir/server.log' -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c max_connections=300 -c fsync=on\" start" >/dev/null
  echo "postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable"
  ;;
stop)
  [ -f "$dir/postmaster.pid" ] && as_pg "'$bindir/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null || true
  ;;
*)
  echo "usage: pg.sh start DIR PORT | stop DIR" >&2
  exit 2
  ;;
esac
