#!/usr/bin/env bash
# Makes the base image debian:bookworm-slim on this Docker engine, so that fixer's Dockerfiles build
# where no image registry is reachable: pulls it when a registry answers, and otherwise builds it
# locally with debootstrap (minbase) and `docker import`. Does nothing when the image is there.
#
#   bash docker/base-image.sh            # make debian:bookworm-slim if missing
#   FIXER_REBUILD_BASE=1 bash docker/base-image.sh   # make it again
#
# Needs root (debootstrap), the debootstrap package and a reachable Debian mirror
# (FIXER_DEBIAN_MIRROR, default http://deb.debian.org/debian).
set -euo pipefail

image="debian:bookworm-slim"
mirror="${FIXER_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ "${FIXER_REBUILD_BASE:-0}" != 1 ] && docker image inspect "$image" >/dev/null 2>&1; then
  echo "base-image: $image is already here"
  exit 0
fi
if [ "${FIXER_REBUILD_BASE:-0}" != 1 ] && docker pull -q "$image" >/dev/null 2>&1; then
  echo "base-image: pulled $image"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "base-image: no registry gave $image, and debootstrap must run as root: run this script with sudo" >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  echo "base-image: debootstrap is not installed: apt-get install -y debootstrap" >&2
  exit 2
fi

root="$(mktemp -d /var/tmp/fixer-bookworm.XXXXXX)"
trap 'rm -rf "$root"' EXIT
echo "base-image: no registry gave $image; building it with debootstrap from $mirror (about a minute)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || {
  echo "base-image: debootstrap failed; its log:" >&2
  tail -20 "$root.log" >&2
  exit 1
}
rm -f "$root.log"
# As the registry's slim image: no package lists or downloaded packages left behind.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb "$root"/var/log/*.log
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
tar -C "$root" -c . | docker import \
  --change 'CMD ["bash"]' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  - "$image" >/dev/null
echo "base-image: made $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%d MB", $1/1000000}'))"
