#!/usr/bin/env bash
# `npm test`: builds, makes sure the system services the suite needs exist (PostgreSQL 15 and
# Chromium from Debian; installed with apt when missing and we are root), starts a throwaway
# PostgreSQL on a loopback port unless CLAIMTRAIL_TEST_PG_URL points at one, and runs vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

need=()
[ -x "${CLAIMTRAIL_CHROMIUM:-/usr/bin/chromium}" ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing ${need[*]} from apt" >&2
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test: missing ${need[*]}; install them with apt (as root) first" >&2
    exit 1
  fi
fi
export CLAIMTRAIL_CHROMIUM="${CLAIMTRAIL_CHROMIUM:-/usr/bin/chromium}"

if [ -z "${CLAIMTRAIL_TEST_PG_URL:-}" ]; then
  # initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdir=$(mktemp -d /tmp/claimtrail-test-pg.XXXXXX)
  as=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$pgdir"; as=(runuser -u postgres --); fi
  port=$(( 20000 + RANDOM % 20000 ))
  "${as[@]}" "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null
  "${as[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$pgdir/log" -w start >/dev/null
  trap '"${as[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
  export CLAIMTRAIL_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export CLAIMTRAIL_TEST_PG_BIN="$pgbin"
fi

npm run build --silent
npx vitest run "$@"
