# fixer's runtime image: the fixer CLI on a JRE, with git, ripgrep and bubblewrap.
#   bash docker/build-images.sh            # builds it as fixer:latest (and the sandbox image)
#   docker run --rm fixer:latest --help
# Secrets come from the environment at run time (KIMI_API_KEY, GITHUB_TOKEN); none are in the image.

FROM debian:bookworm-slim AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
# Certificate authorities to trust besides Debian's, as PEM text: where a proxy re-signs TLS, Maven
# needs its CA to download. build-images.sh passes the ones this machine added locally.
ARG EXTRA_CA_CERTS=""
RUN if [ -n "$EXTRA_CA_CERTS" ]; then \
      printf '%s\n' "$EXTRA_CA_CERTS" | awk '/-----BEGIN CERTIFICATE-----/ { n++; on = 1 } \
        on { print > ("/usr/local/share/ca-certificates/fixer-build-" n ".crt") } /-----END CERTIFICATE-----/ { on = 0 }' \
      && update-ca-certificates >/dev/null; \
    fi
WORKDIR /src

# The poms alone, and a build of the empty modules: this layer holds every dependency and plugin the
# real build needs, so Docker's cache keeps the downloads while only sources change.
COPY pom.xml ./
COPY agent-core/pom.xml agent-core/
COPY sandbox/pom.xml sandbox/
COPY tools/pom.xml tools/
COPY runner/pom.xml runner/
COPY bench/pom.xml bench/
RUN mvn -B -q -Dstyle.color=never -DskipTests package -pl runner -am \
 && rm -rf */target

COPY agent-core/src agent-core/src
COPY sandbox/src sandbox/src
COPY tools/src tools/src
COPY runner/src runner/src
RUN mvn -B -q -o -Dstyle.color=never -DskipTests package -pl runner -am

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      openjdk-17-jre-headless git ripgrep ca-certificates bubblewrap \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
# The Action mounts a checkout owned by another user; git should still work in it.
# The user fixer has uid 1001, the uid of GitHub's runner user, so that what it writes in a mounted
# checkout belongs to the runner; the Action runs it as the runner's uid and gid, with the Docker
# socket's group added (docker/action.sh).
RUN git config --system --add safe.directory '*' \
 && printf '#!/bin/sh\nexec java -jar /opt/fixer/fixer.jar "$@"\n' > /usr/local/bin/fixer \
 && chmod 755 /usr/local/bin/fixer \
 && useradd --uid 1001 --user-group --create-home --shell /bin/sh fixer \
 && mkdir -p /workspace && chown fixer:fixer /workspace
COPY --from=build /src/runner/target/fixer.jar /opt/fixer/fixer.jar
# OCI labels; the release workflow passes the version, the commit and the repository's address.
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/fixer-dev/fixer
LABEL org.opencontainers.image.title="fixer" \
      org.opencontainers.image.description="fixer, an autonomous coding agent that turns an issue into a tested fix" \
      org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.revision="$REVISION" \
      org.opencontainers.image.source="$SOURCE"
USER fixer
WORKDIR /workspace
ENTRYPOINT ["fixer"]
CMD ["--help"]
