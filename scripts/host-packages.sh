# The host binaries the set-up and the fixture build rely on, with the Debian package of each.
# One list: scripts/setup.sh installs from it, scripts/build-fixtures.sh copies only binaries named
# here (host_bin dies on any other), and a test checks that the two agree.
# Also the tools tests need on the host (chromium: the HTML report's browser test).
# Format: one "binary-path package" pair per line.
HOST_PACKAGES='
/bin/busybox busybox-static
/usr/bin/dash dash
/usr/bin/ip iproute2
/usr/sbin/tc iproute2
/usr/sbin/xtables-nft-multi iptables
/usr/sbin/xtables-legacy-multi iptables
/usr/bin/xmllint libxml2-utils
/usr/bin/strace strace
/usr/bin/unshare util-linux
/usr/bin/nsenter util-linux
/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 libfaketime
/usr/bin/chromium chromium
/usr/bin/mmdebstrap mmdebstrap
'

# host_bin PATH: prints PATH when it is in the list and present; dies naming the package otherwise.
host_bin() {
  local want=$1 pkg
  pkg=$(printf '%s\n' "$HOST_PACKAGES" | awk -v p="$want" '$1 == p { print $2; exit }')
  [ -n "$pkg" ] || { printf 'host_bin: %s is not in scripts/host-packages.sh: add it with its Debian package\n' "$want" >&2; return 1; }
  [ -e "$want" ] || { printf '%s missing: run scripts/setup.sh as root, or apt-get install %s\n' "$want" "$pkg" >&2; return 1; }
  printf '%s\n' "$want"
}

# Debian packages whose binaries are missing on this host (space-separated, deduplicated).
missing_host_packages() {
  printf '%s\n' "$HOST_PACKAGES" | awk 'NF == 2 { print }' | while read -r bin pkg; do
    [ -e "$bin" ] || echo "$pkg"
  done | sort -u | paste -sd " " -
}
