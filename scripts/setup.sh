#!/bin/sh
# One idempotent set-up: dependencies, build, Docker engine, fixture images.
# Prints a line per stage; on failure prints the failing stage's full output and exits non-zero.
set -e

cd "$(dirname "$0")/.."
LOG=$(mktemp "${TMPDIR:-/tmp}/clnrm-setup.XXXXXX")
trap 'rm -f "$LOG"' EXIT

# stage NAME COMMAND...: runs quietly, shows everything if it fails.
stage() {
  name=$1; shift
  if "$@" >"$LOG" 2>&1; then
    echo "setup: $name ok"
  else
    status=$?
    echo "setup: $name FAILED (exit $status): $*" >&2
    cat "$LOG" >&2
    exit "$status"
  fi
}

# npm install only when needed: it is slow and may touch the network.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  stage "npm install" npm install --no-audit --no-fund
else
  echo "setup: npm install skipped (node_modules up to date)"
fi
stage "build" npm run build
# Host packages (busybox-static, iptables, iproute2, xmllint, strace, libfaketime, mmdebstrap, ...): the fixture
# build copies these binaries into images and the tests use them. One list: scripts/host-packages.sh.
. ./scripts/host-packages.sh
missing=$(missing_host_packages)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    stage "host packages ($missing)" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing"
  else
    echo "setup: host packages missing: $missing" >&2
    echo "setup: install them (Debian: sudo apt-get install -y $missing) and rerun" >&2
    exit 1
  fi
else
  echo "setup: host packages ok"
fi
stage "engine" sh scripts/ensure-engine.sh
stage "fixtures" bash scripts/build-fixtures.sh
