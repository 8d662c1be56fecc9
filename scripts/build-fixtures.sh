#!/usr/bin/env bash
# Builds clnrm's fixture images locally (no registry needed): each image is a rootfs assembled
# from host binaries plus the shared libraries ldd lists, then `docker import`ed.
# Idempotent: the tag is a hash of the recipe and the rootfs bytes; an existing tag is not rebuilt.
#
#   clnrm-fixture/busybox   static busybox with its applets, /etc/passwd, /tmp ...
#   clnrm-fixture/nettools  busybox + iptables (nft and legacy) + ip + tc; run with
#                           --network container:<id> --cap-add NET_ADMIN to shape a target's traffic
#   clnrm-fixture/strace    busybox + strace; run with --pid container:<id> --cap-add SYS_PTRACE to fail or
#                           delay a target's syscalls (strace --inject)
#   clnrm-fixture/node      busybox + the host's node binary, for JavaScript systems under test
#   clnrm-fixture/sut       the node image + fixtures/sut/sut.mjs and the OpenTelemetry SDK packages it
#                           uses (from this project's node_modules): a traced system under test
#
# Real systems under test, built from Debian packages with mmdebstrap (not part of the default set:
# only the suites under tests/real need them; each takes a minute or more and downloads packages):
#   clnrm-fixture/redis     Debian's redis-server and redis-tools (redis-cli)
#   clnrm-fixture/postgres  Debian's postgresql (one cluster, trust authentication, runs as postgres)
#   clnrm-fixture/debian    a small Debian with bash, curl and netcat for clients and probes
#   clnrm-fixture/nginx     Debian's nginx-light (a suite passes its configuration with `nginx -c`)
# Their tag hashes the recipe (suite, mirror, packages, build steps), not the rootfs bytes: mmdebstrap's
# output differs run to run. `docker rmi clnrm-fixture/<name>:latest` and rebuild to pick up Debian updates.
#
# Usage: scripts/build-fixtures.sh [busybox|nettools|strace|node|sut|redis|postgres|debian ...]
#        (default: busybox nettools strace node sut)
set -euo pipefail

REPO=clnrm-fixture
MULTIARCH=x86_64-linux-gnu
PATH_ENV=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

WORK=$(mktemp -d "${TMPDIR:-/tmp}/clnrm-fixtures.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

die() { printf 'build-fixtures: %s\n' "$*" >&2; exit 1; }

# Every host binary copied into an image comes through host_bin, which knows only the binaries
# listed (with their Debian package) in host-packages.sh, the list scripts/setup.sh installs from.
# shellcheck source=host-packages.sh
. "$(dirname "${BASH_SOURCE[0]}")/host-packages.sh"
need() { host_bin "$1" || die "host binary $1 unavailable (see above)"; }

# ---- helpers (part of every image's recipe hash) ----------------------------------------

# Usrmerged skeleton like Debian's: /bin, /sbin, /lib, /lib64 are relative links into /usr,
# so every path ldd reports lands somewhere real inside the rootfs.
skeleton() {
  local root=$1 d
  mkdir -p "$root"/usr/{bin,sbin,lib,lib64} "$root"/{etc,proc,sys,dev,run,root,tmp,var/tmp}
  for d in bin sbin lib lib64; do ln -s "usr/$d" "$root/$d"; done
  chmod 1777 "$root/tmp" "$root/var/tmp"
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' 'nobody:x:65534:65534:nobody:/nonexistent:/bin/false' >"$root/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nobody:x:65534:' >"$root/etc/group"
  printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' 'protocols: files' 'services: files' >"$root/etc/nsswitch.conf"
}

# Copies one host file to the same path in the rootfs, dereferencing links.
# rm first: the destination may be a busybox symlink whose absolute target is the HOST's busybox.
put() {
  local root=$1 src=$2 dst=${3:-$2}
  mkdir -p "$(dirname "$root$dst")"
  rm -f "$root$dst"
  cp -L "$src" "$root$dst"
}

# Copies the shared libraries (and the dynamic loader) that a binary or module needs.
put_libs() {
  local root=$1 file=$2 lib
  for lib in $(ldd "$file" 2>/dev/null | grep -o '/[^ ]*' || true); do
    [ -e "$root$lib" ] || put "$root" "$lib"
  done
}

# A dynamically linked binary plus its libraries, installed at $3 (default: same path as on the host).
put_bin() {
  local root=$1 src=$2 dst=${3:-$2}
  put "$root" "$(readlink -f "$src")" "$dst"
  put_libs "$root" "$src"
}

# busybox-static with every applet as a symlink at busybox's default place for it
# (what `busybox --install -s` does, but into the rootfs instead of the host).
put_busybox() {
  local root=$1 applet
  local busybox
  busybox=$(need /bin/busybox) || exit 1
  put "$root" "$(readlink -f "$busybox")" /usr/bin/busybox
  for applet in $("$busybox" --list-full); do
    # The list names bin/busybox itself, which is /usr/bin/busybox in this usrmerged layout.
    case "$applet" in */busybox) continue ;; esac
    mkdir -p "$(dirname "$root/$applet")"
    ln -sfn /usr/bin/busybox "$root/$applet"
  done
}

