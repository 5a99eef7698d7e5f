#!/usr/bin/env bash
# Starts PgBouncer in transaction mode on 127.0.0.1:6432 in front of the machine's PostgreSQL
# service (127.0.0.1:5432, trust authentication), the way Neon's -pooler endpoint works.
# Usage: .ci/pgbouncer.sh start|stop|url
# PgBouncer refuses to run as root, so it runs as the postgres system user from a folder it owns.
set -euo pipefail

PGB_PORT=${PGB_PORT:-6432}
PGB_DIR=${PGB_DIR:-/tmp/neonkit-pgbouncer}

start() {
  if ! command -v pgbouncer >/dev/null 2>&1; then
    echo "pgbouncer is not installed: apt-get install -y pgbouncer" >&2
    exit 1
  fi
  stop
  mkdir -p "$PGB_DIR"
  cat > "$PGB_DIR/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${PGB_PORT}
unix_socket_dir =
auth_type = trust
auth_file = ${PGB_DIR}/userlist.txt
pool_mode = transaction
max_client_conn = 200
default_pool_size = 20
; Like Neon's pooler: only these startup parameters pass.
ignore_startup_parameters = extra_float_digits
logfile = ${PGB_DIR}/pgbouncer.log
pidfile = ${PGB_DIR}/pgbouncer.pid
admin_users = postgres
INI
  printf '"postgres" ""\n' > "$PGB_DIR/userlist.txt"
  chown -R postgres "$PGB_DIR"
  pgbouncer -d -u postgres "$PGB_DIR/pgbouncer.ini"
  for _ in $(seq 1 50); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$PGB_PORT") 2>/dev/null; then
      echo "PgBouncer listening on 127.0.0.1:${PGB_PORT} (transaction mode)"
      return 0
    fi
    sleep 0.2
  done
  echo "PgBouncer did not start; its log:" >&2
  cat "$PGB_DIR/pgbouncer.log" >&2 || true
  exit 1
}

stop() {
  if [ -f "$PGB_DIR/pgbouncer.pid" ]; then
    kill "$(cat "$PGB_DIR/pgbouncer.pid")" 2>/dev/null || true
    rm -f "$PGB_DIR/pgbouncer.pid"
    sleep 0.5
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "postgresql://postgres@127.0.0.1:${PGB_PORT}/test?sslmode=disable" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
