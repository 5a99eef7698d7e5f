#!/usr/bin/env bash
# Runs the README's quickstart and CLI commands as written:
# the example service on embedded PostgreSQL (POST /projects, GET /health, SIGTERM), `config` with a Neon URL,
# and `doctor` against the machine's PostgreSQL service.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18080
log=$(mktemp)

# The README's first command is `mvn -B -q package -DskipTests && java -jar example/target/neonkit-example.jar`.
mvn -B -q package -DskipTests

env -u DATABASE_URL PORT=$port java -jar example/target/neonkit-example.jar >"$log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
  grep -q '^Serving http' "$log" && break
  kill -0 "$service" 2>/dev/null || { cat "$log"; echo "the example stopped during start-up" >&2; exit 1; }
  sleep 1
done
grep -q '^Serving http' "$log" || { cat "$log"; echo "the example did not start within 120 s" >&2; exit 1; }
grep -q 'THROWN AWAY' "$log"

created=$(curl -sS -i -X POST "localhost:$port/projects" -d '{"name": "Launch"}')
echo "$created"
echo "$created" | grep -q '^HTTP/1.1 201'
echo "$created" | grep -q '"name":"Launch"'
health=$(curl -sS "localhost:$port/health")
echo "$health"
echo "$health" | grep -q '"status":"UP"'

kill -TERM "$service"
wait "$service" || true
cat "$log"
grep -q '^Stopped.' "$log"

cli=cli/target/neonkit-cli.jar
config=$(DATABASE_URL='postgresql://alex:AbC123dEf@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require&channel_binding=require' \
  java -jar "$cli" config 2>&1)
echo "$config"
echo "$config" | grep -q '^directJdbcUrl=jdbc:postgresql://ep-cool-darkness-123456.us-east-2.aws.neon.tech:5432/'
echo "$config" | grep -q '^password=\*\*\*\*$'
if echo "$config" | grep -q 'AbC123dEf'; then echo "config printed the password" >&2; exit 1; fi

DATABASE_URL='postgresql://postgres@127.0.0.1:5432/test?sslmode=disable' java -jar "$cli" doctor
if DATABASE_URL='postgresql://postgres@127.0.0.1:5999/test?sslmode=disable' NEONKIT_STARTUP_RETRIES=0 \
    java -jar "$cli" doctor; then
  echo "doctor reported success against a closed port" >&2; exit 1
fi
echo "quickstart commands: ok"
