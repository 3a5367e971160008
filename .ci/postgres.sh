#!/bin/sh
# Install the PostgreSQL server binaries that the store tests start on loopback (tests/pg.py runs
# initdb + pg_ctl in a temp dir as the `postgres` OS user the Debian package creates).
# Idempotent and quiet: does nothing when initdb is already there. CI runs as root on Debian 12.
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# The package's own cluster is not used (and may fail to start without systemd): ignore that noise.
$SUDO apt-get install -y -qq postgresql >/dev/null 2>&1 || {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgres.sh: apt-get install postgresql failed" >&2; exit 1; }
}
ls /usr/lib/postgresql/*/bin/initdb >/dev/null
