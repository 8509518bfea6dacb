#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster as a non-root user on 127.0.0.1 and exports MEISHI_TEST_PG_URL.
# Sourced by .ci/run; safe to run by hand: `source .ci/postgres.sh`.
set -euo pipefail
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT="${PG_PORT:-55432}"
PG_DIR=$(mktemp -d /tmp/meishi-pg.XXXXXX)
PG_USER=postgres
if ! id "$PG_USER" >/dev/null 2>&1; then useradd --system --no-create-home "$PG_USER"; fi
chown "$PG_USER" "$PG_DIR"
run_pg() { if [ "$(id -u)" = 0 ]; then su "$PG_USER" -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
run_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U meishi --auth=trust -E UTF8 >/dev/null"
run_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -o '-k $PG_DIR -p $PG_PORT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' -l '$PG_DIR/log' -w start >/dev/null"
run_pg "'$PG_BIN/createdb' -h 127.0.0.1 -p $PG_PORT -U meishi meishi_test"
export MEISHI_TEST_PG_URL="postgres://meishi@127.0.0.1:${PG_PORT}/meishi_test"
export MEISHI_TEST_PG_BIN="$PG_BIN"
echo "ci: postgres ready at $MEISHI_TEST_PG_URL"