# ---- one function per image ---------------------------------------------------------

image_busybox() {
  local root=$1
  skeleton "$root"
  put_busybox "$root"
}

# The iptables inside the image is the variant the host's `iptables` resolves to, because that is
# the backend this kernel (and dockerd, which calls `iptables`) is known to work with.
# Both variants are present as iptables-nft / iptables-legacy for the other case.
image_nettools() {
  local root=$1 variant v f
  local dash ip tc
  dash=$(need /usr/bin/dash) || exit 1
  ip=$(need /usr/bin/ip) || exit 1
  tc=$(need /usr/sbin/tc) || exit 1
  need /usr/sbin/xtables-nft-multi >/dev/null || exit 1
  need /usr/sbin/xtables-legacy-multi >/dev/null || exit 1
  case "$(readlink -f "$(command -v iptables || echo nft)")" in
    *legacy*) variant=legacy ;;
    *) variant=nft ;;
  esac
  skeleton "$root"
  put_busybox "$root"
  # busybox's sh runs its own applets before searching PATH, so `sh -c 'tc ...'` would get busybox's
  # limited tc/ip. dash searches PATH, so the iproute2 tools below are the ones that run.
  put_bin "$root" "$dash" /usr/bin/dash
  ln -sfn dash "$root/usr/bin/sh"
  for v in nft legacy; do
    if [ -x "/usr/sbin/xtables-$v-multi" ]; then
      put_bin "$root" "/usr/sbin/xtables-$v-multi"
      # Debian's names: iptables-nft, iptables-nft-save, ip6tables-legacy-restore, ...
      for f in iptables ip6tables iptables-save iptables-restore ip6tables-save ip6tables-restore; do
        ln -sfn "xtables-$v-multi" "$root/usr/sbin/${f/tables/tables-$v}"
      done
    fi
  done
  for f in iptables ip6tables iptables-save iptables-restore ip6tables-save ip6tables-restore; do
    ln -sfn "xtables-$variant-multi" "$root/usr/sbin/$f"
  done
  # Match/target extensions are dlopen()ed, so ldd of the binary does not see them.
  for f in /usr/lib/$MULTIARCH/xtables/*.so; do
    put "$root" "$f"
    put_libs "$root" "$f"
  done
  # These replace busybox's own ip/tc applets (same /sbin paths), which lack tbf, netns, etc.
  put_bin "$root" "$ip" /usr/sbin/ip
  put_bin "$root" "$tc" /usr/sbin/tc
  # Protocol/service names for `-p tcp`, `--dport ssh`; tc's distribution tables; iproute2 config.
  for f in /etc/protocols /etc/services; do
    if [ -f "$f" ]; then put "$root" "$f"; fi
  done
  if [ -d "/usr/lib/$MULTIARCH/tc" ]; then cp -rL "/usr/lib/$MULTIARCH/tc" "$root/usr/lib/$MULTIARCH/"; fi
  if [ -d /etc/iproute2 ]; then cp -rL /etc/iproute2 "$root/etc/"; fi
}

# strace attaches to a target's processes from a helper sharing its PID namespace; busybox gives the
# helper's script its shell, pidof/ps and /proc readers.
image_strace() {
  local root=$1 strace
  strace=$(need /usr/bin/strace) || exit 1
  skeleton "$root"
  put_busybox "$root"
  put_bin "$root" "$strace" /usr/bin/strace
}

image_node() {
  local root=$1 node
  node=$(command -v node) || die "node not found on PATH"
  skeleton "$root"
  put_busybox "$root"
  put_bin "$root" "$node" /usr/bin/node
}

# The OpenTelemetry packages the test system under test imports (copied with their nested dependencies).
SUT_PACKAGES="api core resources semantic-conventions sdk-trace-base sdk-trace exporter-trace-otlp-http otlp-exporter-base"

image_sut() {
  local root=$1 pkg here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  image_node "$root"
  mkdir -p "$root/app/node_modules/@opentelemetry"
  for pkg in $SUT_PACKAGES; do
    [ -d "$here/node_modules/@opentelemetry/$pkg" ] || die "node_modules/@opentelemetry/$pkg missing: run npm install first"
    cp -R "$here/node_modules/@opentelemetry/$pkg" "$root/app/node_modules/@opentelemetry/$pkg"
  done
  cp "$here/fixtures/sut/sut.mjs" "$root/app/sut.mjs"
}

# ---- images from Debian packages ------------------------------------------------------

# The suite and mirror the host's apt uses (deb.debian.org unless overridden), so the images hold the
# same Debian release as the host and need no network beyond Debian's mirror.
DEBIAN_SUITE=${CLNRM_DEBIAN_SUITE:-bookworm}
DEBIAN_MIRROR=${CLNRM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SECURITY_MIRROR=${CLNRM_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# debian_rootfs TARBALL PACKAGES [HOOK...]: a minbase Debian with PACKAGES, as a tarball.
# mmdebstrap runs packages' postinst scripts without starting services (it installs a policy-rc.d).
# The merged-usr hook makes the /usr links itself: without it bookworm installs usrmerge, and with it perl
# (55 MB). --mode=auto: root's chroot as root, user namespaces otherwise.
debian_rootfs() {
  local tarball=$1 packages=$2; shift 2
  local hook args=()
  for hook in "$@"; do args+=(--customize-hook "$hook"); done
  local mmdebstrap
  mmdebstrap=$(need /usr/bin/mmdebstrap) || exit 1
  "$mmdebstrap" --quiet --variant=minbase --mode=auto --format=tar \
    --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
    --include="$packages" \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
    "${args[@]}" \
    "$DEBIAN_SUITE" "$tarball" \
    "deb $DEBIAN_MIRROR $DEBIAN_SUITE main" \
    "deb $DEBIAN_MIRROR $DEBIAN_SUITE-updates main" \
    "deb $DEBIAN_SECURITY_MIRROR $DEBIAN_SUITE-security main"
}

# Each image's packages are written in its function, so its recipe hash covers them and no other
# image's. procps in each: ps and pkill for people debugging a run (the faults need only pidof and /proc).
debian_redis() {
  debian_rootfs "$1" redis-server,redis-tools,procps
}

# Debian's postinst creates the cluster <major>/main. The hook lets clients in without passwords
# (test data only, on the run's own network) and links <major> as "current" so the image's CMD does
# not name the major version. The socket directory systemd would create is made by the CMD: mmdebstrap
# empties /run.
debian_postgres() {
  debian_rootfs "$1" postgresql,postgresql-client,procps \
    'for d in "$1"/etc/postgresql/*/main; do
       sed -i -E "s/(peer|scram-sha-256|md5)\$/trust/" "$d/pg_hba.conf"
       echo "host all all 0.0.0.0/0 trust" >>"$d/pg_hba.conf"
     done
     ln -sfn "$(basename "$(ls -d "$1"/usr/lib/postgresql/* | head -n1)")" "$1/usr/lib/postgresql/current"
     ln -sfn "$(basename "$(ls -d "$1"/etc/postgresql/* | head -n1)")" "$1/etc/postgresql/current"'
}

debian_debian() {
  debian_rootfs "$1" bash,curl,netcat-openbsd,ca-certificates,procps
}

# nginx-light: the core HTTP modules (proxy, upstream, return), nothing a suite must turn off. The
# package's own site (port 80) is left in place: suites start nginx with a configuration of their own.
debian_nginx() {
  debian_rootfs "$1" nginx-light,procps
}

# build_debian NAME CHANGE... : like build, for images from Debian packages.
build_debian() {
  local name=$1; shift
  local tarball="$WORK/$name/rootfs.tar" hash change args=() started
  hash=$({
    declare -f debian_rootfs "debian_$name"
    printf '%s\n' "$DEBIAN_SUITE" "$DEBIAN_MIRROR" "$DEBIAN_SECURITY_MIRROR" "ENV PATH=$PATH_ENV" "$@"
  } | sha256sum | cut -c1-12)
  if docker image inspect "$REPO/$name:$hash" >/dev/null 2>&1; then
    docker tag "$REPO/$name:$hash" "$REPO/$name:latest"
    echo "build-fixtures: $REPO/$name:$hash up to date"
    return
  fi
  mkdir -p "$WORK/$name"
  started=$(date +%s)
  need /usr/bin/mmdebstrap >/dev/null || exit 1
  # mmdebstrap's hooks talk even with --quiet: its output is shown only when it fails.
  if ! "debian_$name" "$tarball" >"$WORK/$name/mmdebstrap.log" 2>&1; then
    cat "$WORK/$name/mmdebstrap.log" >&2
    die "mmdebstrap failed for $REPO/$name (output above)"
  fi
  for change in "ENV PATH=$PATH_ENV" "$@"; do args+=(--change "$change"); done
  docker import "${args[@]}" "$tarball" "$REPO/$name:$hash" >/dev/null
  docker tag "$REPO/$name:$hash" "$REPO/$name:latest"
  echo "build-fixtures: $REPO/$name:$hash built ($(du -h "$tarball" | cut -f1), $(($(date +%s) - started)) s)"
  drop_old_tags "$name" "$hash"
}

# Drops superseded hash tags; one still used by a container stays (rmi without --force fails).
drop_old_tags() {
  local name=$1 hash=$2 old
  for old in $(docker image ls "$REPO/$name" --format '{{.Tag}}'); do
    case "$old" in "$hash"|latest) ;; *) docker rmi "$REPO/$name:$old" >/dev/null 2>&1 || true ;; esac
  done
}

# ---- build driver ---------------------------------------------------------------------

# build NAME CHANGE... : assembles the rootfs with image_NAME, hashes, imports unless the tag exists.
build() {
  local name=$1; shift
  local root="$WORK/$name/rootfs" tarball="$WORK/$name/rootfs.tar" hash change args=()
  mkdir -p "$root"
  "image_$name" "$root"
  # Deterministic tar (sorted names, zero mtimes and owners) so the same inputs give the same hash.
  tar -C "$root" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$tarball" .
  hash=$({
    declare -f skeleton put put_libs put_bin put_busybox image_node "image_$name"
    printf '%s\n' "ENV PATH=$PATH_ENV" "$@"
    cat "$tarball"
  } | sha256sum | cut -c1-12)

  if docker image inspect "$REPO/$name:$hash" >/dev/null 2>&1; then
    docker tag "$REPO/$name:$hash" "$REPO/$name:latest"
    echo "build-fixtures: $REPO/$name:$hash up to date"
    return
  fi
  # No LABELs: containers inherit image labels, and clnrm's labels belong to per-run resources only.
  for change in "ENV PATH=$PATH_ENV" "$@"; do args+=(--change "$change"); done
  docker import "${args[@]}" "$tarball" "$REPO/$name:$hash" >/dev/null
  docker tag "$REPO/$name:$hash" "$REPO/$name:latest"
  echo "build-fixtures: $REPO/$name:$hash built ($(du -h "$tarball" | cut -f1))"
  drop_old_tags "$name" "$hash"
}

command -v docker >/dev/null || die "docker CLI missing: run scripts/ensure-engine.sh"
docker info >/dev/null 2>&1 || die "no Docker engine answers: run scripts/ensure-engine.sh (or set DOCKER_HOST)"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(busybox nettools strace node sut)
for t in "${targets[@]}"; do
  case "$t" in
    busybox) build busybox 'CMD ["/bin/sh"]' ;;
    nettools) build nettools 'CMD ["/bin/sh"]' ;;
    strace) build strace 'CMD ["/bin/sh"]' ;;
    node) build node 'CMD ["node"]' 'WORKDIR /' ;;
    sut) build sut 'CMD ["node", "/app/sut.mjs", "serve", "8080"]' 'WORKDIR /app' ;;
    # No config file: redis-server's defaults (foreground, no persistence file beyond dump.rdb in
    # the working directory); protected mode off because clients come from other containers.
    redis) build_debian redis 'CMD ["redis-server", "--protected-mode", "no", "--bind", "0.0.0.0"]' 'WORKDIR /var/lib/redis' ;;
    # The shell makes the socket directory, then setpriv execs postgres as the postgres user: no su or
    # shell stays between the container's init and the server, so a SIGKILL to it is the server's crash.
    postgres) build_debian postgres 'CMD ["sh", "-c", "install -d -o postgres -g postgres /run/postgresql && exec setpriv --reuid=postgres --regid=postgres --init-groups /usr/lib/postgresql/current/bin/postgres -D /etc/postgresql/current/main -c listen_addresses=*"]' 'EXPOSE 5432' ;;
    debian) build_debian debian 'CMD ["/bin/bash"]' ;;
    nginx) build_debian nginx 'CMD ["nginx", "-g", "daemon off;"]' 'EXPOSE 80' ;;
    *) die "unknown fixture '$t' (known: busybox nettools strace node sut redis postgres debian nginx)" ;;
  esac
done
