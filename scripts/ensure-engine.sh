#!/bin/sh
# Makes sure a Docker engine answers. Idempotent: a running engine is never restarted or reconfigured.
# Exit 0 when `docker info` answers (honouring DOCKER_HOST), 1 with instructions otherwise.
set -u

LOG=/var/log/clnrm-dockerd.log
LOCK=/var/lock/clnrm-ensure-engine.lock
WAIT_SECONDS=${CLNRM_ENGINE_WAIT:-60}

say() { printf 'ensure-engine: %s\n' "$*"; }
die() { printf 'ensure-engine: %s\n' "$*" >&2; exit 1; }

engine_answers() {
  command -v docker >/dev/null 2>&1 || return 1
  # timeout: a wedged socket must not hang the set-up.
  timeout 15 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

report_running() {
  v=$(timeout 15 docker info --format '{{.ServerVersion}}' 2>/dev/null)
  say "engine answers at ${DOCKER_HOST:-unix:///var/run/docker.sock} (server ${v:-unknown})"
}

if engine_answers; then report_running; exit 0; fi

# A remote/custom DOCKER_HOST that does not answer cannot be fixed by starting a local dockerd.
case "${DOCKER_HOST:-}" in
  ''|unix:///var/run/docker.sock|unix:///run/docker.sock) ;;
  *) die "DOCKER_HOST=$DOCKER_HOST does not answer \`docker info\`. Start that engine, or unset DOCKER_HOST to use the local /var/run/docker.sock." ;;
esac

if [ -S /var/run/docker.sock ] && [ ! -w /var/run/docker.sock ]; then
  die "/var/run/docker.sock exists but $(id -un) may not use it. Run as root, or add yourself to the docker group (sudo usermod -aG docker $(id -un), then log in again)."
fi

if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
  die "no Docker engine answers at /var/run/docker.sock. Start Docker (e.g. \`sudo systemctl start docker\` or Docker Desktop), or set DOCKER_HOST to an engine that answers (e.g. export DOCKER_HOST=unix:///path/to/docker.sock), then rerun this script. (This script only starts dockerd itself when run as root on Debian.)"
fi

# Serialise concurrent set-ups so only one of them starts dockerd.
if [ -z "${CLNRM_ENGINE_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
  mkdir -p "$(dirname "$LOCK")"
  # -o: the lock fd must not leak into dockerd, or the lock would live as long as the engine.
  CLNRM_ENGINE_LOCKED=1 exec flock -o -w 180 "$LOCK" sh "$0" "$@"
fi
# Another invocation may have started it while we waited for the lock.
if engine_answers; then report_running; exit 0; fi

if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  say "installing docker.io with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null || die "apt-get update failed"
  apt-get install -y -q --no-install-recommends docker.io iptables >/dev/null || die "apt-get install docker.io iptables failed"
fi

# The default engine's own pid file, not `pidof dockerd`: other dockerds (private engines of tests,
# with their own sockets) must neither be waited for nor stop us from starting this one.
if [ -f /var/run/docker.pid ] && pid=$(cat /var/run/docker.pid) && kill -0 "$pid" 2>/dev/null; then
  # Started but not answering yet: wait for it rather than start a second one.
  say "dockerd already running (pid $pid), waiting for it to answer"
else
  # A pid file left by a dockerd that died makes the next dockerd refuse to start.
  rm -f /var/run/docker.pid
  say "starting dockerd (log: $LOG)"
  # setsid+nohup: dockerd must outlive the npm script / shell that ran us.
  setsid nohup dockerd >>"$LOG" 2>&1 </dev/null &
fi

i=0
while [ "$i" -lt "$WAIT_SECONDS" ]; do
  if engine_answers; then report_running; exit 0; fi
  sleep 1
  i=$((i + 1))
done

printf 'ensure-engine: dockerd did not answer within %ss. Last lines of %s:\n' "$WAIT_SECONDS" "$LOG" >&2
tail -n 30 "$LOG" >&2 2>/dev/null
exit 1
