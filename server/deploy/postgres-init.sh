#!/bin/bash
# Run once by the postgres image on a new data directory: the database and the server's own role.
# The role owns the schema but is neither superuser nor BYPASSRLS, so row-level security holds.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v pw="$MEISHI_DB_PASSWORD" <<'SQL'
CREATE ROLE meishi_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'pw';
CREATE DATABASE meishi OWNER meishi_app;
SQL
