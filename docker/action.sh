#!/usr/bin/env bash
# The Action's second step (the first, docker/action-trigger.sh, has let the event through): gets
# fixer's images and runs `fixer action` in the runtime image.
#
# The images: run from a version tag (uses: OWNER/fixer@v1.2.3), it pulls ghcr.io/OWNER/fixer:v1.2.3
# and ghcr.io/OWNER/fixer-sandbox:v1.2.3, as the release workflow publishes them. Run from a branch
# or a commit, or when that pull fails, it builds both from this checkout of fixer
# (docker/build-images.sh). The sandbox's containers are started by the runner's own Docker engine,
# so everything fixer hands them (the workspace, $RUNNER_TEMP with fixer's home) is mounted at the
# same path inside as outside; fixer runs as the runner's user, with the socket's group. Secrets
# pass by name through the environment, never on a command line.
#
# Reads, besides GitHub's variables: ACTION_REF and ACTION_REPOSITORY (github.action_ref and
# github.action_repository; when empty, as in some composite actions, they are read from the
# action's path .../_actions/OWNER/NAME/REF), ACTION_INPUTS (toJSON(inputs), only for the names of
# the inputs the workflow gave, so that fixer can name one it does not know), and FIXER_REGISTRY
# (default ghcr.io).
set -euo pipefail

action_path="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${GITHUB_WORKSPACE:?fixer's action runs in GitHub Actions: GITHUB_WORKSPACE is not set}"
: "${RUNNER_TEMP:?fixer's action runs in GitHub Actions: RUNNER_TEMP is not set}"

fail() {
  echo "fixer: $1" >&2
  [ -z "${GITHUB_OUTPUT:-}" ] || printf 'status=error\n' >>"$GITHUB_OUTPUT"
  exit 3
}

# The names of the inputs given, as INPUT_* variables (empty when fixer's step does not set them):
# fixer action checks every INPUT_* name against the inputs it knows.
if [ -n "${ACTION_INPUTS:-}" ] && command -v jq >/dev/null 2>&1; then
  while IFS= read -r name; do
    var="INPUT_$(printf '%s' "$name" | tr '[:lower:] ' '[:upper:]_')"
    if [[ "$var" =~ ^[A-Z_][A-Z0-9_]*$ ]] && [ -z "${!var+set}" ]; then
      export "$var="
    fi
  done < <(jq -r 'keys[]' <<<"$ACTION_INPUTS" 2>/dev/null || true)
fi
unset ACTION_INPUTS

if ! docker info >/dev/null 2>&1; then
  fail "no Docker engine answers on this runner; use a runner with Docker (ubuntu-latest has it)"
fi

ref="${ACTION_REF:-}"
repository="${ACTION_REPOSITORY:-}"
if [ -z "$ref" ] && [[ "$action_path" == */_actions/*/*/* ]]; then
  ref="$(basename "$action_path")"
  repository="$(basename "$(dirname "$(dirname "$action_path")")")/$(basename "$(dirname "$action_path")")"
fi
image=""
if [[ "$ref" =~ ^v[0-9][0-9A-Za-z._-]*$ ]] && [[ "$repository" == */* ]]; then
  owner="$(printf '%s' "${repository%%/*}" | tr '[:upper:]' '[:lower:]')"
  registry="${FIXER_REGISTRY:-ghcr.io}/$owner"
  start=$SECONDS
  if docker pull -q "$registry/fixer:$ref" >/dev/null; then
    image="$registry/fixer:$ref"
    sandbox_tag="fixer-sandbox:$(sha256sum "$action_path/sandbox/src/main/resources/dev/fixer/sandbox/image/Dockerfile" | cut -c1-12)"
    if docker pull -q "$registry/fixer-sandbox:$ref" >/dev/null; then
      docker tag "$registry/fixer-sandbox:$ref" "$sandbox_tag"
    else
      echo "fixer: no image $registry/fixer-sandbox:$ref; fixer builds its sandbox image $sandbox_tag itself" >&2
    fi
    echo "fixer: pulled $image in $((SECONDS - start))s" >&2
  else
    echo "fixer: cannot pull $registry/fixer:$ref; building fixer from this checkout instead" >&2
  fi
fi
if [ -z "$image" ]; then
  bash "$action_path/docker/build-images.sh" >&2 || fail "cannot build fixer's images (see above)"
  image="fixer:latest"
fi

export FIXER_HOME="${FIXER_HOME:-$RUNNER_TEMP/fixer}"
mkdir -p "$FIXER_HOME"
socket_group="$(stat -c %g /var/run/docker.sock 2>/dev/null || id -g)"
args=(--rm --network host --user "$(id -u):$(id -g)" --group-add "$socket_group" -e HOME="$FIXER_HOME"
  -v /var/run/docker.sock:/var/run/docker.sock)
declare -A mounted=()
for path in "$GITHUB_WORKSPACE" "$RUNNER_TEMP" "$FIXER_HOME" \
    "$(dirname "${GITHUB_EVENT_PATH:-$RUNNER_TEMP/x}")" \
    "$(dirname "${GITHUB_OUTPUT:-$RUNNER_TEMP/x}")" \
    "$(dirname "${GITHUB_STEP_SUMMARY:-$RUNNER_TEMP/x}")"; do
  if [ -z "${mounted[$path]:-}" ]; then
    args+=(-v "$path:$path")
    mounted[$path]=1
  fi
done
while IFS= read -r name; do
  args+=(-e "$name")
done < <(compgen -e | grep -E '^(GITHUB_|INPUT_|RUNNER_|KIMI_|FIXER_|MOONSHOT_|OPENAI_)' || true)
exec docker run "${args[@]}" -w "$GITHUB_WORKSPACE" "$image" action
