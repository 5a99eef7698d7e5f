#!/bin/bash
# The entrypoint of CI's locally built PostgreSQL image. It keeps the official postgres image's contract, which
# Testcontainers' PostgreSQLContainer relies on:
#   - POSTGRES_USER (default postgres), POSTGRES_PASSWORD (required), POSTGRES_DB (default: the user name);
#   - port 5432, password (SCRAM-SHA-256) authentication for TCP connections;
#   - on the first start, a temporary server creates the database and stops, then the real server starts, so
#     "database system is ready to accept connections" is logged twice (Testcontainers waits for the second);
#   - the command is "postgres" followed by server options (Testcontainers passes "postgres -c fsync=off").
set -euo pipefail

PGBIN=/usr/local/pgsql/bin
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
POSTGRES_USER="${POSTGRES_USER:-postgres}"
POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"

if [ "${1:-}" = postgres ]; then
  shift
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "POSTGRES_PASSWORD is not set: set it to the superuser's password (as with the official image)." >&2
    exit 1
  fi
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  "$PGBIN/initdb" --username="$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  {
    echo "listen_addresses = '*'"
    echo "unix_socket_directories = '/tmp'"
  } >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"

  # The image carries only initdb, pg_ctl and postgres (zonky's binaries: no psql), so the database is created in
  # single-user mode before any server runs.
  if [ "$POSTGRES_DB" != postgres ]; then
    echo "CREATE DATABASE \"${POSTGRES_DB//\"/\"\"}\"" | "$PGBIN/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
  # The official image runs its init scripts on a temporary server listening on the Unix socket only; this image
  # has no init scripts, but keeps the phase, whose "ready to accept connections" line Testcontainers counts.
  "$PGBIN/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start
  "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop
fi

exec "$PGBIN/postgres" "$@"
