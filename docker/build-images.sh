#!/usr/bin/env bash
# Builds fixer's images on this Docker engine:
#   fixer:latest and fixer:<version>   the runtime image, from the Dockerfile at the root
#   fixer-sandbox:<hash>               fixer's default sandbox image, tagged as fixer computes it
#                                      (the first 12 hex digits of the SHA-256 of its Dockerfile)
# and first the base image debian:bookworm-slim when it is missing (docker/base-image.sh).
# Re-runs take seconds: Docker's layer cache keeps what did not change.
#
#   bash docker/build-images.sh
#
# The runtime image's build stage downloads from Maven Central. Where a proxy re-signs TLS, it must
# trust that proxy's CA: it is given the PEM file FIXER_EXTRA_CA_CERTS, by default the CAs added to
# this machine in /usr/local/share/ca-certificates. They stay in the build stage, not in the image.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sandbox_dockerfile="$root/sandbox/src/main/resources/dev/fixer/sandbox/image/Dockerfile"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
log="$(mktemp /tmp/fixer-build-images.XXXXXX.log)"
keep_log=0
trap '[ "$keep_log" = 1 ] || rm -f "$log"' EXIT

fail() {
  echo "build-images: $1" >&2
  exit 1
}

if ! docker version >/dev/null 2>&1; then
  fail "no Docker engine answers (docker version failed): start one (sudo systemctl start docker) or set DOCKER_HOST"
fi
[ -n "$version" ] || fail "cannot read fixer's version from $root/pom.xml"
[ -f "$sandbox_dockerfile" ] || fail "the sandbox image's Dockerfile $sandbox_dockerfile is missing"

if [ -n "${FIXER_EXTRA_CA_CERTS:-}" ]; then
  [ -r "$FIXER_EXTRA_CA_CERTS" ] || fail "FIXER_EXTRA_CA_CERTS names $FIXER_EXTRA_CA_CERTS, which cannot be read"
  extra_ca_certs="$(cat "$FIXER_EXTRA_CA_CERTS")"
else
  extra_ca_certs="$(find /usr/local/share/ca-certificates -name '*.crt' -type f -exec cat {} + 2>/dev/null || true)"
fi

start=$SECONDS
if ! bash "$root/docker/base-image.sh" >"$log" 2>&1; then
  cat "$log" >&2
  fail "cannot make the base image debian:bookworm-slim (see above)"
fi
echo "build-images: debian:bookworm-slim ready in $((SECONDS - start))s ($(tail -1 "$log" | sed 's/^base-image: //'))"

# build NAME ARGS...: runs docker build ARGS into the log; prints the time taken, or the log's end.
build() {
  local name="$1" start=$SECONDS
  shift
  if ! docker build --force-rm "$@" >"$log" 2>&1; then
    tail -25 "$log" >&2
    keep_log=1
    if grep -q 'PKIX path building failed' "$log"; then
      echo "build-images: Maven does not trust the TLS certificate it was shown: where a proxy re-signs TLS," \
        "set FIXER_EXTRA_CA_CERTS to a PEM file of its CA" >&2
    fi
    fail "building $name failed; the whole log is $log"
  fi
  echo "build-images: $name built in $((SECONDS - start))s"
}

build "fixer:latest (also fixer:$version)" --build-arg EXTRA_CA_CERTS="$extra_ca_certs" \
  -t fixer:latest -t "fixer:$version" "$root"

sandbox_tag="fixer-sandbox:$(sha256sum "$sandbox_dockerfile" | cut -c1-12)"
build "$sandbox_tag" -t "$sandbox_tag" - <"$sandbox_dockerfile"
