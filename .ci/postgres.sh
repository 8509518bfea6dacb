#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster as a non-root user on 127.0.0.1 and exports MEISHI_TEST_PG_URL.
# Sourced by .ci/run; safe to run by hand: `source .ci/postgres.sh`. Run as a script it prints the
# `export …` lines instead (eval "$(bash .ci/postgres.sh)"). `bash .ci/postgres.sh stop [dir]` stops one.
# Installs PostgreSQL from Debian packages when it is missing. Settings favour speed (no fsync): the
# cluster is thrown away; MEISHI_PG_DURABLE=1 keeps the defaults (for benchmarks).
set -euo pipefail

if [ "${1:-}" = stop ]; then
  dir="${2:-${MEISHI_TEST_PG_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "postgres.sh: nothing to stop" >&2; exit 0; }
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null
  else "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
  rm -rf "$dir"
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# The first free port from PG_PORT (default 55432) on.
PG_PORT="${PG_PORT:-55432}"
while (echo >"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done

PG_DIR=$(mktemp -d /tmp/meishi-pg.XXXXXX)
PG_USER=postgres
# initdb refuses to run as root: as root, run the cluster as the postgres user (made if missing).
if [ "$(id -u)" = 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then useradd --system --no-create-home "$PG_USER"; fi
[ "$(id -u)" = 0 ] && chown "$PG_USER" "$PG_DIR"
chmod 755 "$PG_DIR"
run_pg() { if [ "$(id -u)" = 0 ]; then su "$PG_USER" -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

PG_OPTS="-k $PG_DIR -p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200"
if [ "${MEISHI_PG_DURABLE:-0}" != 1 ]; then
  PG_OPTS="$PG_OPTS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
run_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U meishi --auth=trust -E UTF8 >/dev/null"
run_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -o '$PG_OPTS' -l '$PG_DIR/log' -w start >/dev/null"
run_pg "'$PG_BIN/createdb' -h 127.0.0.1 -p $PG_PORT -U meishi meishi_test"

export MEISHI_TEST_PG_URL="postgres://meishi@127.0.0.1:${PG_PORT}/meishi_test"
export MEISHI_TEST_PG_BIN="$PG_BIN"
export MEISHI_TEST_PG_DIR="$PG_DIR"
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "export MEISHI_TEST_PG_URL=$MEISHI_TEST_PG_URL"
  echo "export MEISHI_TEST_PG_BIN=$MEISHI_TEST_PG_BIN"
  echo "export MEISHI_TEST_PG_DIR=$MEISHI_TEST_PG_DIR"
  echo "# the server: DATABASE_URL=$MEISHI_TEST_PG_URL npm run server -- start"
else
  echo "ci: postgres ready at $MEISHI_TEST_PG_URL (stop: bash .ci/postgres.sh stop $PG_DIR)"
fi
