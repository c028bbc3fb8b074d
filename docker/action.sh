#!/usr/bin/env bash
# The GitHub Action's step: builds fixer's images from this checkout of fixer (docker/build-images.sh:
# the runtime image from the root Dockerfile, and the default sandbox image) and runs `fixer action`
# in the runtime image. The sandbox's containers are started by the runner's own Docker engine, so
# everything fixer hands them (the workspace, $RUNNER_TEMP with fixer's home) is mounted at the same
# path inside as outside. Secrets pass by name through the environment, never
# on a command line.
set -euo pipefail

action_path="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${GITHUB_WORKSPACE:?fixer's action runs in GitHub Actions: GITHUB_WORKSPACE is not set}"
: "${RUNNER_TEMP:?fixer's action runs in GitHub Actions: RUNNER_TEMP is not set}"
image="fixer:latest"

if ! docker info >/dev/null 2>&1; then
  echo "fixer: no Docker engine answers on this runner; use a runner with Docker (ubuntu-latest has it)" >&2
  exit 3
fi
bash "$action_path/docker/build-images.sh" >&2

export FIXER_HOME="${FIXER_HOME:-$RUNNER_TEMP/fixer}"
mkdir -p "$FIXER_HOME"
args=(--rm --network host -v /var/run/docker.sock:/var/run/docker.sock)
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
